import { entityByAlias, keyOf, ofType, role, run } from './helpers';


describe('participants from English syntax', () => {
  it('takes a person before an apposition naming their post as the subject ("X, managing director of Y, denied")', () => {
    const r = run('Habibur Rahman Chowdhury, managing director of Ruposhi Navigation, denied that the ferry had been overloaded.');
    expect(role(ofType(r, 'REJECT')[0], 'ACTOR')).toEqual([keyOf(r, 'Habibur Rahman Chowdhury')]);
  });

  it('gives a coordinated predicate the subject of the sentence, not the object of the first verb', () => {
    const r = run('The European Union congratulated Kenya but urged Uganda to free the detained reporters.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'European Union')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Uganda')]);
  });

  it('takes "Mali and Burkina Faso" before an apposition ending in an acronym as the actors, and "the attack" as the armed group\'s', () => {
    const r = run('NIAMEY, Niger — Gunmen from the Islamic State Sahel Province attacked a hotel on Monday. Nigerien special forces stormed the hotel on Tuesday. '
      + 'Mali and Burkina Faso, Niger\'s partners in the Alliance of Sahel States (AES), condemned the attack.');
    const e = ofType(r, 'DISAPPROVE')[0];
    expect(role(e, 'ACTOR').sort()).toEqual([keyOf(r, 'Mali'), keyOf(r, 'Burkina Faso')].sort());
    expect(role(e, 'TARGET')).toEqual([keyOf(r, 'Islamic State Sahel Province')]);
  });

  it('reads a gapped clause ", and Turkey\'s navy a corvette" as the same act by its own subject', () => {
    const r = run("By midnight the Greek navy had sent a gunboat and a frigate to the area, and Turkey's navy a corvette from its base at Aksaz.");
    const actors = ofType(r, 'MOBILIZE').map((e) => role(e, 'ACTOR'));
    expect(actors).toEqual([['ORGANIZATION:greek navy'], ['ORGANIZATION:turkish navy']]);
    expect(ofType(run('Police arrested three men, and the army seized weapons.'), 'COERCE').length).toBeLessThanOrEqual(2);
  });

  it('keeps every conjunct of a list written "X, the Y, and the Z"', () => {
    const r = run('The World Bank, the IMF, and the UN condemned the coup.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'ACTOR').sort()).toEqual([keyOf(r, 'World Bank'), keyOf(r, 'IMF'), keyOf(r, 'UN')].sort());
  });

  it('keeps both conjoined subjects across "and also"', () => {
    const r = run('Canada and Norway welcomed Ghana and also urged Togo to reopen the border.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR').sort()).toEqual([keyOf(r, 'Canada'), keyOf(r, 'Norway')].sort());
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Togo')]);
  });

  it('continues a relative clause across "and": its antecedent acts, even after "from"', () => {
    const r = run('Peru fired a missile on Monday, drawing criticism from Chile and Bolivia, which staged joint drills hours later and asked for an emergency meeting of the Organization of American States.');
    const demand = ofType(r, 'DEMAND')[0];
    expect(role(demand, 'ACTOR').sort()).toEqual([keyOf(r, 'Chile'), keyOf(r, 'Bolivia')].sort());
    const drills = ofType(r, 'MOBILIZE').find((e) => e.summary.includes('drills'));
    expect(role(drills, 'ACTOR').sort()).toEqual([keyOf(r, 'Chile'), keyOf(r, 'Bolivia')].sort());
  });

  it('does not give a gerund coordinated under "accused X of" the accuser as actor', () => {
    const r = run('Ghana has accused Togo of harbouring rebels and smuggling weapons across the border.');
    for (const e of r.events.filter((x) => x.type !== 'DISAPPROVE')) expect(role(e, 'ACTOR')).not.toContain(keyOf(r, 'Ghana'));
  });

  it('takes the name inside a discontinuous trigger phrase as its target ("supplying X with drones")', () => {
    const r = run('Ghana accused Togo of supplying the Patriotic Front with drones.');
    const ev = ofType(r, 'AID')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Togo')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Patriotic Front')]);
  });

  it('does not take a name modifying the head of the phrase as its target ("imposed US tariffs")', () => {
    const r = run('Canada imposed US tariffs on steel last year.');
    expect(role(ofType(r, 'SANCTION')[0], 'TARGET')).not.toContain(keyOf(r, 'US'));
  });

  it('does not read "by" after a later participle as the agent of an active trigger', () => {
    const r = run('Chile had warned in a statement carried by Radio Andes that it would retaliate against Peru.');
    const ev = ofType(r, 'THREATEN')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Chile')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Peru')]);
  });

  it('finds the subject of a that-clause after a short adjunct ("warned on Monday that X would")', () => {
    const r = run('The minister warned on Monday that Chile would retaliate against Peru.');
    expect(role(ofType(r, 'THREATEN')[0], 'ACTOR')).toEqual([keyOf(r, 'Chile')]);
  });

  it('reads "asked X to VERB" as a demand on X, but not a source asking not to be named', () => {
    const r = run('Amnesty International asked Italy to reconsider the decision.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Amnesty International')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Italy')]);
    expect(ofType(run('A senior official, who asked not to be named, said the border would stay shut.'), 'DEMAND')).toEqual([]);
    expect(ofType(run('The spokesman asked reporters to leave the room.'), 'DEMAND')).toEqual([]);
  });

  it('reads "asked X to/for" with a long name and its acronym in the gap', () => {
    const r = run('Brazil asked the World Trade Organization (WTO) for consultations with South Africa.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Brazil')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'WTO')]);
  });

  it('reads "asked X for Y" as a demand on X', () => {
    const r = run('FIFA asked Brazil for a full report on the incidents.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'FIFA')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Brazil')]);
  });

  it('does not give a demand the target of another party\'s earlier demand', () => {
    const r = run('LIMA, Peru — The Red Cross asked Chile to open the border. The Socialist Party demanded a public inquiry into the deaths.');
    const party = ofType(r, 'DEMAND').find((e) => e.evidence.text.startsWith('The Socialist'));
    expect(role(party, 'TARGET')).not.toContain(keyOf(r, 'Chile'));
  });

  it('codes "<leader>\'s government" to the state the leader heads', () => {
    const r = run('MADRID — Rights groups urged Prime Minister Lucia Ferrer\'s government to review the asylum rules. Spain has rejected the criticism.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Spain')]);
    expect(role(ev, 'TARGET')).not.toContain(keyOf(r, 'Lucia Ferrer'));
  });

  it('does not code the object of a demanded action as an event of its own', () => {
    const r = run('Rights groups urged Greece to stop the deportations.');
    expect(ofType(r, 'DEMAND')).toHaveLength(1);
    expect(ofType(r, 'COERCE')).toEqual([]);
    expect(ofType(run('The opposition called on Brazil to impose new sanctions.'), 'SANCTION')).toEqual([]);
  });

  it('takes the possessed name, not its possessor, as the object ("broke with Smith\'s Unity Party")', () => {
    const r = run('The Labour Party broke with John Smith\'s Unity Party over the port lease.');
    const ev = ofType(r, 'REJECT')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Unity Party')]);
  });

  it('lets another verb trigger of the same event name the target ("summoned ..., accusing X of")', () => {
    const r = run('Peru summoned the ambassador on Monday, accusing the Chilean authorities of negligence.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Peru')]);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:CL']);
  });

  it('resolves "they" to an unnamed state agent that is the speaker ("Police said they had detained")', () => {
    const r = run('LIMA, Peru — Police said they had detained 14 people in Cusco on suspicion of fraud.');
    expect(role(ofType(r, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(r, 'Peru')]);
  });

  it('keeps two events of one type apart when coordinate clauses have their own subjects', () => {
    const r = run('Spain deployed troops to the border, and Italy deployed warships off Libya.');
    const actors = ofType(r, 'MOBILIZE').map((e) => role(e, 'ACTOR'));
    expect(actors).toEqual([[keyOf(r, 'Spain')], [keyOf(r, 'Italy')]]);
    // without a subject of its own, the second verb stays part of the first event
    expect(ofType(run('Spain deployed troops to the border and deployed warships off Libya.'), 'MOBILIZE')).toHaveLength(1);
  });
  it('reads "and another N in Y" after a passive verb as a second happening there (gapping)', () => {
    const r = run('LIMA, Peru — Police said 30 people were detained in Cusco and another 9 in Arequipa after the march.');
    const arrests = ofType(r, 'COERCE');
    expect(arrests).toHaveLength(2);
    expect(arrests.map((e) => e.locationKey)).toEqual([keyOf(r, 'Cusco'), keyOf(r, 'Arequipa')]);
    expect(arrests[1]?.count).toBe(9);
    for (const e of arrests) expect(role(e, 'ACTOR')).toEqual([keyOf(r, 'Peru')]);
    // no quantifier, no second place: one event
    expect(ofType(run('LIMA, Peru — 30 people were detained in Cusco and Arequipa.'), 'COERCE')).toHaveLength(1);
    expect(ofType(run('LIMA, Peru — 30 people were detained in Cusco and another 9 were injured.'), 'COERCE')).toHaveLength(1);
  });
  it('codes a reaction the main clause draws ("drawing condemnation from Y") against its subject', () => {
    const r = run('Peru tested a missile built by the Andes Corporation on Monday, drawing sharp criticism from Chile and Bolivia.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR').sort()).toEqual([keyOf(r, 'Chile'), keyOf(r, 'Bolivia')].sort());
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Peru')]);
    const expelled = run('Peru expelled the Ecuadorian ambassador on Monday, prompting criticism from Chile.');
    expect(role(ofType(expelled, 'DISAPPROVE')[0], 'TARGET')).toEqual([keyOf(expelled, 'Peru')]);
    // without a causing participle the nearest name before the noun stays the target
    const plain = run('After the vote, criticism of Peru from Chile grew.');
    expect(role(ofType(plain, 'DISAPPROVE')[0], 'TARGET')).not.toContain(keyOf(plain, 'Chile'));
  });
});

