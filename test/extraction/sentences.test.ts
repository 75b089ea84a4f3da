import { splitSentences } from '../../src/extraction/sentences';
import { tokenize } from '../../src/extraction/tokens';

describe('splitSentences', () => {
  it('splits on sentence punctuation and keeps exact offsets', () => {
    const text = 'The US said no. Mr. Smith went to Washington! Did he? Yes.';
    const s = splitSentences(text, 'BODY');
    expect(s.map((x) => x.text)).toEqual(['The US said no.', 'Mr. Smith went to Washington!', 'Did he?', 'Yes.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });

  it('does not split after abbreviations, initials or dotted acronyms', () => {
    const text = 'Gen. Smith met J. Doe in the U.S. Capitol on Feb. 8 at 10 a.m. Then he left.';
    expect(splitSentences(text, 'BODY').map((x) => x.text)).toEqual([
      'Gen. Smith met J. Doe in the U.S. Capitol on Feb. 8 at 10 a.m. Then he left.',
    ]);
  });

  it('splits after "a.m." or "Inc." when a word that opens sentences follows', () => {
    const text = 'A curfew runs from 9 p.m. to 5 a.m. In Mahajanga, a crowd ransacked an office. It sued Acme Inc. The firm denied it. U.S. President Joe Biden spoke.';
    expect(splitSentences(text, 'BODY').map((x) => x.text)).toEqual([
      'A curfew runs from 9 p.m. to 5 a.m.', 'In Mahajanga, a crowd ransacked an office.', 'It sued Acme Inc.', 'The firm denied it.', 'U.S. President Joe Biden spoke.',
    ]);
  });

  it('treats line breaks as hard boundaries and trims whitespace', () => {
    const text = '  Headline here\nStandfirst line without a period\n\nBody sentence. "Quoted end." Next one.';
    const s = splitSentences(text, 'BODY');
    expect(s.map((x) => x.text)).toEqual(['Headline here', 'Standfirst line without a period', 'Body sentence.', '"Quoted end."', 'Next one.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('handles empty and whitespace-only text', () => {
    expect(splitSentences('', 'TITLE')).toEqual([]);
    expect(splitSentences(' \n\t ', 'BODY')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('keeps dotted acronyms, numbers and splits possessives with field offsets', () => {
    const toks = tokenize("Syria's U.S.-backed 1,200 al-Hol", 10);
    expect(toks.map((t) => t.text)).toEqual(['Syria', "'s", 'U.S.', '-', 'backed', '1,200', 'al', '-', 'Hol']);
    expect(toks[0]).toMatchObject({ start: 10, end: 15, isCap: true });
    expect(toks[2]?.isUpper).toBe(true);
    expect(toks[5]?.isNumber).toBe(true);
  });
});
