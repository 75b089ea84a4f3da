import { entityByAlias, keyOf, ofType, role, run } from './helpers';


describe('event participants across clauses and sentences', () => {
  it('takes the subject before a relative clause as the actor', () => {
    const r = run('Poland, which holds the rotating presidency this year, blocked the proposal on Monday.');
    const ev = ofType(r, 'REJECT')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:PL']);
  });

  it('resolves "he"/"she" to the speaker or the last person named', () => {
    const r = run('Emmanuel Macron said he would meet Olaf Scholz in Berlin next week.');
    const ev = ofType(r, 'CONSULT')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Emmanuel Macron')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Olaf Scholz')]);
  });

  it('does not take a demonym qualifying a person as a participant', () => {
    const r = run('Olaf Scholz will meet Chinese President Xi Jinping in Beijing.');
    const ev = ofType(r, 'CONSULT')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Xi Jinping')]);
  });

  it('codes bare troops in what a state force\'s own officer says to that force, not to the last place named', () => {
    const r = run('Officials met in Beijing on Monday. An Indian army officer said troops had repelled the attack.');
    const ev = ofType(r, 'FIGHT')[0];
    expect(role(ev, 'ACTOR')).toEqual(['ORGANIZATION:indian army']);
  });

  it('maps "the army" to the article\'s only armed-forces organisation', () => {
    const r = run('The Nigerian Army said it had repelled an assault. On Sunday, army troops attacked Boko Haram fighters near Maiduguri.');
    const ev = ofType(r, 'FIGHT').find((e) => e.evidence.text.startsWith('On Sunday'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Nigerian Army')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Boko Haram')]);
  });

  it('maps "the two sides" to the actors of the previous joint event', () => {
    const r = run('Japan and South Korea agreed on Monday to expand trade. The two sides also signed a maritime accord.');
    const evs = ofType(r, 'AGREE');
    expect(evs.length).toBe(2);
    expect(role(evs[1], 'ACTOR').sort()).toEqual(['LOCATION:country:JP', 'LOCATION:country:KR']);
  });

  it('takes the country after "war in" as the target of a war noun', () => {
    const r = run('The bloc adopted new measures over Russia\'s war in Ukraine.');
    const ev = ofType(r, 'FIGHT')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:RU']);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:UA']);
  });
});

describe('one event per happening', () => {
  it('does not make an event of the object of a reaction verb, and targets its perpetrator', () => {
    const r = run('Hamas fighters attacked Israeli border towns on Saturday. Germany condemned the attack.');
    expect(ofType(r, 'FIGHT').length + ofType(r, 'ASSAULT').length).toBe(1);
    const dis = ofType(r, 'DISAPPROVE')[0];
    expect(role(dis, 'ACTOR')).toEqual(['LOCATION:country:DE']);
    expect(role(dis, 'TARGET')).toEqual([keyOf(r, 'Hamas')]);
  });

  it('keeps only the threat in "threatened to veto the sanctions"', () => {
    const r = run('Slovakia threatened to veto the sanctions.');
    expect(r.events.map((e) => e.type)).toEqual(['THREATEN']);
  });

  it('merges a later "the attack" into the earlier event and keeps its actor', () => {
    const r = run('An attack on a police station in Quetta left four officers dead. Officials blamed the Balochistan Liberation Army for the attack.');
    const fights = ofType(r, 'FIGHT');
    expect(fights.length).toBe(1);
    expect(role(fights[0], 'ACTOR')).toEqual([keyOf(r, 'Balochistan Liberation Army')]);
  });

  it('gives an actorless event the actor of a same-type event with the same target', () => {
    const r = run('Israel was attacked on Monday. Later, Israel was attacked by Hezbollah with rockets.');
    const fights = ofType(r, 'FIGHT');
    expect(fights.length).toBe(2);
    for (const f of fights) expect(role(f, 'ACTOR')).toEqual([keyOf(r, 'Hezbollah')]);
  });

  it('reads a death toll in a sentence about a flood as no violence', () => {
    const r = run('Floods swept through the valley on Sunday, and by Monday the water had killed 14 people.');
    expect(ofType(r, 'ASSAULT')).toEqual([]);
  });
});

describe('organization recognition', () => {
  it('types "X & Y" and names with company context as organizations', () => {
    const r = run('Procter & Gamble raised prices. Shares of Zentrix rose 4 percent.');
    expect(entityByAlias(r, 'Procter & Gamble')?.type).toBe('ORGANIZATION');
    expect(entityByAlias(r, 'Zentrix')?.type).toBe('ORGANIZATION');
  });

  it('does not call a lone unknown capitalised word an organization', () => {
    const r = run('Passengers on the Velotrax were stranded for hours.');
    expect(entityByAlias(r, 'Velotrax')).toBeUndefined();
  });

  it('keeps "and" inside a name after "of", but splits two coordinated names', () => {
    const one = run('The Ministry of Foreign Affairs and Trade issued a statement.');
    expect(entityByAlias(one, 'Ministry of Foreign Affairs and Trade')?.type).toBe('ORGANIZATION');
    const two = run('The Ministry of Health and Ministry of Finance issued a statement.');
    expect(entityByAlias(two, 'Ministry of Health')?.type).toBe('ORGANIZATION');
    expect(entityByAlias(two, 'Ministry of Finance')?.type).toBe('ORGANIZATION');
  });

  it('knows well-known organizations and their acronyms', () => {
    const r = run('The G7 and Europol issued a joint statement.');
    expect(entityByAlias(r, 'G7')?.name).toBe('Group of Seven');
    expect(entityByAlias(r, 'Europol')?.type).toBe('ORGANIZATION');
  });
});