describe('clause boundaries, background clauses and reactions to non-trigger acts', () => {
  it('does not coordinate names across ", and <Name> <verb>"', () => {
    const r = run('Spain dispatched firefighters to Portugal, and Italy dispatched rescuers on Friday.');
    const aid = ofType(r, 'AID');
    const spain = aid.find((e) => role(e, 'ACTOR').includes(keyOf(r, 'Spain') ?? '-'));
    const italy = aid.find((e) => role(e, 'ACTOR').includes(keyOf(r, 'Italy') ?? '-'));
    expect(role(spain, 'TARGET')).not.toContain(keyOf(r, 'Italy'));
    expect(role(italy, 'ACTOR')).not.toContain(keyOf(r, 'Portugal'));
  });

  it('still coordinates a list that ends with an Oxford comma', () => {
    const r = run('Canada, Norway, and Sweden imposed sanctions on Iran.');
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR').sort()).toEqual([keyOf(r, 'Canada'), keyOf(r, 'Norway'), keyOf(r, 'Sweden')].sort());
  });

  it('reports no event from a background war noun and its "which erupted" clause', () => {
    const r = run('The war, which erupted in 2019 over a plan to merge the two militias, has displaced thousands of families.');
    expect(r.events.filter((e) => e.type === 'FIGHT' || e.type === 'COOPERATE')).toEqual([]);
  });

  it('"said it would appeal." rejects the decision of whoever penalised the appellant; "appealed for calm" is a demand', () => {
    const r = run('LONDON — The CMA fined Veltrix 12 million pounds on Monday. Veltrix said it would appeal. The Red Cross appealed for calm.');
    const reject = ofType(r, 'REJECT');
    expect(reject).toHaveLength(1);
    expect(role(reject[0], 'ACTOR')).toEqual([keyOf(r, 'Veltrix')]);
    expect(role(reject[0], 'TARGET')).toEqual([keyOf(r, 'CMA')]);
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR')).toEqual([keyOf(r, 'Red Cross')]);
  });

  it('"the company" is the one company the story is about, even among regulators\' acronyms', () => {
    const r = run('LONDON — The CMA fined Veltrix 12 million pounds on Monday. Veltrix said it would appeal. The FCA said Veltrix had not replied to its letters. '
      + 'The ICO said it had opened an investigation into whether the company shared data unlawfully.');
    const inquiry = ofType(r, 'INVESTIGATE')[0];
    expect(role(inquiry, 'ACTOR')).toEqual([keyOf(r, 'ICO')]);
    expect(role(inquiry, 'TARGET')).toEqual([keyOf(r, 'Veltrix')]);
  });

  it('a refusal with no target answers whoever last demanded something of the refuser ("said he would not resign")', () => {
    const r = run("COLOMBO — The opposition SJB demanded Amarasekera's resignation on Tuesday. Dilshan Amarasekera said he would not resign.");
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual([keyOf(r, 'SJB')]);
  });

  it('"denied any wrongdoing" targets the accuser', () => {
    const r = run('The Fanavaozana coalition accused President Andrianjafy of diverting public money. Andrianjafy, 54, denied any wrongdoing in a televised address.');
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual([keyOf(r, 'Fanavaozana')]);
  });

  it('"had treated 38 of them" is medical aid; "was treated as a suspect" is none', () => {
    const r = run('Medecins Sans Frontieres (MSF), which runs medical teams in Zuwara, said it had treated 38 of them, including six children.');
    expect(ofType(r, 'AID')).toHaveLength(1);
    expect(ofType(run('He was treated as a suspect by the police.'), 'AID')).toHaveLength(0);
  });

  it('"would send a ministerial mission to Antananarivo" is a visit to consult; a fact-finding mission is an inquiry', () => {
    const r = run('ANTANANARIVO — The assembly voted to impeach the president. The Southern African Development Community (SADC) said it would send a ministerial mission to Antananarivo next week.');
    const visit = ofType(r, 'CONSULT')[0];
    expect(role(visit, 'ACTOR')).toEqual([keyOf(r, 'SADC')]);
    expect(role(visit, 'TARGET')).toEqual(['LOCATION:country:MG']);
    expect(ofType(run('The UN will send a fact-finding mission to Goma.'), 'CONSULT')).toHaveLength(0);
  });

  it('"The presidential palace said it had released 250 million pesos" is the story\'s state acting', () => {
    const r = run('MANILA — Kanlaon erupted on Monday. The presidential palace said it had released 250 million pesos to the two provinces.');
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual(['LOCATION:country:PH']);
  });

  it('"Lagos authorities evicted" is the named Lagos State Government; "local government areas" are places', () => {
    const r = run('LAGOS, Nigeria — A court order barred the Lagos State Government from demolishing the settlement. '
      + 'In 2017, Lagos authorities evicted an estimated 30,000 people from Otodo-Gbame.');
    expect(role(r.events.find((e) => /2017/.test(e.evidence.text) && e.type === 'COERCE'), 'ACTOR')).toEqual([keyOf(r, 'Lagos State Government')]);
    const p = run('JOS, Nigeria — Plateau State Governor Istifanus Dabo imposed a 24-hour curfew on the Bokkos and Mangu local government areas.');
    expect(role(ofType(p, 'COERCE')[0], 'ACTOR')).toEqual([keyOf(p, 'Istifanus Dabo')]);
  });

  it('"was ready to provide military airlift" is the United States\' offer: "military" before a noun is no state agent, an infinitive no passive', () => {
    const r = run('MAPUTO — The cyclone hit Beira. The United States was ready to provide military airlift if Manila asked for it.');
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual(['LOCATION:country:US']);
    expect(role(ofType(run('MAPUTO — The cyclone hit Beira. The military seized the town.'), 'FIGHT')[0], 'ACTOR')).toEqual(['LOCATION:country:MZ']);
  });

  it('"would pay 100,000 taka to the family of each person killed" is aid, and "each person killed" no attack', () => {
    const r = run('DHAKA — The ferry capsized on the Meghna. The government would pay 100,000 taka to the family of each person killed, he said.');
    expect(ofType(r, 'AID')).toHaveLength(1);
    expect(ofType(r, 'ASSAULT')).toHaveLength(0);
    expect(ofType(run('Gunmen killed 12 people in the village.'), 'ASSAULT')).toHaveLength(1);
  });

  it('"government spokesman Désiré Mukendi" speaks for his state; rejecting his accusation targets the state', () => {
    const r = run('BUNIA, Congo — Militiamen killed 38 civilians. In Kinshasa, government spokesman Désiré Mukendi accused Rwanda of smuggling weapons to armed groups. '
      + 'Kigali rejected the accusation as "baseless".');
    expect(r.relations).toContainEqual(expect.objectContaining({
      subjectKey: keyOf(r, 'Désiré Mukendi'), predicate: 'SPOKESPERSON_FOR', objectKey: 'LOCATION:country:CD',
      evidence: expect.objectContaining({ text: 'government spokesman Désiré Mukendi' }),
    }));
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual(['LOCATION:country:CD']);
  });

  it('police acting on "six activists" just after a protest target its protesters', () => {
    const r = run('PORT LOUIS — Greenpeace Africa activists protested outside the convention centre on Friday morning. '
      + 'Police cut the chains of six activists and held them for several hours, a Mauritius Police Force spokesman said.');
    const coerce = ofType(r, 'COERCE')[0];
    expect(role(coerce, 'ACTOR')).toEqual([keyOf(r, 'Mauritius Police Force')]);
    expect(role(coerce, 'TARGET')).toEqual([keyOf(r, 'Greenpeace Africa')]);
  });

  it('a rally "outside the courthouse" is aimed at the court that ruled, not one named since', () => {
    const r = run('TUNIS — The Tunis Court of First Instance convicted journalist Amel Ben Romdhane on Monday. Her lawyer will appeal to the Tunis Court of Appeal. '
      + 'About 150 journalists, many of them SNJT members, rallied outside the courthouse on Monday evening.');
    expect(role(ofType(r, 'PROTEST')[0], 'TARGET')).toEqual([keyOf(r, 'Tunis Court of First Instance')]);
  });

  it('"a one-day strike called by the Joint Trade Union Front" is a noun, whose caller is its actor', () => {
    const r = run('COLOMBO — Teachers held a one-day strike called by the Joint Trade Union Front against planned tax increases.');
    expect(role(ofType(r, 'PROTEST')[0], 'ACTOR')).toEqual([keyOf(r, 'Joint Trade Union Front')]);
  });

  it('"detained the airline\'s maintenance manager, Hendra Wijaya" acts against the person and the airline; his crime stays his', () => {
    const r = run('Sinar Timur Airlines grounded its fleet. East Nusa Tenggara regional police detained the airline\'s maintenance manager, Hendra Wijaya, '
      + 'in Kupang on Wednesday on suspicion of falsifying the records.');
    const arrest = ofType(r, 'COERCE')[0];
    expect(role(arrest, 'TARGET').sort()).toEqual([keyOf(r, 'Hendra Wijaya'), keyOf(r, 'Sinar Timur Airlines')].sort());
    expect(role(ofType(r, 'CRIME')[0], 'ACTOR')).toEqual([keyOf(r, 'Hendra Wijaya')]);
  });

  it('\'"This judgment steals the votes of 3.4 million Malawians"\' criticises the court that ruled; "The law punishes theft" criticises no one', () => {
    const r = run('Malawi\'s Constitutional Court annulled the election on Tuesday. '
      + '"This judgment steals the votes of 3.4 million Malawians," party spokesman Chikumbutso Mhone told reporters in Blantyre.');
    const criticism = ofType(r, 'DISAPPROVE')[0];
    expect(role(criticism, 'ACTOR')).toEqual([keyOf(r, 'Chikumbutso Mhone')]);
    expect(role(criticism, 'TARGET')).toEqual([keyOf(r, 'Constitutional Court')]);
    expect(ofType(run('The law punishes theft.'), 'DISAPPROVE')).toHaveLength(0);
  });

  it('"considered the sanctions illegal", "regards as a clear breach" criticise as "called ... illegal" does; "considered the proposal" does not', () => {
    const r = run('The EU imposed new sanctions on Russia. Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow considered the sanctions illegal.');
    const criticism = ofType(r, 'DISAPPROVE')[0];
    expect(role(criticism, 'ACTOR')).toEqual(['LOCATION:country:RU']);
    expect(role(criticism, 'TARGET')).toEqual([keyOf(r, 'EU')]);
    expect(ofType(run('The ministry considered the proposal carefully.'), 'DISAPPROVE')).toHaveLength(0);
  });

  it('"welcomed the ruling as \'a testament to ... Malawi\'s judiciary\'" targets the court that ruled, not a name after the object', () => {
    const r = run('Mercy Kanyenda filed a petition challenging the result. Malawi\'s Constitutional Court on Tuesday annulled the result of the election. '
      + 'The United States, Britain and the European Union welcomed the ruling in a joint statement as "a testament to the independence of Malawi\'s judiciary".');
    expect(role(ofType(r, 'SUPPORT')[0], 'TARGET')).toEqual([keyOf(r, 'Constitutional Court')]);
  });

  it('"Spain\'s Minister for Digital Transformation, Lucía Barredo, said ... and called on" is the named minister speaking and demanding', () => {
    const r = run("MADRID — Spain's Minister for Digital Transformation, Lucía Barredo, said the government would follow the review closely "
      + 'and called on the companies to guarantee jobs.');
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR')).toEqual([keyOf(r, 'Lucía Barredo')]);
  });

  it('"a Lyon court sentenced" is the court of the city\'s state, as "a court in Lyon" is', () => {
    const r = run('LYON — The Lyon prosecutor\'s office opened an investigation, and a Lyon court on Saturday sentenced five Polish fans to prison.');
    const sentence = ofType(r, 'COERCE')[0];
    expect(role(sentence, 'ACTOR')).toEqual(['LOCATION:country:FR']);
  });

  it('a quote\'s "we" with a pronoun speaker after it (\'"We will challenge this decision," she said\') is the person the pronoun is', () => {
    const r = run('Horizon Monde director Catherine Lambrechts said the channel stood by its report. '
      + '"We will not stop covering Mali, and we will challenge this decision through every legal means available," she said in Brussels.');
    expect(role(ofType(r, 'REJECT')[0], 'ACTOR')).toEqual([keyOf(r, 'Catherine Lambrechts')]);
  });

  it('\'called the ruling "a dark day for Tunisian journalism"\' criticises the court that ruled, not a country named in the label', () => {
    const r = run('TUNIS — The Tunis Court of First Instance convicted Amel Ben Romdhane on Monday. Her lawyer said he would appeal to the Tunis Court of Appeal. '
      + 'The National Union of Tunisian Journalists (SNJT) called the ruling "a dark day for Tunisian journalism".');
    const criticism = ofType(r, 'DISAPPROVE').find((e) => /dark day/.test(e.evidence.text));
    expect(role(criticism, 'ACTOR')).toEqual([keyOf(r, 'SNJT')]);
    expect(role(criticism, 'TARGET')).toEqual([keyOf(r, 'Tunis Court of First Instance')]);
    const g = run('Greece called the Turkish move "a provocation". The party called the motion "revenge by those who lost at the ballot box".');
    expect(role(ofType(g, 'DISAPPROVE')[0], 'TARGET')).toEqual(['LOCATION:country:TR']);
    expect(ofType(g, 'DISAPPROVE')).toHaveLength(2);
  });

  it('bare "soldiers" and "troops" are the article\'s one named military, even named later; not "its 14,000 troops"', () => {
    const r = run('TARKWA, Ghana — Soldiers clashed with illegal gold miners near Prestea on Saturday, and troops set fire to 30 excavators, the military said. '
      + 'The Ghana Armed Forces (GAF) said its task force came under fire.');
    const gaf = keyOf(r, 'Ghana Armed Forces');
    const lead = r.events.filter((e) => /excavators/.test(e.evidence.text));
    expect(lead.length).toBeGreaterThan(0);
    expect([...new Set(lead.flatMap((e) => role(e, 'ACTOR')))]).toEqual([gaf]);
    const m = run('BANGUI — The Central African Armed Forces (FACA) took over the base. The government ordered MINUSCA out, giving its roughly 14,000 troops until May to leave.');
    expect(m.events.flatMap((e) => e.participants).map((p) => p.entityKey)).not.toContain(undefined);
    expect(m.events.filter((e) => /14,000 troops/.test(e.evidence.text)).flatMap((e) => role(e, 'ACTOR'))).not.toContain(keyOf(m, 'FACA'));
  });

  it('"they" and "its fighters" after a lead-in ("In a joint statement,", "In February 2025") refer back as at a sentence\'s start', () => {
    const r = run('The two largest Spanish unions, Comisiones Obreras (CCOO) and the General Union of Workers (UGT), said on Tuesday that the merger put 900 jobs at risk. '
      + 'In a joint statement, they demanded a meeting with management before the end of the month.');
    expect(role(ofType(r, 'DEMAND')[0], 'ACTOR').sort()).toEqual([keyOf(r, 'CCOO'), keyOf(r, 'UGT')].sort());
    const c = run('CODECO militiamen raided three villages in Djugu on Sunday. In February 2025 its fighters killed more than 50 people in attacks around Djaiba.');
    expect(c.events.filter((e) => /February 2025/.test(e.evidence.text)).flatMap((e) => role(e, 'ACTOR'))).toContain(keyOf(c, 'CODECO'));
  });

  it('a passive with a pronoun subject ("told the IOM that they had been rounded up") has no named patient before it', () => {
    const r = run('TUNIS — Survivors told the International Organization for Migration (IOM) that they had been rounded up in the olive groves around El Amra on Thursday.');
    expect(role(ofType(r, 'COERCE')[0], 'TARGET')).toEqual([]);
  });

  it('condemning "a cowardly and barbaric act" targets the culprit of the violence before, not a body in the subject\'s apposition', () => {
    const r = run('NIAMEY — Islamic State Sahel Province gunmen attacked a hotel in Niamey on Monday, killing two guards. Nigerien special forces stormed the hotel on Tuesday. '
      + 'Mali and Burkina Faso, Niger\'s partners in the Alliance of Sahel States (AES), condemned "a cowardly and barbaric act" in a joint communiqué.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toEqual([keyOf(r, 'Islamic State Sahel Province')]);
  });

  it('a verb coordinated after "were unharmed and" with an object of its own is active ("and thanked Nigerien forces")', () => {
    const r = run("Turkey's foreign ministry said its citizens were unharmed and thanked Nigerien forces. Three men were detained and questioned by police.");
    const thanks = ofType(r, 'SUPPORT')[0];
    expect(role(thanks, 'ACTOR')).toEqual([keyOf(r, 'foreign ministry')]);
    expect(role(thanks, 'TARGET')).toEqual(['LOCATION:country:NE']);
    // "were detained and questioned by police" stays passive: the men are questioned
    expect(role(ofType(r, 'INVESTIGATE')[0], 'ACTOR')).not.toContain(keyOf(r, 'foreign ministry'));
  });

  it('"the company" with no organization described so is the last-named one that is no public body, bloc or group', () => {
    const r = run('The Kenya Maritime Authority (KMA) on Wednesday suspended the licence of Seaview Line Agencies, the shipping agent that booked the container. '
      + 'The company denied any knowledge of the cargo.');
    expect(role(ofType(r, 'REJECT')[0], 'ACTOR')).toEqual([keyOf(r, 'Seaview Line Agencies')]);
    const g = run('Hackers stole data from Cabot Strait Ferries on Monday. A group calling itself Black Tern posted samples on Wednesday. '
      + 'The company was working with the Royal Canadian Mounted Police.');
    expect(role(ofType(g, 'COOPERATE')[0], 'ACTOR')).toEqual([keyOf(g, 'Cabot Strait Ferries')]);
  });

  it('a verb coordinated after "On Tuesday the department ordered ..., fined the company" shares the department as subject', () => {
    const r = run("A tank at Altay Huaxin Chemical's plant leaked. The Xinjiang Department of Ecology and Environment said the leak was contained. "
      + 'On Tuesday the department ordered the plant shut, fined the company 8.6 million yuan and opened an investigation into the leak.');
    const department = keyOf(r, 'Xinjiang Department of Ecology and Environment');
    expect(role(ofType(r, 'SANCTION')[0], 'TARGET')).toEqual([keyOf(r, 'Altay Huaxin Chemical')]);
    expect(role(ofType(r, 'INVESTIGATE')[0], 'ACTOR')).toEqual([department]);
  });

  it('a demonym with its forces ("Rwandan troops") is a conjunct of the body coordinated after it', () => {
    const r = run('Rwandan troops and the Armed Defence Forces of Mozambique (FADM) launched a joint counter-attack on Friday morning.');
    expect(role(ofType(r, 'FIGHT')[0], 'ACTOR').sort()).toEqual(['LOCATION:country:RW', keyOf(r, 'FADM')].sort());
  });

  it('a person "of" a state or body is who acts, not the state or body ("Foreign Minister Helena Aaltonen of Finland rejected")', () => {
    const r = run('Foreign Minister Helena Aaltonen of Finland rejected the accusation. '
      + "Judge Elena Challco Huamán of the Mixed Court of Cotabambas suspended the mine's environmental licence.");
    expect(role(ofType(r, 'REJECT')[0], 'ACTOR')).toEqual([keyOf(r, 'Helena Aaltonen')]);
    expect(role(ofType(r, 'SANCTION')[0], 'ACTOR')).toEqual([keyOf(r, 'Elena Challco Huamán')]);
  });

  it('"denied any wrongdoing" targets the accuser known only once the accusation is merged with the act it repeats', () => {
    // "Its sponsors" names no one; the accusation borrows its actor from the impeachment when events are merged
    const r = run("Madagascar's National Assembly voted on Wednesday to impeach President Tsiory Andrianjafy. "
      + 'Its sponsors accuse Andrianjafy of diverting public money. Andrianjafy denied any wrongdoing.');
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual([keyOf(r, 'National Assembly')]);
  });

  it('"welcomed the charges" targets who brought them, not the crime charged nor an earlier rejection of them', () => {
    const r = run('OSLO — Norwegian prosecutors on Wednesday charged Lars Berg, a former shipping executive, with aggravated corruption. '
      + 'His lawyer, Per Holm, said Berg rejected the charges. Transparency International welcomed the charges.');
    expect(role(ofType(r, 'SUPPORT')[0], 'TARGET')).toEqual(['LOCATION:country:NO']);
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual(['LOCATION:country:NO']);
  });

  it('reads "condemned the deliberate attack" and a quoted "a deliberate attack" as the attack, whose author is the target', () => {
    for (const text of ['Houthi forces struck a bulk carrier on Monday. The IMO condemned the deliberate attack on seafarers.',
      'Houthi forces struck a bulk carrier on Monday. The IMO condemned "a deliberate attack on seafarers".']) {
      const r = run(text);
      expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toEqual([keyOf(r, 'Houthi')]);
    }
  });

  it('gives "condemned the launch" the actor of the earlier launch as target', () => {
    const r = run('Iran launched a ballistic missile on Monday. Norway condemned the launch as reckless.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Norway')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Iran')]);
  });

  it('gives "welcomed the fine" and "said the duties were illegal" the penalty\'s author as target', () => {
    const r = run('The Data Protection Commission fined PulseMetric 40 million euros on Tuesday. The consumer group BEUC welcomed the fine.');
    expect(role(ofType(r, 'SUPPORT')[0], 'TARGET')).toEqual([keyOf(r, 'Data Protection Commission')]);
    const r2 = run('The U.S. Commerce Department imposed anti-dumping duties on Korean steel. Seoul said the duties were illegal.');
    expect(role(ofType(r2, 'DISAPPROVE')[0], 'TARGET')).toEqual([keyOf(r2, 'U.S. Commerce Department')]);
  });

  it('splits "X did A and Y did B" into two events, and takes Y for no target of A', () => {
    const r = run('Kenya expelled two Ugandan diplomats and Uganda closed its border with Kenya.');
    const evs = ofType(r, 'SANCTION');
    expect(evs.map((e) => role(e, 'ACTOR'))).toEqual([[keyOf(r, 'Kenya')], [keyOf(r, 'Uganda')]]);
    const r2 = run('France condemned the attack and Germany summoned the ambassador.');
    const france = ofType(r2, 'DISAPPROVE').find((e) => role(e, 'ACTOR').includes(keyOf(r2, 'France') as string));
    expect(role(france, 'TARGET')).not.toContain(keyOf(r2, 'Germany'));
    expect(ofType(r2, 'DISAPPROVE').some((e) => role(e, 'ACTOR').includes(keyOf(r2, 'Germany') as string))).toBe(true);
    // two agents of one state are still two acts
    const r3 = run('NAIROBI, Kenya — Police fired tear gas at protesters and soldiers arrested 40 people.');
    expect(ofType(r3, 'COERCE')).toHaveLength(2);
  });

  it('makes no new act of the speaker\'s from a definite act noun after a speech verb: "Uganda said the expulsion was regrettable"', () => {
    const r = run('Kenya expelled two Ugandan diplomats on Monday. Uganda said the expulsion was regrettable.');
    expect(r.events.filter((e) => role(e, 'ACTOR').includes(keyOf(r, 'Uganda') as string) && (e.type === 'COERCE' || e.type === 'SANCTION'))).toHaveLength(0);
    // a speaker's own act is still reported
    const r2 = run('Workers went on strike in Lagos on Monday, the Nigeria Labour Congress said. The Nigeria Labour Congress said the strike would continue.');
    expect(ofType(r2, 'PROTEST').length).toBeGreaterThan(0);
  });

  it('gives "condemned the move" the actor of the last event as target', () => {
    const r = run('Canada expelled two Russian diplomats on Monday. Moscow condemned the move.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Canada')]);
  });

  it('does not take a specific act noun for an event that does not report that act', () => {
    const r = run('Canada expelled two Russian diplomats on Monday. Moscow condemned the launch.');
    expect(role(ofType(r, 'DISAPPROVE')[0], 'TARGET')).toEqual([]);
  });

  it('reads "a move that X called unfair" as aimed at whoever made the move earlier in the sentence', () => {
    const r = run('Washington imposed tariffs of 50 percent on Indian goods on Wednesday, a move that Indian officials have called unfair.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Indian')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Washington')]);
  });

  it('reads "said the strike was illegal" as aimed at those who called the strike, several sentences back', () => {
    const r = run('The Ghana Federation of Labour called a general strike on Monday. Schools closed in Accra. Hospitals turned patients away. Markets were shut. Minister Kofi Asante said the strike was illegal.');
    const ev = ofType(r, 'DISAPPROVE').find((e) => e.evidence.text.startsWith('Minister'));
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Kofi Asante')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Ghana Federation of Labour')]);
  });

  it('reads "rejected the findings" as aimed at whoever made the accusation', () => {
    const r = run('Norway accused Russia of hacking its parliament. Moscow rejected the findings.');
    expect(role(ofType(r, 'REJECT')[0], 'TARGET')).toEqual([keyOf(r, 'Norway')]);
  });

  it('reads a missile fired under a hedge ("what appeared to be") as a weapons test by the one who fired it', () => {
    const r = run('North Korea fired what appeared to be an intercontinental ballistic missile into the sea on Friday, drawing condemnation from Japan.');
    expect(role(ofType(r, 'MOBILIZE')[0], 'ACTOR')).toEqual([keyOf(r, 'North Korea')]);
  });

  it('keeps two acts of one type apart when each verb has an actor of its own in another clause', () => {
    const r = run('Kenya deployed 400 police officers to Haiti in June, and on Tuesday the Jamaican army sent 200 soldiers to the border.');
    const acts = ofType(r, 'MOBILIZE');
    expect(acts.map((e) => role(e, 'ACTOR'))).toEqual([[keyOf(r, 'Kenya')], [keyOf(r, 'Jamaican Army')]]);
  });
});

