// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { forEachToken, normaliseText, tokenise } from '../../../src/lib/search/normalise';

describe('normaliseText', () => {
  it('folds case and diacritics', () => {
    expect(normaliseText('Métrique ÉCOLE naïve Ångström')).toBe('metrique ecole naive angstrom');
  });

  it('folds compatibility forms, sharp s and final sigma', () => {
    expect(normaliseText('ﬁne ＡＢＣ')).toBe('fine abc');
    expect(normaliseText('Straße')).toBe(normaliseText('STRASSE'));
    expect(normaliseText('ΟΔΟΣ')).toBe(normaliseText('οδοσ'));
  });

  it('keeps kana voicing marks and Hangul syllables, which are not accents', () => {
    expect(normaliseText('データ')).toBe('データ');
    expect(normaliseText('ﾃﾞｰﾀ')).toBe('データ');
    expect(normaliseText('한국어')).toBe('한국어');
  });

  it('does not depend on the locale (Turkish dotted capital I)', () => {
    expect(normaliseText('İstanbul')).toBe('istanbul');
  });
});

describe('tokenise', () => {
  it('splits on anything that is not a letter or a digit, and keeps tokens unique', () => {
    expect(tokenise('Large-Language models, large "models" (2024)!')).toEqual([
      'large',
      'language',
      'models',
      '2024',
    ]);
  });

  it('keeps letters of every script', () => {
    expect(tokenise('Обучение с подкреплением')).toEqual(['обучение', 'с', 'подкреплением']);
    expect(tokenise('التعلم العميق')).toEqual(['التعلم', 'العميق']);
  });

  it('turns a run of Chinese characters into bigrams plus its last character', () => {
    expect(tokenise('深度学习')).toEqual(['深度', '度学', '学习', '习']);
    expect(tokenise('学')).toEqual(['学']);
  });

  it('separates CJK from Latin letters in the same run', () => {
    expect(tokenise('GPT模型')).toEqual(['gpt', '模型', '型']);
  });

  it('keeps katakana words whole, including the prolonged sound mark', () => {
    expect(tokenise('データ')).toEqual(['デー', 'ータ', 'タ']);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(tokenise('𠀋𠀋x')).toEqual(['𠀋𠀋', '𠀋', 'x']);
  });

  it('ignores emoji, symbols and lone surrogates without throwing', () => {
    expect(tokenise('🚀 C++ ∑ \uD800 ok 👩‍🔬')).toEqual(['c', 'ok']);
    expect(tokenise('')).toEqual([]);
    expect(tokenise(' \n\t ')).toEqual([]);
  });
});

describe('forEachToken', () => {
  it('visits the same tokens as tokenise, repeats allowed', () => {
    for (const text of [
      'Large-Language models, large "models" (2024)!',
      'GPT模型 Métrique',
      '',
      '🚀',
    ]) {
      const visited: string[] = [];
      forEachToken(text, (token) => visited.push(token));
      expect([...new Set(visited)]).toEqual(tokenise(text));
    }
  });
});