describe('unnamed agents of a state and definite descriptions', () => {
  it('codes unnamed police to the country of the place named in the sentence', () => {
    const r = run('Demonstrators gathered in the centre of Bamako on Friday. Police arrested 30 people in Bamako after the rally.');
    const ev = ofType(r, 'COERCE')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:ML']);
    expect(ev?.count).toBe(30);
  });

  it('codes "the government" to the dateline\'s country', () => {
    const r = run('QUITO — Transport unions said on Monday that the government had refused to reverse the fuel price rise.');
    const ev = ofType(r, 'REJECT')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:EC']);
  });

  it('"the airline" is the body whose name ends in the word; its post-holder named in apposition is acted on, with the airline', () => {
    const r = run('KUPANG, Indonesia — Indonesia grounded the fleet of Sinar Timur Airlines on Monday. Police detained the airline\'s maintenance manager, Hendra Wijaya, on Wednesday. '
      + 'About 200 relatives of the victims protested outside the airline\'s headquarters on Thursday.');
    expect(role(ofType(r, 'PROTEST')[0], 'TARGET')).toEqual([keyOf(r, 'Sinar Timur Airlines')]);
    expect(role(ofType(r, 'COERCE')[0], 'TARGET')).toEqual([keyOf(r, 'Hendra Wijaya'), keyOf(r, 'Sinar Timur Airlines')]);
  });

  it('"the country\'s football federation" is the country\'s one football association', () => {
    const r = run("BRUSSELS, Belgium — Police arrested three players on Thursday, and the country's football federation suspended the club on Friday. "
      + 'The Royal Belgian Football Association (RBFA) said more would follow.');
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([keyOf(r, 'RBFA')]);
  });

  it('"the foreign ministry", named no other way, is the organ of the state its sentence is set in, and acts', () => {
    const r = run('HANOI — Seawater has pushed far inland. In Vietnam, the foreign ministry demanded that Laos stop filling the dam.');
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR')).toEqual(['ORGANIZATION:vietnamese foreign ministry']);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: 'ORGANIZATION:vietnamese foreign ministry', predicate: 'PART_OF', objectKey: 'LOCATION:country:VN' }));
  });

  it('"West Africa\'s regional bloc" is the bloc named after the region, among others', () => {
    const r = run("BANJUL — West Africa's regional bloc suspended The Gambia on Sunday. ECOWAS, the African Union and the European Union condemned the coup.");
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([keyOf(r, 'ECOWAS')]);
  });

  it('policing right after a protest is aimed at its marchers ("Police fired tear gas and arrested 11 people")', () => {
    const r = run('NAIROBI — Thousands of ODM supporters marched on parliament on Tuesday. Police fired tear gas and arrested 11 people.');
    for (const e of ofType(r, 'COERCE')) expect(role(e, 'TARGET')).toEqual([keyOf(r, 'ODM')]);
  });

  it('"opposition supporters gathered ... to celebrate and demand" is a protest by the one body called the opposition', () => {
    const r = run('The motion was tabled by the opposition Fanavaozana coalition. Several thousand opposition supporters gathered at the square on Wednesday evening '
      + "to celebrate the vote and demand the president's immediate departure.");
    expect(role(ofType(r, 'PROTEST')[0], 'ACTOR')).toEqual([keyOf(r, 'Fanavaozana')]);
  });

  it('"his client" is the person whose lawyer speaks', () => {
    const r = run("Prosecutors charged Tor Sandvold with fraud on Monday. Sandvold's lawyer, Kjetil Brevik, said his client rejected the charges.");
    expect(role(ofType(r, 'REJECT')[0], 'ACTOR')).toEqual([keyOf(r, 'Tor Sandvold')]);
    const r2 = run('Prosecutors charged Tor Sandvold with fraud on Monday. Kjetil Brevik, a lawyer for Sandvold, said his client rejected the charges.');
    expect(role(ofType(r2, 'REJECT')[0], 'ACTOR')).toEqual([keyOf(r2, 'Tor Sandvold')]);
  });

  it('"the government" is not the state of a place in a later clause ("two men arrested in Rotterdam")', () => {
    const r = run('LIMA, Peru — Police arrested 12 people. The government would ask Spain to extradite two men arrested in Barcelona in May.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:PE']);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:ES']);
  });

  it('an office named by its title alone acts for its owner: "Ontario\'s premier", "the firm\'s chief executive"', () => {
    const r = run("Ontario's premier called the closure unacceptable. Bavaria's government rejected the plan. Japan's foreign minister Takeshi Iwaya condemned the launch.");
    expect(role(ofType(r, 'DISAPPROVE').find((e) => e.evidence.text.startsWith('Ontario')), 'ACTOR')).toEqual(['LOCATION:curated:ontario']);
    expect(role(ofType(r, 'REJECT')[0], 'ACTOR')).toEqual(['LOCATION:curated:bavaria']);
    // a name after the title is the person who acts
    expect(role(ofType(r, 'DISAPPROVE').find((e) => e.evidence.text.startsWith('Japan')), 'ACTOR')).toEqual(['PERSON:takeshi iwaya']);
  });

  it('"a group calling itself X" acts as X; "posted the data" reports no clause', () => {
    const r = run('A gang calling itself Grey Heron posted the files online and threatened to publish more.');
    expect(role(ofType(r, 'THREATEN')[0], 'ACTOR')).toEqual(['ORGANIZATION:grey heron']);
    const r2 = run('A militia known as the Black Lions attacked a convoy and kidnapped two drivers.');
    expect(role(ofType(r2, 'ASSAULT')[0], 'ACTOR')).toEqual(['ORGANIZATION:black lions']);
  });

  it('leaves police owned by a name to that name (the state organ, PART_OF its country)', () => {
    const r = run('Kenyan police dispersed the crowd in Kisumu, while Ugandan police arrested four activists.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual(['ORGANIZATION:kenyan police']);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: 'ORGANIZATION:kenyan police', predicate: 'PART_OF', objectKey: 'LOCATION:country:KE' }));
  });

  it('reads "the court" and "the unions" as the organisations whose names carry the word', () => {
    const r = run('The Malawi Congress of Trade Unions called a strike. On Tuesday the Industrial Relations Court barred the unions from striking.');
    const ev = ofType(r, 'COERCE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Industrial Relations Court')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Malawi Congress of Trade Unions')]);
  });
});