describe('coordinated acts of one kind', () => {
  it('keeps "closed the borders and suspended all flights" as two acts of the same actor', () => {
    const r = run('The National Salvation Council closed the borders and suspended all flights on Sunday.');
    const acts = ofType(r, 'SANCTION');
    expect(acts).toHaveLength(2);
    for (const e of acts) expect(role(e, 'ACTOR')).toEqual([keyOf(r, 'National Salvation Council')]);
  });

  it('keeps "arrested and charged 14 people" as one act', () => {
    expect(ofType(run('Kenyan police arrested and charged 14 people on Sunday.'), 'COERCE')).toHaveLength(1);
  });

  it('keeps "was arrested on Tuesday and charged with ..." as two acts on the same person, "were arrested and charged" as one', () => {
    const r = run('The protests began after Moussa Diallo, a radio host, was arrested on Tuesday and charged with spreading false news.');
    const acts = ofType(r, 'COERCE');
    expect(acts).toHaveLength(2);
    for (const e of acts) expect(role(e, 'TARGET')).toEqual([keyOf(r, 'Moussa Diallo')]);
    expect(ofType(run('Moussa Diallo and Awa Ndiaye were arrested and charged with sedition on Tuesday.'), 'COERCE')).toHaveLength(1);
    expect(ofType(run('Moussa Diallo was arrested on Tuesday and detained at a police station in Dakar.'), 'COERCE')).toHaveLength(1);
  });
});

