import { checkMarkdownSize, megabytes } from '../catalogue/list-limits';

/**
 * About 45,000 papers of the benchmark's synthetic catalogues, far more than any real list. JSON
 * reads and checks in well under the time limit, so this is four times the Markdown limit.
 */
export const MAX_LIST_BYTES = 20 * 1024 * 1024;

export const isJsonFileName = (fileName: string) => /\.json$/i.test(fileName);

/** Why a picked file is too big to read as a list, judged by its name and size alone, if it is. */
export function listFileSizeError(fileName: string, bytes: number): string | undefined {
  if (isJsonFileName(fileName)) {
    return bytes > MAX_LIST_BYTES
      ? `${fileName} was refused: it is ${megabytes(bytes)}, over the ${megabytes(MAX_LIST_BYTES)} limit for a catalogue JSON file.`
      : undefined;
  }
  const check = checkMarkdownSize(bytes);
  return check.ok ? undefined : `${fileName} was refused: ${check.reason}.`;
}