describe('targets that stay through an article', () => {
  it('reads "its" after a coordinated verb as the owner of the first verb\'s object', () => {
    const r = run('Zenora Pharmaceuticals, a Lagos drug company, made the syrup. NAFDAC suspended the company\'s licence and sealed its plant in Ikeja.');
    const sealing = ofType(r, 'COERCE').find((e) => e.evidence.text.includes('sealed'));
    expect(role(sealing, 'TARGET')).toEqual([keyOf(r, 'Zenora Pharmaceuticals')]);
  });

  it('gives a later sanction without a target the target of the earlier one', () => {
    const r = run('Canada imposed sanctions on Iran on Monday. Australia announced sanctions on 12 shipping firms on Tuesday.');
    const later = ofType(r, 'SANCTION').find((e) => e.evidence.text.startsWith('Australia'));
    expect(role(later, 'ACTOR')).toEqual(['LOCATION:country:AU']);
    expect(role(later, 'TARGET')).toEqual(['LOCATION:country:IR']);
  });

  it('does not give an event its own actor as target', () => {
    const r = run('Iran sanctioned Canada on Monday. Canada imposed new sanctions on Friday.');
    const later = ofType(r, 'SANCTION').find((e) => e.evidence.text.startsWith('Canada'));
    expect(role(later, 'TARGET')).toEqual([]);
  });
});

describe('descriptions and demands', () => {
  it('resolves "the rebels" to the group the article described as a rebel group', () => {
    const r = run('The M23 rebel group seized Goma in January. On Monday the rebels accused Burundi of shelling their positions.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'M23')]);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:BI']);
  });

  it('takes who is to act on a demand as its target, and makes no event of the demanded act', () => {
    const r = run('The opposition coalition demanded that Serbia withdraw the police from the campus.');
    const demand = ofType(r, 'DEMAND')[0];
    expect(role(demand, 'TARGET')).toEqual(['LOCATION:country:RS']);
    expect(ofType(r, 'RETREAT')).toEqual([]);
  });
});

describe('roles left to the state', () => {
  it('codes an agentless arrest to the state and a protest without a target against the government', () => {
    const r = run('SOFIA — Thousands of people protested outside parliament on Friday. Twelve protesters were detained after scuffles.');
    expect(role(ofType(r, 'PROTEST')[0], 'TARGET')).toEqual(['LOCATION:country:BG']);
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual(['LOCATION:country:BG']);
  });

  it('sends foreign aid with no named recipient to the country the story is about', () => {
    const r = run('LILONGWE — Malawi began a cholera vaccination campaign on Monday. Japan pledged $2 million on Tuesday.');
    const aid = ofType(r, 'AID').find((e) => e.evidence.text.startsWith('Japan'));
    expect(role(aid, 'TARGET')).toEqual(['LOCATION:country:MW']);
  });

  it('reads a no-confidence motion as disapproval', () => {
    expect(ofType(run('Opposition parties tabled a no-confidence motion against the prime minister.'), 'DISAPPROVE')).toHaveLength(1);
  });
});

describe('claims of responsibility and rescue ships', () => {
  it('makes the claimant the perpetrator, and a condemnation target it', () => {
    const r = run('A car bomb killed nine people in Mogadishu on Sunday. Al-Shabaab claimed responsibility for the attack. Turkey condemned the bombing.');
    const attack = ofType(r, 'ASSAULT');
    expect(attack).toHaveLength(1);
    expect(role(attack[0], 'ACTOR')).toEqual([keyOf(r, 'Al-Shabaab')]);
    expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toEqual([keyOf(r, 'Al-Shabaab')]);
  });

  it('does not read "rescue ship" or "sea rescue zone" as aid, and codes agentless prosecutors to their state', () => {
    const r = run('The rescue ship waited outside the search and rescue zone. Prosecutors in Catania opened an investigation.');
    expect(ofType(r, 'AID')).toEqual([]);
    expect(role(ofType(r, 'INVESTIGATE')[0], 'ACTOR')).toEqual(['LOCATION:country:IT']);
  });
});

describe('agents after "from"', () => {
  it('reads "drawing condemnation from X" as X disapproving of the subject', () => {
    const r = run('Iran seized a tanker in the Gulf on Friday, drawing condemnation from Britain and France.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR').sort()).toEqual(['LOCATION:country:FR', 'LOCATION:country:GB']);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:IR']);
  });
});

describe('relative clauses and titled people', () => {
  it('takes the antecedent of ", which" as the actor of the relative clause', () => {
    const r = run('Officials in Manila criticised China, which staged drills near Taiwan on Sunday.');
    expect(role(ofType(r, 'MOBILIZE')[0], 'ACTOR')).toEqual(['LOCATION:country:CN']);
  });

  it('reads "the judge" as the person introduced as Judge', () => {
    const r = run('Judge Amina Bello heard the case on Monday. On Tuesday the judge ordered the police to release the journalist.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Amina Bello')]);
  });
});

describe('possessive states and home countries', () => {
  it('reads "Congo\'s government and the M23" as two actors', () => {
    const r = run("Sudan's government and the Rapid Support Forces signed a truce on Sunday.");
    const ev = ofType(r, 'AGREE')[0];
    expect(role(ev, 'ACTOR')).toContain('LOCATION:country:SD');
    expect(role(ev, 'ACTOR')).toContain(keyOf(r, 'Rapid Support Forces'));
  });

  it('codes "the government" to the country a story keeps naming, not to the city it was filed from', () => {
    const r = run('STRASBOURG — A European court ruled that Italy had breached the rights of four men held on Lampedusa. Italy said it would study the ruling. The government has three months to request a referral.');
    const ev = ofType(r, 'DEMAND').find((e) => e.evidence.text.startsWith('The government'));
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:IT']);
  });
});

describe('speakers with an apposition', () => {
  it('takes the head of "The APR, the party of X, said it would" as the speaker, not X', () => {
    const r = run('The opposition Alliance for the Republic (APR), the party of former president Macky Sall, said it would hold a rally in Dakar.');
    const ev = ofType(r, 'PROTEST')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Alliance for the Republic')]);
  });
});

describe('a definite event noun opening a sentence', () => {
  it('is the event reported before, even when its new participants do not fit it', () => {
    const r = run('Chile and Japan signed a trade agreement on Monday. The agreement must be ratified by the Chilean Senate.');
    expect(ofType(r, 'AGREE')).toHaveLength(1);
  });
});

