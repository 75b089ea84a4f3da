import { keyOf, ofType, role, run } from './helpers';

/** Participant and type rules meant to hold for any article, each shown on a sentence of its own. */
describe('participants and readings that hold across kinds of article', () => {
  it('reads a capital that acts as its government even when the article never names the country', () => {
    const r = run('Ankara and Baku, the two closest allies, sent messages of support on Friday.');
    const ev = ofType(r, 'SUPPORT')[0];
    expect(role(ev, 'ACTOR').sort()).toEqual([keyOf(r, 'Turkey') ?? keyOf(r, 'Türkiye'), keyOf(r, 'Azerbaijan')].sort());
    expect(r.entities.find((e) => e.name === 'Ankara')).toBeUndefined();
  });

  it('leaves "Brussels" a city unless the article names Belgium', () => {
    const r = run('Brussels said the tariffs would hurt both economies.');
    const brussels = r.entities.find((e) => e.name === 'Brussels');
    expect(brussels?.place?.featureType).toBe('CITY');
    expect(r.entities.find((e) => e.name === 'Belgium')?.mentions ?? []).toHaveLength(0);
  });

  it('does not join a possessor after a comma into a coordination ("Oslo, Sweden\'s neighbour,")', () => {
    const r = run('Helsinki and Oslo, Sweden\'s closest partners, welcomed the agreement.');
    const ev = ofType(r, 'SUPPORT')[0];
    expect(role(ev, 'ACTOR')).not.toContain(keyOf(r, 'Sweden'));
    expect(role(ev, 'ACTOR')).toContain(keyOf(r, 'Norway'));
  });

  it('makes the speaker of a warning its actor when the warning verb is the attribution ("X warned it would")', () => {
    const r = run('The Arakan Army warned it would expand its offensive to the coast.');
    const threat = ofType(r, 'THREATEN')[0];
    expect(role(threat, 'ACTOR')).toEqual([keyOf(r, 'Arakan Army')]);
    expect(role(threat, 'TARGET')).not.toContain(keyOf(r, 'Arakan Army'));
  });

  it('codes both parties of "fighting between X and Y", the first as actor', () => {
    const r = run('Three days of fighting between Armenian and Azerbaijani forces killed 40 soldiers.');
    const ev = ofType(r, 'FIGHT')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Armenia')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Azerbaijan')]);
  });

  it('reads "between" parties that carry a head noun ("Sudan\'s army and the RSF")', () => {
    const r = run('Clashes in Darfur between Sudan\'s army and the Rapid Support Forces continued overnight.');
    const ev = ofType(r, 'FIGHT')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Sudanese Army')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Rapid Support Forces')]);
  });

  it('reads a side\'s fire that kills soldiers as combat, not a blaze and not an attack on civilians', () => {
    const r = run('Indian fire killed four Pakistani soldiers along the Line of Control.');
    const ev = ofType(r, 'FIGHT')[0];
    expect(ev).toBeDefined();
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'India')]);
    expect(ofType(r, 'ASSAULT')).toHaveLength(0);
    expect(run('A fire killed nine people in a market in Lagos.').events).toHaveLength(0);
  });

  it('reads seizing ground as military force and seizing goods as coercion', () => {
    expect(ofType(run('Ethiopian troops seized a hilltop near the border on Monday.'), 'FIGHT')).toHaveLength(1);
    expect(ofType(run('Customs officers seized 300 kilograms of heroin on Monday.'), 'COERCE')).toHaveLength(1);
  });

  it('reads "did not rule out" an act as that act, hypothetical, and as a threat when no act is named', () => {
    const deploy = run('The African Union did not rule out deploying peacekeepers to the region.');
    expect(ofType(deploy, 'REJECT')).toHaveLength(0);
    expect(ofType(deploy, 'MOBILIZE')[0]?.modality).toBe('HYPOTHETICAL');
    const emergency = run('The governor did not rule out a state of emergency in the province.');
    expect(ofType(emergency, 'COERCE')[0]?.modality).toBe('HYPOTHETICAL');
    expect(ofType(emergency, 'CONCEDE')).toHaveLength(0);
    const options = run('Canada did not rule out further measures against Venezuela.');
    const threat = ofType(options, 'THREATEN')[0];
    expect(threat?.modality).toBe('HYPOTHETICAL');
    expect(role(threat, 'TARGET')).toEqual([keyOf(options, 'Venezuela')]);
    expect(ofType(run('Canada ruled out talks with Venezuela.'), 'REJECT')).toHaveLength(1);
  });
});

describe('an agentless arrest abroad', () => {
  it('is coded to the state where it happened, not to the home country or its police', () => {
    const r = run('QUITO — Ecuadorian police raided 42 properties on Tuesday. Two Ecuadorians were arrested in Rotterdam in March.');
    const rotterdam = ofType(r, 'COERCE').find((e) => e.evidence.text.includes('Rotterdam'));
    expect(role(rotterdam, 'ACTOR')).toEqual([keyOf(r, 'Netherlands')]);
    const home = run('QUITO — Ecuadorian police raided 42 properties on Tuesday. Two men were arrested in Guayaquil in March.');
    const guayaquil = ofType(home, 'COERCE').find((e) => e.evidence.text.includes('Guayaquil'));
    expect(role(guayaquil, 'ACTOR')).not.toContain(keyOf(home, 'Netherlands'));
    expect(role(guayaquil, 'ACTOR')).toHaveLength(1);
  });

  it('codes a detention abroad with no agent to the host state, in the active voice too', () => {
    const r = run('MUSCAT — Two Austrians landed in Muscat on Friday. At least three German citizens remain in detention in Iran, Berlin said.');
    const detention = ofType(r, 'COERCE').find((e) => e.evidence.text.includes('detention'));
    expect(role(detention, 'ACTOR')).toEqual([keyOf(r, 'Iran')]);
    expect(role(detention, 'TARGET')).toEqual([keyOf(r, 'German')]);
  });
});