describe('targets inside the object and owners of things acted on', () => {
  it('takes the owner named inside a construction that spans its object ("activated the European Union\'s ... mechanism")', () => {
    const r = run('Portugal activated the European Union\'s civil protection mechanism on Tuesday.');
    const ev = ofType(r, 'DEMAND')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Portugal')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'European Union')]);
  });

  it('reads "his passport" after a completed act as the speaker\'s, who is then what it was done to', () => {
    const r = run('Opposition leader Mwila Kapembwa said police had seized his passport on Monday.');
    expect(role(ofType(r, 'COERCE')[0], 'TARGET')).toEqual([keyOf(r, 'Mwila Kapembwa')]);
  });

  it('does not take a body that only qualifies a person ("a Vexo Daily columnist") as the actor of a later act', () => {
    const r = run('Kenyan police raided the newsroom of the website Vexo Daily on Monday. Police also searched the home of a Vexo Daily columnist in Kisumu but made no arrest there.');
    const later = ofType(r, 'COERCE').filter((e) => e.evidence.text.startsWith('Police also'));
    expect(later).toHaveLength(1);
    expect(role(later[0], 'ACTOR')).not.toContain(keyOf(r, 'Vexo Daily'));
  });

  it('types a name after a kind of outlet as an organization even with a place word in it ("the website Plaza Abierta")', () => {
    const r = run('Police raided the offices of the news website Plaza Vieja on Monday.');
    expect(entityByAlias(r, 'Plaza Vieja')?.type).toBe('ORGANIZATION');
  });
});