describe('targets behind place prepositions', () => {
  it('takes a country fired at, or given to, as the target', () => {
    const r1 = run('Hezbollah fired rockets at northern Israel on Sunday.');
    expect(role(ofType(r1, 'FIGHT')[0], 'TARGET')).toEqual(['LOCATION:country:IL']);
    const r2 = run('The United States will send Patriot missiles to Ukraine.');
    const aid = ofType(r2, 'AID')[0];
    expect(role(aid, 'ACTOR')).toEqual(['LOCATION:country:US']);
    expect(role(aid, 'TARGET')).toEqual(['LOCATION:country:UA']);
  });
});

describe('victims, courts and reasons', () => {
  it('does not take the subject of a passive in an earlier clause as the attacker', () => {
    const r = run('Three soldiers were killed when militants attacked an army post in Borno state.');
    for (const ev of r.events) expect(role(ev, 'ACTOR')).not.toContain('LOCATION:country:NG');
  });

  it('codes an unnamed court to its state', () => {
    const r = run('A court in Ankara sentenced the journalist to three years in prison.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual(['LOCATION:country:TR']);
  });

  it('reads "protested to China over the attack" as one disapproval', () => {
    const r = run('Manila protested to China over the water cannon attack on Sunday.');
    expect(r.events.map((e) => e.type)).toEqual(['DISAPPROVE']);
  });
});

describe('owned agents and described institutions (sixth session)', () => {
  it('reads "X said its agents had detained ..." as X acting', () => {
    const r = run('The Vexo Border Agency said its agents had detained 300 people in raids in the capital.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Vexo Border Agency')]);
  });

  it('reads "the civil protection authority" as the one body whose name has those words', () => {
    const r = run("Portugal's National Emergency and Civil Protection Authority said fires were burning. The civil protection authority ordered residents to leave their homes.");
    const ev = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('The civil'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'National Emergency and Civil Protection Authority')]);
  });
});

describe('a city\'s police when the article names that city\'s force', () => {
  it('reads "Istanbul police" as the named Istanbul Police Department', () => {
    const r = run('The Istanbul Police Department said the match was stopped. Istanbul police detained 34 people in and around the stadium.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Istanbul Police Department')]);
  });

  it('reads "<city> police" as that city\'s force, located in the city, when the article names no such force', () => {
    const r = run('ISTANBUL — Istanbul police detained 34 people near the stadium. Police later released 20 of them.');
    const force = keyOf(r, 'Istanbul Police');
    expect(r.entities.find((e) => e.key === force)?.type).toBe('ORGANIZATION');
    expect(ofType(r, 'COERCE').map((e) => role(e, 'ACTOR'))).toEqual([[force]]);
    expect(r.relations.some((x) => x.subjectKey === force && x.predicate === 'LOCATED_IN' && x.objectKey === keyOf(r, 'Istanbul'))).toBe(true);
    const p = run('Police detained 14 people who tried to march towards the Élysée, the Paris police prefecture said.');
    expect(role(ofType(p, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(p, 'Paris Police Prefecture')]);
  });

  it('names no city force for a state\'s police or a region\'s', () => {
    const r = run('Kenyan police fired tear gas. The Lagos state police said 12 people were held.');
    expect(r.entities.some((e) => /Lagos Police|Lagos State Police/.test(e.name))).toBe(false);
  });
});

describe('a bare "army" in a sentence about another country', () => {
  it('does not give "the army" to the one named army of another country', () => {
    const r = run('The Polish Army evacuated 300 people in Klodzko. Czech Interior Minister Vít Rakušan said the army had been called in to help in Opava.');
    const ev = ofType(r, 'MOBILIZE').find((e) => e.evidence.text.startsWith('Czech'));
    expect(role(ev, 'ACTOR')).not.toContain(keyOf(r, 'Polish Army'));
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:CZ']);
  });
});

describe('"their forces" inside what a source tells an outlet', () => {
  it('does not make the outlet the owner of "their forces"', () => {
    const r = run("The Islamic Resistance in Iraq has attacked US bases. Sources tell Al Mayadeen that the US occupation forces are moving their forces within the occupied Syrian territories amid fears of the Resistance's operations.");
    for (const e of r.events) expect(role(e, 'ACTOR')).not.toContain(keyOf(r, 'Al Mayadeen'));
  });
});

describe('a person\'s office', () => {
  it('reads "Governor Brian Kemp\'s office said ... it welcomed" as Brian Kemp acting', () => {
    const r = run("Governor Brian Kemp's office said in a statement that it welcomed the commitment to keep the headquarters in Georgia.");
    expect(role(ofType(r, 'SUPPORT')[0], 'ACTOR')).toEqual([keyOf(r, 'Brian Kemp')]);
  });
});