describe('a named police force', () => {
  const text = 'Kenyan police raided the offices of the Orange Democratic Movement on Monday. The Kenya Police Service said 12 officials were held. '
    + 'In Kisumu, police fired tear gas to disperse supporters. Another 30 people were arrested in Nakuru, a spokesman said.';

  it('joins "<demonym> police" to the force\'s own name with a generic head ("Kenya Police Service")', () => {
    const r = run(text);
    const raid = ofType(r, 'COERCE')[0];
    expect(role(raid, 'ACTOR')).toEqual([keyOf(r, 'Kenya Police Service')]);
    expect(r.entities.filter((e) => /police/i.test(e.name))).toHaveLength(1);
  });

  it('codes bare "police" and agentless arrests to that force rather than to the state', () => {
    const r = run(text);
    const force = keyOf(r, 'Kenya Police Service');
    const kisumu = ofType(r, 'COERCE').find((e) => e.evidence.text.includes('Kisumu'));
    expect(role(kisumu, 'ACTOR')).toEqual([force]);
    const nakuru = ofType(r, 'COERCE').find((e) => e.evidence.text.includes('Nakuru'));
    expect(role(nakuru, 'ACTOR')).toEqual([force]);
  });

  it('does not take another country\'s "National Police" for Spain\'s Policía Nacional', () => {
    const r = run('LYON, France — Officers of the National Police fired tear gas to separate the groups.');
    expect(r.entities.map((e) => e.name)).not.toContain('Policía Nacional');
    expect(r.entities.map((e) => e.name)).toContain('National Police');
  });

  it('codes bare "agents" and a force named in its own language ("Policía Nacional") the same way', () => {
    const r = run('Peru\'s Policía Nacional raided 14 properties on Monday. Agents seized two tonnes of cocaine.');
    const seizure = ofType(r, 'COERCE').find((e) => e.evidence.text.startsWith('Agents'));
    expect(role(seizure, 'ACTOR')).toEqual([keyOf(r, 'Policía Nacional')]);
  });

  it('still codes bare "police" to the state when the article names no police force', () => {
    const r = run('In Kisumu, police fired tear gas to disperse supporters of the Orange Democratic Movement.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Kenya')]);
  });
});

describe('names in coordinations and agent phrases', () => {
  it('reads "struck a deal" as agreeing, not as an attack', () => {
    const r = run('Shell and Petronas struck a deal on Tuesday to develop the field together.');
    expect(ofType(r, 'FIGHT')).toHaveLength(0);
    expect(ofType(r, 'AGREE')).toHaveLength(1);
  });

  it('takes the name a demonym describes after "by" and in a coordination', () => {
    const r = run('The contract was signed by the Norwegian insurer Storebrand and the Chilean state miner Codelco.');
    const ev = ofType(r, 'AGREE')[0];
    expect(role(ev, 'ACTOR').sort()).toEqual([keyOf(r, 'Storebrand'), keyOf(r, 'Codelco')].sort());
  });

  it('coordinates a name with a described name after "and the <description>" and across a bracketed acronym', () => {
    const r = run('Vestas Wind Systems (VWS) and the state utility Ørsted signed a supply agreement.');
    const ev = ofType(r, 'AGREE')[0];
    expect(role(ev, 'ACTOR')).toEqual(expect.arrayContaining([keyOf(r, 'Vestas Wind Systems'), keyOf(r, 'Ørsted')]));
  });

  it('keeps a name with "and" whole when the bracketed acronym after it spells its initials', () => {
    const r = run('A statement was read on Namibia Radio and Television Services (NRTS) on Sunday.');
    expect(r.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual(['Namibia Radio and Television Services']);
  });

  it('types a name that contains a country as one body when its bracketed acronym spells it ("Wines of South Africa (WOSA)")', () => {
    const r = run('Coffee Growers of Colombia (CGOC) called on both governments to find a settlement.');
    expect(r.entities.find((e) => e.name === 'Coffee Growers of Colombia')?.type).toBe('ORGANIZATION');
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR')).toEqual([keyOf(r, 'Coffee Growers of Colombia')]);
  });

  it('types a camel-case brand as an organization, but not a name with a prefix ("MacArthur")', () => {
    const r = run('TrueLayer said on Monday it would appeal. Its general counsel, Ruth MacArthur, said she disagreed.');
    expect(r.entities.find((e) => e.name === 'TrueLayer')?.type).toBe('ORGANIZATION');
    expect(r.entities.find((e) => e.name === 'Ruth MacArthur')?.type).toBe('PERSON');
  });

  it('continues the last actor through a sentence-opening "It" that acts, not an expletive "It was"', () => {
    const r = run('The Competition Commission fined Vodacom 30 million rand. It also ordered Vodacom to cut its data prices. It was the largest fine this year.');
    const order = ofType(r, 'DEMAND').concat(ofType(r, 'COERCE')).find((e) => e.evidence.text.startsWith('It also'));
    expect(role(order, 'ACTOR')).toEqual([keyOf(r, 'Competition Commission')]);
    expect(r.events.filter((e) => e.evidence.text.startsWith('It was'))).toHaveLength(0);
  });
});

describe('subjects across lists, messages, relatives and speech', () => {
  it('reads a participle coordinated with a passive one as passive ("was arrested and charged")', () => {
    const r = run('The protests began after Moussa Diallo, a radio host, was arrested on Tuesday and charged with spreading false news.');
    const ev = ofType(r, 'COERCE')[0];
    expect(role(ev, 'ACTOR')).not.toContain(keyOf(r, 'Moussa Diallo'));
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Moussa Diallo')]);
  });

  it('gives a predicate listed after a comma the subject of the sentence, and "him" the last person', () => {
    const r = run('Judge Amina Sadiq granted Peter Obi Okafor bail of 5 million naira, ordered him to surrender his passport and adjourned the case.');
    const ev = ofType(r, 'COERCE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Amina Sadiq')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Peter Obi Okafor')]);
  });

  it('gives a participle describing a message the sender as actor ("issued an alert urging")', () => {
    const r = run('The National Cyber Security Centre, part of the Government Communications Headquarters (GCHQ), issued an alert urging hospitals to patch their servers.');
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR')).toEqual([keyOf(r, 'National Cyber Security Centre')]);
  });

  it('reads a capital with a relative clause that acts as its government', () => {
    const r = run('Madrid, which recalled its ambassador from Algeria in March, said it was coordinating closely with Moroccan authorities.');
    expect(role(ofType(r, 'COOPERATE')[0], 'ACTOR')).toEqual([keyOf(r, 'Spain')]);
    const city = run('Kharkiv, which has been shelled for weeks, is without power.');
    expect(city.entities.some((e) => e.name === 'Kharkiv' && e.type === 'LOCATION')).toBe(true);
  });

  it('gives a speech act with no subject of its own to the speaker, also when coordinated after the attribution', () => {
    const r = run('Labour Minister Chidi Okoro said the strike was illegal.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Chidi Okoro')]);
    const urged = run('A spokeswoman for the Federal Foreign Office said two German citizens remained in detention in Iran and urged Tehran to free them.');
    expect(role(ofType(urged, 'DEMAND')[0], 'ACTOR')).toEqual([keyOf(urged, 'Federal Foreign Office')]);
  });
});

