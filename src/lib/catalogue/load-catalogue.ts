import { upgradeCatalogue } from './catalogue-version';
import { fetchCatalogueText } from './fetch-catalogue-text';
import { catalogueSchema, type Catalogue } from './schema';

/** Turns a zod issue path such as ["papers", 3, "url"] into "papers[3].url". */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Validates an untrusted catalogue value; the error names the first bad field. */
export function parseCatalogueJson(value: unknown, source: string): Catalogue {
  const result = catalogueSchema.safeParse(value);
  if (result.success) return upgradeCatalogue(result.data);
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  // Stryker disable next-line OptionalChaining, StringLiteral: a failed parse always has at least one issue; the fallback is only for the type checker
  const reason = issue?.message ?? 'unknown error';
  throw new Error(`The list at ${source} is not valid: ${where}${reason}.`);
}

export function parseCatalogueText(text: string, url: string): Catalogue {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`The list at ${url} is not valid: it is not JSON.`);
  }
  return parseCatalogueJson(body, url);
}

export async function fetchCatalogue(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Catalogue> {
  return parseCatalogueText(await fetchCatalogueText(url, fetchImpl), url);
}