describe('peacekeepers, missions and ministers', () => {
  it('reads "the peacekeepers" and "the mission" as the named peacekeeping mission', () => {
    const r = run('The Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) began its pullout in March. Spokesman Fidèle Kotto-Yangana accused the peacekeepers of failing to protect civilians.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toContain(keyOf(r, 'MINUSCA'));
  });

  it('codes unnamed "ministers" accused of something to their state', () => {
    const r = run('MAPUTO, Mozambique — The cyclone killed 40 people in Mozambique. Renamo, the main opposition party, accused ministers of ignoring the warnings.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toEqual(['LOCATION:country:MZ']);
  });
});

describe('what a body acts through', () => {
  it('reads "Médecins Sans Frontières\'s rescue ship pulled ..." as the charity acting', () => {
    const r = run("Médecins Sans Frontières's rescue ship pulled 58 survivors from the water on Monday.");
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual([keyOf(r, 'Médecins Sans Frontières')]);
  });
});

describe('descriptors learnt from an apposition', () => {
  it('reads "the union" back to "X, the union representing prison guards,"', () => {
    const r = run('The Public Employees Association, the union representing prison guards, said its members had not been paid. Minister Gabriel Tomuriesa accused the union of abandoning the jail.');
    expect(role(ofType(r, 'DISAPPROVE').find((e) => e.evidence.text.startsWith('Minister')), 'TARGET')).toEqual([keyOf(r, 'Public Employees Association')]);
  });
});

describe('people a body acts through', () => {
  it.each([
    ['Gunmen from the Gran Grif gang abducted a doctor near Liancourt.', 'ASSAULT', 'Gran Grif'],
    ['Officers from the Malaysian Anti-Corruption Commission detained Rosli at his house.', 'COERCE', 'Malaysian Anti-Corruption Commission'],
    ['Members of the Nigeria Labour Congress marched to parliament.', 'PROTEST', 'Nigeria Labour Congress'],
    ['Rescuers from the Red Cross pulled seven survivors from the rubble.', 'AID', 'Red Cross'],
  ])('%s', (text, type, actor) => {
    const r = run(text);
    expect(role(ofType(r, type)[0], 'ACTOR')).toEqual([keyOf(r, actor)]);
  });
});

describe('the speaker of a quote', () => {
  it('is the "we" of a quote the attribution follows', () => {
    const r = run('HALIFAX — "We will not pay criminals, and we will not negotiate with them," chief executive Colleen MacIsaac told reporters.');
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events) expect(role(e, 'ACTOR')).toEqual([keyOf(r, 'Colleen MacIsaac')]);
  });
});

describe('a speaker written with where it is', () => {
  it('takes "Canada\'s embassy in Lima said" as Canada\'s embassy in Peru speaking, not Lima', () => {
    const r = run('LIMA — Canada\'s embassy in Lima said it was following the situation closely and urged all sides to resolve their differences.');
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR')).toEqual(['ORGANIZATION:embassy of canada in peru']);
    expect(r.relations).toContainEqual(expect.objectContaining({ subjectKey: 'ORGANIZATION:embassy of canada in peru', predicate: 'PART_OF', objectKey: keyOf(r, 'Canada') }));
  });
});

describe('bare "prosecutors"', () => {
  it('are the article\'s one named prosecution service', () => {
    const r = run('QUITO — Two men were arrested in Manta, the Attorney General\'s Office said. Prosecutors charged the suspects on Wednesday with drug trafficking.');
    const charge = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('Prosecutors'));
    expect(role(charge, 'ACTOR')).toEqual([keyOf(r, "Attorney General's Office")]);
  });
});

describe('"it" as the object of a completed act', () => {
  it('is the body the story last had act ("the Commission fined it")', () => {
    const r = run('Cable maker Elbwerk Kabel signed a deal with Brinkholm in August. In 2023 the European Commission fined it 38 million euros for gun-jumping.');
    expect(role(ofType(r, 'SANCTION')[0], 'TARGET')).toEqual([keyOf(r, 'Elbwerk Kabel')]);
  });
});

describe('a city force named in a story filed from elsewhere', () => {
  it('is not the force bare "police" stands for', () => {
    const r = run('ISLAMABAD — A Koran was burned in Copenhagen last week, and Copenhagen police said they were investigating. Police fired tear gas at protesters outside the embassy on Friday.');
    const ev = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('Police fired'));
    expect(role(ev, 'ACTOR')).not.toContain(keyOf(r, 'Copenhagen Police'));
  });
});

describe('"both sides" after a subordinator', () => {
  it('are the two countries of the story ("..., when both sides pulled back")', () => {
    const r = run('Greece and Turkey sent warships to the islets. The vessels stayed close until 5 a.m., when both sides pulled back, officials said.');
    expect(role(ofType(r, 'RETREAT')[0], 'ACTOR').sort()).toEqual([keyOf(r, 'Greece'), keyOf(r, 'Turkey')].sort());
  });
});

describe('the people of the latest protest', () => {
  it('reads "the marchers" and "disperse them" as the bodies the latest protest was by', () => {
    const r = run('Supporters of the opposition Lake Democratic Front marched in Kisumu on Saturday against rising fuel prices. Officers of the Kenya Police Service fired tear gas to disperse the marchers.');
    expect(ofType(r, 'COERCE')[0]?.participants).toContainEqual({ entityKey: keyOf(r, 'Lake Democratic Front'), role: 'TARGET' });
    const them = run('In Blantyre, DPP supporters burned tyres and blocked roads on Tuesday. Police fired tear gas to disperse them.');
    expect(ofType(them, 'COERCE')[0]?.participants).toContainEqual({ entityKey: keyOf(them, 'DPP'), role: 'TARGET' });
  });
});

describe('a two-word title referring back', () => {
  it('reads "the prime minister" as the one person introduced as Prime Minister, among other ministers', () => {
    const r = run('Prime Minister Kittisak Wongsuwan accepted the resignation of Transport Minister Surachet Kaewprasert. Party spokeswoman Naree Sutthiwong accused the prime minister of ignoring warnings about the tender.');
    expect(ofType(r, 'DISAPPROVE')[0]?.participants).toContainEqual({ entityKey: keyOf(r, 'Kittisak Wongsuwan'), role: 'TARGET' });
  });

  it('reads filing a motion for a no-confidence debate as disapproval', () => {
    expect(run('The opposition People\'s Party filed a motion for a no-confidence debate against the government.').events.map((e) => e.type)).toContain('DISAPPROVE');
  });
});

describe('the two navies', () => {
  it('reads "the two warships" after two countries\' ships sailed as those two countries', () => {
    const r = run('Canada and Australia sent warships through the strait on Wednesday. China scrambled fighter jets to warn away the two warships.');
    const targets = role(ofType(r, 'THREATEN').find((e) => role(e, 'ACTOR').includes(keyOf(r, 'China') as string)), 'TARGET');
    expect(targets).toEqual(expect.arrayContaining([keyOf(r, 'Canada'), keyOf(r, 'Australia')]));
    expect(targets).toHaveLength(2);
  });
});

