// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isKnownVenue,
  leadingVenue,
  looksLikeVenue,
  namesVenueAlone,
  namesVenueWithYear,
} from '../../../src/lib/catalogue/venue-names';

describe('looksLikeVenue', () => {
  it.each([
    'ICML',
    'S&P',
    'ACM MM',
    'IEEE TPAMI',
    'CVPR Oral',
    'NeurIPS Workshop',
    'Workshop on Widgets',
    'Proceedings of the Annual Meeting',
    'DCN',
    ' DCN ',
    'IEEE T-ITS',
    'Workshop on 3D Vision',
    'L@S',
    'IEEE VR',
    'Workshop on Trustworthy and Reliable Large-Scale Machine Learning',
    'Workshop on Trustworthy and Reliable\n  Large-Scale Machine Learning',
  ])('%j looks like a venue', (text) => {
    expect(looksLikeVenue(text)).toBe(true);
  });

  it.each([
    'Deep Nets Revisited',
    'A. Author, B. Author',
    'Nature 521.7553',
    '2019 ICML',
    'ICML (Oral)',
    'Quill et al',
    'one two three four five six seven eight nine',
    'Slides from our talk at the workshop on graph learning',
    'CNN-LSTM-CRF-HMM',
    'eBPF',
    'GPT-3 paper',
    'deep RL',
    'ResNet',
    '',
  ])('%j does not', (text) => {
    expect(looksLikeVenue(text)).toBe(false);
  });
});

describe('namesVenueAlone', () => {
  it('takes known venues and descriptive names without a year, but not any acronym', () => {
    expect(['ICML', 'ACM CCS', 'IEEE TPAMI', 'Workshop on Widgets'].map(namesVenueAlone)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['DCN', 'GLaM'].map(namesVenueAlone)).toEqual([false, false]);
  });
});

describe('namesVenueWithYear', () => {
  it.each(['ICML', 'AI Open', ' AI Open', 'Pattern Recognition Letters', 'Journal of Widgets'])(
    'takes %j beside a year',
    (text) => {
      expect(namesVenueWithYear(text)).toBe(true);
    },
  );

  it.each(['deep nets revisited', 'see the code', 'Quill et al', ''])(
    'does not take %j',
    (text) => {
      expect(namesVenueWithYear(text)).toBe(false);
    },
  );
});

describe('isKnownVenue', () => {
  it('is true when every word is a known venue, in any case, ACM and IEEE allowed', () => {
    expect(['ICML', 'icml', 'NeurIPS', 'S&P', 'ACM CCS', 'IEEE TPAMI'].map(isKnownVenue)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('ignores spaces around and between the words', () => {
    expect([' ICML ', 'ACM  CCS', 'IEEE\nTPAMI'].map(isKnownVenue)).toEqual([true, true, true]);
  });

  it('is false for a year, an unknown word or nothing', () => {
    expect(['ICML 2021', 'Deep', 'ICML Widgets', ''].map(isKnownVenue)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('leadingVenue', () => {
  it('returns the known venue a chunk starts with, as written', () => {
    expect(leadingVenue('Nature 521.7553')).toBe('Nature');
    expect(leadingVenue('ICML, 2020')).toBe('ICML');
    expect(leadingVenue(' arXiv preprint')).toBe('arXiv');
  });

  it('returns nothing when the first word is no known venue', () => {
    expect(leadingVenue('Deep Nets ICML')).toBeUndefined();
    expect(leadingVenue('')).toBeUndefined();
  });
});
