import { keyOf, ofType, role, run } from './helpers';

const types = (text: string) => run(text).events.map((e) => e.type).sort();

describe('inquiries into an act reported before', () => {
  it('takes the parties of the merger as the targets of "opened a review of the merger"', () => {
    const r = run('Torrenova Infraestructuras agreed on Monday to merge with Atlântica Comunicações. The competition authority CNMC opened a review of the merger on Tuesday.');
    const review = ofType(r, 'INVESTIGATE')[0];
    expect(role(review, 'TARGET').length).toBeGreaterThan(0);
    expect(role(review, 'TARGET').every((k) => [keyOf(r, 'Torrenova Infraestructuras'), keyOf(r, 'Atlântica Comunicações')].includes(k))).toBe(true);
  });
});

describe('expulsions from a body', () => {
  it('reads a party expelling its members as a sanction, and a state expelling migrants as coercion', () => {
    const r = run('ZANU-PF voted on Saturday to expel Tapiwa Marufu and eight others from the party. Tunisia expelled 200 migrants from the country.');
    expect(r.events.map((e) => e.type)).toEqual(['SANCTION', 'COERCE']);
  });
});

describe('fighting to be stopped', () => {
  it('reads no fight in "urged all parties to stop fighting" or "called for an end to the violence"', () => {
    const r = run('The envoy urged all parties to stop fighting. The UN called for an end to the violence.');
    expect(r.events.map((e) => e.type)).toEqual(['DEMAND', 'DEMAND']);
  });
});

describe('money handed to people', () => {
  it('reads "has given 25,000 taka to each bereaved family" as aid, and "gave a speech to the families" as none', () => {
    const r = run('The Chandpur district administration has given 25,000 taka to each bereaved family. The minister gave a speech to the families.');
    expect(r.events.map((e) => e.type)).toEqual(['AID']);
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual([keyOf(r, 'Chandpur district administration')]);
  });
});

describe('event readings of ambiguous triggers', () => {
  it('reads a labour strike as PROTEST, a military strike as FIGHT', () => {
    expect(types('Teachers unions began a nationwide strike over unpaid wages.')).toEqual(['PROTEST']);
    expect(types('Dock workers went on strike in the port city.')).toEqual(['PROTEST']);
    expect(types('Warplanes carried out a strike on an ammunition depot.')).toEqual(['FIGHT']);
  });

  it('reads cutting or scrapping a tariff as CONCEDE, imposing one as SANCTION', () => {
    expect(types('Canada will scrap its 15 percent tariff on imported bicycles.')).toEqual(['CONCEDE']);
    expect(types('Brazil imposed a tariff on imported steel.')).toEqual(['SANCTION']);
  });

  it('does not code a natural hazard\'s toll as violence, but still an attack on a flood-hit village', () => {
    expect(types('Pyroclastic flows swept through fields in Sag-ang, killing four farmers.')).toEqual([]);
    expect(types('A landslide buried the village on Monday, killing 20 people.')).toEqual([]);
    expect(types('Gunmen attacked a flood-hit village, killing five people.')).toContain('ASSAULT');
  });

  it('does not code weather or prices easing, nor aid workers, as events', () => {
    expect(types('Forecasters said the rain was easing over the weekend.')).toEqual([]);
    expect(types('Analysts said inflation eased in March.')).toEqual([]);
    expect(types('Aid workers said the camp was overcrowded.')).toEqual([]);
  });

  it('codes a finding of wrongdoing as DISAPPROVE of the one found at fault, and a finding of none as no criticism', () => {
    const r = run('The Data Protection Commission found that PulseMetric had violated the GDPR.');
    const finding = ofType(r, 'DISAPPROVE')[0];
    expect(finding?.participants).toEqual(expect.arrayContaining([
      { entityKey: keyOf(r, 'Data Protection Commission'), role: 'ACTOR' }, { entityKey: keyOf(r, 'PulseMetric'), role: 'TARGET' }]));
    expect(types('The Competition Commission concluded that Vuka Mobile abused its dominant position.')).toEqual(['DISAPPROVE']);
    expect(types('Investigators found that the pilots had followed procedures.')).toEqual([]);
  });

  it('targets the author of the act a reaction is about, past a preposition or a closing quote', () => {
    const r = run('The Data Protection Commission found that PulseMetric breached the law. PulseMetric said it "strongly disagrees" with the findings.');
    const rejection = ofType(r, 'REJECT')[0];
    expect(rejection?.participants).toEqual(expect.arrayContaining([{ entityKey: keyOf(r, 'Data Protection Commission'), role: 'TARGET' }]));
  });

  it('codes delivering relief goods as AID, and evacuation centres as no event', () => {
    expect(types('UNICEF delivered hygiene kits to families in La Carlota.')).toEqual(['AID']);
    expect(types('The agency distributed 38,000 family food packs.')).toEqual(['AID']);
    expect(types('The army delivered a warning to the rebels.')).not.toContain('AID');
    expect(types('About 46,300 people were staying in 61 evacuation centres.')).toEqual([]);
  });

  it('codes opening proceedings as INVESTIGATE, and a protest\'s square as no target', () => {
    const r = run('UEFA opened disciplinary proceedings against Lech Poznań on Friday.');
    expect(ofType(r, 'INVESTIGATE')[0]?.participants).toEqual(expect.arrayContaining([{ entityKey: keyOf(r, 'UEFA'), role: 'ACTOR' }]));
    const rally = run('About 300 members of Gones Unis rallied on Place Bellecour on Tuesday evening.');
    const protest = ofType(rally, 'PROTEST')[0];
    expect(protest?.participants.filter((p) => p.role === 'TARGET').map((p) => p.entityKey)).not.toContain(keyOf(rally, 'Place Bellecour'));
  });

  it('keeps a killing apart from violence told in a relative clause, but not from a strike it counts the dead of', () => {
    expect(types('Kenya Defence Forces soldiers killed eight al-Shabaab fighters who attacked a Kenyan police post in Lamu county.')).toEqual(['FIGHT', 'FIGHT']);
    expect(types('Drone strikes on a market killed 12 people.')).toEqual(['FIGHT']);
  });

  it('aims the reaction an act draws at the act\'s agent ("the arrest of X by Ugandan forces drew condemnation")', () => {
    const r = run('The arrest of opposition leader Daniel Kisekka by Ugandan security forces on Monday drew condemnation from the European Union.');
    expect(ofType(r, 'DISAPPROVE')[0]?.participants).toEqual(expect.arrayContaining([{ entityKey: keyOf(r, 'Ugandan'), role: 'TARGET' }]));
  });

  it('targets the state whose ground a capture takes', () => {
    const r = run('Russia\'s defence ministry said its forces had captured the village of Kurakhove in Ukraine\'s Donetsk region.');
    expect(ofType(r, 'FIGHT')[0]?.participants).toEqual(expect.arrayContaining([{ entityKey: keyOf(r, 'Ukraine'), role: 'TARGET' }]));
  });

  it('targets the state a withdrawal leaves', () => {
    const r = run('French troops completed their withdrawal from Chad on Friday.');
    expect(ofType(r, 'RETREAT')[0]?.participants).toEqual([{ entityKey: keyOf(r, 'French'), role: 'ACTOR' }, { entityKey: keyOf(r, 'Chad'), role: 'TARGET' }]);
    expect(ofType(run('The opposition candidate withdrew from the race.'), 'RETREAT')[0]?.participants ?? []).toEqual([]);
  });

  it('aims an act at the country of "a <demonym> <thing>" after "at"', () => {
    const r = run('Chinese coast guard vessels fired water cannon at a Philippine supply boat.');
    expect(ofType(r, 'COERCE')[0]?.participants).toEqual(expect.arrayContaining([{ entityKey: keyOf(r, 'Philippine'), role: 'TARGET' }]));
  });

  it('codes brokering as CONSULT (not "the broker") and standing in solidarity as SUPPORT', () => {
    expect(types('Oman brokered the exchange between Iran and Austria.')).toEqual(['CONSULT']);
    expect(types('The broker sold the shares.')).toEqual([]);
    expect(types('The EU said it stood in full solidarity with Denmark.')).toEqual(['SUPPORT']);
  });

  it('codes taking or paying bribes as CRIME, ordering a review as INVESTIGATE, and finding failings as DISAPPROVE', () => {
    expect(types('The agency charged a former minister with accepting bribes worth 12 million ringgit.')).toEqual(['COERCE', 'CRIME']);
    expect(types('Officials demanded bribes at the border.')).toEqual(['CRIME']);
    expect(types('The president ordered a review of all telecom licences.')).toEqual(['INVESTIGATE']);
    expect(types('FINMA found serious failings at Banque Lemanic.')).toEqual(['DISAPPROVE']);
    expect(types('Investigators found no failings.')).toEqual([]);
  });

  it('codes launching or staging exercises as MOBILIZE (not a school\'s exercises) and exhuming bodies as INVESTIGATE', () => {
    expect(types('The United States and the Philippines launched their largest-ever Balikatan exercises.')).toEqual(['MOBILIZE']);
    expect(types('The school held exercises for students.')).toEqual([]);
    expect(types('Kenyan police exhumed 40 more bodies from a forest in Kilifi county.')).toEqual(['INVESTIGATE']);
  });

  it('finds "placed <a whole noun phrase> under investigation" and targets the phrase\'s name', () => {
    const r = run('Italian prosecutors placed the shipping firm Tirrenia Nord under investigation on Thursday.');
    expect(ofType(r, 'INVESTIGATE')[0]?.participants).toEqual(expect.arrayContaining([{ entityKey: keyOf(r, 'Tirrenia Nord'), role: 'TARGET' }]));
    expect(types('Prosecutors placed the ship, the crew and the cargo, under guard.')).toEqual([]);
  });

  it('codes court rulings, orders and appeals', () => {
    expect(types('The Supreme Court ruled on Friday that the ministry acted unlawfully.')).toEqual(['DISAPPROVE']);
    expect(types('The court ordered the company to pay compensation.')).toEqual(['DEMAND']);
    expect(types('Relief agencies appealed for $20 million in emergency funds.')).toContain('DEMAND');
    expect(types('The minister said the walkout was illegal.')).toEqual(expect.arrayContaining(['DISAPPROVE']));
  });
});