describe('bodies of a region or city named through the place', () => {
  it('reads a prosecutor\'s office, a regional police force, a regional government and a city council of a named place as organizations that act', () => {
    const r = run("UST-KAMENOGORSK, Kazakhstan — The East Kazakhstan regional prosecutor's office opened a criminal inquiry on Monday.");
    const office = keyOf(r, "East Kazakhstan Regional Prosecutor's Office");
    expect(r.entities.find((e) => e.key === office)?.type).toBe('ORGANIZATION');
    expect(role(ofType(r, 'INVESTIGATE')[0], 'ACTOR')).toEqual([office]);
    const p = run('KUPANG, Indonesia — East Nusa Tenggara regional police detained the manager, Hendra Wijaya, in Kupang and searched the hangar, seizing documents.');
    const force = keyOf(p, 'East Nusa Tenggara Regional Police');
    expect(ofType(p, 'COERCE').map((e) => role(e, 'ACTOR'))).toEqual(ofType(p, 'COERCE').map(() => [force]));
    expect(ofType(p, 'COERCE').length).toBeGreaterThan(0);
    const g = run("LIMA, Peru — Apurímac's regional government backed the protest and asked Lima to pull back the police.");
    expect(role(ofType(g, 'DEMAND')[0], 'ACTOR')).toEqual([keyOf(g, 'Apurímac Regional Government')]);
    expect(entityByAlias(g, "Apurímac's regional government")?.type).toBe('ORGANIZATION');
  });

  it('does not make a police post ("the Morobe provincial police commander") or a capital\'s government word an organization', () => {
    const r = run('LAE, Papua New Guinea — Lae provincial police commander Jacob Kalup said 40 inmates escaped.');
    expect(r.entities.some((e) => /Police/.test(e.name) && e.type === 'ORGANIZATION')).toBe(false);
    const l = run('LAGOS, Nigeria — The Lagos government said it would appeal.');
    expect(r.entities.concat(l.entities).some((e) => e.name === 'Lagos Government')).toBe(false);
  });
});

describe('who a sentence-opening "it" continues', () => {
  it('reads "it" after an opening time phrase as the body the story last had act', () => {
    const r = run("The Directorate General of Civil Aviation grounded the airline's fleet on Monday. On Wednesday it suspended the airline's operating certificate.");
    const later = ofType(r, 'SANCTION').find((e) => e.evidence.text.startsWith('On Wednesday'));
    expect(role(later, 'ACTOR')).toEqual([keyOf(r, 'Directorate General of Civil Aviation')]);
  });

  it('takes the subject before a relative clause, not the relative clause\'s actor, as what "it" continues', () => {
    const r = run('The Balochistan Liberation Army, which the United States designated a terrorist organisation in 2019, has intensified its campaign. Last month it claimed an attack on a passenger train near Sibi.');
    const later = ofType(r, 'FIGHT').concat(ofType(r, 'ASSAULT')).find((e) => e.evidence.text.startsWith('Last month'));
    expect(role(later, 'ACTOR')).toEqual([keyOf(r, 'Balochistan Liberation Army')]);
  });
});

describe('the article\'s police force as a bare agent', () => {
  it('reads "Armed officers" opening a sentence as the named home force', () => {
    const r = run('LUSAKA — Zambian police raided the headquarters of the opposition Patriotic Front on Monday. Armed officers sealed off the building for six hours.');
    const later = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('Armed officers'));
    expect(role(later, 'ACTOR')).toEqual([keyOf(r, 'Zambian Police')]);
  });
});

describe('reactions to an earlier act named by a noun of another type', () => {
  it('targets whoever expelled the diplomats when "the expulsions" are called an unfriendly act', () => {
    const r = run('VILNIUS — Lithuania on Wednesday expelled two Belarusian diplomats over balloon flights. The Belarusian foreign ministry called the expulsions "an unfriendly act" and said it would respond.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toEqual([keyOf(r, 'Lithuania')]);
  });
});

describe('"it" in what a person says', () => {
  it('reads "She said it had suspended" as the body the speaker chairs, named with its acronym in brackets', () => {
    const r = run('LILONGWE — Malawi Electoral Commission (MEC) chairperson Yamikani Nkhoma said the commission respected the ruling. She said it had suspended 14 district returning officers.');
    const mec = keyOf(r, 'Malawi Electoral Commission');
    expect(r.relations.some((x) => x.subjectKey === keyOf(r, 'Yamikani Nkhoma') && x.predicate === 'LEADS' && x.objectKey === mec)).toBe(true);
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([mec]);
  });
});

describe('"both countries" and who faces a penalty', () => {
  it('reads "Both countries face US tariffs" as tariffs on the pair that last acted together', () => {
    const r = run('Mexico and South Korea signed a trade pact on Monday. Both countries face US tariffs.');
    const ev = ofType(r, 'SANCTION')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'United States')]);
    expect(role(ev, 'TARGET').sort()).toEqual([keyOf(r, 'Mexico'), keyOf(r, 'South Korea')].sort());
  });

  it('makes who faces sanctions their target, not their actor', () => {
    const r = run('Russia could face new sanctions.');
    expect(role(ofType(r, 'SANCTION')[0], 'TARGET')).toEqual([keyOf(r, 'Russia')]);
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([]);
  });

  it('does not read "both governments" as a pair of bodies that are not states', () => {
    const r = run("Brazil's Foreign Trade Chamber and Camex raised duties on wine. The exporters called on both governments to find a settlement.");
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'TARGET')).not.toContain(keyOf(r, 'Camex'));
  });
});

describe('who a causative verb makes act', () => {
  it('reads "prompting Beijing to vow" as Beijing (China) acting, not the subject of the main clause', () => {
    const r = run('The United States will raise tariffs on Chinese electric vehicles, prompting Beijing to vow all necessary measures in response.');
    expect(role(ofType(r, 'THREATEN')[0], 'ACTOR')).toEqual([keyOf(r, 'China')]);
  });

  it('reads "led Kenya to close its border" as Kenya closing it', () => {
    const r = run('The attack led Kenya to close its border with Somalia.');
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([keyOf(r, 'Kenya')]);
  });
});

describe('a go-between and the two sides', () => {
  it('makes the sides a mediator offers to mediate between its targets', () => {
    const r = run('Turkey offered to mediate between Somalia and Ethiopia.');
    const ev = ofType(r, 'CONSULT')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Turkey')]);
    expect(role(ev, 'TARGET').sort()).toEqual([keyOf(r, 'Somalia'), keyOf(r, 'Ethiopia')].sort());
  });
});

