// One log line per connection that passed authentication.
import type { Extension } from '@hocuspocus/server';
import { addressOf, quoted } from './log';
import type { Log } from './log';

export function connectionLog(log: Log): Extension {
  return {
    extensionName: 'readmark-connection-log',
    async connected({ documentName, request }) {
      log(`connected ${quoted(documentName)} from ${addressOf(request)}`);
    },
  };
}