describe('unnamed agents at the scene', () => {
  it('codes police to the country where the story last placed events, not the most-mentioned country', () => {
    const text = 'Indonesia and France signed deals on Indonesian jets, Indonesian nickel and Indonesian palm oil. '
      + 'About 300 people rallied at the Place de la République in Paris. Police detained 14 people who tried to march towards the Élysée.';
    const r = run(text);
    const arrest = ofType(r, 'COERCE')[0];
    expect(role(arrest, 'ACTOR')).toEqual([keyOf(r, 'France')]);
  });
});

describe('appositions and operations', () => {
  it('types "Operation X" as an organization and takes the name before an apposition, not the possessor inside it', () => {
    const r = run('A Danish frigate serving with Operation Atalanta, the European Union\'s naval mission off Somalia, boarded the hijacked ship.');
    expect(r.entities.find((e) => e.name === 'Operation Atalanta')?.type).toBe('ORGANIZATION');
    const ev = r.events.find((e) => e.participants.some((p) => p.role === 'ACTOR'));
    expect(role(ev, 'ACTOR')).not.toContain(keyOf(r, 'European Union'));
  });
});

describe('stances and described institutions', () => {
  it('reads a capital that is "ready to" act as its government', () => {
    const r = run('Armenia and Azerbaijan traded fire. An Armenian official said Yerevan was ready to negotiate at any level.');
    expect(role(ofType(r, 'CONSULT')[0], 'ACTOR')).toEqual([keyOf(r, 'Armenia')]);
  });

  it('resolves "<country>\'s <described> <institution>" to the one named body with those words', () => {
    const r = run('Spain\'s football federation on Thursday banned three players. The Royal Spanish Football Federation (RFEF) said the club was also fined.');
    const ban = ofType(r, 'SANCTION').find((e) => e.evidence.text.startsWith('Spain'));
    expect(role(ban, 'ACTOR')).toEqual([keyOf(r, 'Royal Spanish Football Federation')]);
  });
});

describe('trade measures and relative clauses', () => {
  it('does not make a demonym after "on" the actor ("tariffs on Mexican avocados")', () => {
    const r = run('Canada and Japan signed a trade deal. Tokyo will drop its quota on Canadian beef and cut tariffs on pork.');
    const cut = ofType(r, 'CONCEDE')[0];
    expect(role(cut, 'ACTOR')).toEqual([keyOf(r, 'Japan')]);
  });

  it('reads anti-dumping duties as a sanction and splits off a noun whose relative clause has its own subject', () => {
    const r = run('India imposed tariffs of 20 per cent on Australian wine on Monday, retaliating against anti-dumping duties that Canberra placed on Indian steel last month.');
    const sanctions = ofType(r, 'SANCTION');
    expect(sanctions).toHaveLength(2);
    const byActor = (k: string | undefined) => sanctions.find((e) => role(e, 'ACTOR').includes(k as string));
    expect(role(byActor(keyOf(r, 'India')), 'TARGET')).toEqual([keyOf(r, 'Australia')]);
    expect(role(byActor(keyOf(r, 'Australia')), 'TARGET')).toEqual([keyOf(r, 'India')]);
  });

  it('gives "its" before a noun trigger the thing named before it, even after "against"', () => {
    const r = run('Ministers approved new sanctions against Ethiopia over its offensive in Tigray.');
    expect(role(ofType(r, 'FIGHT')[0], 'ACTOR')).toEqual([keyOf(r, 'Ethiopia')]);
  });
});

describe('release demands', () => {
  it('addresses a demand for a person\'s release to whoever holds them, and reads the release as its object, not an event', () => {
    const r = run('HARARE — Zimbabwean police arrested the journalist Tendai Moyo on Tuesday. The Media Institute of Southern Africa demanded Moyo\'s immediate release.');
    const demand = ofType(r, 'DEMAND')[0];
    expect(role(demand, 'TARGET')).toEqual(role(ofType(r, 'COERCE')[0], 'ACTOR'));
    expect(role(demand, 'TARGET')).not.toContain(keyOf(r, 'Tendai Moyo'));
    expect(ofType(r, 'CONCEDE')).toHaveLength(0);
  });

  it('does not read a radio host as hosting', () => {
    expect(ofType(run('Police arrested radio host Tendai Moyo in Harare on Tuesday.'), 'CONSULT')).toHaveLength(0);
  });
});

describe('more trigger words', () => {
  it.each([
    ['Kampala sent an extra 2,000 soldiers to the border region last month.', 'MOBILIZE'],
    ['The minister apologised for the delay on Friday.', 'CONCEDE'],
    ['Armenia would not give up a single metre of territory.', 'CONCEDE'],
    ['Officials undermining the vote could face visa restrictions.', 'SANCTION'],
    ['Several hundred fans gathered outside the stadium, chanting against the league.', 'PROTEST'],
  ])('%s → %s', (text, type) => {
    expect(run(text).events.map((e) => e.type)).toContain(type);
  });

  it('codes a city\'s police to that city\'s force (the annotators name it), not to the country', () => {
    const r = run('Mombasa police detained 40 people near the port on Sunday.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Mombasa Police')]);
  });
});

describe('police named through a city in the sentence, and described sanction targets', () => {
  it('codes police to the country of a city named in the sentence, and never as marchers', () => {
    const r = run('Kenya and Japan signed deals on Kenyan tea and Kenyan coffee. Police detained 14 people who tried to march towards the palace in Osaka, officials said.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Japan')]);
    for (const p of ofType(r, 'PROTEST')) expect(role(p, 'ACTOR')).not.toContain(keyOf(r, 'Japan'));
  });

  it('codes bare police to the city force the sentence names as its source', () => {
    const r = run('Kenya and Japan signed deals on Kenyan tea and Kenyan coffee. Police detained 14 people who tried to march towards the palace, the Osaka police said.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Osaka Police')]);
  });

  it('takes the person a demonym describes in an apposition as the target ("a Yemeni businessman, X,")', () => {
    const r = run('The US Treasury imposed sanctions on a Syrian businessman, Khaled Haddad, on Tuesday.');
    expect(role(ofType(r, 'SANCTION')[0], 'TARGET')).toEqual([keyOf(r, 'Khaled Haddad')]);
  });
});

