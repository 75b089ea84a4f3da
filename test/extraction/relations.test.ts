import { run } from './helpers';

describe('relations', () => {
  it('SUPPORTS from "X-backed Y" and "backed by X"', () => {
    const r = run('The US-backed Syrian Democratic Forces advanced. The Houthis, backed by Iran, fired missiles.');
    expect(r.relations).toContainEqual(expect.objectContaining({
      subjectKey: 'LOCATION:country:US', predicate: 'SUPPORTS', objectKey: 'ORGANIZATION:syrian democratic forces',
      evidence: expect.objectContaining({ text: 'US-backed Syrian Democratic Forces' }),
    }));
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: 'LOCATION:country:IR', predicate: 'SUPPORTS', objectKey: 'ORGANIZATION:houthis' }));
  });

  it('COOPERATES_WITH from "in cooperation with", "alongside", "together with"', () => {
    const r = run('French troops, in cooperation with the Malian Army, patrolled. Kenya fought alongside Somalia.');
    const coop = r.relations.filter((x) => x.predicate === 'COOPERATES_WITH');
    expect(coop).toContainEqual(expect.objectContaining({ subjectKey: 'LOCATION:country:FR', objectKey: 'ORGANIZATION:malian army' }));
    expect(coop).toContainEqual(expect.objectContaining({ subjectKey: 'LOCATION:country:KE', objectKey: 'LOCATION:country:SO' }));
  });

  it('LEADS, HOLDS_ROLE_IN and SPOKESPERSON_FOR from titles', () => {
    const r = run('Exxon Mobil CEO Darren Woods spoke. Houthi spokesman Yahya Sarea said they fired. Mark Rutte, the secretary-general of NATO, visited. Tesla Director Jane Doe resigned.');
    const find = (pred: string) => r.relations.filter((x) => x.predicate === pred);
    expect(find('LEADS')).toContainEqual(expect.objectContaining({ subjectKey: 'PERSON:darren woods', objectKey: 'ORGANIZATION:exxonmobil', role: 'CEO' }));
    expect(find('SPOKESPERSON_FOR')).toContainEqual(expect.objectContaining({ subjectKey: 'PERSON:yahya sarea', objectKey: 'ORGANIZATION:houthis' }));
    expect(find('LEADS')).toContainEqual(expect.objectContaining({ subjectKey: 'PERSON:mark rutte', objectKey: 'ORGANIZATION:nato' }));
    for (const rel of r.relations) if (rel.evidence) expect(rel.evidence.text.length).toBeGreaterThan(0);
  });

  it('"government spokesman X" named twice: one SPOKESPERSON_FOR per evidence span, deduped like a named body\'s spokesman', () => {
    const r = run('BUNIA, Congo — Militiamen killed 38 civilians. In Kinshasa, government spokesman Désiré Mukendi accused Rwanda of smuggling weapons. '
      + 'Government spokesman Désiré Mukendi later said talks would resume. Houthi spokesman Yahya Sarea said they fired. Houthi spokesman Yahya Sarea said they fired again.');
    const spansOf = (subjectKey: string, objectKey: string) => r.relations
      .filter((x) => x.predicate === 'SPOKESPERSON_FOR' && x.subjectKey === subjectKey && x.objectKey === objectKey).map((x) => x.evidence?.text);
    expect(spansOf('PERSON:desire mukendi', 'LOCATION:country:CD')).toEqual(['government spokesman Désiré Mukendi', 'Government spokesman Désiré Mukendi']);
    expect(spansOf('PERSON:yahya sarea', 'ORGANIZATION:houthis')).toEqual(['Houthi spokesman Yahya Sarea', 'Houthi spokesman Yahya Sarea']);
  });
});
