import { entityByAlias, entityByKey, ofType, role, run } from './helpers';

describe('state organs named through their country', () => {
  it('"the Chilean navy", "Peru\'s army", "the Greek coast guard" are organizations PART_OF their country', () => {
    const r = run("The Chilean navy rescued 12 fishermen on Sunday. Peru's army sent 300 soldiers to Puno. The Greek coast guard intercepted a boat.");
    for (const [key, name] of [['ORGANIZATION:chilean navy', 'Chilean Navy'], ['ORGANIZATION:peruvian army', 'Peruvian Army'], ['ORGANIZATION:greek coast guard', 'Greek Coast Guard']]) {
      expect(entityByKey(r, key as string)).toEqual(expect.objectContaining({ type: 'ORGANIZATION', name }));
    }
    expect(r.relations).toContainEqual(expect.objectContaining({
      subjectKey: 'ORGANIZATION:peruvian army', predicate: 'PART_OF', objectKey: 'LOCATION:country:PE',
      evidence: expect.objectContaining({ text: "Peru's army" }),
    }));
    // the country word stays a mention of the country
    expect(entityByKey(r, 'LOCATION:country:CL')?.mentions.map((m) => m.text)).toEqual(['Chilean']);
  });

  it('"Myanmar\'s military launched" is the armed forces acting; "a Chinese military aircraft" qualifies a noun', () => {
    const r = run("Myanmar's military launched airstrikes on Tachileik on Wednesday. The Nigerian military said it had killed 20 militants. "
      + 'A Chinese military aircraft flew over the strait. Russia\'s military operation continued.');
    const myanmar = entityByAlias(r, "Myanmar's military");
    expect(myanmar).toEqual(expect.objectContaining({ type: 'ORGANIZATION', name: 'Burmese Armed Forces' }));
    expect(role(ofType(r, 'FIGHT')[0], 'ACTOR')).toEqual([myanmar?.key]);
    expect(entityByKey(r, 'ORGANIZATION:nigerian armed forces')?.type).toBe('ORGANIZATION');
    expect(r.entities.filter((e) => /Armed Forces/.test(e.name)).map((e) => e.name).sort()).toEqual(['Burmese Armed Forces', 'Nigerian Armed Forces']);
  });

  it('keeps the whole phrase as written ("Peru\'s army", "Dutch police") among the organ\'s aliases', () => {
    const r = run("Peru's army sent 300 soldiers to Puno. The Dutch police arrested two men.");
    expect(entityByKey(r, 'ORGANIZATION:peruvian army')?.aliases).toContain("Peru's army");
    expect(entityByKey(r, 'ORGANIZATION:dutch police')?.aliases).toContain('Dutch police');
  });

  it('the organ, not its country, acts in the event', () => {
    const r = run('The Greek coast guard intercepted two boats off Lesbos on Tuesday.');
    const coerce = r.events.find((e) => e.type === 'COERCE');
    expect(coerce?.participants).toContainEqual({ entityKey: 'ORGANIZATION:greek coast guard', role: 'ACTOR' });
  });

  it('a verb coordinated after the organ shares the organ, not its country, as actor', () => {
    const r = run('NAIROBI — Kenyan police raided the headquarters of the opposition Orange Democratic Movement (ODM) in Nairobi on Monday and arrested 14 party officials.');
    const coerce = r.events.filter((e) => e.type === 'COERCE');
    expect(coerce).toHaveLength(2);
    for (const ev of coerce) {
      expect(ev.participants).toContainEqual({ entityKey: 'ORGANIZATION:kenyan police', role: 'ACTOR' });
      expect(ev.participants).not.toContainEqual({ entityKey: 'LOCATION:country:KE', role: 'ACTOR' });
    }
  });

  it('a ministry by its portfolio; the country name used attributively names it too', () => {
    const r = run("Kenya's health ministry sent a team to Kisumu. US army engineers arrived.");
    expect(entityByKey(r, 'ORGANIZATION:kenyan health ministry')).toBeDefined();
    expect(entityByKey(r, 'ORGANIZATION:united states army')).toBeDefined();
  });

  it('joins the article\'s own name for the organ: "Colombian police" is the "National Police" named before', () => {
    const r = run('The National Police said on Monday that 40 people were held. Colombian police arrested 12 more in Cali.');
    expect(entityByKey(r, 'ORGANIZATION:colombian police')).toBeUndefined();
    const police = r.entities.find((e) => e.mentions.some((m) => m.text === 'National Police'));
    expect(police?.mentions.map((m) => m.text)).toContain('police');
  });

  it('"the Peruvian army (EP)" defines the acronym; "army-backed" is a modifier, not the organ', () => {
    const r = run('The Peruvian army (EP) moved north. Later the EP withdrew. The army-backed council met.');
    expect(entityByKey(r, 'ORGANIZATION:peruvian army')?.mentions.map((m) => m.text)).toEqual(['army', 'EP', 'EP']);
    expect(r.entities.filter((e) => e.name.endsWith('Army'))).toHaveLength(1);
  });

  it('two countries\' armies stay two organizations', () => {
    const r = run('The Polish army and the Czech army deployed troops along the Oder.');
    expect(entityByKey(r, 'ORGANIZATION:polish army')).toBeDefined();
    expect(entityByKey(r, 'ORGANIZATION:czech army')).toBeDefined();
  });
});