describe('bodies named in their own language', () => {
  it.each(['Ligue Iteka', 'Partido Nacional', 'Banco Central', 'Operation Barkhane'])('types "%s" as an organization', (name) => {
    const r = run(`A spokesman for ${name} said on Monday that the decision was a mistake.`);
    expect(r.entities.find((e) => e.name === name)?.type).toBe('ORGANIZATION');
  });
});

describe('honorifics in other languages', () => {
  it('keeps "Maître" out of a lawyer\'s name', () => {
    const r = run('His lawyer, Maître Hélène Dubois, said he denied every charge.');
    expect(r.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Hélène Dubois']);
  });
});

describe('company and title words', () => {
  it.each(['Dassault Aviation', 'Oresund Container Line', 'Iran Human Rights'])('types "%s" as an organization', (name) => {
    const r = run(`A spokesman for ${name} said on Monday that the decision was a mistake.`);
    expect(r.entities.find((e) => e.name === name)?.type).toBe('ORGANIZATION');
  });

  it('keeps naval and police ranks out of names', () => {
    const r = run('Commodore Elena Marsh said the frigate would stay. Chief Inspector Tom Reyes said two men were held.');
    expect(r.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort()).toEqual(['Elena Marsh', 'Tom Reyes']);
  });
});

describe('participles', () => {
  it('gives a participle clause after a comma the subject of the main clause, past an opening time adverbial', () => {
    const r = run('On Sunday the Constitutional Court granted an injunction sought by the Legal Resources Centre, barring the eviction of 300 families.');
    for (const e of r.events) expect(role(e, 'ACTOR')).not.toContain(keyOf(r, 'Legal Resources Centre'));
    expect(r.events.some((e) => role(e, 'ACTOR').includes(keyOf(r, 'Constitutional Court') as string))).toBe(true);
  });
});

describe('long and compound names', () => {
  it.each([
    ['The Ministry of Transport and Communications suspended three contracts.', 'Ministry of Transport and Communications', 'ORGANIZATION'],
    ['The European Union Training Mission in the Central African Republic said it would stay.', 'European Union Training Mission in the Central African Republic', 'ORGANIZATION'],
    ['Transparency International Kenya welcomed the charges.', 'Transparency International Kenya', 'ORGANIZATION'],
    ['Deportees arrived in Port-au-Prince on Monday.', 'Port-au-Prince', 'LOCATION'],
    ['The Ministry of Fisheries and Maritime Infrastructure seized two boats.', 'Ministry of Fisheries and Maritime Infrastructure', 'ORGANIZATION'],
    ['Norway\'s National Authority for Investigation and Prosecution of Economic and Environmental Crime charged them.',
      'National Authority for Investigation and Prosecution of Economic and Environmental Crime', 'ORGANIZATION'],
    ['The duties were imposed by the Department of Trade, Industry and Competition in August.', 'Department of Trade, Industry and Competition', 'ORGANIZATION'],
  ])('%s → %s', (text, name, type) => {
    expect(run(text).entities.find((e) => e.name === name)?.type).toBe(type);
  });

  it('keeps a head word after "and" as a new body when more of the name follows', () => {
    const r = run('The Ministry of Health and Ministry of Finance issued a joint statement.');
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Ministry of Finance', 'Ministry of Health']);
  });

  it('keeps a known organization after a ministry\'s "and" apart, but not the second half of one name', () => {
    const r = run('The contract was signed by the Ministry of Defence and Lockheed Martin on Friday.');
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Lockheed Martin', 'Ministry of Defence']);
    expect(run('The AU Peace and Security Council met in Addis Ababa.').entities.map((e) => e.name)).toContain('AU Peace and Security Council');
  });

  it('keeps a comma list of bodies apart: only portfolios join a ministry\'s name', () => {
    const r = run('The Ministry of Health, Oxfam and UNICEF sent supplies.');
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Ministry of Health', 'Oxfam', 'UNICEF']);
  });

  it('drops storm names', () => {
    expect(run('Cyclone Nandeka made landfall near Quelimane on Sunday.').entities.some((e) => /Nandeka/.test(e.name))).toBe(false);
  });
});

describe('heads, owners and coordinated passives', () => {
  it('gives the head body of "X (ACR) of the Y" the act, not its owner', () => {
    const r = run('The Disciplinary Committee (CFD) of the Spanish Football Federation (RFEF) banned the midfielder Pablo Ruiz for four matches.');
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([keyOf(r, 'Disciplinary Committee')]);
  });

  it('gives a passive trigger coordinated with an earlier passive that passive\'s subject as target', () => {
    const r = run('Anna Weber was arrested in Tabriz in May while visiting relatives and was later sentenced by a Revolutionary Court to eight years in prison.');
    const ev = ofType(r, 'COERCE')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Anna Weber')]);
    expect(ofType(r, 'CONSULT')).toHaveLength(0);
  });
});

describe('acronyms by initials and laws', () => {
  it('joins an undefined acronym to the one organization whose initials it spells', () => {
    const r = run('The Competition and Markets Authority fined the bank on Monday. The regulator, known as the CMA, said the bank had misled customers.');
    const cma = r.entities.find((e) => e.name === 'Competition and Markets Authority');
    expect(cma?.aliases).toContain('CMA');
    expect(r.entities.filter((e) => e.name === 'CMA')).toHaveLength(0);
  });

  it('makes no entity of a law or treaty, even after a title-like word ("General Data Protection Regulation")', () => {
    const r = run('The company breached the European Union\'s General Data Protection Regulation, the regulator said.');
    expect(r.entities.some((e) => /Regulation/.test(e.name))).toBe(false);
  });
});

describe('one actor, two acts', () => {
  it('splits coordinated verbs of one type that act on different targets', () => {
    const r = run('The disciplinary board banned the midfielder Pablo Ruiz for four matches and suspended the coach Iker Sanz for 45 days.');
    const targets = ofType(r, 'SANCTION').map((e) => role(e, 'TARGET'));
    expect(targets).toEqual(expect.arrayContaining([[keyOf(r, 'Pablo Ruiz')], [keyOf(r, 'Iker Sanz')]]));
  });
});

describe('titles set off before a name', () => {
  it('resolves "the governor" to the person introduced as "The governor of X region, Name,"', () => {
    const r = run('The governor of Kolda region, Ibrahima Diallo, imposed a curfew. The governor also banned all gatherings in the city.');
    const ban = ofType(r, 'COERCE').find((e) => e.evidence.text.includes('banned'));
    expect(role(ban, 'ACTOR')).toEqual([keyOf(r, 'Ibrahima Diallo')]);
  });
});

describe('acronyms that differ by a letter', () => {
  it('keeps "SLP" and "SLPP" apart, and reads "The Sierra Leone Police (SLP) said" as an attribution', () => {
    const r = run('The Sierra Leone People\'s Party (SLPP) won the vote. The Sierra Leone Police (SLP) said 64 people had been arrested.');
    const party = r.entities.find((e) => e.name === 'Sierra Leone People\'s Party');
    const police = r.entities.find((e) => e.name === 'Sierra Leone Police');
    expect(party?.aliases).not.toContain('SLP');
    expect(police).toBeDefined();
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([police?.key]);
  });
});

describe('datelines', () => {
  it('reads an all-capital acronym opening a later sentence as no dateline', () => {
    const r = run('Police clashed with protesters on Sunday. ECOWAS, the West African bloc, said it would send a mediation team.');
    expect(r.entities.find((e) => e.name === 'ECOWAS' || e.aliases.includes('ECOWAS'))?.type).toBe('ORGANIZATION');
  });
});

describe('acronyms the article defines', () => {
  it('keeps an article-defined acronym for its own expansion, not a known body it also spells', () => {
    const r = run('The rebels are part of the Coalition of Patriots for Change (CPC). The CPC denied the accusation.');
    expect(r.entities.some((e) => e.name === 'Communist Party of China')).toBe(false);
    expect(r.entities.find((e) => e.name === 'Coalition of Patriots for Change')?.aliases).toContain('CPC');
  });
});

describe('coordinated actives after a relative passive', () => {
  it('keeps "also condemned the strike and accused Tehran" active after "which is based in Aden"', () => {
    const r = run('Yemen\'s internationally recognised government, which is based in Aden, also condemned the strike and accused Tehran of supplying the missile.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Yemen')]);
  });
});

