import type { ImportedList } from '../backup/backup-format';
import { checkListText } from '../catalogue/list-limits';
import { parseCatalogueJson } from '../catalogue/load-catalogue';
import { warningText } from '../catalogue/catalogue-warning';
import { parseAwesomeList } from '../catalogue/parse-awesome-list';
import { upgradeCatalogue } from '../catalogue/catalogue-version';
import { githubSlug } from '../catalogue/slug';

export type ListImport =
  | { ok: true; list: ImportedList; warnings: string[]; skipped: number }
  | { ok: false; error: string };
/** What the import is doing, for a progress display: the parse is the step that can take long. */
export type ListImportStage = 'checking' | 'parsing';
/** Where the Markdown's relative links point (the file's place on the web), when known. */
export type ListImportOptions = { sourceUrl?: string };

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${fileName} is not valid JSON.`);
  }
}

/**
 * Turns a file the user picked (an awesome-list Markdown file or a catalogue JSON file) into a
 * list to store. Parsed by the same parser as the build step; nothing is stored on failure.
 */
export function importListFile(
  fileName: string,
  text: string,
  now = Date.now(),
  onStage: (stage: ListImportStage) => void = () => {},
  { sourceUrl }: ListImportOptions = {},
): ListImport {
  try {
    const isJson = /\.json$/i.test(fileName) || text.trimStart().startsWith('{');
    let warnings: string[] = [];
    let skipped = 0;
    // A catalogue file may be of an older schema version: it is stored as the app uses it.
    const catalogue = isJson
      ? upgradeCatalogue(parseCatalogueJson(parseJson(text, fileName), fileName))
      : (() => {
          // What no real list does is refused before the parser, which it could hold for minutes.
          onStage('checking');
          const check = checkListText(text);
          if (!check.ok) throw new Error(`${fileName} was refused: ${check.reason}.`);
          onStage('parsing');
          const result = parseAwesomeList(text, { sourceUrl });
          warnings = result.warnings.map(warningText);
          skipped = result.skipped;
          return result.catalogue;
        })();
    if (catalogue.papers.length === 0) {
      return {
        ok: false,
        error: `No papers found in ${fileName}: a list needs Markdown list items whose first link is the paper.`,
      };
    }
    const list: ImportedList = {
      id: `imported:${githubSlug(catalogue.title) || 'list'}`,
      title: catalogue.title,
      addedAt: now,
      source: isJson ? 'json' : 'markdown',
      fileName,
      catalogue,
    };
    return { ok: true, list, warnings, skipped };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
