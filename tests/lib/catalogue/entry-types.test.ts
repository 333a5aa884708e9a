// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { skipped } from '../../../src/lib/catalogue/entry-types';

describe('skipped', () => {
  it('quotes a label of up to 60 characters whole', () => {
    const label = '[Scaling Laws for Neural Language Models] by Kaplan et al.  ';
    expect(label).toHaveLength(60);
    expect(skipped(4, label, 'no link').warning).toEqual({
      line: 4,
      message: `skipped "${label}": no link`,
    });
  });

  it('cuts a longer label to its first 60 characters and an ellipsis', () => {
    const label =
      '[Training Compute-Optimal Large Language Models] Hoffmann, Borgeaud, Mensch et al. 2022';
    expect(skipped(9, label, 'no link')).toEqual({
      kind: 'skipped',
      warning: {
        line: 9,
        message: 'skipped "[Training Compute-Optimal Large Language Models] Hoffmann, B…": no link',
      },
    });
  });
});