describe('places named with an article or a street word', () => {
  it('keeps "The" in "The Hague", also in a dateline', () => {
    for (const text of ['THE HAGUE — The court said on Monday.', 'The court in The Hague ruled on Monday.']) {
      const place = run(text).entities.find((e) => e.name === 'The Hague')?.place;
      expect(place?.countryCode).toBe('NL');
    }
  });

  it('types squares and bridges as places', () => {
    const r = run('About 300 people rallied at the Place de la République and on the Pont Alexandre III.');
    expect(r.entities.filter((e) => e.type === 'LOCATION').map((e) => e.name).sort()).toEqual(['Place de la République', 'Pont Alexandre III']);
  });
});

describe('guessed persons after "in"', () => {
  it('reads an unknown name pair right after "in" as a place, but keeps known given names as people', () => {
    expect(run('Six villagers died in Intan Jaya last month.').entities.find((e) => e.name === 'Intan Jaya')?.type).toBe('LOCATION');
    expect(run('Rights groups said Kwame Mensah was held in Accra.').entities.find((e) => e.name === 'Kwame Mensah')?.type).toBe('PERSON');
  });
});

describe('plural possessives in names', () => {
  it.each([
    ['The Consumers\' Association of Ireland was considering a representative action.', 'Consumers\' Association of Ireland'],
    ['The Citrus Growers\' Association said exports would fall.', 'Citrus Growers\' Association'],
    ['The Philippines\' Department of Migrant Workers barred crews from the strait.', 'Department of Migrant Workers'],
    ['A spokesman for Nordvik Marine said the breach was contained.', 'Nordvik Marine'],
  ])('%s → %s', (text, name) => {
    expect(run(text).entities.find((e) => e.name === name)?.type).toBe('ORGANIZATION');
  });
});

describe('hyphenated demonyms', () => {
  it('reads "Austrian-Iranian" as two demonyms, not an organization', () => {
    const r = run('An Austrian-Iranian architect was freed on Friday.');
    expect(r.entities.some((e) => e.type === 'ORGANIZATION')).toBe(false);
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Austria', 'Iran']);
  });
});

