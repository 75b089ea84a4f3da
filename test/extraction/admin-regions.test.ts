import { danglingKeys, entityByAlias, run } from './helpers';

describe('city exonyms (data/gazetteer/city-exonyms.json)', () => {
  it('maps English names to the GeoNames city of the primary name, the biggest one winning', () => {
    const r = run('Negotiators met in Geneva before flying to Cologne.');
    expect(entityByAlias(r, 'Geneva')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'CH', geonamesId: 2660646 });
    expect(entityByAlias(r, 'Cologne')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'DE' });
    expect(entityByAlias(r, 'Geneva')?.name).toBe('Genève');
  });

  it('keeps the article-country preference: Geneva, Illinois when the article is in Illinois', () => {
    const r = run('A storm hit Geneva, a suburb of Chicago in Illinois, in the United States.');
    expect(entityByAlias(r, 'Geneva')?.place?.countryCode).toBe('US');
  });

  it('knows Gothenburg and Antwerp', () => {
    const r = run('Cargo ships left Gothenburg and Antwerp on Tuesday.');
    expect(entityByAlias(r, 'Gothenburg')?.place?.countryCode).toBe('SE');
    expect(entityByAlias(r, 'Antwerp')?.place?.countryCode).toBe('BE');
  });
});

describe('first-level administrative regions (data/gazetteer/admin1.json)', () => {
  it('a region whose name has "and" in it is one place: "Newfoundland and Labrador", one LOCATION, not an organization', () => {
    const r = run("Newfoundland and Labrador's premier called the closure unacceptable.");
    const nl = entityByAlias(r, 'Newfoundland and Labrador');
    expect(nl).toEqual(expect.objectContaining({ type: 'LOCATION', key: 'LOCATION:admin1:CA-NL' }));
    expect(nl?.place?.countryCode).toBe('CA');
    expect(r.entities.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });

  it('takes no region of another country for a place its text puts in a region ("Xinjiang\'s Altay prefecture")', () => {
    const r = run("A tank ruptured outside Fuyun, a county town in Xinjiang's Altay prefecture. Police in Altay detained two men.");
    expect(entityByAlias(r, 'Altay')?.place?.countryCode).toBe('CN');
  });

  it('takes no region of a country the article never names unless the text calls it a region ("the Plateau district" of Niamey)', () => {
    const r = run('NIAMEY, Niger — Gunmen stormed a hotel in the Plateau district of the capital on Monday.');
    expect(entityByAlias(r, 'Plateau')?.place?.countryCode).not.toBe('BJ');
    expect(r.entities.some((e) => e.key === 'LOCATION:country:BJ')).toBe(false);
    const stated = run('Floods hit the Plateau department of Benin on Monday.');
    expect(entityByAlias(stated, 'Plateau')?.place?.countryCode).toBe('BJ');
  });

  it('resolves a state to the region, not a village of that name, with a label point', () => {
    const r = run('Gunmen attacked a convoy in Nuevo León, Mexico, officials said.');
    const e = entityByAlias(r, 'Nuevo León');
    expect(e?.key).toBe('LOCATION:admin1:MX-NLE');
    expect(e?.place).toMatchObject({ featureType: 'REGION', countryCode: 'MX', containedInKey: 'LOCATION:country:MX' });
    expect(e?.place?.latitude).toBeCloseTo(25.6, 0);
    expect(e?.place?.longitude).toBeCloseTo(-99.9, 0);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: e?.key, predicate: 'LOCATED_IN', objectKey: 'LOCATION:country:MX' }));
    expect(danglingKeys(r)).toEqual([]);
  });

  it('prefers the region over a same-named hamlet of its own country after "in"', () => {
    const r = run('The army moved into Nuevo León on Friday.');
    expect(entityByAlias(r, 'Nuevo León')?.key).toBe('LOCATION:admin1:MX-NLE');
  });

  it('keeps curated regions (no duplicate admin-1 entry): Lower Saxony', () => {
    const r = run('Farmers protested in Lower Saxony and in Niedersachsen again.');
    const e = entityByAlias(r, 'Lower Saxony');
    expect(e?.place).toMatchObject({ featureType: 'REGION', countryCode: 'DE' });
    expect(r.entities.filter((x) => x.key.startsWith('LOCATION:admin1:DE-'))).toEqual([]);
  });

  it('picks the region of the country the text names: the Indian state of Punjab', () => {
    const r = run('Floods swept through the Indian state of Punjab.');
    const e = entityByAlias(r, 'Punjab');
    expect(e?.key).toBe('LOCATION:admin1:IN-PB');
    expect(e?.place).toMatchObject({ featureType: 'REGION', countryCode: 'IN' });
  });

  it('takes "<name> State" and "the <name> region" as the region, a bare city name as the city', () => {
    const r = run('The governor of Kano State spoke. Fighting continued in the Donetsk region of Ukraine.');
    expect(entityByAlias(r, 'Kano State')?.place).toMatchObject({ featureType: 'REGION', countryCode: 'NG' });
    expect(entityByAlias(r, 'Donetsk')?.place).toMatchObject({ featureType: 'REGION', countryCode: 'UA' });
    const cities = run('Protesters gathered in Tehran, Kano and Buenos Aires. Shelling hit Donetsk.');
    for (const name of ['Tehran', 'Kano', 'Buenos Aires', 'Donetsk']) expect(entityByAlias(cities, name)?.place?.featureType).toBe('CITY');
  });

  it('leaves Georgia (country vs US state) and ordinary cities as they were', () => {
    const ge = run('Georgia held elections. Tbilisi was calm.');
    expect(entityByAlias(ge, 'Georgia')?.key).toBe('LOCATION:country:GE');
    const us = run('Storms hit Atlanta, Georgia.');
    expect(entityByAlias(us, 'Georgia')?.key).toBe('LOCATION:curated:us-state-georgia');
    const fr = run('Protesters gathered in Paris.');
    expect(entityByAlias(fr, 'Paris')?.key).toBe('LOCATION:geonames:2988507');
  });

  it('does not guess a region for an ambiguous name with no country context', () => {
    const r = run('Punjab was mentioned once.');
    expect(r.entities.filter((e) => e.key.startsWith('LOCATION:admin1:'))).toEqual([]);
  });

  it('reads "in <Name>" as the region\'s seat of the same name, and "<Name> region" as the region', () => {
    const city = run('Police in Italy said two hikers were rescued in Aosta on Sunday.');
    expect(entityByAlias(city, 'Aosta')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'IT' });
    const region = run('Police in Italy said two hikers were rescued in the Aosta region on Sunday.');
    expect(entityByAlias(region, 'Aosta region')?.place?.featureType ?? entityByAlias(region, 'Aosta')?.place?.featureType).toBe('REGION');
  });

  it('keeps the region\'s country as context after its seat wins: a small town there beats a namesake abroad', () => {
    const r = run('Fires burned in Spain and Portugal. Crews in Portalegre and Viseu were reinforced, and two residents of Oleiros were missing.');
    expect(entityByAlias(r, 'Oleiros')?.place?.countryCode).toBe('PT');
  });

  it('reads the first word of an organization\'s name used alone as its short form, not a region, unless after "in"', () => {
    const org = run('Otago Energy said on Monday it would cut 90 jobs in New Zealand. A court ordered Otago to pay a fine, and Otago said it would appeal.');
    expect(entityByAlias(org, 'Otago Energy')?.mentions.map((m) => m.text)).toEqual(['Otago Energy', 'Otago', 'Otago']);
    expect(org.entities.some((e) => e.key.startsWith('LOCATION:admin1:'))).toBe(false);
    const place = run('Otago Energy said on Monday it would cut 90 jobs in New Zealand. Flooding hit farms in Otago.');
    expect(entityByAlias(place, 'Otago')?.place?.featureType).toBe('REGION');
  });

  it('keeps a name the article calls a region that region in its other mentions ("the state of Guerrero" ... "in Guerrero")', () => {
    const r = run('The mayor was shot in Taxco, in the southern Mexican state of Guerrero. The party demanded the resignation of Guerrero\'s security secretary. Guerrero, which includes Acapulco, is one of the most violent states.');
    const places = r.entities.filter((e) => e.name === 'Guerrero');
    expect(places).toHaveLength(1);
    expect(places[0]?.place?.latitude).toBeCloseTo(17.7, 0);
  });
});

