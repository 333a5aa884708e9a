// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BOOT_SCRIPT } from '../../src/app/first-screen/boot-script';
import {
  BOOT_SCRIPT_HASH,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from '../../src/lib/csp';

describe('the Content-Security-Policy', () => {
  it('allows the inline boot script by its hash, and no other inline script', () => {
    const hash = createHash('sha256').update(BOOT_SCRIPT).digest('base64');
    expect(BOOT_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${BOOT_SCRIPT_HASH};`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('fetches from the raw GitHub, arXiv and Crossref hosts only, and any sync server', () => {
    const connect = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect).toBe(
      "connect-src 'self' https://raw.githubusercontent.com https://export.arxiv.org https://api.crossref.org ws: wss:",
    );
  });

  it('is the header the README tells hosts to send', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`,
    );
  });
});
