import type { ImportedList } from '../backup/backup-format';
import { parseCatalogueJson } from '../catalogue/load-catalogue';
import { parseAwesomeList } from '../catalogue/parse-awesome-list';
import { githubSlug } from '../catalogue/slug';

export type ListImport =
  { ok: true; list: ImportedList; warnings: string[] } | { ok: false; error: string };

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
export function importListFile(fileName: string, text: string, now = Date.now()): ListImport {
  try {
    const isJson = /\.json$/i.test(fileName) || text.trimStart().startsWith('{');
    let warnings: string[] = [];
    const catalogue = isJson
      ? parseCatalogueJson(parseJson(text, fileName), fileName)
      : (() => {
          const result = parseAwesomeList(text);
          warnings = result.warnings.map((w) => `line ${w.line}: ${w.message}`);
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
    return { ok: true, list, warnings };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