describe('a namesake town far outside its region', () => {
  it('reads "Mpumalanga" as the province, not the KwaZulu-Natal township, when the article is about South Africa', () => {
    const r = run('PRETORIA — South African farmers in Limpopo and Mpumalanga said the duties would hurt them.');
    const m = r.entities.find((e) => e.name === 'Mpumalanga');
    expect(m?.key).toBe('LOCATION:admin1:ZA-MP');
    expect(m?.place?.featureType).toBe('REGION');
  });
});


describe('a name the text calls a town\'s', () => {
  it('keeps every mention of "the lakeside town of Salima" on the town, not the district of that name', () => {
    const r = run('LILONGWE, Malawi — Supporters blocked roads in the lakeside town of Salima on Tuesday. In Salima a crowd stoned the police station.');
    const salima = r.entities.filter((e) => /salima/i.test(e.name));
    expect(salima).toHaveLength(1);
    expect(salima[0]?.place?.featureType).toBe('CITY');
    expect(salima[0]?.mentions).toHaveLength(2);
  });

  it('puts a town no town list knows at the region of its name in a country the article names ("the town of Leposavic")', () => {
    const r = run('PRISTINA, Kosovo — Gunmen fired on a Kosovo police patrol near the town of Leposavic on Thursday. Police shut two post offices in Leposavic.');
    const town = entityByAlias(r, 'Leposavic');
    expect(town?.place).toMatchObject({ countryCode: 'XK' });
    expect(town?.place?.latitude).toBeCloseTo(43.1, 1);
    expect(town?.mentions).toHaveLength(2);
    // not a region of a country the article never names
    expect(entityByAlias(run('SKOPJE — Gunmen fired on a police patrol near the town of Leposavic on Thursday.'), 'Leposavic')?.place?.countryCode).not.toBe('XK');
  });
});

