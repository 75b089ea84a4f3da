/** Property-based tests: the pipeline never throws and every span slices exactly. */
import fc from 'fast-check';
import { danglingKeys, run, spanProblems } from './helpers';

const newsy = fc.constantFrom(
  'US', 'U.S.', 'al-Hasakah', 'Syria', '"', '“', '”', 'said', 'attacked', 'by', 'the', 'Mr', 'CEO', '(', ')', 'SDF', ',', '.',
  'on Saturday', 'killing 12', 'over 150 times', 'in', 'Gaza', 'Israeli', '-backed', 'Red Sea', 'de la', 'Fuente', '\n', ' ', "'s",
  'according to', 'sources told', 'Al Mayadeen', 'February 8, 2022', '🙂', 'é', '\u0301', 'İ', 'ß', '\u200d',
);
const newsText = fc.array(newsy, { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), newsText);

describe('pipeline properties', () => {
  it('never throws and keeps every span exact, on arbitrary Unicode (including empty)', () => {
    fc.assert(
      fc.property(anyText, anyText, (title, body) => {
        const r = run(body, title);
        expect(spanProblems({ title, body }, r)).toEqual([]);
        expect(danglingKeys(r)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty input and odd publication dates', () => {
    expect(run('', '').entities).toEqual([]);
    expect(() => run('Rebels attacked on Monday.', '', new Date('invalid'))).not.toThrow();
    expect(() => run('Rebels attacked yesterday.', '', new Date('0001-01-01T00:00:00Z'))).not.toThrow();
  });
});
