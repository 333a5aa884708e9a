/** A problem the parser worked around; `line` is 1-based in the Markdown source (0 = not tied to a line). */
export type CatalogueWarning = { line: number; message: string };
