import { ExternalLink } from '../../components/external-link';
import { removeList } from '../../db/lists';
import type { ImportedList } from '../../lib/backup/backup-format';
import {
  githubAddressLabel,
  githubAddressUrl,
  parseGithubAddress,
} from '../../lib/lists/github-address';
import { timeAgo } from '../../lib/relative-time';
import { reportRejection } from '../../lib/report-rejection';
import { useListChecksStore } from '../../stores/list-checks-store';
import { checkLists } from './check-lists';
import { ListCheckStatus } from './list-check-status';

const papers = (n: number) => (n === 1 ? '1 paper' : `${n.toLocaleString('en-US')} papers`);

/** Where a list came from: its GitHub address (a link) and last check, or its file. */
function ListOrigin({ list }: { list: ImportedList }) {
  if (list.source === 'mine') return <>added by you (Add paper, Import BibTeX)</>;
  const parsed = list.source === 'address' ? parseGithubAddress(list.address ?? '') : null;
  if (!parsed?.ok) return <>from {list.fileName ?? 'a file'}</>;
  return (
    <>
      from{' '}
      <ExternalLink href={githubAddressUrl(parsed.address)}>
        {githubAddressLabel(parsed.address)}
      </ExternalLink>
      {list.checkedAt !== undefined && <>, checked {timeAgo(list.checkedAt)}</>}
    </>
  );
}

/** One added list: what it is, where from, and its actions (and a check's outcome). */
export function ListRow({ list }: { list: ImportedList }) {
  const check = useListChecksStore((state) => state.checks[list.id]);
  const checking = check?.kind === 'checking';
  return (
    <li>
      <span className="lists__about">
        <span>{list.title}</span>{' '}
        <span className="muted">
          {papers(list.catalogue.papers.length)}, <ListOrigin list={list} />
        </span>
      </span>
      <span className="lists__actions">
        {list.source === 'address' && (
          <button
            type="button"
            className="button"
            aria-label={`Check ${list.title} for updates`}
            aria-disabled={checking}
            onClick={() => {
              if (!checking) reportRejection(checkLists([list]));
            }}
          >
            {checking ? 'Checking…' : 'Check'}
          </button>
        )}
        <button
          type="button"
          className="button button--danger"
          aria-label={`Remove list ${list.title}`}
          onClick={() => reportRejection(removeList(list.id))}
        >
          Remove
        </button>
      </span>
      {check && <ListCheckStatus listId={list.id} check={check} />}
    </li>
  );
}