describe('"the operation" named paragraphs after the act', () => {
  it('targets the author of the lead act of force, not a later statement that mentions it', () => {
    const r = run('HELSINKI — Finnish authorities on Thursday boarded and detained a cargo ship. The crew were questioned. The owner said it was cooperating. The maritime authority said it had asked Helsinki for a full account of the boarding. Analysts said cables were vulnerable. Traffic was rerouted. Investigators found the anchor. Divers were searching the area. The ship was towed to port. The crew stayed on board. The captain was questioned again. In Moscow, Russian Foreign Ministry spokeswoman Yelena Gorbunova called the operation "piracy dressed up as law enforcement".');
    const ev = ofType(r, 'DISAPPROVE').find((e) => e.evidence.text.startsWith('In Moscow'));
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Finland')]);
  });
});

describe('a region\'s own government', () => {
  it('reads "the Lagos State government" as an organization and, in a story from Lagos, bare "the government" as it', () => {
    const r = run('LAGOS, Nigeria — A court barred the Lagos State government from evicting the residents. On Friday the government evicted 300 families.');
    const lsg = keyOf(r, 'Lagos State Government');
    expect(r.entities.find((e) => e.key === lsg)?.type).toBe('ORGANIZATION');
    const later = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('On Friday'));
    expect(role(later, 'ACTOR')).toEqual([lsg]);
  });

  it('reads "the provincial government" as the region the story is about, and as its named government when there is one', () => {
    const r = run('QUETTA, Pakistan — A bomb killed 23 people in Quetta, the capital of Balochistan. Police in Balochistan arrested four suspects. '
      + 'The provincial government suspended mobile internet services in Quetta for three days.');
    const ev = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('The provincial'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Balochistan')]);
    const r2 = run("LIMA, Peru — Apurímac's regional government backed the protest in Apurímac. The regional government on Sunday suspended classes in Apurímac.");
    const ev2 = r2.events.find((e) => e.evidence.text.startsWith('The regional'));
    expect(role(ev2, 'ACTOR')).toEqual([keyOf(r2, 'Apurímac Regional Government')]);
  });

  it('keeps "the government" the country\'s in a story filed from elsewhere', () => {
    const r = run("LIMA, Peru — Apurímac's regional government backed the protest. The government on Sunday declared a state of emergency.");
    const later = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('The government'));
    expect(role(later, 'ACTOR')).toEqual([keyOf(r, 'Peru')]);
  });
});

describe('bare "police" among several named forces', () => {
  it('is the force named after the region the story names most', () => {
    const r = run('SIWAN, India — The death toll in Bihar rose to 41. Bihar officials blamed bootleggers, and Bihar Police have asked Nepal Police for help. Uttar Pradesh Police arrested a dealer in Deoria. In Bihar, police arrested 61 people.');
    const later = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('In Bihar'));
    expect(role(later, 'ACTOR')).toEqual([keyOf(r, 'Bihar Police')]);
  });
});

describe('a government named with a hyphenated modifier, a body\'s seat, a plural possessive in a name', () => {
  it('reads "Mali\'s military-led government has suspended ... and ordered" with the government acting in both', () => {
    const r = run("BAMAKO, Mali — Mali's military-led government has suspended the Belgian news channel Horizon Monde and ordered two of its correspondents out of the country.");
    for (const e of r.events) expect(role(e, 'ACTOR')).toEqual([keyOf(r, 'Mali')]);
    expect(r.events.length).toBeGreaterThan(1);
  });

  it('does not take the city a body is based in for the state of "the authorities" it addresses', () => {
    const r = run("BAMAKO, Mali — The government suspended a channel. The African Commission on Human and Peoples' Rights, based in Banjul, called on the transitional authorities to guarantee the safety of reporters.");
    expect(entityByAlias(r, "African Commission on Human and Peoples' Rights")?.type).toBe('ORGANIZATION');
    expect(role(ofType(r, 'DEMAND')[0], 'TARGET')).toEqual([keyOf(r, 'Mali')]);
  });
});

describe('a coordinated verb that found only a place as its actor', () => {
  it('shares the actor of the act before it ("imposed a curfew ... and banned motorcycle taxis")', () => {
    const r = run("BUNIA, Congo — Ituri's military governor, Lieutenant General Paul Ilunga Mwamba, imposed a dusk-to-dawn curfew across Djugu territory on Tuesday and banned motorcycle taxis on the road from Bunia to Mahagi.");
    for (const e of r.events) expect(role(e, 'ACTOR')).toEqual([keyOf(r, 'Paul Ilunga Mwamba')]);
    expect(r.events.length).toBe(2);
  });
});

describe('private people named by their nationality', () => {
  it('are no state acting: "Dutch farmers filed a lawsuit against the Netherlands" targets the state', () => {
    const r = run('Thousands of Dutch farmers filed a lawsuit against the Netherlands on Monday.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Netherlands')]);
  });
});

describe('a headline passive with no auxiliary', () => {
  it('reads "15 Indian fishermen arrested by Sri Lankan navy" as the navy arresting them', () => {
    const r = run('15 Indian fishermen arrested by Sri Lankan navy for poaching');
    const ev = ofType(r, 'COERCE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Sri Lankan Navy')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'India')]);
  });
});

describe('the crime a penalty is for', () => {
  it('is the penalised one\'s, not the penaliser\'s', () => {
    const r = run('Police detained the manager, Hendra Wijaya, on suspicion of falsifying the records.');
    expect(role(ofType(r, 'CRIME')[0], 'ACTOR')).toEqual([keyOf(r, 'Hendra Wijaya')]);
  });
});

