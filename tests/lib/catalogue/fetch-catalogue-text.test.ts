// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fetchCatalogueText } from '../../../src/lib/catalogue/fetch-catalogue-text';

describe('fetchCatalogueText', () => {
  it('says the connection broke when the body stops arriving, not that the list is invalid', async () => {
    const cutOff: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"schemaVersion": 2, "title": "A li'));
            controller.error(new TypeError('terminated'));
          },
        }),
      );
    await expect(fetchCatalogueText('/c.json', cutOff)).rejects.toThrow(
      'Could not load the list from /c.json: the connection broke while it was being read.',
    );
  });
});