describe('CAMEO-derived triggers beyond the first lexicon', () => {
  it.each([
    ['Prosecutors charged three former officials with fraud on Monday.', 'COERCE'],
    ['The court sentenced the former mayor to six years in prison.', 'COERCE'],
    ['The finance minister stepped down after the vote.', 'CONCEDE'],
    ['Rebels freed 40 hostages near the border.', 'CONCEDE'],
    ['North Korea test-fired two ballistic missiles into the sea.', 'MOBILIZE'],
    ['Lithuania recalled its ambassador from Beijing.', 'SANCTION'],
    ['Government troops ambushed a rebel convoy near Gao.', 'FIGHT'],
    ['The opposition slammed the budget as reckless.', 'DISAPPROVE'],
    ['The two governments held talks in Doha.', 'CONSULT'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('does not read a month or a fine day as an event', () => {
    expect(types('Exports rose in March.')).toEqual([]);
    expect(types('The weather was fine on Sunday.')).toEqual([]);
  });
});

describe('diplomatic protests and weapons tests', () => {
  it('reads a lodged protest as disapproval, a street protest as protest', () => {
    expect(types('Japan lodged a formal protest with the embassy.')).toEqual(['DISAPPROVE']);
    expect(types('Thousands joined a protest in the capital.')).toEqual(['PROTEST']);
  });

  it('reads a missile fired into the sea as a show of force, one fired at a city as an attack', () => {
    expect(types('North Korea fired a ballistic missile into the sea on Friday.')).toEqual(['MOBILIZE']);
    expect(types('Russian forces fired missiles at Kharkiv overnight.')).toEqual(['FIGHT']);
  });
});

describe('figures of speech that are no violence', () => {
  it('does not read money, diseases or struck-out charges as fighting', () => {
    expect(types('Britain pledged 2 million pounds on Monday.')).toEqual(['AID']);
    expect(types('The ministry sent teams to fight the outbreak in the north.')).not.toContain('FIGHT');
    expect(types('The defence asked for two of the charges to be struck out.')).not.toContain('FIGHT');
  });

  it('does not read violence words inside a long direct quote as events, but keeps a quoted demand', () => {
    expect(types('"We are fighting this disease on every beach and in every market," the minister said.')).toEqual([]);
    expect(types('"We demand that the government reverse the price rise at once," the union leader said.')).toContain('DEMAND');
  });
});

describe('readings that depend on the object', () => {
  it.each([
    ['Police shared intercepted messages with their counterparts.', 'FIGHT', false],
    ['Forecasters said the rain would ease on Friday, but warned that strong winds would return.', 'THREATEN', false],
    ['The government said it would release 25 million euros in emergency aid.', 'AID', true],
    ['Spain sent two Canadair water bombers to the fires.', 'AID', true],
  ])('%s → %s: %s', (text, type, present) => {
    expect((types(text) as string[]).includes(type)).toBe(present);
  });
});

describe('police work and publications', () => {
  it('reads raids and interceptions by police or coast guards as coercion, by armies as fighting', () => {
    expect(types('Anti-graft officers raided the ministry on Tuesday.')).toEqual(['COERCE']);
    expect(types('The coast guard intercepted two boats carrying migrants.')).toEqual(['COERCE']);
    expect(types('Air defences intercepted two drones over the capital.')).toEqual(['FIGHT']);
  });

  it('does not read a released statement or "targeted remedies" as events', () => {
    expect(types('The two governments released a joint statement.')).toEqual([]);
    expect(types('The company offered "targeted remedies" to regulators.')).not.toContain('FIGHT');
  });
});

describe('who acts decides the reading', () => {
  it.each([
    ['Gunmen attacked a convoy of aid trucks.', 'ASSAULT'],
    ['Protesters stormed the parliament building.', 'PROTEST'],
    ['Demonstrators clashed with police outside the ministry.', 'PROTEST'],
    ['The delegation walked out of the talks.', 'REJECT'],
    ['Dock workers walked out over pay.', 'PROTEST'],
    ['The junta banned all political parties.', 'COERCE'],
    ['The EU banned imports of Russian steel.', 'SANCTION'],
    ['Officials lifted the curfew on Tuesday.', 'CONCEDE'],
    ['The foreign ministry summoned the Russian ambassador.', 'DISAPPROVE'],
    ['Germany granted asylum to the dissident.', 'AID'],
    ['The military raised its alert level after the launch.', 'MOBILIZE'],
    ['Colombia and Venezuela restored diplomatic relations.', 'COOPERATE'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('constructions and their limits', () => {
  it('reads a label after the object as disapproval, and the label as no event of its own', () => {
    expect(types('The prime minister called the blockade an act of aggression.')).toEqual(['DISAPPROVE']);
    expect(types('The foreign minister called an emergency meeting of the cabinet.')).not.toContain('DISAPPROVE');
    expect(types('A group calling itself the Black Hand claimed the kidnapping.')).not.toContain('DISAPPROVE');
  });

  it('reads an order to leave as coercion, an order to pay a penalty as a sanction, an order to pay damages as a demand', () => {
    expect(types('The mayor ordered residents to leave the district by noon.')).toEqual(['COERCE']);
    expect(types('The tribunal ordered the bank to pay a fine of 5 million euros.')).toEqual(['SANCTION']);
    expect(types('The court ordered the company to pay compensation.')).toEqual(['DEMAND']);
    expect(types('The judge ordered the former mayor to surrender his passport.')).toEqual(['COERCE']);
  });

  it('does not read closures near a border, a passenger flight or a reply to a letter as events', () => {
    expect(types('Schools closed near the border after the storm.')).not.toContain('SANCTION');
    expect(types('The border will stay closed until Monday.')).not.toContain('SANCTION');
    expect(types('A passenger jet entered Spanish airspace at noon.')).toEqual([]);
    expect(types('The minister said the agency would respond to the letter in writing.')).toEqual([]);
  });

  it('reads a promise to act as that act, not as aid, unless it promises to give', () => {
    expect(types('The two sides pledged to halt the fighting.')).not.toContain('AID');
    expect(types('Japan pledged to send two relief flights.')).toContain('AID');
  });

  it('needs a named partner for "working with", and an active verb for hiding drugs', () => {
    expect(types('The nurses are working with children in the camp.')).toEqual([]);
    expect(types('Police found cocaine concealed in a shipment of bananas.')).not.toContain('CRIME');
    expect(types('The regime threatened to publish the files unless the company paid a ransom.')).not.toContain('CONCEDE');
  });
});

describe('trigger words that name a thing or set the scene, not a happening of the sentence', () => {
  it('drops a trigger noun that modifies the name of a thing ("cooperation pact", "assistance mission")', () => {
    expect(types('Ghana and Togo signed a border cooperation pact in Accra.')).toEqual(['AGREE']);
    expect(types('Vanuatu ordered the regional assistance mission to leave by March.')).not.toContain('AID');
  });

  it('drops an agreement already in force ("under the treaty", "violating the accord")', () => {
    expect(types('Peru returned the fugitive to Chile under a bilateral treaty.')).not.toContain('AGREE');
    expect(types('Armenia accused Azerbaijan of violating the 2020 ceasefire accord.')).toEqual(['DISAPPROVE']);
    expect(types('Armenia and Azerbaijan signed an accord in Tbilisi.')).toEqual(['AGREE']);
  });

  it('drops an unowned war named as background, keeps one that names who wages it', () => {
    expect(types('The bank has not yet paid the loan it promised Sudan after the war.')).not.toContain('FIGHT');
    expect(types('She covered the Balkan conflicts for a news agency.')).toEqual([]);
    expect(types('The EU imposed sanctions on Russia over its war in Ukraine.')).toContain('FIGHT');
  });

  it('drops a possessor, a protest given as a reason, and what an investigation looks into', () => {
    expect(types('The alliance\'s secretary general arrived in Riga.')).toEqual([]);
    expect(types('Ramallah suspended security coordination with Israel in protest at the demolitions.')).not.toContain('PROTEST');
    expect(types('Prosecutors opened an investigation into illegal campaign donations.')).toEqual(['INVESTIGATE']);
  });

  it('reads a company\'s orders and "met with a response" as no demand and no meeting', () => {
    expect(types('Shares in the shipbuilder rose after it reported record quarterly orders.')).toEqual([]);
    expect(types('Eritrea warned that any incursion would be met with a decisive response.')).not.toContain('CONSULT');
  });

  it('reads a rally an attack struck and the purpose of a protest as parts of the attack or protest', () => {
    expect(types('A suicide bomber killed 15 people at a political rally in Bajaur.')).toEqual(['ASSAULT']);
    expect(types('Protesters blocked roads in Antananarivo to denounce power cuts.')).toEqual(['PROTEST']);
  });
});

describe('coercion, rescue and manoeuvres worded without the usual verbs', () => {
  it('reads breaking up a gathering as coercion, and a passive one as the police\'s when the article names its force', () => {
    expect(types('Riot police broke up the opposition rally in Kitwe.')).toEqual(['COERCE']);
    const r = run('The Zambia Police Service deployed officers on Monday. A smaller gathering in Matero was broken up, witnesses said.');
    const broken = r.events.find((e) => e.evidence.text.includes('broken up'));
    expect(broken?.type).toBe('COERCE');
    expect(broken?.participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey)).toEqual([r.entities.find((e) => e.name === 'Zambia Police Service')?.key]);
  });

  it('reads pulling survivors from rubble or water as rescue, and stripping citizenship as coercion', () => {
    expect(types('Rescuers pulled 12 survivors from the rubble near Dhaka.')).toEqual(['AID']);
    expect(types('More than 200 prisoners were stripped of their citizenship.')).toEqual(['COERCE']);
  });

  it('reads joint or military exercises as a show of force', () => {
    expect(types('The United States and the Philippines launched joint exercises in the South China Sea.')).toEqual(['MOBILIZE']);
  });
});

describe('more readings from news of crime, business and disasters', () => {
  it('reads a warning strike as a strike, and a warning about nature as no threat', () => {
    expect(types('Workers at the plant downed tools in a warning strike called by the union.')).not.toContain('THREATEN');
    expect(types('The agency appealed for funds, warning that the monsoon would bring further hardship.')).not.toContain('THREATEN');
  });

  it('reads students occupying buildings as a protest and a raid that makes arrests as policing', () => {
    expect(types('Students occupied faculty buildings in Belgrade for a third week.')).toEqual(['PROTEST']);
    expect(types('Security forces raided the party headquarters in Kampala, arresting 26 workers.')).not.toContain('FIGHT');
  });

  it('reads being denied bail as coercion and pulling people alive from rubble as rescue', () => {
    expect(types('The publisher was denied bail again on Thursday.')).toEqual(['COERCE']);
    expect(types('Rescuers pulled 14 people alive from collapsed buildings in Jindires.')).toEqual(['AID']);
  });
});

describe('policing a march, stoppages and a body\'s own-language name', () => {
  it('reads police blocking a march as coercion and a stoppage as a strike, but not stoppage time', () => {
    expect(types('Police blocked the march with riot shields.')).toEqual(['COERCE']);
    // a blockade of a stretch of road is a protest; police barring the gates of a building hold a crowd back
    expect(types('Hundreds of comuneros have blocked a 40-kilometre stretch of the mining corridor since Feb. 8.')).toEqual(['PROTEST']);
    expect(types('Police blocked the gates of the parliament with barricades.')).toEqual(['COERCE']);
    expect(types('Hungary blocked the sanctions package.')).toEqual(['REJECT']);
  });

  it('reads police surrounding a home as coercion, not "surrounded by supporters" or "the surrounding villages"', () => {
    const r = run('Kapembwa, whose home in Lusaka was surrounded by police overnight, spoke on Monday.');
    expect(ofType(r, 'COERCE')).toHaveLength(1);
    expect(types('He was surrounded by supporters.')).toEqual([]);
    expect(types('Troops shelled the surrounding villages.')).toEqual(['FIGHT']);
  });

  it('reads a points deduction as a sanction on the club it is taken from, also in the passive', () => {
    const r = run('The federation deducted 12 points from Royal Excelsior Fleurus on Friday.');
    expect(role(ofType(r, 'SANCTION')[0], 'TARGET')).toEqual([keyOf(r, 'Royal Excelsior Fleurus')]);
    const p = run('Juventus were docked 15 points.');
    expect(role(ofType(p, 'SANCTION')[0], 'TARGET')).toEqual([keyOf(p, 'Juventus')]);
    expect(role(ofType(p, 'SANCTION')[0], 'ACTOR')).toEqual([]);
  });

  it('reads impeaching a president as disapproval by the chamber', () => {
    const r = run("Madagascar's National Assembly voted on Wednesday to impeach President Tsiory Andrianjafy.");
    const e = ofType(r, 'DISAPPROVE')[0];
    expect(role(e, 'ACTOR')).toEqual([keyOf(r, 'National Assembly')]);
    expect(role(e, 'TARGET')).toEqual([keyOf(r, 'Tsiory Andrianjafy')]);
  });

  it('reads "frozen chicken" as food, not an asset freeze, and keeps frozen assets', () => {
    const r = run('Brazil imposed tariffs on South African wine on Wednesday, retaliating against anti-dumping duties that Pretoria placed on Brazilian frozen chicken last month and deepening a quarrel between two members of the BRICS group.');
    const duties = ofType(r, 'SANCTION').find((e) => role(e, 'ACTOR').includes(keyOf(r, 'Pretoria') as string));
    expect(role(duties, 'TARGET')).toEqual([keyOf(r, 'Brazil')]);
    expect(types('The EU froze the assets of 12 officials.')).toEqual(['SANCTION']);
    expect(types('His assets were frozen by the Treasury.')).toEqual(['SANCTION']);
  });

  it('reads grounding a fleet as a sanction on its owner, not on the maker that qualifies it', () => {
    const r = run('Indonesia grounded the ATR fleet of Sinar Timur Airlines on Monday.');
    const e = ofType(r, 'SANCTION')[0];
    expect(role(e, 'ACTOR')).toEqual([keyOf(r, 'Indonesia')]);
    expect(role(e, 'TARGET')).toEqual([keyOf(r, 'Sinar Timur Airlines')]);
    expect(types('The plane ran aground near the airport.')).toEqual([]);
    expect(types('The miners called a one-day stoppage across the pits.')).toEqual(['PROTEST']);
    expect(types('Galatasaray scored in stoppage time.')).toEqual([]);
  });

  it('reads a body\'s bracketed name in its own language as another name of it, not a person', () => {
    const r = run('Police detained 11 people, the Independent Miners\' Union (Bağımsız Maden-İş) said. The union accused the government of ignoring its complaints.');
    expect(r.entities.filter((e) => e.type === 'PERSON')).toHaveLength(0);
    const union = r.entities.find((e) => e.name === 'Independent Miners\' Union');
    expect(union?.aliases).toContain('Bağımsız Maden-İş');
    expect(r.events.find((e) => e.type === 'DISAPPROVE')?.participants.find((p) => p.role === 'ACTOR')?.entityKey).toBe(union?.key);
  });
});

describe('taking back and taking to court', () => {
  it('reads withdrawing a threat or a bill and dropping a demand as concessions, troops withdrawing as a retreat', () => {
    expect(types('Vietnam withdrew its threat to stop buying Lao power.')).toEqual(['CONCEDE']);
    expect(types('The government withdrew a finance bill that would have raised taxes.')).toEqual(['CONCEDE']);
    expect(types('The unions dropped their demand for a pay rise.')).toEqual(['CONCEDE']);
    expect(types('French troops withdrew from Mali.')).toEqual(['RETREAT']);
  });

  it('reads taking a state to court as disapproval', () => {
    expect(types('Cambodia could take Laos to the International Court of Justice.')).toEqual(['DISAPPROVE']);
  });
});

describe('violence against civilians, pushbacks and accidents', () => {
  it('reads an attack on civilians as unconventional violence, an attack on positions as combat', () => {
    expect(types('Gunmen killed 14 worshippers in Ondo state in the latest attack on Christians in the region.')).toEqual(['ASSAULT']);
    expect(types('Russian forces launched an attack on Ukrainian positions.')).toEqual(['FIGHT']);
  });

  it('reads police beating migrants and forcing them back across a border as violence and coercion, not a sports result', () => {
    expect(types('Croatian police beat migrants and forced them back across the border into Bosnia.')).toEqual(['ASSAULT', 'COERCE']);
    expect(types('Barcelona beat Real Madrid 3-1 on Sunday.')).toEqual([]);
  });

  it('reads the toll of a sinking or a crash as no attack', () => {
    expect(types('A fishing boat sank off Pylos in June, killing hundreds of migrants.')).toEqual([]);
    expect(types('A bus crashed into a ravine in northern Peru, killing 23 passengers.')).toEqual([]);
  });
});

describe('surrender to justice', () => {
  it('reads a person\'s surrender approved by a court as coercion, a force\'s own surrender as a retreat', () => {
    expect(types('A Brussels court approved his surrender to the International Criminal Court on Thursday.')).toEqual(['COERCE']);
    expect(types('The rebels announced their surrender on Monday.')).toEqual(['RETREAT']);
  });
});

describe('modality across a coordination', () => {
  it('does not carry a denial over "and" to the next verb ("denied the charges and threatened to retaliate")', () => {
    const r = run('The group denied the charges and threatened to retaliate against the police.');
    expect(r.events.find((e) => e.type === 'THREATEN')?.modality).toBe('ASSERTED');
    expect(run('The ministry did not arrest the editor.').events.find((e) => e.type === 'COERCE')?.modality).toBe('NEGATED');
  });
});

describe('more labels of disapproval', () => {
  it('reads calling something a coup, a stunt or protectionist as disapproval', () => {
    expect(types('Justice Minister Avi Dror called the ruling a coup.')).toEqual(['DISAPPROVE']);
    expect(types('The ruling party called the challenge a political stunt.')).toEqual(['DISAPPROVE']);
    expect(types('Beijing called the tariffs protectionist.')).toContain('DISAPPROVE');
  });
});

describe('verb triggers whose word after a determiner is a thing', () => {
  it('reads "the jail" as a place, not an act of jailing', () => {
    const r = run('Guards left the jail unwatched for two nights.');
    expect(r.events.filter((e) => e.type === 'COERCE')).toHaveLength(0);
  });
});

describe('police taking people back', () => {
  it('reads "Police recaptured 19 of them" as policing, and "recaptured the town of X" as combat', () => {
    expect(run('Forty-six inmates broke out of the prison on Sunday. Police recaptured 19 of them by Tuesday.').events.map((e) => e.type)).toContain('COERCE');
    expect(run('Ukrainian troops recaptured the town of Kupiansk on Monday.').events.map((e) => e.type)).toContain('FIGHT');
  });
});

describe('refusals worded as a negated acceptance or negotiation', () => {
  it.each([
    'The federation would not accept a programme dictated from abroad, its leader said.',
    'The state will not negotiate with terrorists, spokesman Réginald Lafontant said.',
    'The government spokesman, Fidèle Kotto-Yangana, said the deadline would not be extended by a single day.',
  ])('%s → an asserted REJECT', (text) => {
    const rejects = run(text).events.filter((e) => e.type === 'REJECT');
    expect(rejects).toHaveLength(1);
    expect(rejects[0]?.modality).toBe('ASSERTED');
  });
});

describe('cyber attacks and killings with blades', () => {
  it.each([
    ['A ransomware attack shut down the booking systems of Cabot Strait Ferries on Monday.', 'CRIME'],
    ['A cyberattack on the parliament was traced to Russian military hackers.', 'CRIME'],
    ['The reporter was hacked to death by a gang near his home on Monday.', 'ASSAULT'],
    ['Gunmen hacked the reporter to death on Monday.', 'ASSAULT'],
  ])('%s → %s', (text, type) => {
    const types = run(text).events.map((e) => e.type);
    expect(types).toContain(type);
    expect(types).not.toContain('FIGHT');
  });
});

describe('craft, shootings and envoys', () => {
  it('reads a passive "was shot" as an assault on its subject, and no other "shot" as one', () => {
    const r = run('The nurse, Marie-Ange Joseph, was shot in the leg on Sunday.');
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(ev?.participants).toContainEqual(expect.objectContaining({ role: 'TARGET' }));
    expect(run('Alcaraz hit a drop shot at the net. He shot a video of the crowd.').events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });

  it('reads "rammed" as an assault, and "patrol" naming a boat as no deployment', () => {
    const types = run('A Mauritanian patrol boat rammed the pirogue on Monday.').events.map((e) => e.type);
    expect(types).toContain('ASSAULT');
    expect(types).not.toContain('MOBILIZE');
  });

  it('reads sending a patrol vessel as a deployment and a mediation team as a consultation', () => {
    expect(run("Senegal's navy sent a patrol vessel to the waters off Saint-Louis on Tuesday.").events.map((e) => e.type)).toContain('MOBILIZE');
    const types = run('ECOWAS said it would send a mediation team to the capital on Wednesday.').events.map((e) => e.type);
    expect(types).toContain('CONSULT');
    expect(types).not.toContain('AID');
  });
});

describe('judgements worded around quotes', () => {
  it('reads a scare-quoted word inside a phrase ("was \\"alarmed\\" by the arrests") as the phrase', () => {
    const r = run('The UN human rights office said it was "alarmed" by the arrests.');
    expect(r.events.map((e) => e.type)).toContain('DISAPPROVE');
  });

  it('reads "described the raid as \\"a grave assault on political freedom\\"" as criticism', () => {
    expect(run('The Law Association of Zambia described the raid as "a grave assault on political freedom".').events.map((e) => e.type)).toContain('DISAPPROVE');
  });

  it('takes a definite act noun that is the subject of a judgement as the act judged, not a new act', () => {
    const r = run('Police raided the PF offices. The United States said in a statement that the raid "raises serious questions about the credibility of the vote".');
    const types = r.events.map((e) => e.type);
    expect(types).not.toContain('FIGHT');
    expect(ofType(r, 'DISAPPROVE')[0]?.participants).toContainEqual({ entityKey: keyOf(r, 'United States'), role: 'ACTOR' });
  });
});

describe('announced funding', () => {
  it('reads "is expected to announce funding" as future aid by its subject', () => {
    const r = run('The United Kingdom pledged 2 million pounds on Monday, and the European Union is expected to announce funding later this week.');
    const eu = ofType(r, 'AID').find((e) => e.participants.some((p) => p.role === 'ACTOR' && p.entityKey === keyOf(r, 'European Union')));
    expect(eu?.modality).toBe('FUTURE');
  });
});

describe('refusing recognition and dissolving bodies', () => {
  it('reads "would not recognise the results" as a rejection', () => {
    const r = run("The EU's foreign policy chief, Elena Varga, said the bloc would not recognise the results of Georgia's disputed election.");
    expect(r.events.map((e) => e.type)).toContain('REJECT');
    expect(r.events.map((e) => e.type)).not.toContain('SUPPORT');
  });

  it('reads dissolving a body as coercion, and nothing else dissolved', () => {
    expect(run("Guinea's junta dissolved the electoral commission late on Monday.").events.map((e) => e.type)).toContain('COERCE');
    expect(run('The sugar dissolved in the water.').events).toEqual([]);
  });
});

describe('passive killings worded as phrases', () => {
  it('makes the subject of "was shot dead" the target, not the actor', () => {
    const r = run('Maria Nava, a candidate for mayor, was shot dead at a campaign rally on Wednesday.');
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(ev?.participants).toEqual([{ entityKey: keyOf(r, 'Maria Nava'), role: 'TARGET' }]);
  });
});

describe('courts, congresses and water cannon', () => {
  it.each([
    ['Chinese coast guard vessels fired water cannon at a Philippine supply boat on Saturday.', 'COERCE'],
    ['Former minister Rosa Quispe pleaded guilty on Wednesday to accepting bribes.', 'CONCEDE'],
    ['Rosli Hamzah pleaded not guilty on Thursday to four charges.', 'REJECT'],
  ])('%s → %s', (text, type) => {
    expect(run(text).events.map((e) => e.type)).toContain(type);
  });

  it('reads "Peru\'s Congress" as Peru\'s body, not the United States Congress, and the person removed as the target', () => {
    const r = run("LIMA — Peru's Congress voted to remove President Elena Quispe from office early on Friday.");
    expect(r.entities.map((e) => e.name)).not.toContain('United States Congress');
    const ev = ofType(r, 'SANCTION')[0];
    expect(ev?.participants).toContainEqual({ entityKey: keyOf(r, 'Elena Quispe'), role: 'TARGET' });
  });

  it('takes the person found guilty as the target', () => {
    const r = run('A jury in Houston found Kevin Doyle guilty of manipulating fuel prices.');
    expect(ofType(r, 'COERCE')[0]?.participants).toContainEqual({ entityKey: keyOf(r, 'Kevin Doyle'), role: 'TARGET' });
  });
});

describe('aid worded as deposits, resettlement, debt relief and teams', () => {
  it.each([
    'Japan dispatched a 70-member search-and-rescue team with sniffer dogs to Morocco on Sunday.',
    'Saudi Arabia deposited 3 billion dollars with the State Bank of Pakistan on Monday.',
    'Canada said it would resettle 10,000 Sudanese refugees from camps in Chad.',
    'The Paris Club agreed on Thursday to suspend debt payments from Malawi until 2027.',
  ])('%s → AID', (text) => {
    expect(run(text).events.map((e) => e.type)).toContain('AID');
  });
});

describe('demands and threats stated as what must or will happen to someone', () => {
  const actorOf = (r: ReturnType<typeof run>, type: string) => ofType(r, type)[0]?.participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey);

  it('reads "must be brought to justice" and "be held accountable" as the speaker\'s demand', () => {
    const r = run('Rights lawyer Amara Diallo said those responsible must be brought to justice.');
    expect(actorOf(r, 'DEMAND')).toEqual([keyOf(r, 'Amara Diallo')]);
    expect(types('The governor said the killers of the teacher would be held accountable.')).toContain('DEMAND');
  });

  it('codes a demand or threat inside a quote to the speaker named after it ("...," said X)', () => {
    const demand = run('"Those who fired on the crowd must be brought to justice," said Amara Diallo, a rights lawyer.');
    expect(actorOf(demand, 'DEMAND')).toEqual([keyOf(demand, 'Amara Diallo')]);
    const threat = run('"The enemy will be hunted down wherever he hides," said Captain Joseph Mbala, the army\'s spokesman.');
    expect(actorOf(threat, 'THREATEN')).toEqual([keyOf(threat, 'Joseph Mbala')]);
    const refusal = run('"We reject this ruling and we will appeal," said Pita Lumbu.');
    expect(actorOf(refusal, 'REJECT')).toEqual([keyOf(refusal, 'Pita Lumbu')]);
  });

  it('does not make a speaker named after a quote the doer of an act the quote reports', () => {
    const r = run('"This is the most ambitious agreement Mexico has signed in Asia," said Luis Cárdenas, a deputy minister.');
    expect(r.events.flatMap((e) => e.participants).some((p) => p.entityKey === keyOf(r, 'Luis Cárdenas') && p.role === 'ACTOR')).toBe(false);
  });
});

describe('encounters at sea and raised concerns', () => {
  it('reads cutting across a ship\'s bow as coercion by the state of the ship, and raising concerns as disapproval', () => {
    const r = run('A Chinese destroyer cut across the bow of the U.S. destroyer USS Chung-Hoon in the strait.');
    expect(ofType(r, 'COERCE')[0]?.participants).toEqual(expect.arrayContaining([{ entityKey: keyOf(r, 'Chinese'), role: 'ACTOR' }]));
    expect(types('Canberra had raised its concerns with Chinese officials.')).toEqual(['DISAPPROVE']);
  });
});

describe('reactions to a court\'s ruling', () => {
  it('targets the court a welcomed or appealed ruling is from', () => {
    const r = run('The Constitutional Court annulled the election on Tuesday. The United States and the European Union welcomed the ruling in a joint statement.');
    expect(ofType(r, 'SUPPORT')[0]?.participants).toContainEqual({ entityKey: keyOf(r, 'Constitutional Court'), role: 'TARGET' });
  });

  it('reads "called the ruling a victory" and "described the deal as a milestone" as approval', () => {
    expect(types('The opposition leader called the ruling a victory for democracy.')).toContain('SUPPORT');
    expect(types('The minister described the deal as a milestone.')).toContain('SUPPORT');
  });
});

describe('threats made by vowing violence or firing warning shots', () => {
  it('reads "vowed to keep targeting ships" and "vowed to step up attacks" as threats, not violence', () => {
    expect(types('The rebels vowed to step up attacks on the capital.')).toEqual(['THREATEN']);
    expect(types('The militia vowed to keep targeting ships linked to Israel.')).toEqual(['THREATEN']);
    expect(types('The government pledged to keep supporting farmers.')).not.toContain('THREATEN');
  });

  it('reads warning shots at a ship as a threat by whoever fires them', () => {
    const r = run('A Libyan coast guard vessel fired warning shots at a Sea-Watch rescue ship on Saturday.');
    expect(r.events.map((e) => e.type)).toEqual(['THREATEN']);
    expect(ofType(r, 'THREATEN')[0]?.participants).toContainEqual({ entityKey: keyOf(r, 'Libyan coast guard'), role: 'ACTOR' });
  });
});

describe('searches of premises', () => {
  it('reads searching a body\'s offices or plant as coercion aimed at its owner, and a search for survivors as none', () => {
    const r = run('Officers of the Department of Special Investigation searched Siam Volt Mobility\'s assembly plant on Monday.');
    expect(ofType(r, 'COERCE')[0]?.participants).toEqual(expect.arrayContaining([
      { entityKey: keyOf(r, 'Department of Special Investigation'), role: 'ACTOR' }, { entityKey: keyOf(r, 'Siam Volt Mobility'), role: 'TARGET' }]));
    expect(types('Police searched the home of opposition leader Hakainde Hichilema.')).toEqual(['COERCE']);
    expect(types('Rescuers searched for survivors in the rubble.')).toEqual([]);
  });
});

describe('refusals to resign, forces sent in the passive, legitimate targets', () => {
  it('reads refusing to resign as REJECT, not a negated concession', () => {
    expect(types('Finance Minister Dilshan Amarasekera said he would not resign.')).toEqual(['REJECT']);
    expect(types('The minister refused to resign on Monday.')).toEqual(['REJECT']);
  });

  it('reads "a battalion would be sent to X" as MOBILIZE by the force\'s owner', () => {
    const r = run('A further UPDF battalion would be sent to Djugu from its base in Arua.');
    expect(ofType(r, 'MOBILIZE')[0]?.participants).toContainEqual({ entityKey: keyOf(r, 'UPDF'), role: 'ACTOR' });
  });

  it('reads declaring ships "legitimate targets" as a threat', () => {
    expect(types('The militia said ships trading with Israel would remain legitimate targets.')).toContain('THREATEN');
  });
});

describe('holding people', () => {
  it('reads holding people for hours or without charge as detention, and holding talks or rallies as what they are', () => {
    expect(types('Security forces are holding 14 activists without charge.')).toEqual(['COERCE']);
    expect(types('Police cut the chains of six activists and held them for several hours.')).toContain('COERCE');
    expect(types('The two sides held talks for several hours.')).toEqual(['CONSULT']);
  });
});

describe('a summons to protest', () => {
  it('reads "summoned China\'s ambassador to protest over the incident" as one diplomatic protest, no street protest', () => {
    expect(types('Ottawa summoned China\'s ambassador on Wednesday evening to protest over the incident.')).toEqual(['DISAPPROVE']);
  });
});

describe('appeals against a ruling', () => {
  it('targets the court whose ruling is appealed, not the court appealed to', () => {
    const r = run('Malawi\'s Constitutional Court annulled the result on Tuesday. The DPP said it would appeal to the Supreme Court of Appeal.');
    const appeal = ofType(r, 'REJECT').find((e) => e.evidence.text.startsWith('The DPP'));
    expect(appeal?.participants).toEqual(expect.arrayContaining([
      { entityKey: keyOf(r, 'DPP'), role: 'ACTOR' }, { entityKey: keyOf(r, 'Constitutional Court'), role: 'TARGET' }]));
    expect(role(appeal, 'TARGET')).toHaveLength(1);
  });
});

describe('barring a body from an institution, promising retaliation', () => {
  it('reads barring from a summit or tenders as SANCTION and barring a person from leaving as COERCE', () => {
    expect(types('ASEAN barred Myanmar\'s junta from its summit in Vientiane on Tuesday.')).toEqual(['SANCTION']);
    expect(types('The ministry barred Havbro Marine from new public tenders for two years.')).toEqual(['SANCTION']);
    expect(types('The court barred him from leaving the country.')).toEqual(['COERCE']);
  });

  it('reads promising retaliation or warning of countermeasures as a threat', () => {
    expect(types('Moscow promised retaliation on Wednesday.')).toEqual(['THREATEN']);
    expect(types('Moscow accused the alliance of provocations and warned of countermeasures.')).toContain('THREATEN');
  });
});

describe('court challenges and phone calls', () => {
  it('reads challenging a decision in court as REJECT and telephoning as CONSULT', () => {
    expect(types('The party said it would challenge the classification in court.')).toEqual(['REJECT']);
    expect(types('Malaysia\'s foreign minister, Amir Hashim, telephoned both commanders.')).toEqual(['CONSULT']);
  });
});

describe('craft sent to watch', () => {
  it('reads aircraft and ships sent to monitor or intercept as MOBILIZE, and aircraft sent with relief as AID', () => {
    expect(types('Taiwan sent its own aircraft and ships to monitor them, it said.')).toEqual(['MOBILIZE']);
    expect(types('Japan sent aircraft with food and tents to the island.')).toEqual(['AID']);
  });
});

describe('gatherings to demand, called-off strikes, red notices, necessary measures', () => {
  it('reads a gathering to demand something as a protest and a gathering for a briefing as none', () => {
    expect(types('Several thousand people gathered in the main square on Saturday to demand the resignation of the prime minister.')).toEqual(['PROTEST']);
    expect(types('Reporters gathered at the ministry for the briefing.')).toEqual([]);
  });

  it('reads calling off strikes as a concession, a red notice as a demand, vowing all necessary measures as a threat', () => {
    expect(types('The union confederation SAK called off a series of political strikes on Friday.')).toEqual(['CONCEDE']);
    expect(types('The match was called off.')).toEqual([]);
    expect(types('Interpol issued a red notice for Dmitri Volkov.')).toEqual(['DEMAND']);
    expect(types('Beijing vowed all necessary measures in response.')).toEqual(['THREATEN']);
  });
});

describe('twelfth-session readings', () => {
  it('"dissolved the federation\'s executive committee" is coercion of a body even past a possessor and a modifier', () => {
    const r = run("Sports Minister Abakar Djibrine dissolved the FTFA's executive committee by decree.");
    expect(ofType(r, 'COERCE')).toHaveLength(1);
  });

  it('"did not respond to a request for comment" is no demand', () => {
    const r = run('The interior ministry did not respond to a request for comment. Officials did not respond to requests for comment.');
    expect(r.events).toHaveLength(0);
  });

  it('"it" after a speaker set off by a relative clause is the speaker ("X, which has policed Plateau since 2010, said it had deployed")', () => {
    const r = run('JOS, Nigeria — The Plateau State Police Command said it had arrested 27 suspects. The military\'s Operation Safe Haven, which has policed Plateau since 2010, said it had deployed an additional battalion to Bokkos.');
    expect(role(ofType(r, 'MOBILIZE')[0], 'ACTOR')).toEqual([keyOf(r, 'Operation Safe Haven')]);
  });
});

describe('state bodies that speak of custody, and pushbacks', () => {
  it('"Libya\'s Department for Combating Illegal Migration said the survivors would be moved to a detention centre": the department acts, not Libya', () => {
    const r = run("TUNIS — Libya's Department for Combating Illegal Migration said the survivors would be moved to a detention centre in Tripoli on Wednesday.");
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Department for Combating Illegal Migration')]);
  });

  it('custody with no agent, reported by a state body, is that body\'s', () => {
    const r = run("Libya's Department for Combating Illegal Migration said 40 migrants were detained in Zuwara on Monday.");
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Department for Combating Illegal Migration')]);
  });

  it('"pushed a group of around 200 people across the frontier" is an expulsion (COERCE)', () => {
    const r = run('At least nine migrants have died after Tunisian security forces pushed a group of around 200 people across the frontier, officials said.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Tunisian')]);
  });
});

describe('labels', () => {
  it('"called the ruling "a political show"" is disapproval by the speaker', () => {
    const r = run('Jairo Zambrano was flown out. His lawyer, Marcela Ortiz, called the ruling "a political show".');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Marcela Ortiz')]);
  });
});

describe('an unnamed head of state', () => {
  it('"the president condemned the killings", with no president named, is the story\'s state; the quoted object is no new event', () => {
    const r = run('NIAMEY, Niger — The president condemned the "senseless and barbaric" killings.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Niger')]);
    expect(ofType(r, 'ASSAULT')).toHaveLength(0);
  });

  it('a president the article names is that person, not the state', () => {
    const r = run('NIAMEY, Niger — President Abdourahamane Tiani visited Agadez. The president condemned the killings.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Abdourahamane Tiani')]);
  });
});

describe('a settlement people live in', () => {
  it('"a Fulani settlement near Panyam", "the waterfront settlement" are places; "reached a settlement" is an agreement', () => {
    expect(ofType(run('Armed youths attacked a Fulani settlement near Panyam, killing nine herders.'), 'AGREE')).toHaveLength(0);
    expect(ofType(run('Bulldozers flattened most of the Ago-Tomori waterfront settlement on Monday.'), 'AGREE')).toHaveLength(0);
    expect(ofType(run('The two sides reached a settlement in the dispute.'), 'AGREE')).toHaveLength(1);
  });
});

describe('compensation announced', () => {
  it('"announced compensation of 400,000 rupees for the families" is aid by whoever announced it', () => {
    const r = run('PATNA, India — Chief Minister Awadhesh Narayan Singh announced compensation of 400,000 rupees for the families of each of the dead.');
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual([keyOf(r, 'Awadhesh Narayan Singh')]);
  });
});

describe('twelfth-session phrases', () => {
  it.each([
    ['Several said guards beat them with batons before ordering them to walk east.', 'ASSAULT'],
    ['DPP supporters burned tyres and blocked roads in Blantyre on Tuesday.', 'PROTEST'],
    ['NATO encouraged Greece and Turkey to resolve the matter through dialogue.', 'DEMAND'],
    ['Oman and Iran will lodge formal objections to the cut within 120 days.', 'REJECT'],
    ['MSF teams in Ouanaminthe have treated 230 deportees since January.', 'AID'],
    ['The Emergency Situations Ministry has been trucking drinking water to Buran.', 'AID'],
    ['Three police officers were hurt by stones thrown by youths.', 'ASSAULT'],
  ])('%s → %s', (text, type) => {
    expect(ofType(run(text), type as never).length).toBeGreaterThan(0);
  });
});

describe('binding orders', () => {
  it('"ordered PulseMetric to delete the records", "ordered bookmakers to stop taking bets" are coercion; "ordered X to explain" stays a demand', () => {
    expect(ofType(run('The Data Protection Commission ordered PulseMetric to delete health records collected from users under 16.'), 'COERCE')).toHaveLength(1);
    expect(ofType(run("Belgium's Gaming Commission ordered licensed bookmakers to stop taking bets on Fleurus matches."), 'COERCE')).toHaveLength(1);
    const explain = run('The court ordered the ministry to explain the delay.');
    expect(ofType(explain, 'COERCE')).toHaveLength(0);
    expect(ofType(explain, 'DEMAND')).toHaveLength(1);
  });
});

describe('common news phrasings (lexicon, twelfth session)', () => {
  it.each([
    ['Warplanes struck rebel positions near the town on Sunday.', 'FIGHT'],
    ['The two countries established diplomatic relations in 1992.', 'COOPERATE'],
    ['Protesters took to the streets of the capital on Friday.', 'PROTEST'],
    ['The minister threw his support behind the plan.', 'SUPPORT'],
    ['The president stepped aside on Monday.', 'CONCEDE'],
    ['Investigators interviewed dozens of witnesses.', 'INVESTIGATE'],
  ])('%s → %s', (text, type) => {
    expect(ofType(run(text), type as never).length).toBeGreaterThan(0);
  });

  it('"lodged a protest with China over the seizure of a boat" keeps the seizure as an event of its own', () => {
    const r = run('Vietnam lodged a protest with China over the seizure of a Vietnamese fishing boat near the Paracel Islands.');
    expect(ofType(r, 'DISAPPROVE')).toHaveLength(1);
    expect(ofType(r, 'COERCE')).toHaveLength(1);
  });
});

describe('finance and advances', () => {
  it('"Norway\'s sovereign wealth fund reported a return" is no aid; "Israeli forces pushed deeper into the buffer zone" is force; "police will help train Fijian officers" is cooperation', () => {
    expect(ofType(run("Norway's sovereign wealth fund reported a first-half return of 7.2 percent."), 'AID')).toHaveLength(0);
    expect(ofType(run('Israeli forces pushed deeper into the buffer zone on Sunday.'), 'FIGHT')).toHaveLength(1);
    expect(ofType(run('Fiji and Australia signed a pact under which Australian police will help train Fijian officers.'), 'COOPERATE').length).toBeGreaterThan(0);
  });
});

describe('relief cargo and transmitters', () => {
  it('"a plane carrying 12 tonnes of food" is aid; "switched off its FM transmitters" is coercion', () => {
    expect(ofType(run('A Brazilian Air Force plane carrying 12 tonnes of food, medicine and tents landed in Port-au-Prince on Saturday.'), 'AID')).toHaveLength(1);
    expect(ofType(run('Mali\'s junta accused RFI of false reports. On Wednesday it switched off its FM transmitters in Bamako.'), 'COERCE')).toHaveLength(1);
  });
});

describe('warnings of nature and accidents\' tolls', () => {
  it('"no tsunami warning was issued" threatens no one; "the collapse of a canopy that killed 15" is no assault; a bombing that killed is', () => {
    expect(run('A magnitude 6.8 earthquake struck off Hokkaido on Tuesday, but no tsunami warning was issued.').events).toHaveLength(0);
    expect(ofType(run('Students blame officials for the collapse of a railway station canopy in Novi Sad that killed 15 people.'), 'ASSAULT')).toHaveLength(0);
    expect(ofType(run('Militants claimed the bomb explosion at the market that killed 15 people.'), 'ASSAULT').length).toBeGreaterThan(0);
  });
});

describe('demolitions', () => {
  it('reads razing and bulldozing as coercion, and a settlement torn down as no agreement', () => {
    expect(types('Bulldozers razed the Ago-Tomori community on Tuesday.')).toEqual(['COERCE']);
    expect(types('Police flattened most of the settlement.')).toEqual([]);
  });
});

describe('an order to raise readiness', () => {
  it('is the orderer\'s mobilization, not a demand: "ordered army units near the boundary to raise their combat readiness"', () => {
    const r = run('BELGRADE — Defence Minister Nenad Ilic ordered army units near the boundary to raise their combat readiness, his ministry said.');
    expect(r.events.map((e) => e.type)).toEqual(['MOBILIZE']);
    expect(role(ofType(r, 'MOBILIZE')[0], 'ACTOR')).toEqual([keyOf(r, 'Nenad Ilic')]);
  });
});

describe('a name of wrongdoing in quoted words', () => {
  it('is criticism: \'"These are terrorists, trained and armed by Belgrade," the minister said\', but not a storm "is a disaster"', () => {
    const r = run('"These are terrorists, trained and armed by Belgrade," Interior Minister Dren Morina told reporters in Pristina.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Dren Morina')]);
    expect(types('The storm "is a disaster for farmers," the minister said.')).toEqual([]);
  });

  it('is criticism in a quote that opened in the sentence before: \'"These are not protesters. These are terrorists," the minister said\'', () => {
    const r = run('Police fired tear gas at marchers in Lima on Monday. "These are not protesters. These are terrorists," Interior Minister Juan Santiváñez said.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Juan Santiváñez')]);
    // (unquoted, the same words state no one's criticism)
    expect(types('Police fired tear gas at marchers in Lima on Monday. These are terrorists, trained abroad.')).not.toContain('DISAPPROVE');
  });
});

