import { entityByAlias, keyOf, ofType, role, run } from './helpers';


describe('places the city list lacks', () => {
  it('geocodes provinces, states and gulfs from the curated list', () => {
    const r = run('Heavy rain hit Lower Saxony and Styria on Monday, while a storm closed ports on the Gulf of Bothnia.');
    const saxony = entityByAlias(r, 'Lower Saxony');
    expect(saxony?.place).toMatchObject({ countryCode: 'DE', featureType: 'REGION' });
    expect(saxony?.place?.latitude).toBeCloseTo(52.6, 0);
    expect(entityByAlias(r, 'Styria')?.place?.countryCode).toBe('AT');
    expect(entityByAlias(r, 'Gulf of Bothnia')?.place?.featureType).toBe('WATER_BODY');
  });

  it('reads a city whose name contains a country as the city ("Port Sudan", "Kuwait City")', () => {
    const r = run('The government moved to Port Sudan last year. Officials met in Kuwait City on Friday.');
    const ps = entityByAlias(r, 'Port Sudan');
    expect(ps?.key.startsWith('LOCATION:geonames:')).toBe(true);
    expect(ps?.place?.countryCode).toBe('SD');
    expect(entityByAlias(r, 'Kuwait City')?.place?.countryCode).toBe('KW');
  });

  it('places a port or airport named after a city at that city, as its own entity', () => {
    const r = run('Dock workers in Rotterdam went on strike, halting traffic at the Port of Rotterdam for a day.');
    const port = entityByAlias(r, 'Port of Rotterdam');
    const city = entityByAlias(r, 'Rotterdam');
    expect(port && city && port.key !== city.key).toBe(true);
    expect(port?.place?.featureType).toBe('FACILITY');
    expect(port?.place?.latitude).toBeCloseTo(city?.place?.latitude ?? 0, 1);
  });

  it('takes the adjective of a world region as an alias of the region', () => {
    const r = run('Southeast Asian ministers met in Jakarta to discuss the haze from forest fires across Southeast Asia.');
    expect(keyOf(r, 'Southeast Asian')).toBe(keyOf(r, 'Southeast Asia'));
  });
});

describe('event targets', () => {
  it('gives "condemned the attack" the attacker named earlier, not a later object', () => {
    const r = run('Boko Haram fighters attacked a village near Maiduguri on Sunday. '
      + 'The governor condemned the attack on Monday and called on the African Union to send help.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Boko Haram')]);
  });

  it('resolves a definite object noun to an earlier "package of ..." event and targets its actor', () => {
    const r = run('The European Commission approved a package of tariffs on Chinese steel on Tuesday. '
      + 'Italy did not block the package, officials said.');
    const ev = ofType(r, 'REJECT')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:IT']);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'European Commission')]);
  });

  it('maps "the two companies" to the two organizations of the main deal, also after "between"', () => {
    const r = run('Acme Corp agreed to buy Vexo Inc for $2 billion. Acme Corp and Vexo Inc said the deal would close next year. '
      + 'Analysts said the FTC could take a close look at overlaps between the two companies\' routes.');
    const ev = ofType(r, 'INVESTIGATE')[0];
    expect(role(ev, 'TARGET').sort()).toEqual([keyOf(r, 'Acme Corp'), keyOf(r, 'Vexo Inc')].sort());
  });

  it('takes the subject of a that-clause after a pledge as the actor', () => {
    const r = run('The Kenyan president pledged that the World Bank would help with the reconstruction of the port.');
    const ev = ofType(r, 'AID')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'World Bank')]);
    // no recipient is named: aid from abroad goes to the country the story is about
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:KE']);
  });

  it('maps sentence-initial "The army" to the only armed-forces organisation', () => {
    const r = run('The Sudanese Armed Forces said they had retaken the bridge. The army accuses Chad of supplying the rebels with weapons.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Sudanese Armed Forces')]);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:TD']);
  });

  it('finds the subject across a relative clause when the verb phrase before the trigger is long', () => {
    const r = run('Canada, which is not a member of the bloc, announced new export controls earlier this month and said it was coordinating its measures with Germany.');
    const ev = ofType(r, 'COOPERATE')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:CA']);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:DE']);
  });
});
