/** The matching and scoring functions of the extraction evaluation (bench/eval-metrics.ts). */
import {
  assignOneToOne, creditingRoles, entityCandidate, geoItem, haversineKm, normName, participantResolver, prf, scoreEntities,
  scoreEvents, sizeClass, type GoldEntity, type PredEntity,
} from '../../bench/eval-metrics';

const ent = (key: string, name: string, type: string, aliases: string[] = [], mentions = 1, place: PredEntity['place'] = null): PredEntity => ({
  key, name, type, aliases, mentions: new Array(mentions).fill({}), place,
});

describe('names and candidates', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normName('Türkiye')).toBe('turkiye');
    expect(normName("Sana'a")).toBe('sanaa');
    expect(normName('Al-Hasakah')).toBe('al hasakah');
    expect(normName('Wrocław')).toBe('wroclaw');
  });

  it('needs an accepted type and a shared name or alias', () => {
    const gold: GoldEntity = { name: 'Georgia (US state)', type: 'LOCATION', aliases: [] };
    expect(entityCandidate(ent('a', 'Georgia', 'LOCATION'), gold)).toBe(true);
    expect(entityCandidate(ent('a', 'Georgia', 'ORGANIZATION'), gold)).toBe(false);
    const team: GoldEntity = { name: 'Argentina', type: 'ORGANIZATION', acceptableTypes: ['LOCATION'], aliases: ['Albiceleste'] };
    expect(entityCandidate(ent('b', 'ARGENTINA', 'LOCATION'), team)).toBe(true);
    expect(entityCandidate(ent('b', 'Argentine Republic', 'LOCATION', ['albiceleste']), team)).toBe(true);
    expect(entityCandidate(ent('b', 'Brazil', 'LOCATION'), team)).toBe(false);
  });
});

describe('assignOneToOne', () => {
  it('finds a maximum matching, re-routing earlier choices', () => {
    // left 0 prefers right 0, left 1 can only take right 0: 0 must move to 1.
    expect(assignOneToOne([[0, 1], [0]], 2)).toEqual([1, 0]);
    expect(assignOneToOne([[0], [0]], 1)).toEqual([0, -1]);
  });
});

describe('scoreEntities', () => {
  const gold: GoldEntity[] = [
    { name: 'Narendra Modi', type: 'PERSON', aliases: ['Modi'] },
    { name: 'India', type: 'LOCATION', aliases: ['Indian'] },
    { name: 'Quad', type: 'ORGANIZATION', aliases: [], optional: true },
    { name: 'Tokyo', type: 'LOCATION', aliases: [] },
  ];
  it('counts TP/FP/FN with optional gold, zero-mention and duplicate predictions', () => {
    const pred = [
      ent('p1', 'Narendra Modi', 'PERSON', ['Modi']),
      ent('p2', 'Modi', 'PERSON'), // duplicate → FP
      ent('p3', 'India', 'LOCATION'),
      ent('p4', 'Quad', 'ORGANIZATION'), // optional: neither TP nor FP
      ent('p5', 'Japan', 'LOCATION', [], 0), // zero mentions: ignored
      ent('p6', 'Storm Boris', 'PERSON'), // nonEntity whose note rejects PERSON → FP
      ent('p7', 'French Open', 'ORGANIZATION'), // nonEntity → ignored
    ];
    const s = scoreEntities(gold, pred, [
      { text: 'Storm Boris', note: 'a named storm: not a PERSON' },
      { text: 'French Open', note: 'a competition' },
    ]);
    expect(s.micro).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(s.missed.map((g) => g.name)).toEqual(['Tokyo']);
    expect(s.falsePositives.map((p) => p.key).sort()).toEqual(['p2', 'p6']);
    expect(s.byType.PERSON).toEqual({ tpGold: 1, tpPred: 1, fp: 2, fn: 0 });
    expect(s.byType.LOCATION).toEqual({ tpGold: 1, tpPred: 1, fp: 0, fn: 1 });
    expect(s.assignment[0]).toBe(0);
    expect(s.candidates[0]).toEqual([0, 1]);
    const m = prf(s.micro);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(2 / 3);
  });
});

