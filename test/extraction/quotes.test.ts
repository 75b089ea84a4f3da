import { run } from './helpers';

describe('quotes', () => {
  it('finds quotes with "X said" and "said X" speakers', () => {
    const body = 'This action is "not linked to rumors of a US withdrawal from Syria," the sources said. '
      + '“We will respond to any aggression,” said Yahya Sarea. Reuters reported: "The port was closed for repairs."';
    const r = run(body);
    expect(r.quotes).toHaveLength(3);
    expect(r.quotes[0]).toMatchObject({ speakerKey: null, speakerText: 'the sources', text: 'not linked to rumors of a US withdrawal from Syria' });
    expect(r.quotes[1]).toMatchObject({ speakerKey: 'PERSON:yahya sarea', speakerText: null, text: 'We will respond to any aggression' });
    expect(r.quotes[2]?.speakerKey).toBe('ORGANIZATION:reuters');
    for (const q of r.quotes) expect(body.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('ignores scare quotes and unattributed quotes', () => {
    const r = run('A ban on "Israel"-bound ships was deemed "unnecessary." He called it "a very bad idea for everyone".');
    expect(r.quotes).toEqual([]);
  });
});