describe('the police of the city a story is filed from', () => {
  it('is the force bare "police" means even when the story names another country most', () => {
    // "Islamabad also summoned" makes the city a name of Pakistan, so the force's name starts with a foreign country's
    const r = run("ISLAMABAD — Denmark recalled its ambassador to Pakistan and closed its embassy in Islamabad, two days after protesters angered by "
      + 'the burning of a Koran in Copenhagen set fire to the mission. Police fired tear gas and used water cannon to drive the crowd out of the '
      + "capital's Diplomatic Enclave on Friday evening, and 63 people were arrested, the Islamabad Capital Territory Police said. Danish staff were "
      + 'unhurt, according to the Danish foreign ministry. Islamabad also summoned the Danish envoy. Denmark said Danish diplomats would return.');
    const ev = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('Police fired'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Islamabad Capital Territory Police')]);
  });
});

describe('custody a police force reports', () => {
  it('is that force\'s when no one is said to act ("Police said 29 of those arrested were released on bail")', () => {
    const r = run('LAGOS, Nigeria — The Lagos State Police Command said officers were deployed. Police said 29 of those arrested were released on bail on Wednesday.');
    const ev = ofType(r, 'CONCEDE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Lagos State Police Command')]);
  });
});

describe('a titled subject before an apposition', () => {
  it('acts across "General X, the country\'s chief of army staff, ordered troops to retake"', () => {
    const r = run("General Musa Danladi, the country's chief of army staff, ordered troops to retake the town of Malumfashi from armed bandits on Wednesday.");
    expect(role(ofType(r, 'FIGHT')[0], 'ACTOR')).toEqual([keyOf(r, 'Musa Danladi')]);
  });
});

describe('whom a demand is made of', () => {
  it('is the one after "from" ("demanded compensation from China", "an explanation from Ankara")', () => {
    const r = run('Kazakhstan demanded compensation from China.');
    expect(role(ofType(r, 'DEMAND')[0], 'TARGET')).toEqual([keyOf(r, 'China')]);
    const a = run('Baghdad demanded an explanation from Ankara.');
    expect(role(ofType(a, 'DEMAND')[0], 'TARGET')).toEqual([keyOf(a, 'Turkey')]);
    const b = run('The union demanded a pay rise from January.');
    expect(role(ofType(b, 'DEMAND')[0], 'TARGET')).toEqual([]);
  });
});

describe('the people held', () => {
  it('"the three" and "the suspects" after arrests of three named people are those people', () => {
    const r = run('ABUJA, Nigeria — Police arrested Chukwuemeka Obiora, Ngozi Eze and Musa Bello on Monday. Police were questioning the three on suspicion of culpable homicide.');
    const names = ['Chukwuemeka Obiora', 'Ngozi Eze', 'Musa Bello'].map((n) => keyOf(r, n));
    expect(role(ofType(r, 'INVESTIGATE')[0], 'TARGET')).toEqual(names);
  });

  it('a number that does not match how many were held, or "the three countries", names no one held', () => {
    const r = run('ABUJA, Nigeria — Police arrested Chukwuemeka Obiora and Ngozi Eze on Monday. Police were questioning the three on suspicion of fraud. The three countries condemned the arrests.');
    expect(role(ofType(r, 'INVESTIGATE')[0], 'TARGET')).toEqual([]);
  });
});

describe('the object of a relative clause', () => {
  it('"The BLA, which the United States designated a terrorist organisation" targets the BLA', () => {
    const r = run('The BLA, which the United States designated a terrorist organisation in 2019, has intensified its campaign.');
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([keyOf(r, 'United States')]);
    expect(role(ofType(r, 'SANCTION')[0], 'TARGET')).toEqual([keyOf(r, 'BLA')]);
  });
});

describe('a body said to rule or oppose', () => {
  it('is "the party" later on: "the ruling ZANU-PF ... the party said"', () => {
    const r = run('HARARE — A faction expelled from the ruling ZANU-PF cannot use its name, the electoral commission ruled. The party said it would sue the faction.');
    const ev = ofType(r, 'THREATEN').concat(ofType(r, 'DEMAND'), ofType(r, 'DISAPPROVE')).find((e) => e.evidence.text.startsWith('The party'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'ZANU-PF')]);
  });
});

describe("a body's own organ", () => {
  it('acts for the body: "ZANU-PF\'s central committee voted to expel X"', () => {
    const r = run("HARARE — ZANU-PF's central committee voted on Saturday to expel Tapiwa Marufu, a former deputy mines minister.");
    const ev = r.events.find((e) => role(e, 'TARGET').includes(keyOf(r, 'Tapiwa Marufu') as string));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'ZANU-PF')]);
  });
});

describe("a city's named government", () => {
  it('is an organization apart from the place, and what "the city" and "the municipality" mean when they act', () => {
    const r = run('GQEBERHA, South Africa — Nelson Mandela Bay has been without refuse collection for a week, the Nelson Mandela Bay Metropolitan Municipality said. '
      + 'The union would not return to talks while 46 workers suspended by the city last week remained suspended. SAMWU accused the city of hiding its own broken pipes. '
      + 'Police patrolled the city of Gqeberha.');
    const body = keyOf(r, 'Nelson Mandela Bay Metropolitan Municipality') as string;
    expect(r.entities.find((e) => e.key === body)?.type).toBe('ORGANIZATION');
    expect(r.entities.find((e) => e.name === 'Nelson Mandela Bay')?.type).toBe('LOCATION');
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([body]);
    expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toEqual([body]);
    expect(r.events.filter((e) => e.evidence.text.startsWith('Police patrolled')).flatMap((e) => e.participants.map((p) => p.entityKey))).not.toContain(body);
  });
});

describe("a country's word before a force's people", () => {
  it('names the article\'s one force of that country and kind: "Thai troops" and the Royal Thai Army', () => {
    const r = run("MAE SAI, Thailand — The Royal Thai Army closed the bridge. Myanmar's military bombed Tachileik. Thai troops along the border had been put on high alert.");
    const ev = r.events.find((e) => e.evidence.text.startsWith('Thai troops'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Royal Thai Army')]);
  });

  it('names the home country\'s one force of that kind whose name names no country: "Norwegian prosecutors"', () => {
    const r = run('OSLO — The National Authority for Investigation and Prosecution of Economic and Environmental Crime opened a case in Norway. '
      + 'Norwegian prosecutors on Wednesday charged three former executives of Havbro Marine with bribery.');
    const ev = r.events.find((e) => e.evidence.text.startsWith('Norwegian prosecutors'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'National Authority for Investigation and Prosecution of Economic and Environmental Crime')]);
  });
});