describe('competitions and projects', () => {
  it('makes no entity of a championship or a corridor, but keeps a programme that is a body', () => {
    expect(run('Turkey will co-host the 2032 European Championship with Italy.').entities.some((e) => /Championship/.test(e.name))).toBe(false);
    expect(run('The Lobito Economic Corridor will carry copper to the coast.').entities.some((e) => /Corridor/.test(e.name))).toBe(false);
    expect(run('The World Food Programme said rations would be cut.').entities.find((e) => e.name === 'World Food Programme')?.type).toBe('ORGANIZATION');
  });

  it('reads an order to one\'s own forces as the act, by whoever gave the order', () => {
    const r = run('President Amadou Sall ordered police to disperse the protesters in Dakar.');
    expect(r.events.map((e) => e.type)).toEqual(['COERCE']);
    expect(role(r.events[0], 'ACTOR')).toEqual([keyOf(r, 'Amadou Sall')]);
    const f = run('President Amadou Sall ordered troops to retake the town of Kidira.');
    expect(f.events.map((e) => e.type)).toEqual(['FIGHT']);
    expect(role(f.events[0], 'ACTOR')).toEqual([keyOf(f, 'Amadou Sall')]);
    // an order to someone else stays a demand
    expect(run('The court ordered Senegal to release the activists.').events.map((e) => e.type)).toContain('DEMAND');
  });

  it('takes the organ after a country word as the agent ("arrested by the Sri Lankan navy")', () => {
    const r = run('Fifteen Indian fishermen were arrested by the Sri Lankan navy for poaching.');
    const ev = ofType(r, 'COERCE')[0];
    expect(role(ev, 'ACTOR')).toEqual([r.entities.find((e) => e.name === 'Sri Lankan Navy')?.key]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'India')]);
  });

  it('reads a rank after "army" or "police" as a person\'s title, not the force ("former army general X")', () => {
    const r = run('Brazil\'s Supreme Court sentenced former army general Paulo Rezende to 19 years in prison.');
    expect(role(ofType(r, 'COERCE')[0], 'TARGET')).toEqual([keyOf(r, 'Paulo Rezende')]);
  });

  it('gives the act after "were accused by X of" to the accused, not the accuser', () => {
    const r = run('Mali\'s army and Russian mercenaries from the Wagner Group were accused by UN investigators of executing 500 people in Moura.');
    const ev = ofType(r, 'ASSAULT')[0];
    expect(role(ev, 'ACTOR')).toContain(r.entities.find((e) => e.name === 'Malian Army')?.key);
    expect(role(ev, 'ACTOR')).not.toContain(keyOf(r, 'UN'));
  });

  it('reads a name set off by a possessor\'s description as the subject ("X, Nigeria\'s chief of army staff, condemned")', () => {
    const r = run('Musa Danladi, Nigeria\'s chief of army staff, condemned the attack.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Musa Danladi')]);
    const c = run('The deal was announced in March. CADE, Brazil\'s antitrust regulator, approved the merger of Pampa Carnes and Sul Frigo.');
    const ev = ofType(c, 'SUPPORT')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(c, 'CADE')]);
    expect(role(ev, 'TARGET')).toContain(keyOf(c, 'Pampa Carnes'));
  });

  it('reads "drew a sharp protest from X" as X\'s disapproval of the actor', () => {
    const r = run('The EU imposed duties on Chinese biodiesel, drawing a sharp protest from the Chinese commerce ministry.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'EU')]);
    expect(ofType(r, 'PROTEST')).toHaveLength(0);
  });

  it('gives a noun trigger that is the object of a coordinated verb to the sentence\'s subject ("criticised Israel and announced sanctions")', () => {
    const r = run('The EU criticised Israel and announced sanctions on settlers.');
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([keyOf(r, 'EU')]);
  });

  it('reads a court ordering people held or released as the detention or release, by the judge, of the people named', () => {
    const r = run('Judge Horacio Pirir ordered the site\'s founder and the finance manager, Ana Beatriz Chen, held in detention.');
    expect(r.events.map((e) => e.type)).toEqual(['COERCE']);
    expect(role(r.events[0], 'ACTOR')).toEqual([keyOf(r, 'Horacio Pirir')]);
    expect(role(r.events[0], 'TARGET')).toEqual([keyOf(r, 'Ana Beatriz Chen')]);
  });

  it('reads "he" as the latest man and "she" as the latest woman when given names tell', () => {
    const r = run('Judge Horacio Pirir heard the case of the finance manager, Ana Beatriz Chen. He released two reporters on bail.');
    expect(role(ofType(r, 'CONCEDE')[0], 'ACTOR')).toEqual([keyOf(r, 'Horacio Pirir')]);
  });

  it('takes an object described in lowercase words and named after a comma as the target ("arrested the site\'s founder, Rodrigo Ajcip,")', () => {
    const r = run('Police arrested the site\'s founder, Rodrigo Ajcip, on Tuesday.');
    expect(role(ofType(r, 'COERCE')[0], 'TARGET')).toEqual([keyOf(r, 'Rodrigo Ajcip')]);
    const m = run('Police detained two opposition MPs, Ronald Kasirye and Patrick Oboi, in Jinja.');
    expect(role(ofType(m, 'COERCE')[0], 'TARGET').sort()).toEqual([keyOf(m, 'Ronald Kasirye'), keyOf(m, 'Patrick Oboi')].sort());
  });
});

describe('owners and countries inside the phrase', () => {
  it('codes "European Union foreign ministers" to the EU, not to the dateline\'s country', () => {
    const r = run('BRUSSELS — European Union foreign ministers on Tuesday approved a 17th package of sanctions against Russia.');
    const ev = ofType(r, 'SANCTION')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'European Union')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Russia')]);
  });

  it('takes the country whose airspace a craft entered as the target', () => {
    const r = run('TALLINN — A Russian fighter jet briefly entered Estonian airspace during the incident.');
    const ev = ofType(r, 'THREATEN')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Russia')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Estonian')]);
  });
});

