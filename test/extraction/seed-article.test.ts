/**
 * Acceptance test on the seed article (test/fixtures/seed): what a careful analyst extracts,
 * per seed-article.expected.json. Not every annotated item is asserted: the known misses are
 * listed at the end of this file and in the extraction report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExtractionInput, ExtractionResult } from '../../src/extraction';
import { danglingKeys, entityByAlias, entityByKey, run, spanProblems } from './helpers';

const dir = path.join(__dirname, '..', 'fixtures', 'seed');
const raw = fs.readFileSync(path.join(dir, 'seed-article.txt'), 'utf8');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'seed-article.expected.json'), 'utf8')) as {
  article: { publishedAt: string };
};
const newline = raw.indexOf('\n');
const input: ExtractionInput = { title: raw.slice(0, newline), body: raw.slice(newline + 1), publishedAt: new Date(expected.article.publishedAt) };

let r: ExtractionResult;
beforeAll(() => {
  r = run(input.body, input.title, input.publishedAt as Date);
});

const near = (lat: number | undefined, lon: number | undefined, eLat: number, eLon: number, tol: number) =>
  lat !== undefined && lon !== undefined && Math.abs(lat - eLat) <= tol && Math.abs(lon - eLon) <= tol;

describe('seed article', () => {
  it('has exact spans and no dangling keys', () => {
    expect(spanProblems(input, r)).toEqual([]);
    expect(danglingKeys(r)).toEqual([]);
    expect(r.pipelineVersion).toBe('builtin-0.16.0');
  });

  it('finds the SDF as an organization with its acronym', () => {
    const sdf = entityByAlias(r, 'Syrian Democratic Forces');
    expect(sdf?.type).toBe('ORGANIZATION');
    expect(sdf?.aliases).toContain('SDF');
  });

  it('merges al-Hassakah and al-Hasakah into one geocoded place in Syria', () => {
    const a = entityByAlias(r, 'al-Hassakah');
    expect(a).toBe(entityByAlias(r, 'al-Hasakah'));
    expect(near(a?.place?.latitude, a?.place?.longitude, 36.5, 40.75, 0.2)).toBe(true);
    expect(a?.place?.containedInKey).toBe('LOCATION:country:SY');
  });

  it.each([
    ['LOCATION:country:SY', 35.0, 38.5, 1.5],
    ['LOCATION:country:IQ', 33.0, 44.0, 1.5],
    ['LOCATION:country:YE', 15.5, 47.5, 2.0],
    ['LOCATION:curated:red-sea', 20.0, 38.5, 1.0],
    ['LOCATION:curated:gaza-strip', 31.45, 34.4, 0.3],
    ['LOCATION:curated:al-hol-camp', 36.38, 41.15, 0.2],
    ['LOCATION:curated:middle-east', 29.0, 41.0, 3.0],
  ])('geocodes %s', (key, lat, lon, tol) => {
    const e = entityByKey(r, key);
    expect(e?.mentions.length).toBeGreaterThan(0);
    expect(near(e?.place?.latitude, e?.place?.longitude, lat, lon, tol)).toBe(true);
  });

  it('links US, American and Washington to the United States, and finds Sanaa, UK, Israel', () => {
    const us = entityByKey(r, 'LOCATION:country:US');
    expect(us?.aliases).toEqual(expect.arrayContaining(['US', 'American', 'Washington']));
    expect(entityByKey(r, 'LOCATION:country:IL')?.aliases).toContain('Israeli');
    expect(entityByKey(r, 'LOCATION:country:GB')?.aliases).toContain('UK');
    expect(entityByAlias(r, 'Sanaa')?.place?.countryCode).toBe('YE');
  });

  it('finds the organizations of the annotation', () => {
    for (const name of ['Al Mayadeen', 'Islamic Resistance in Iraq', 'Islamic State', 'Foreign Policy', 'Pentagon', 'AP']) {
      expect(entityByAlias(r, name)?.type).toBe('ORGANIZATION');
    }
    expect(entityByAlias(r, 'Islamic Resistance in Iraq')?.aliases).toContain('Resistance');
  });

  it('has no junk entities from capitalised common words', () => {
    const names = r.entities.map((e) => e.name);
    for (const junk of ['Exclusive', 'Sources', 'Read', 'This', 'According', 'Since', 'The']) expect(names).not.toContain(junk);
  });

  it('finds FIGHT events with the Islamic Resistance in Iraq attacking the US, with counts', () => {
    const fights = r.events.filter((e) => e.type === 'FIGHT');
    const iri = fights.filter((e) => e.participants.some((p) => p.role === 'ACTOR' && p.entityKey === 'ORGANIZATION:islamic resistance in iraq'));
    expect(iri.length).toBeGreaterThanOrEqual(1);
    const over150 = fights.find((e) => e.count === 150);
    expect(over150).toMatchObject({ countQualifier: 'OVER' });
    expect(over150?.participants).toContainEqual({ entityKey: 'LOCATION:country:US', role: 'TARGET' });
    expect(fights.find((e) => e.count === 100)).toMatchObject({ countQualifier: 'ABOUT', attribution: "Al Mayadeen's sources" });
  });

  it('finds the MOBILIZE event in al-Hasakah on Saturday attributed to Al Mayadeen, and the 900 soldiers', () => {
    const moving = r.events.find((e) => e.type === 'MOBILIZE' && e.attribution === 'sources told Al Mayadeen');
    expect(moving).toMatchObject({ date: '2024-02-03', datePrecision: 'DAY', locationKey: entityByAlias(r, 'al-Hasakah')?.key });
    expect(moving?.participants).toContainEqual({ entityKey: 'LOCATION:country:US', role: 'ACTOR' });
    expect(r.events.find((e) => e.type === 'MOBILIZE' && e.count === 900)).toMatchObject({ countQualifier: 'ABOUT', attribution: 'as per Pentagon claims' });
  });

  it('finds the Yemeni ban in the Red Sea and the US/UK aggressions on Yemen', () => {
    const ban = r.events.find((e) => e.type === 'SANCTION');
    expect(ban?.participants).toEqual([{ entityKey: 'LOCATION:country:YE', role: 'ACTOR' }, { entityKey: 'LOCATION:country:IL', role: 'TARGET' }]);
    expect(ban?.locationKey).toBe('LOCATION:curated:red-sea');
    const onYemen = r.events.find((e) => e.type === 'FIGHT' && e.participants.some((p) => p.role === 'TARGET' && p.entityKey === 'LOCATION:country:YE'));
    expect(onYemen?.participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey).sort()).toEqual(['LOCATION:country:GB', 'LOCATION:country:US']);
  });

  it('finds the hypothetical withdrawal reported by Foreign Policy and the al-Hol campaign', () => {
    const retreat = r.events.find((e) => e.type === 'RETREAT' && e.attribution === 'Foreign Policy had reported');
    expect(retreat).toMatchObject({ modality: 'HYPOTHETICAL', locationKey: 'LOCATION:country:SY' });
    const campaign = r.events.find((e) => e.locationKey === 'LOCATION:curated:al-hol-camp');
    expect(campaign?.type).toBe('COERCE');
    expect(campaign?.date).toBe('2024-02-03');
    expect(campaign?.participants.map((p) => p.entityKey).sort()).toEqual(['LOCATION:country:US', 'ORGANIZATION:syrian democratic forces']);
  });

  it('finds the SUPPORTS and COOPERATES_WITH relations and LOCATED_IN from the gazetteer', () => {
    const has = (s: string, p: string, o: string) => r.relations.some((x) => x.subjectKey === s && x.predicate === p && x.objectKey === o);
    expect(has('LOCATION:country:US', 'SUPPORTS', 'ORGANIZATION:syrian democratic forces')).toBe(true);
    expect(has('LOCATION:country:US', 'COOPERATES_WITH', 'ORGANIZATION:syrian democratic forces')).toBe(true);
    expect(has('LOCATION:country:US', 'SUPPORTS', 'LOCATION:country:IL')).toBe(true);
    expect(has('LOCATION:curated:al-hol-camp', 'LOCATED_IN', 'LOCATION:country:SY')).toBe(true);
    expect(has(entityByAlias(r, 'Sanaa')?.key ?? '', 'LOCATED_IN', 'LOCATION:country:YE')).toBe(true);
  });

  it('finds the quoted claim of the sources', () => {
    expect(r.quotes).toContainEqual(expect.objectContaining({ speakerText: 'the sources', text: 'not linked to rumors of a US withdrawal from Syria' }));
  });

  // Known misses (documented, not asserted): the FIGHT event "attacked around 100 times" has no
  // actor (the attacker is only implied by a later clause); the title's MOBILIZE and the
  // standfirst's are not merged with the body's; the claims without quotes are not extracted.
});
