import { entityByAlias, firstActor, run } from './helpers';

describe('a state\'s army under its own name', () => {
  it('joins "Uganda\'s army" to the article\'s Uganda People\'s Defence Force, and an organ to an acronym in apposition', () => {
    const named = run('The Uganda People\'s Defence Force (UPDF) said its jets struck camps. Uganda\'s army said 20 fighters died.');
    expect(named.entities.filter((e) => e.type === 'ORGANIZATION')).toHaveLength(1);
    const appositive = run('Uganda\'s army, the UPDF, said its gunships struck camps near Pimbo. The UPDF said 20 fighters died.');
    const orgs = appositive.entities.filter((e) => e.type === 'ORGANIZATION');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.mentions.map((m) => m.text)).toEqual(['army', 'UPDF', 'UPDF']);
  });
});

describe('short forms of natural features and works', () => {
  it('joins "Kanlaon" to "Kanlaon Volcano" and a two-word "Pak Khop" to "Pak Khop Dam"', () => {
    const volcano = run('Kanlaon Volcano erupted on Tuesday. PHIVOLCS raised Kanlaon\'s alert level.');
    expect(volcano.entities.filter((e) => e.type === 'LOCATION' && /kanlaon/i.test(e.name)).map((e) => e.mentions.length)).toEqual([2]);
    const dam = run('Laos filled the Pak Khop Dam early. Pak Khop will release water from Monday.');
    expect(dam.entities.filter((e) => /pak khop/i.test(e.name)).map((e) => [e.type, e.mentions.length])).toEqual([['LOCATION', 2]]);
  });
});

describe('syllabic acronyms', () => {
  it('takes a bracketed acronym made of syllables of the name as its alias ("PHIVOLCS")', () => {
    const r = run('The Philippine Institute of Volcanology and Seismology (PHIVOLCS) raised the alert level. PHIVOLCS said ash fell on two towns.');
    const orgs = r.entities.filter((e) => e.type === 'ORGANIZATION');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.mentions.map((m) => m.text)).toEqual(['Philippine Institute of Volcanology and Seismology', 'PHIVOLCS', 'PHIVOLCS']);
  });
});

