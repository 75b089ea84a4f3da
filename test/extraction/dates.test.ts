import { findDates } from '../../src/extraction/dates';

const SAT = new Date('2024-02-03T10:00:00Z'); // Saturday
const one = (text: string, pub = SAT) => {
  const d = findDates(text, pub)[0];
  return d ? [d.date, d.precision] : null;
};

describe('findDates', () => {
  it('resolves weekdays against publication', () => {
    expect(one('launched on Saturday')).toEqual(['2024-02-03', 'DAY']);
    expect(one('met on Thursday')).toEqual(['2024-02-01', 'DAY']);
    expect(one('last Saturday')).toEqual(['2024-01-27', 'DAY']);
    expect(one('next Monday')).toEqual(['2024-02-05', 'DAY']);
  });

  it('resolves relative words', () => {
    expect(one('said yesterday')).toEqual(['2024-02-02', 'DAY']);
    expect(one('today')).toEqual(['2024-02-03', 'DAY']);
    expect(one('last month')).toEqual(['2024-01-01', 'MONTH']);
    expect(one('last year')).toEqual(['2023-01-01', 'YEAR']);
    expect(one('last week')).toEqual(['2024-01-01', 'MONTH']);
  });

  it('resolves explicit dates, months and years', () => {
    expect(one('near a prison, February 8, 2022.')).toEqual(['2022-02-08', 'DAY']);
    expect(one('on 8 February 2022')).toEqual(['2022-02-08', 'DAY']);
    expect(one('on 2022-02-08')).toEqual(['2022-02-08', 'DAY']);
    expect(one('on Feb. 8')).toEqual(['2023-02-08', 'DAY']);
    expect(one('on January 30')).toEqual(['2024-01-30', 'DAY']);
    expect(one('in March')).toEqual(['2023-03-01', 'MONTH']);
    expect(one('in January')).toEqual(['2024-01-01', 'MONTH']);
    expect(one('since March 2021')).toEqual(['2021-03-01', 'MONTH']);
    expect(one('in 2019')).toEqual(['2019-01-01', 'YEAR']);
  });

  it('ignores modal "may" and invalid dates, returns offsets', () => {
    expect(findDates('It may rain.', SAT)).toEqual([]);
    expect(findDates('on February 30, 2022', SAT)).toEqual([]);
    const text = 'He left on Saturday.';
    const d = findDates(text, SAT)[0];
    expect(d && text.slice(d.start, d.end)).toBe('on Saturday');
  });
});