describe('geocoding', () => {
  it('measures great-circle distance', () => {
    // Paris → London ≈ 344 km
    expect(haversineKm(48.8566, 2.3522, 51.5074, -0.1278)).toBeGreaterThan(335);
    expect(haversineKm(48.8566, 2.3522, 51.5074, -0.1278)).toBeLessThan(350);
  });

  it('classifies gold places by size and applies the tolerance', () => {
    const names = (cc: string) => (cc === 'GE' ? ['Georgia'] : cc === 'US' ? ['United States', 'US'] : []);
    const near = (name: string) => name === 'Atlanta';
    expect(sizeClass({ name: 'Georgia', type: 'LOCATION', countryCode: 'GE', lat: 42, lon: 43.5 }, names, near)).toBe('COUNTRY');
    expect(sizeClass({ name: 'Georgia (US state)', type: 'LOCATION', countryCode: 'US', lat: 32.7, lon: -83.4 }, names, near)).toBe('REGION');
    expect(sizeClass({ name: 'Atlanta', type: 'LOCATION', countryCode: 'US', lat: 33.75, lon: -84.39 }, names, near)).toBe('CITY');
    expect(sizeClass({ name: 'Red Sea', type: 'LOCATION', lat: 20, lon: 38.5 }, names, near)).toBe('REGION');
    expect(sizeClass({ name: 'Al-Hol camp', type: 'LOCATION', countryCode: 'SY', lat: 36.38, lon: 41.15 }, names, near)).toBe('CITY');

    const state: GoldEntity = { name: 'Georgia (US state)', type: 'LOCATION', countryCode: 'US', lat: 32.7, lon: -83.4 };
    const country = ent('c', 'Georgia', 'LOCATION', [], 1, { latitude: 42, longitude: 43.5 });
    const usState = ent('s', 'Georgia', 'LOCATION', [], 1, { latitude: 32.75, longitude: -83.5 });
    expect(geoItem(state, country, 'REGION').withinSize).toBe(false);
    expect(geoItem(state, usState, 'REGION')).toMatchObject({ withinSize: true, within161: true });
    expect(geoItem(state, ent('n', 'Georgia', 'LOCATION'), 'REGION').distanceKm).toBeNull();
  });
});

describe('scoreEvents', () => {
  const gold: GoldEntity[] = [
    { name: 'European Union', type: 'ORGANIZATION', aliases: ['EU'] },
    { name: 'Russia', type: 'LOCATION', aliases: ['Russian'] },
  ];
  const pred = [ent('org:eu', 'EU', 'ORGANIZATION'), ent('loc:ru', 'Russia', 'LOCATION')];
  const resolve = participantResolver(gold, pred, scoreEntities(gold, pred).candidates);

  it('resolves gold names to predicted keys', () => {
    expect([...resolve('European Union')]).toEqual(['org:eu']);
    expect([...resolve('critics')]).toEqual([]);
  });

  it('grades type, actor and target, one predicted event per gold event', () => {
    const goldEvents = [
      { type: 'SANCTION', actors: ['European Union'], targets: ['Russia'] },
      { type: 'SANCTION', actors: ['European Union'], targets: ['Russia'] },
      { type: 'PROTEST' }, // no actors, no targets
      { type: 'FIGHT', optional: true },
    ];
    const predEvents = [
      { type: 'SANCTION', participants: [{ entityKey: 'org:eu', role: 'ACTOR' }, { entityKey: 'loc:ru', role: 'TARGET' }] },
      { type: 'SANCTION', participants: [{ entityKey: 'loc:ru', role: 'ACTOR' }] },
      { type: 'DISAPPROVE', participants: [] },
    ];
    const s = scoreEvents(goldEvents, predEvents, resolve);
    // both SANCTIONs are accounted for by gold events; the DISAPPROVE by none (the optional FIGHT is another type)
    expect(s).toMatchObject({ gold: 3, typeOnly: 2, typeActor: 1, full: 1, predicted: 3, supported: 2 });
    expect(s.missed.map((e) => e.type)).toEqual(['SANCTION', 'PROTEST']);
    const accepted = scoreEvents([{ type: 'PROTEST', acceptableTypes: ['DISAPPROVE'] }], predEvents, resolve);
    expect(accepted.full).toBe(1);
    expect(accepted.supported).toBe(1);
  });

  it('counts an optional gold event as accounting for a prediction', () => {
    const s = scoreEvents([{ type: 'FIGHT', optional: true }], [{ type: 'FIGHT', participants: [] }, { type: 'FIGHT', participants: [] }], resolve);
    expect(s).toMatchObject({ gold: 0, supported: 1, predicted: 2 });
  });
});

describe('creditingRoles', () => {
  const gold: GoldEntity[] = [
    { name: 'Adjoa Mensah', type: 'PERSON' },
    { name: 'ECOWAS', type: 'ORGANIZATION' },
    { name: 'Gambia', type: 'LOCATION' },
  ];
  const pred = [ent('org:ecowas', 'ECOWAS', 'ORGANIZATION'), ent('loc:gm', 'Gambia', 'LOCATION')];
  const resolve = participantResolver(gold, pred, scoreEntities(gold, pred).candidates);
  const relations = [{ subject: 'Adjoa Mensah', predicate: 'LEADS', object: 'ECOWAS' }, { subject: 'ECOWAS', predicate: 'OPPOSES', object: 'Gambia' }];

  it('lets a person\'s organisation stand for the person, through role relations only', () => {
    const lenient = creditingRoles(resolve, relations);
    expect([...lenient('Adjoa Mensah')]).toEqual(['org:ecowas']);
    expect([...resolve('Adjoa Mensah')]).toEqual([]);
    expect([...lenient('ECOWAS')]).toEqual(['org:ecowas']);
    const demand = [{ type: 'DEMAND', actors: ['Adjoa Mensah'], targets: ['Gambia'] }];
    const predicted = [{ type: 'DEMAND', participants: [{ entityKey: 'org:ecowas', role: 'ACTOR' }, { entityKey: 'loc:gm', role: 'TARGET' }] }];
    expect(scoreEvents(demand, predicted, resolve).full).toBe(0);
    expect(scoreEvents(demand, predicted, lenient).full).toBe(1);
  });
});