describe('ministries by their formal names', () => {
  it('"Kazakhstan\'s foreign ministry" is also the "Ministry of Foreign Affairs of Kazakhstan"; "Niger\'s interior ministry" the "Ministry of the Interior of Niger"', () => {
    const r = run("Kazakhstan's foreign ministry summoned the ambassador. Niger's interior ministry imposed a curfew. The Polish army deployed.");
    expect(entityByKey(r, 'ORGANIZATION:kazakh foreign ministry')?.aliases).toContain('Ministry of Foreign Affairs of Kazakhstan');
    expect(entityByKey(r, 'ORGANIZATION:nigerien interior ministry')?.aliases).toEqual(expect.arrayContaining(['Ministry of the Interior of Niger', 'Ministry of Interior of Niger']));
    // an organ that is no ministry gets no formal name
    expect(entityByKey(r, 'ORGANIZATION:polish army')?.aliases.some((a) => a.startsWith('Ministry'))).toBe(false);
  });

  it('a ministry named only by its portfolio ("The interior ministry imposed a curfew") is its state\'s organ, PART_OF the state, and acts', () => {
    const r = run('NIAMEY, Niger — Gunmen stormed a hotel in Niamey. The interior ministry imposed a curfew in Niamey from 10 p.m.');
    const ministry = entityByKey(r, 'ORGANIZATION:nigerien interior ministry');
    expect(ministry).toEqual(expect.objectContaining({ type: 'ORGANIZATION', name: 'Nigerien Interior Ministry' }));
    expect(ministry?.mentions.map((m) => m.text)).toEqual(['interior ministry']);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: 'ORGANIZATION:nigerien interior ministry', predicate: 'PART_OF', objectKey: 'LOCATION:country:NE' }));
    const coerce = r.events.find((e) => e.type === 'COERCE');
    expect(coerce?.participants).toContainEqual({ entityKey: 'ORGANIZATION:nigerien interior ministry', role: 'ACTOR' });
    expect(coerce?.participants).not.toContainEqual({ entityKey: 'LOCATION:country:NE', role: 'ACTOR' });
  });

  it('names a portfolio-only ministry formally as its country is written in text ("of the Philippines")', () => {
    const r = run('MANILA, Philippines — Coast guard vessels were rammed near Scarborough Shoal on Monday. The foreign ministry summoned the Chinese ambassador.');
    expect(entityByKey(r, 'ORGANIZATION:philippine foreign ministry')?.aliases).toContain('Ministry of Foreign Affairs of the Philippines');
  });
});

describe('a legislature named by its kind alone', () => {
  it('is the legislature of the place after it, else of the dateline\'s country ("marched to Parliament in Cape Town", "The Senate met")', () => {
    const r = run('JOHANNESBURG — Brazil imposed tariffs on South African wine. Brazil said so. Brazil added more. Farm workers marched to Parliament in Cape Town on Wednesday. The Senate met on Thursday.');
    const parliament = entityByAlias(r, 'Parliament');
    expect(parliament).toEqual(expect.objectContaining({ type: 'ORGANIZATION', name: 'South African Parliament' }));
    expect(parliament?.aliases).toContain('Parliament of South Africa');
    expect(entityByAlias(r, 'Senate')?.aliases).toContain('Senate of South Africa');
  });

  it('is the most-named country\'s when no place says otherwise', () => {
    const r = run('Nigeria\'s president met governors. Nigeria said the talks went well. The Senate observed a minute\'s silence on Tuesday.');
    expect(entityByAlias(r, 'Senate')?.aliases).toContain('Senate of Nigeria');
  });
});

