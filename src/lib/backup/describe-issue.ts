import type { core } from 'zod';

type Issue = core.$ZodIssue;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** The deepest array element on the path that has a string id: the record a person looks for. */
function recordOnPath(data: unknown, path: readonly PropertyKey[]) {
  let found: { depth: number; id: string } | undefined;
  let value = data;
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth];
    // Stryker disable next-line ConditionalExpression: dropping the number check changes nothing, as zod indexes arrays by number only (the other variants are tested)
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string') value = value[segment];
    else return { found, value: undefined };
    if (typeof segment === 'number' && isRecord(value) && typeof value.id === 'string') {
      found = { depth: depth + 1, id: value.id };
    }
  }
  return { found, value };
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

function problem(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'number' && Number(issue.minimum) === 0) return 'must not be negative';
      return `must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'unrecognized_keys': {
      const quoted = issue.keys.map((key) => JSON.stringify(key));
      if (quoted.length === 1) return `has an unknown field ${quoted[0]}`;
      return `has unknown fields ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
    }
    case 'invalid_union':
      return 'has a value of the wrong kind';
    case 'invalid_format':
      if (issue.format === 'datetime')
        return 'must be a date and time like 2026-11-26T09:30:00.000Z';
      if (issue.format === 'url') return 'must be an http(s) URL';
      return `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/**
 * One sentence that says where a backup is wrong and how: `papers[12] (id "arxiv:1234") has no
 * note.` or `papers[3].status must be one of unread, to-read, reading, read (in the record with
 * id "arxiv:1").`
 */
export function describeIssue(issue: Issue, data: unknown): string {
  const { found, value } = recordOnPath(data, issue.path);
  if (issue.code === 'invalid_type' && value === undefined && issue.path.length > 0) {
    const cut = found?.depth ?? issue.path.length - 1;
    const owner = pathText(issue.path.slice(0, cut)) || 'the backup';
    const idText = found ? ` (id ${JSON.stringify(found.id)})` : '';
    // A path's first name is written without a dot, so the field reads `catalogue.title`.
    const field = pathText(issue.path.slice(cut));
    return `${owner}${idText} has no ${field}.`;
  }
  const where = pathText(issue.path) || 'the backup';
  if (found?.depth === issue.path.length) {
    return `${where} (id ${JSON.stringify(found.id)}) ${problem(issue)}.`;
  }
  const idText = found ? ` (in the record with id ${JSON.stringify(found.id)})` : '';
  return `${where} ${problem(issue)}${idText}.`;
}