describe('full names introduced with their acronym', () => {
  it.each([
    ['The Socio-Economic Rights and Accountability Project (SERAP) threatened to sue.', 'Socio-Economic Rights and Accountability Project', 'SERAP'],
    ['The National Disaster Risk Reduction and Management Council (NDRRMC) said 12 people died.', 'National Disaster Risk Reduction and Management Council', 'NDRRMC'],
    ["Bihar's Prohibition, Excise and Registration Department (PERD) raided shops.", 'Prohibition, Excise and Registration Department', 'PERD'],
    ['The Nigerian Slum/Informal Settlement Federation (NSISF) condemned the demolitions.', 'Nigerian Slum/Informal Settlement Federation', 'NSISF'],
    ["UEFA's Control, Ethics and Disciplinary Body (CEDB) fined the club.", 'Control, Ethics and Disciplinary Body', 'CEDB'],
  ])('"%s" names one organization across "and", a comma or a slash', (text, name, acronym) => {
    const r = run(text);
    const e = entityByAlias(r, acronym);
    expect(e).toEqual(expect.objectContaining({ type: 'ORGANIZATION', name }));
    expect(r.entities.filter((x) => x.type === 'ORGANIZATION' && x !== e && name.includes(x.name))).toEqual([]);
  });

  it('takes an acronym with a lowercase letter ("African Development Bank (AfDB)") as the name\'s', () => {
    const r = run('The summit secured a loan from the African Development Bank (AfDB) to link grids. The AfDB board approved the package.');
    expect(r.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual(['African Development Bank']);
  });

  it('leaves a span whose initials do not spell the acronym, and a known place, as they were', () => {
    const r = run('The Armed Forces of the Democratic Republic of the Congo (FARDC) attacked. Rebels left the Democratic Republic of the Congo (DRC).');
    expect(entityByAlias(r, 'Democratic Republic of the Congo')?.type).toBe('LOCATION');
  });
});

describe('coreference', () => {
  it('links a surname to the full name', () => {
    const r = run('Darren Woods, the chief executive, spoke. Woods said profits fell. Later Mr Woods left.');
    const e = entityByAlias(r, 'Darren Woods');
    expect(e?.type).toBe('PERSON');
    expect(e?.mentions.length).toBe(3);
    expect(r.entities.filter((x) => x.type === 'PERSON')).toHaveLength(1);
  });

  it('links an acronym to its expansion', () => {
    const r = run('Fighters of the Syrian Democratic Forces (SDF) advanced. The SDF said it held the town.');
    const e = entityByAlias(r, 'Syrian Democratic Forces');
    expect(e?.key).toBe('ORGANIZATION:syrian democratic forces');
    expect(e?.aliases).toContain('SDF');
    expect(e?.mentions).toHaveLength(3);
  });

  it('merges spelling variants of a place into one entity', () => {
    const r = run('Troops moved to al-Hassakah. A prison in al-Hasakah, Syria, was attacked.');
    const e = entityByAlias(r, 'al-Hassakah');
    expect(e).toBeDefined();
    expect(e?.aliases).toEqual(expect.arrayContaining(['al-Hassakah', 'al-Hasakah']));
    expect(e?.key).toMatch(/^LOCATION:geonames:/);
  });

  it('merges spelling variants of unknown names by skeleton', () => {
    const r = run('The Ahrar al-Sham Brigade attacked. Later the Ahrar al-Shaam Brigade withdrew.');
    const orgs = r.entities.filter((e) => e.type === 'ORGANIZATION');
    expect(orgs).toHaveLength(1);
  });

  it('links an organization head word ("the Resistance") to the only organization with that head', () => {
    const r = run('The Islamic Resistance in Iraq claimed the strike. The Resistance said more would follow.');
    const e = entityByAlias(r, 'Islamic Resistance in Iraq');
    expect(e?.aliases).toContain('Resistance');
  });

  it('links demonyms to their country as LOCATION mentions', () => {
    const r = run('Israeli jets struck Yemeni ports while American officials watched.');
    expect(entityByAlias(r, 'Israeli')?.key).toBe('LOCATION:country:IL');
    expect(entityByAlias(r, 'Yemeni')?.key).toBe('LOCATION:country:YE');
    expect(entityByAlias(r, 'American')?.key).toBe('LOCATION:country:US');
  });
});

describe('organization short forms', () => {
  it('links a prefix of a company name to the company', () => {
    const r = run('Peachtree Freight Systems agreed to buy Tidewater Cold Chain. Peachtree said Tidewater shareholders would be paid in cash.');
    expect(entityByAlias(r, 'Peachtree Freight Systems')?.aliases).toContain('Peachtree');
    expect(entityByAlias(r, 'Tidewater Cold Chain')?.aliases).toContain('Tidewater');
  });

  it('links an acronym whose letters are a subsequence of the initials', () => {
    const r = run('The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said aid was blocked. OCHA will visit.');
    const e = entityByAlias(r, 'OCHA');
    expect(e?.name).toBe('United Nations Office for the Coordination of Humanitarian Affairs');
    expect(e?.mentions).toHaveLength(3);
  });
});

describe('police forces and acronyms in other languages', () => {
  it('reads bare police as the home country\'s named force, not a foreign one the story mentions', () => {
    const r = run('LAE, Papua New Guinea — Police said 19 escapees had been recaptured. The Royal Papua New Guinea Constabulary offered a reward. Australia offered to send Australian Federal Police officers.');
    const ev = r.events.find((e) => e.type === 'COERCE');
    const actor = ev?.participants.find((p) => p.role === 'ACTOR')?.entityKey;
    expect(r.entities.find((e) => e.key === actor)?.name).toBe('Royal Papua New Guinea Constabulary');
  });

  it('does not take the home force named without a country for police a sentence puts abroad ("In Bulgaria, police arrested")', () => {
    const r = run('BRUSSELS, Belgium — Officers of the Federal Judicial Police searched 11 homes in Fleurus. In Bulgaria, police arrested a man in Plovdiv on Thursday. Police in Brussels detained two more.');
    const [home, abroad, again] = r.events.filter((e) => e.type === 'COERCE');
    expect(home?.participants.find((p) => p.role === 'ACTOR')?.entityKey).toBe('ORGANIZATION:federal judicial police');
    expect(abroad?.participants.find((p) => p.role === 'ACTOR')?.entityKey).toBe('LOCATION:country:BG');
    expect(again?.participants.find((p) => p.role === 'ACTOR')?.entityKey).toBe('ORGANIZATION:federal judicial police');
  });

  it('does not take the home force for a foreign one because a neighbour\'s name starts its name ("Nigeria" and Niger)', () => {
    const r = run('ABUJA — Police raided a drugmaker\'s factory in Lagos on Tuesday. Officers of the Nigeria Police Force detained its director. '
      + 'The syrup was also sold in neighbouring Niger, whose health ministry banned it.');
    const ev = r.events.find((e) => e.type === 'COERCE');
    const actor = ev?.participants.find((p) => p.role === 'ACTOR')?.entityKey;
    expect(r.entities.find((e) => e.key === actor)?.name).toBe('Nigeria Police Force');
  });

  it('joins "Guatemalan police" to the article\'s "National Civil Police"', () => {
    const r = run('Guatemalan police arrested four journalists. The National Civil Police said the raid was lawful.');
    expect(r.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual(['National Civil Police']);
  });

  it('reads a bracketed acronym in the body\'s own language as its acronym ("Reporters Without Borders (RSF)")', () => {
    const r = run('Reporters Without Borders (RSF) called for the journalists\' release. RSF said the charges were baseless.');
    expect(r.entities.find((e) => e.name === 'Rapid Support Forces')).toBeUndefined();
    expect(r.entities.find((e) => e.name === 'Reporters Without Borders')?.aliases).toContain('RSF');
  });

  it('reads "the party" as a party named in its own language ("Movimiento Ciudadano")', () => {
    const r = run('The mayor was elected in 2024 for the opposition Movimiento Ciudadano (MC). The party demanded the resignation of the security secretary.');
    expect(firstActor(r, 'DEMAND')).toBe(entityByAlias(r, 'Movimiento Ciudadano')?.key);
  });

  it('does not take a city named before as the short form of a body named after it ("Zonguldak\'s" and "Zonguldak Chief Public Prosecutor\'s Office")', () => {
    const r = run('Two miners remain in hospital in Zonguldak\'s main hospital. The Zonguldak Chief Public Prosecutor\'s Office said it had detained seven people.');
    expect(entityByAlias(r, 'Zonguldak Chief Public Prosecutor\'s Office')?.type).toBe('ORGANIZATION');
    expect(entityByAlias(r, 'Zonguldak')?.type).toBe('LOCATION');
  });

  it('reads "the union" after two unions as the one named last', () => {
    const r = run('The General Mine Workers\' Union observed a silence. Police detained 11 people, the Independent Miners\' Union said. The union accused the government of ignoring its complaints.');
    expect(firstActor(r, 'DISAPPROVE')).toBe(entityByAlias(r, 'Independent Miners\' Union')?.key);
  });

  it('reads a sentence-opening "It" as the body or country that opened the sentence before, even when that sentence had no event', () => {
    const r = run('Oman said it had brokered the swap. Iran says its nuclear programme is entirely peaceful. It suspended most cooperation with the agency for several months.');
    expect(firstActor(r, 'SANCTION')).toBe(entityByAlias(r, 'Iran')?.key);
  });

  it('reads a sentence-opening "They" as the body whose members acted before', () => {
    const r = run('Hundreds of members of the Nigeria Labour Congress marched on the national assembly in Abuja to demand a higher wage. They also threatened to shut down oil terminals.');
    expect(firstActor(r, 'THREATEN')).toBe(entityByAlias(r, 'Nigeria Labour Congress')?.key);
  });

  it('reads "the group" as the body that did the violence before, and "The alliance said" as no alliance being formed', () => {
    const r = run('The Islamic State claimed responsibility for a suicide bombing at a mosque in Peshawar that killed 32 worshippers. The group threatened further attacks on Shi\'ite congregations.');
    expect(firstActor(r, 'THREATEN')).toBe(entityByAlias(r, 'Islamic State')?.key);
    expect(run('The alliance said it would send four more warships to the Baltic.').events.map((e) => e.type)).not.toContain('COOPERATE');
  });

  it('reads "the former" and "the latter" as the first and last person the sentence before named', () => {
    const r = run('Russian Foreign Minister Sergei Volkov met his Chinese counterpart, Liu Jian, in Beijing. The former accused Washington of stoking tensions, while the latter called for a ceasefire in Ukraine.');
    const actor = (type: string) => firstActor(r, type);
    expect(actor('DISAPPROVE')).toBe(entityByAlias(r, 'Sergei Volkov')?.key);
    expect(actor('DEMAND')).toBe(entityByAlias(r, 'Liu Jian')?.key);
  });

  it('reads "summoned the ambassador in protest" as no protest of its own, and "ordered him held" as a detention', () => {
    const types = (t: string) => run(t).events.map((e) => e.type).sort();
    expect(types('Paris summoned Iran\'s ambassador in protest.')).toEqual(['DISAPPROVE']);
    expect(types('A Russian court ordered him held for two months.')).toEqual(['COERCE']);
  });

  it('reads a sentence-opening "Its navy" or "Their foreign ministers" as the state or states the story last had act', () => {
    const r = run('Finland welcomed Sweden\'s decision to join the NATO mission. Sweden said it was ready. Its navy will send two corvettes to patrol the area.');
    expect(firstActor(r, 'MOBILIZE')).toBe(entityByAlias(r, 'Sweden')?.key);
    const t = run('Saudi Arabia and Iran restored diplomatic relations in 2023. Their foreign ministers met in Jeddah on Monday.');
    const consult = t.events.find((e) => e.type === 'CONSULT');
    expect(consult?.participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey).sort()).toEqual([entityByAlias(t, 'Saudi Arabia')?.key, entityByAlias(t, 'Iran')?.key].sort());
  });

  it('reads "both countries", "the two leaders", "the kingdom" and "the lender" back to what they name', () => {
    const actors = (text: string, type: string) => {
      const r = run(text);
      const ev = r.events.find((e) => e.type === type);
      return { r, keys: (ev?.participants ?? []).map((p) => p.entityKey) };
    };
    const a = actors('Eritrea and Ethiopia traded accusations over troop build-ups. The United States urged both countries to pull back their forces.', 'DEMAND');
    expect(a.keys).toEqual(expect.arrayContaining([entityByAlias(a.r, 'Eritrea')?.key, entityByAlias(a.r, 'Ethiopia')?.key]));
    const b = actors('Chinese President Wang Hai and Indian Prime Minister Rajiv Menon met in Kazan. The two leaders agreed to reopen direct flights.', 'AGREE');
    expect(b.keys.sort()).toEqual([entityByAlias(b.r, 'Wang Hai')?.key, entityByAlias(b.r, 'Rajiv Menon')?.key].sort());
    const c = actors('Saudi Arabia restored flights with Iran. The kingdom also expelled two Iranian diplomats.', 'SANCTION');
    expect(c.keys[0]).toBe(entityByAlias(c.r, 'Saudi Arabia')?.key);
    const d = actors('The International Monetary Fund approved a loan for Kenya. The lender also urged Nairobi to cut fuel subsidies.', 'DEMAND');
    expect(d.keys[0]).toBe(entityByAlias(d.r, 'International Monetary Fund')?.key);
  });

  it('reads "the former"/"the latter" also before a preposition, and "the group" as an armed movement named before', () => {
    const r = run('Police detained two opposition MPs, Ronald Kasirye and Patrick Oboi, in Jinja. The High Court released the former on bail, but prosecutors charged the latter with treason.');
    const target = (type: string) => r.events.filter((e) => e.type === type).flatMap((e) => e.participants.filter((p) => p.role === 'TARGET').map((p) => p.entityKey));
    expect(target('CONCEDE')).toContain(entityByAlias(r, 'Ronald Kasirye')?.key);
    expect(target('COERCE')).toContain(entityByAlias(r, 'Patrick Oboi')?.key);
    const g = run('Ethiopian federal police arrested 14 suspected members of the Oromo Liberation Army in Addis Ababa. The group denied the charges.');
    expect(firstActor(g, 'REJECT')).toBe(entityByAlias(g, 'Oromo Liberation Army')?.key);
  });

  it('reads "It" after a sentence whose speaker is named in an apposition before "said"', () => {
    const r = run('Gunmen attacked a gold mine in Burkina Faso on Sunday. The mine\'s operator, the Canadian company Boreal Gold, said its staff were unhurt. It urged the government to deploy troops to protect the site.');
    expect(firstActor(r, 'DEMAND')).toBe(entityByAlias(r, 'Boreal Gold')?.key);
  });
});