describe('the state whose envoy is acted on', () => {
  it('takes the possessor of an embassy as the target, not the city the embassy is in', () => {
    const r = run('TOKYO — Japan lodged a protest through North Korea\'s embassy in Beijing.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'North Korea')]);
  });
});

describe('names in a subordinate clause after the trigger', () => {
  it('are no target of an act ("budget support once the IMF board approves")', () => {
    const r = run('TUNIS — The World Bank said on Monday it would provide $520 million in budget support once the IMF board approves the programme.');
    const aid = ofType(r, 'AID')[0];
    expect(role(aid, 'TARGET')).not.toContain(keyOf(r, 'IMF'));
  });

  it('but the condition of a threat names whom it is aimed at', () => {
    const r = run('A commander of the Gran Grif gang threatened to kill the hostages if the Haitian National Police did not pull back.');
    expect(role(ofType(r, 'THREATEN')[0], 'TARGET')).toEqual([keyOf(r, 'Haitian National Police')]);
  });
});

describe('what a protest is aimed at', () => {
  it('is the body whose seat the protest goes to, not the place it starts from', () => {
    const r = run('Students marched from the campus of Cheikh Anta Diop University towards the Ministry of Justice on Thursday.');
    expect(role(ofType(r, 'PROTEST')[0], 'TARGET')).toEqual([keyOf(r, 'Ministry of Justice')]);
  });

  it('is the owner of the offices protesters rally outside', () => {
    const r = run('The General Election Commission declared the result. Several hundred MPP supporters rallied outside the commission\'s offices on Monday.');
    expect(role(ofType(r, 'PROTEST')[0], 'TARGET')).toEqual([keyOf(r, 'General Election Commission')]);
  });
});

describe('definite descriptions refer back', () => {
  it('does not take "the foreign ministry" for a country\'s foreign ministry the article names only later', () => {
    const r = run('In Beijing, the foreign ministry summoned Canada\'s ambassador on Thursday. Japan\'s foreign ministry said it strongly supports freedom of navigation.');
    const japanese = r.entities.find((e) => e.type === 'ORGANIZATION' && /foreign ministry/i.test(e.name))?.key;
    expect(japanese).toBeDefined();
    expect(ofType(r, 'DISAPPROVE')[0]?.participants.some((p) => p.entityKey === japanese)).toBe(false);
    // named before, the same words still refer to it
    const back = run('Japan\'s foreign ministry said it strongly supports freedom of navigation. On Friday the foreign ministry summoned China\'s ambassador.');
    expect(role(ofType(back, 'DISAPPROVE')[0], 'ACTOR')).toEqual([japanese]);
  });
});

describe('sources are no actors', () => {
  it('does not make the source of an "according to" the doer of the act it reports', () => {
    const r = run('Two officers and nine civilians were hurt in the clashes, according to Mangochi District Hospital.');
    expect(ofType(r, 'FIGHT')).toHaveLength(1);
    expect(role(ofType(r, 'FIGHT')[0], 'ACTOR')).toEqual([]);
  });

  it('still lets an agency state its own act ("the raid ..., the navy said")', () => {
    const r = run('The raid on the trawler netted two tonnes of cocaine, the Ecuadorian Navy said.');
    expect(r.events.flatMap((e) => e.participants).some((p) => p.role === 'ACTOR' && p.entityKey === keyOf(r, 'Ecuadorian Navy'))).toBe(true);
  });
});

describe('places fronted before the actor', () => {
  it('does not take "the lakeside town of X" for an actor, and finds the body after "In X,"', () => {
    const r = run('In Blantyre and in the lakeside town of Salima, DPP supporters burned tyres and blocked roads on Tuesday.');
    expect(role(ofType(r, 'PROTEST')[0], 'ACTOR')).toEqual([keyOf(r, 'DPP')]);
    const one = run('In Blantyre, DPP supporters protested on Tuesday.');
    expect(role(ofType(one, 'PROTEST')[0], 'ACTOR')).toEqual([keyOf(one, 'DPP')]);
  });

  it('finds a person set off after "an envoy in <city>,"', () => {
    const r = run('A consul from Poland\'s embassy in Paris, Katarzyna Mróz, visited the detained fans on Saturday.');
    expect(role(ofType(r, 'CONSULT')[0], 'ACTOR')).toEqual([keyOf(r, 'Katarzyna Mróz')]);
  });
});

describe('who aid for a country abroad goes to', () => {
  it('codes aid "to train inspectors in Mozambique" to Mozambique, and aid pledged at a conference in a city to the story\'s country', () => {
    const r = run('PORT LOUIS, Mauritius — Fishing nations met in Mauritius. Japan said it would give $3 million to train fisheries inspectors in Mozambique.');
    expect(role(ofType(r, 'AID')[0], 'TARGET')).toEqual([keyOf(r, 'Mozambique')]);
    const venue = run('ISLAMABAD — Floods swept Pakistan. Japan pledged $3 million for flood victims at a donors\' conference in Geneva.');
    expect(role(ofType(venue, 'AID')[0], 'TARGET')).toEqual([keyOf(venue, 'Pakistan')]);
  });
});

describe('a coordinated predicate after a possessed subject', () => {
  it('gives "Yemen\'s Houthi rebels rejected ... and vowed" both acts to the Houthis', () => {
    const r = run('Yemen\'s Houthi rebels rejected a US truce proposal on Wednesday and vowed to keep targeting ships linked to Israel.');
    expect(role(ofType(r, 'THREATEN')[0], 'ACTOR')).toEqual([keyOf(r, 'Houthi')]);
  });
});

describe('what an inquiry is into and where a rescue team goes', () => {
  it('targets the subject of "an investigation into whether X had ..."', () => {
    const r = run('Britain\'s Competition and Markets Authority opened an investigation into whether the veterinary chain Pawcare had overcharged pet owners.');
    expect(keyOf(r, 'Pawcare')).toBe('ORGANIZATION:pawcare');
    expect(role(ofType(r, 'INVESTIGATE')[0], 'TARGET')).toEqual([keyOf(r, 'Pawcare')]);
  });

  it('targets the country a long-described team is dispatched to', () => {
    const r = run('Japan dispatched a 70-member search-and-rescue team with sniffer dogs to Morocco on Sunday.');
    expect(role(ofType(r, 'AID')[0], 'TARGET')).toEqual([keyOf(r, 'Morocco')]);
  });
});

describe('an act noun given to someone', () => {
  it('"handed the Chinese ambassador a protest note": the giver protests, the recipient\'s state is the target', () => {
    for (const text of ["Kazakhstan's foreign ministry handed the Chinese ambassador a protest note.", "Kazakhstan's foreign ministry said it had handed the Chinese ambassador a protest note."]) {
      const r = run(text);
      const protest = ofType(r, 'DISAPPROVE')[0];
      expect(role(protest, 'ACTOR')).toEqual(['ORGANIZATION:kazakh foreign ministry']);
      expect(role(protest, 'TARGET')).toEqual([keyOf(r, 'Chinese')]);
    }
  });
});

describe('a closing speaker', () => {
  it('"..., the defence ministry said" is no one the act is done to', () => {
    const r = run('The Polish army helped evacuate residents, the defence ministry said.');
    const aid = ofType(r, 'AID')[0];
    expect(role(aid, 'ACTOR')).toEqual(['ORGANIZATION:polish army']);
    expect(role(aid, 'TARGET')).toEqual([]);
  });
});

describe('coercion done on someone\'s leave', () => {
  it('"the magistrate allowed the police to hold the suspects" is the magistrate\'s act', () => {
    const r = run('NAIROBI, Kenya — Police arrested two men. Senior Principal Magistrate Rose Ndegwa allowed the police to hold the three suspects for 14 days.');
    const held = ofType(r, 'COERCE').find((e) => e.evidence.text.includes('allowed'));
    expect(role(held, 'ACTOR')).toEqual([keyOf(r, 'Rose Ndegwa')]);
  });
});

describe('a thing handed that the recipient owns', () => {
  it('"handing the Justice Department its first conviction" makes the department no target of the conviction', () => {
    const r = run('A jury in Houston found oil trader Kevin Doyle guilty of manipulating fuel prices, handing the Justice Department its first conviction in the case.');
    for (const e of r.events) expect(role(e, 'TARGET')).not.toContain(keyOf(r, 'Justice Department'));
  });
});

describe('an act done for a purpose', () => {
  it('"Mary Banda met the chief justice, Joseph Mwale, on Monday to protest" is Banda protesting, not the last name before "to"', () => {
    const r = run("Zambian opposition leader Mary Banda met the chief justice, Joseph Mwale, on Monday to protest against the arrest of her party's spokesman.");
    expect(role(ofType(r, 'PROTEST')[0], 'ACTOR')).toEqual([keyOf(r, 'Mary Banda')]);
  });
});

describe('a described person', () => {
  it('"extradited Eritrean smuggling kingpin Tesfay Gebremariam" targets the person, not Eritrea', () => {
    const r = run('Ethiopia extradited Eritrean smuggling kingpin Tesfay Gebremariam to the Netherlands.');
    expect(role(ofType(r, 'COERCE')[0], 'TARGET')).toEqual([keyOf(r, 'Tesfay Gebremariam')]);
  });
});

describe('nationals in apposition', () => {
  it('"arrested 475 workers, most of them South Korean nationals" targets South Korea', () => {
    const r = run('US immigration agents arrested 475 workers, most of them South Korean nationals, at a battery plant in Georgia on Thursday.');
    expect(role(ofType(r, 'COERCE')[0], 'TARGET')).toEqual([keyOf(r, 'South Korean')]);
  });
});

describe('aid withdrawn', () => {
  it('targets the country an aid body stops working in: "suspended its work", "halted food distributions"', () => {
    const r = run('MAPUTO, Mozambique — Insurgents attacked Mocímboa da Praia on Monday. MSF suspended its work in the town on Tuesday. The World Food Programme halted food distributions in the district.');
    const evs = ofType(r, 'SANCTION');
    expect(evs.length).toBeGreaterThan(0);
    for (const ev of evs) expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:MZ']);
    expect(evs.flatMap((e) => role(e, 'ACTOR'))).toEqual(expect.arrayContaining([keyOf(r, 'World Food Programme')]));
  });
});

describe('removal from office', () => {
  it('reads "voted to remove President X" as a sanction on X by the body that voted, not "removed the barricades"', () => {
    const r = run("Peru's Senate voted on Monday to remove President Rodrigo Salcedo Ayala for corruption. Police removed the barricades on Tuesday.");
    const ev = ofType(r, 'SANCTION')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Rodrigo Salcedo Ayala')]);
    expect(role(ev, 'ACTOR')).toHaveLength(1);
    expect(r.events.filter((e) => e.evidence.text.startsWith('Police removed'))).toHaveLength(0);
  });
});

describe('"by" after an active verb\'s object', () => {
  it('names the object\'s author, a target, not the verb\'s agent: "rejected an application by the Restoration Front"', () => {
    const r = run("The Zimbabwe Electoral Commission rejected an application by the Restoration Front to use the party's name.");
    const ev = ofType(r, 'REJECT')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Zimbabwe Electoral Commission')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Restoration Front')]);
  });
});

