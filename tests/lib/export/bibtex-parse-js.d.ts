// The package ships no types; only what the tests use is declared.
declare module '@orcid/bibtex-parse-js' {
  type BibtexEntry = {
    citationKey: string;
    entryType: string;
    entryTags: Record<string, string>;
  };
  const bibtexParse: { toJSON(bibtex: string): BibtexEntry[] };
  export = bibtexParse;
}
