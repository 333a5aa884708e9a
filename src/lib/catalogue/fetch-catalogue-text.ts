// Apart from the parsing, so the page can fetch a list without loading the schema's code.

/** The list's text as served; the errors say what went wrong in words a user can act on. */
export async function fetchCatalogueText(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  let response: Response;
  try {
    // A plain request, so it matches the `<link rel="preload">` in index.html and reuses it.
    response = await fetchImpl(url);
  } catch {
    throw new Error(`Could not load the list from ${url}: the network is unreachable.`);
  }
  if (!response.ok) {
    throw new Error(`Could not load the list from ${url}: the server answered ${response.status}.`);
  }
  try {
    return await response.text();
  } catch {
    throw new Error(
      `Could not load the list from ${url}: the connection broke while it was being read.`,
    );
  }
}
