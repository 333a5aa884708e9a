// @vitest-environment node
import { doiFromText } from '../../../src/lib/papers/doi';

describe('doiFromText', () => {
  it('reads a DOI pasted with spaces and a line break around it', () => {
    expect(doiFromText('  10.1145/3132747.3132785\n')).toBe('10.1145/3132747.3132785');
  });

  it('keeps a doi.org address whose percent sign is not an escape as written', () => {
    expect(doiFromText('https://doi.org/10.5555/growth-of-5%-a-year')).toBe(
      '10.5555/growth-of-5%-a-year',
    );
  });
});