describe('embassies and consulates', () => {
  it('"the Russian embassy in Helsinki" is the Embassy of Russia in Finland, and acts; "the US Embassy in Quito" likewise', () => {
    const r = run('QUITO, Ecuador — The US Embassy in Quito said in a statement that it was pleased. The Russian embassy in Helsinki demanded consular access.');
    const us = r.entities.find((e) => e.name === 'Embassy of the United States in Ecuador');
    expect(us).toEqual(expect.objectContaining({ type: 'ORGANIZATION' }));
    expect(us?.aliases).toContain('US Embassy');
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: us?.key, predicate: 'PART_OF', objectKey: 'LOCATION:country:US' }));
    const ru = r.entities.find((e) => e.name === 'Embassy of Russia in Finland');
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR')).toEqual([ru?.key]);
    // the country the embassy is named through is no target of its act
    expect(role(ofType(r, 'DEMAND')[0], 'TARGET')).not.toContain('LOCATION:country:RU');
  });

  it('"15 Russian embassy staff" are people of Russia, no embassy acting', () => {
    const r = run('Norway expelled 15 Russian embassy staff in April 2023.');
    expect(r.entities.find((e) => /Embassy/.test(e.name))).toBeUndefined();
  });
});

describe('organs that only qualify', () => {
  it('"a Kenyan police post" is a post of Kenya, no police acting; "a Libyan coast guard vessel fired" is the coast guard acting', () => {
    const r = run('Kenyan soldiers killed eight fighters who attacked a Kenyan police post in Lamu county. A Libyan coast guard vessel fired warning shots at a rescue ship.');
    expect(entityByKey(r, 'ORGANIZATION:kenyan police')).toBeUndefined();
    expect(role(ofType(r, 'THREATEN')[0] ?? ofType(r, 'FIGHT').find((e) => e.evidence.text.includes('Libyan')), 'ACTOR')).toEqual(['ORGANIZATION:libyan coast guard']);
  });
});

describe('more unnamed ministries', () => {
  it('"the federal health ministry" and "the sports ministry" are their state\'s organs, named with what the text wrote', () => {
    const r = run('NEW DELHI, India — The federal health ministry flew a team of toxicologists to Siwan.');
    const ministry = entityByKey(r, 'ORGANIZATION:indian health ministry');
    expect(ministry?.aliases).toEqual(expect.arrayContaining(['federal health ministry', 'Ministry of Health of India']));
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual(['ORGANIZATION:indian health ministry']);
    const chad = run("N'DJAMENA, Chad — The sports ministry asked the public prosecutor to open a criminal investigation.");
    expect(entityByKey(chad, 'ORGANIZATION:chadian sports ministry')).toBeDefined();
  });

  it('"the state health ministry" is no ministry of the country', () => {
    const r = run('PATNA, India — The state health ministry sent doctors to Siwan.');
    expect(entityByKey(r, 'ORGANIZATION:indian health ministry')).toBeUndefined();
  });
});

describe('one mission per article', () => {
  it('"Russian embassy" in the title is the "Russian embassy in Helsinki" of the body', () => {
    const r = run('HELSINKI, Finland — The Russian embassy in Helsinki demanded consular access on Thursday.', 'Russian embassy protests in Helsinki');
    const embassies = r.entities.filter((e) => /Embassy/.test(e.name));
    expect(embassies.map((e) => e.name)).toEqual(['Embassy of Russia in Finland']);
    expect(embassies[0]?.mentions.map((m) => m.field)).toEqual(['TITLE', 'BODY']);
  });
});

describe('a legislature by its bare word', () => {
  it('"Congress" in a story about Argentina is the Argentine Congress, PART_OF Argentina; in a story about the United States it stays the US Congress', () => {
    const ar = run("BUENOS AIRES, Argentina — Argentina's president vetoed a bill on Tuesday. Thousands of students marched on Congress in Buenos Aires.");
    expect(entityByKey(ar, 'ORGANIZATION:argentine congress')).toBeDefined();
    expect(entityByKey(ar, 'ORGANIZATION:united states congress')).toBeUndefined();
    expect(ar.relations).toContainEqual(expect.objectContaining({ subjectKey: 'ORGANIZATION:argentine congress', predicate: 'PART_OF', objectKey: 'LOCATION:country:AR' }));
    const us = run('WASHINGTON — Congress passed the bill on Tuesday, and the United States will send aid to Ukraine.');
    expect(entityByKey(us, 'ORGANIZATION:united states congress')).toBeDefined();
  });
});
