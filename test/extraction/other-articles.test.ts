/** Short articles of other kinds, written for these tests: business, disaster, sport. */
import { danglingKeys, entityByAlias, run, spanProblems } from './helpers';

const published = new Date('2025-03-14T12:00:00Z'); // a Friday

describe('business article', () => {
  const title = 'Carmaker Nordvolt agrees to buy battery start-up in $2 billion deal';
  const body = [
    'BERLIN — Nordvolt Motors said on Thursday it had signed a deal to acquire Voltaic Systems, a battery start-up based in Austin, Texas.',
    'Nordvolt chief executive Anna Keller told analysts the acquisition would close in June.',
    '"This gives us the chemistry we were missing," Keller said.',
    'The European Commission is investigating the deal, according to people familiar with the matter.',
    'Shares of Nordvolt rose 4% in Frankfurt.',
  ].join('\n');
  const r = run(body, title, published);

  it('extracts companies, the executive with her role, and places', () => {
    expect(entityByAlias(r, 'Nordvolt Motors')?.type).toBe('ORGANIZATION');
    expect(entityByAlias(r, 'Voltaic Systems')?.type).toBe('ORGANIZATION');
    const keller = entityByAlias(r, 'Anna Keller');
    expect(keller?.type).toBe('PERSON');
    expect(keller?.mentions.length).toBe(2);
    expect(entityByAlias(r, 'Berlin') ?? entityByAlias(r, 'BERLIN')).toBeDefined();
    expect(entityByAlias(r, 'Austin')?.place?.countryCode).toBe('US');
    expect(entityByAlias(r, 'Frankfurt')?.place?.countryCode).toBe('DE');
  });

  it('extracts the agreement, the investigation and the quote', () => {
    const agree = r.events.find((e) => e.type === 'AGREE');
    expect(agree?.date).toBe('2025-03-13');
    expect(agree?.participants[0]?.role).toBe('ACTOR');
    const probe = r.events.find((e) => e.type === 'INVESTIGATE');
    expect(probe?.participants).toContainEqual({ entityKey: 'ORGANIZATION:european commission', role: 'ACTOR' });
    expect(probe?.attribution).toBe('people familiar with the matter');
    expect(r.quotes[0]).toMatchObject({ speakerKey: keller(r), text: 'This gives us the chemistry we were missing' });
    expect(spanProblems({ title, body }, r)).toEqual([]);
    expect(danglingKeys(r)).toEqual([]);
  });

  function keller(res: typeof r) {
    return entityByAlias(res, 'Anna Keller')?.key;
  }
});

describe('disaster article', () => {
  const title = 'Floods kill at least 23 in southern Brazil';
  const body = [
    'Heavy rain caused floods that killed at least 23 people and injured 40 in Rio Grande do Sul state on Monday, officials said.',
    'The Brazilian army deployed 500 soldiers to Porto Alegre to help with rescue efforts.',
    'President Luiz Inacio Lula da Silva visited the region on Wednesday and promised aid.',
  ].join('\n');
  const r = run(body, title, published);

  it('does not turn the flood into an assault but keeps the deployment and the aid', () => {
    expect(r.events.filter((e) => e.type === 'ASSAULT' || e.type === 'FIGHT')).toEqual([]);
    const deploy = r.events.find((e) => e.type === 'MOBILIZE');
    expect(deploy?.count).toBe(500);
    expect(deploy?.locationKey).toBe(entityByAlias(r, 'Porto Alegre')?.key);
    expect(entityByAlias(r, 'Porto Alegre')?.place?.countryCode).toBe('BR');
    const visit = r.events.find((e) => e.type === 'CONSULT');
    expect(visit?.date).toBe('2025-03-12');
  });

  it('finds the president without his title and the country from the demonym', () => {
    const lula = r.entities.find((e) => e.type === 'PERSON');
    expect(lula?.name).toBe('Luiz Inacio Lula da Silva');
    expect(entityByAlias(r, 'Brazilian')?.key).toBe('LOCATION:country:BR');
    expect(spanProblems({ title, body }, r)).toEqual([]);
  });
});

describe('sport article', () => {
  const title = 'Spain beat England 2-1 to win the Euro final in Berlin';
  const body = [
    'Spain beat England 2-1 in the final in Berlin on Sunday.',
    'Mikel Oyarzabal scored the winner four minutes from time, and coach Luis de la Fuente praised his players.',
    '"We suffered, but we deserved it," de la Fuente said.',
    'UEFA fined England for crowd trouble.',
  ].join('\n');
  const r = run(body, title, published);

  it('extracts teams (as countries), players, coach, venue and the quote', () => {
    expect(entityByAlias(r, 'Spain')?.key).toBe('LOCATION:country:ES');
    expect(entityByAlias(r, 'England')).toBeDefined();
    expect(entityByAlias(r, 'Mikel Oyarzabal')?.type).toBe('PERSON');
    expect(entityByAlias(r, 'Luis de la Fuente')?.type).toBe('PERSON');
    expect(entityByAlias(r, 'Berlin')?.place?.countryCode).toBe('DE');
    expect(entityByAlias(r, 'UEFA')?.type).toBe('ORGANIZATION');
    expect(r.quotes[0]?.text).toBe('We suffered, but we deserved it');
    expect(spanProblems({ title, body }, r)).toEqual([]);
    expect(danglingKeys(r)).toEqual([]);
  });

  it('does not code the match as violence', () => {
    expect(r.events.filter((e) => e.type === 'ASSAULT' || e.type === 'FIGHT')).toEqual([]);
  });
});
