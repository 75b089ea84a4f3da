/**
 * The speed shortcuts of the pipeline's hot paths (bench/README.md, eighth session) give the
 * same answers as the general code they skip.
 */
import fc from 'fast-check';
import { normalizeName, normalizeUnicodeName } from '../../src/extraction/name-normalization';
import { PhraseDictionary } from '../../src/extraction/phrase-dictionary';
import { findCounts } from '../../src/extraction/quantities';
import { modalityAt } from '../../src/extraction/modality';
import { loadEventLexicon } from '../../src/extraction/event-lexicon';
import { tokenize } from '../../src/extraction/tokens';

describe('normalizeName fast paths', () => {
  it('agree with the Unicode path on printable ASCII', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(fc.property(ascii, (s) => { expect(normalizeName(s)).toBe(normalizeUnicodeName(s)); }), { numRuns: 2000 });
  });

  it('normalize names with punctuation, apostrophes and accents', () => {
    expect(normalizeName("O'Brien-Smith  Jr.")).toBe('obrien smith jr');
    expect(normalizeName('U.S.')).toBe('u s');
    expect(normalizeName('Côte d’Ivoire')).toBe('cote divoire');
    expect(normalizeName('Malcolm Turnbull')).toBe('malcolm turnbull');
  });
});

describe('PhraseDictionary', () => {
  const dict = new PhraseDictionary<string>();
  dict.add('United Arab Emirates', 'UAE');
  dict.add('United States', 'US');
  dict.add('United States Army', 'ARMY');
  dict.add('al-Hol camp', 'CAMP');
  dict.add('camp David', 'LOWER-FIRST');

  it('finds the longest phrase and stops where no phrase goes on', () => {
    const toks = tokenize('the United States Army and United States Navy');
    expect(dict.matchAt(toks, 1)).toEqual({ value: 'ARMY', first: 1, last: 3 });
    expect(dict.matchAt(toks, 5)).toEqual({ value: 'US', first: 5, last: 6 });
  });

  it('lets a lowercase word open only a phrase written lowercase', () => {
    expect(dict.matchAt(tokenize('camp David'), 0)?.value).toBe('LOWER-FIRST');
    expect(dict.matchAt(tokenize('united states'), 0)).toBeNull();
    expect(dict.matchAt(tokenize('the al-Hol camp'), 1)?.value).toBe('CAMP');
  });
});

describe('word numbers and modality cues', () => {
  const lex = loadEventLexicon();
  it('reads word numbers with scales and ignores Object.prototype names', () => {
    expect(findCounts(tokenize('killing three thousand people'), lex, () => false).map((c) => c.value)).toEqual([3000]);
    expect(findCounts(tokenize('the constructor said'), lex, () => false)).toEqual([]);
  });

  it('finds the nearest cue before a trigger, and a denial does not cross "and"', () => {
    const tokens = tokenize('Rebels may attack the town');
    expect(modalityAt(tokens, 2, tokens.map(() => 0), lex)).toBe('HYPOTHETICAL');
    const denied = tokenize('He denied the charge and attacked');
    expect(modalityAt(denied, 5, denied.map(() => 0), lex)).toBe('ASSERTED');
    const plain = tokenize('He denied attacking');
    expect(modalityAt(plain, 2, plain.map(() => 0), lex)).toBe('NEGATED');
  });
});