describe('an answered request', () => {
  it('targets whoever made it: "rejected a complaint from Uganda"', () => {
    const r = run('Kenya rejected a complaint from Uganda on Friday.');
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual([keyOf(r, 'Uganda')]);
  });

  it('reads past what is offered and a possessor: "rejected an offer of flood relief from South Korea\'s Red Cross"', () => {
    const r = run("North Korea rejected an offer of flood relief from South Korea's Red Cross, state media said.");
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual([keyOf(r, 'Red Cross')]);
  });
});

describe('an act noun with its agent after "by"', () => {
  it('is not the sentence subject\'s act: "the court interdicted a strike by municipal workers"', () => {
    const r = run('GQEBERHA, South Africa — The Labour Court on Wednesday interdicted a strike by municipal workers in Nelson Mandela Bay.');
    const strike = ofType(r, 'PROTEST')[0];
    expect(role(strike, 'ACTOR')).not.toContain(keyOf(r, 'Labour Court'));
  });
});

describe('an act a time clause places before or after another', () => {
  it('is another event, by the main subject: "In March 2022 the authorities suspended X, weeks after expelling France\'s ambassador"', () => {
    const r = run('BAMAKO, Mali — The African Commission, based in Banjul, criticised the move. In March 2022 the authorities suspended the French '
      + "broadcasters Radio France Internationale and France 24, weeks after expelling France's ambassador.");
    const evs = ofType(r, 'SANCTION');
    const expulsion = evs.find((e) => role(e, 'TARGET').includes('LOCATION:country:FR'));
    expect(role(expulsion, 'ACTOR')).toEqual(['LOCATION:country:ML']);
    expect(evs.some((e) => role(e, 'TARGET').includes(keyOf(r, 'France 24') as string))).toBe(true);
  });
});

describe('a circumstance set off by commas before the verb', () => {
  it('holds no subject: "The Senate, on a motion by Senator Luka Dakwom, urged the federal government"', () => {
    const r = run('ABUJA, Nigeria — The Senate observed a minute\'s silence on Tuesday and, on a motion by Senator Luka Dakwom, urged the federal government to set up forest guard units.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).not.toContain(keyOf(r, 'Luka Dakwom'));
    expect(role(ev, 'ACTOR')).toHaveLength(1);
  });
});

describe("a company's workers on strike", () => {
  it('strike against the company, which does not strike itself', () => {
    const r = run("Workers at the carmaker Brandtwerk's plant in Zwickau downed tools for two hours on Wednesday in a warning strike called by the IG Metall union.");
    expect(role(ofType(r, 'PROTEST')[0], 'TARGET')).toContain(keyOf(r, 'Brandtwerk'));
    const r2 = run('Pilots at the Scandinavian airline Nordavia voted to strike from next week after the company refused to reinstate pension contributions.');
    const strike = ofType(r2, 'PROTEST')[0];
    expect(role(strike, 'TARGET')).toContain(keyOf(r2, 'Nordavia'));
    expect(role(strike, 'ACTOR')).not.toContain(keyOf(r2, 'Nordavia'));
  });
});

describe('protests the sentence acts against', () => {
  it('are no act of its subject: "X resigned after a week of protests", but "resigned after protesting the decision" is', () => {
    const r = run('Prime Minister Ali Hassan resigned on Monday after a week of protests.');
    expect(ofType(r, 'PROTEST').length).toBeGreaterThan(0);
    for (const e of ofType(r, 'PROTEST')) expect(role(e, 'ACTOR')).toEqual([]);
    const own = run('Prime Minister Ali Hassan resigned after protesting the decision.');
    expect(role(ofType(own, 'PROTEST')[0], 'ACTOR')).toEqual([keyOf(own, 'Ali Hassan')]);
  });
});