describe('a reported act judged by a name of wrongdoing', () => {
  it('is the speaker\'s criticism: \'RSF said the sentence was "a punishment for doing the job of a journalist"\'', () => {
    const r = run('TUNIS — A court sentenced journalist Amel Ben Romdhane to two years. Reporters Without Borders said the sentence was "a punishment for doing the job of a journalist".');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR')).toEqual([keyOf(r, 'Reporters Without Borders')]);
  });
});

describe('concern voiced with words between', () => {
  it('is criticism: \'expressed "serious concern" over the incident\', "voiced grave concern"', () => {
    expect(types('Japan\'s foreign ministry expressed "serious concern" over the incident.')).toEqual(['DISAPPROVE']);
    expect(types('The UN voiced grave concern about the arrests.')).toEqual(['DISAPPROVE']);
  });
});

describe('an act word naming someone\'s beat', () => {
  it('is no event: "a former war correspondent who covered the Balkan conflicts"', () => {
    expect(types('Maria Chen, a former war correspondent who covered the Balkan conflicts for Reuters, has been appointed editor of the daily Ming Sun.')).toEqual([]);
  });
});

describe('"backed by" after a noun', () => {
  it('is no act of support but a standing one: "Bulldozers backed by armed police", "the M23 rebels, backed by Rwanda"', () => {
    expect(types('NAIROBI — Bulldozers backed by armed police demolished about 400 homes in Mukuru on Monday.')).not.toContain('SUPPORT');
    const r = run('The M23 rebels, backed by Rwanda, seized Goma in January.');
    expect(r.events.map((e) => e.type)).not.toContain('SUPPORT');
    expect(r.relations).toContainEqual(expect.objectContaining({ predicate: 'SUPPORTS', subjectKey: 'LOCATION:country:RW', objectKey: keyOf(r, 'M23') }));
    // a finite verb or a passive with its auxiliary stays an act
    expect(types('Russia backed the proposal on Monday.')).toContain('SUPPORT');
    expect(types('The motion was backed by 117 deputies.')).toContain('SUPPORT');
  });
});