describe('a reaction whose object names an earlier act', () => {
  it('aims "called the decision a coup" at whoever decided, not at a body named further on', () => {
    const r = run('The Electoral Commission of Zambia barred Mwila Kapembwa from the race on Sunday. Kapembwa called the decision "a coup against the ballot" and urged the Constitutional Court to act.');
    const ev = ofType(r, 'DISAPPROVE')[0];
    expect(role(ev, 'ACTOR')).toEqual([keyOf(r, 'Mwila Kapembwa')]);
    expect(role(ev, 'TARGET')).toEqual([keyOf(r, 'Electoral Commission of Zambia')]);
  });
});

describe('trigger phrases that end in "by"', () => {
  it('reads "was paid for by Gavi" with Gavi as the donor, not the recipient', () => {
    const r = run('About 540,000 doses arrived in Lilongwe on Monday. The shipment was paid for by Gavi, the Vaccine Alliance.');
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual([keyOf(r, 'Gavi, the Vaccine Alliance')]);
  });
});

describe('a charge denied in the same sentence', () => {
  it('aims "a charge Kigali denied" at the accuser', () => {
    const r = run('Kinshasa accused Rwanda of sending troops to back the rebels, a charge Kigali denied.');
    const ev = ofType(r, 'REJECT')[0];
    expect(role(ev, 'ACTOR')).toEqual(['LOCATION:country:RW']);
    expect(role(ev, 'TARGET')).toEqual(['LOCATION:country:CD']);
  });

  it('reads "MONUSCO said its peacekeepers had evacuated ..." as MONUSCO acting', () => {
    const r = run('MONUSCO said its peacekeepers had evacuated 200 aid workers from Sake.');
    expect(role(ofType(r, 'AID')[0], 'ACTOR')).toEqual([keyOf(r, 'MONUSCO')]);
  });
});

describe('acts in a condition', () => {
  it('keeps a charge and the conviction its condition speaks of apart', () => {
    const r = run('Prosecutors charged Juan Pérez on Wednesday with drug trafficking, which carries up to 26 years in prison if he is convicted.');
    const coerce = ofType(r, 'COERCE');
    expect(coerce).toHaveLength(2);
    expect(coerce.map((e) => e.modality).sort()).toEqual(['ASSERTED', 'HYPOTHETICAL']);
  });
});

describe('a response another act provokes', () => {
  it('is aimed at that act\'s author: "..., prompting Beijing to vow \'all necessary measures\' in response"', () => {
    const r = run("The United States will raise tariffs on Chinese electric vehicles to 100 percent from August, the White House said, prompting Beijing to vow 'all necessary measures' in response.");
    expect(role(ofType(r, 'THREATEN')[0], 'TARGET')).toEqual([keyOf(r, 'United States')]);
  });
});