describe('second-level divisions (admin2.json)', () => {
  it('"Saran district" is the Indian district, not the French town Saran; a later bare "Saran" is the district too', () => {
    const r = run('PATNA, India — Twelve people died in Saran district of Bihar after drinking spurious liquor. Police raided homes in Saran on Friday.');
    const saran = r.entities.find((e) => e.aliases.includes('Saran district'));
    expect(saran?.key).toBe('LOCATION:admin2:IN.34.219');
    expect(saran?.place).toEqual(expect.objectContaining({ featureType: 'REGION', countryCode: 'IN' }));
    expect(saran?.place?.latitude).toBeCloseTo(25.8, 0);
    expect(saran?.mentions.map((m) => m.text)).toEqual(['Saran', 'Saran']);
  });

  it('needs the division\'s country in the article, and leaves a district\'s seat town the town', () => {
    const foreign = run('Twelve people died in Saran district on Friday, officials said.');
    expect(foreign.entities.some((e) => e.key.startsWith('LOCATION:admin2:'))).toBe(false);
    const seat = run('SIWAN, India — Officials in Siwan District said 20 people died. Police in Siwan arrested two men.');
    expect(seat.entities.find((e) => e.aliases.includes('SIWAN') || e.name === 'Siwan')?.place?.featureType).toBe('CITY');
  });
});

describe('other spellings of cities (city-altnames.json)', () => {
  it('"Birgunj" is Birgañj in a story about Nepal, and nothing in a story that names no country of it', () => {
    const r = run('KATHMANDU, Nepal — Police in Birgunj arrested two men on Friday.');
    expect(r.entities.find((e) => e.aliases.includes('Birgunj'))?.place).toEqual(expect.objectContaining({ featureType: 'CITY', countryCode: 'NP', geonamesId: 1283581 }));
  });
});
