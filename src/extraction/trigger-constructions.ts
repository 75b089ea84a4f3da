/**
 * Trigger constructions: verb patterns of the CAMEO codebook whose reading depends on more than
 * one word in a way the lexicon's fixed phrases cannot say (a label after the object, a manner
 * adverbial, a class of objects). triggers.ts tries them before the lexicon at each word.
 */
import type { PloverType } from './types';
import type { RawMention } from './mention-detection';
import type { Token } from './tokens';
import { isCurrency } from './currencies';

/*
 * Constructions: verb patterns of the CAMEO codebook whose reading depends on more than one
 * word in a way the lexicon's fixed phrases cannot say (a label after the object, a manner
 * adverbial, a class of objects), tried before the lexicon at each word.
 */

export interface Built {
  type: PloverType;
  lemma: string;
  last: number;
  /** Token range of a predicate label that is no event of its own. */
  label?: [number, number];
}

const PREPOSITIONS = new Set(['of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'near', 'along', 'across', 'over', 'into', 'off', 'through', 'under', 'after', 'before', 'during']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const CLAUSE_BREAK = /^[.;:!?—–]$/;
/** Straight and curly double quotes. */
export const QUOTE_MARKS = new Set(['"', '“', '”']);

/** The first token k in (i, i + reach] whose lower form is in `heads`, with only plain words (no preposition, no clause break) between. */
function headAfter(tokens: Token[], i: number, reach: number, heads: Set<string>, allowQuotes = false): number {
  // a hyphenated compound counts as one word: "a 70-member search-and-rescue team"
  let words = 0;
  for (let k = i + 1; words < reach && k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    if (heads.has(t.lower)) return k;
    if (t.text === '-' || (allowQuotes && QUOTE_MARKS.has(t.text))) continue;
    if (!t.isWord || PREPOSITIONS.has(t.lower)) return -1;
    if (tokens[k - 1]?.text !== '-') words += 1;
  }
  return -1;
}

// "called the flights a hybrid attack", "branded the vote a sham", "described the move as a provocation" (CAMEO 111, criticise)
const LABEL_VERBS = new Set(['call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'brand', 'brands', 'branded', 'branding',
  'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'term', 'terms', 'termed', 'dub', 'dubs', 'dubbed',
  // "Moscow considered the sanctions illegal", "which it regards as a clear breach", "deemed the vote unconstitutional"
  'consider', 'considers', 'considered', 'regard', 'regards', 'regarded', 'deem', 'deems', 'deemed']);
/** Particles after "call" that make it another verb: "call for", "called on", "called off", "called in". */
const CALL_PARTICLES = new Set(['for', 'on', 'off', 'in', 'up', 'back', 'out', 'itself', 'themselves', 'himself', 'herself']);
const NEGATIVE_LABELS = new Set(['attack', 'attacks', 'aggression', 'provocation', 'provocations', 'violation', 'violations', 'breach', 'sham', 'farce', 'travesty',
  'insult', 'affront', 'disgrace', 'outrage', 'scandal', 'betrayal', 'crime', 'crimes', 'mistake', 'blunder', 'threat', 'lie', 'lies', 'fabrication',
  'slander', 'smear', 'hoax', 'interference', 'meddling', 'intimidation', 'blackmail', 'terrorism', 'propaganda', 'disaster', 'fiasco', 'witch',
  'coup', 'stunt', 'charade', 'circus', 'sabotage', 'persecution', 'vendetta', 'ploy', 'injustice', 'spectacle', 'abuse', 'massacre', 'genocide', 'theft',
  // "a grave assault on political freedom", "a blow to democracy", "a mockery of justice"
  'assault', 'blow', 'setback', 'mockery', 'escalation', 'humiliation', 'hostage',
  // called the ruling "a political show": staged for effect
  'show', 'theatre', 'theater', 'masquerade', 'pantomime', 'joke',
  // "called the operation "piracy dressed up as law enforcement""
  'piracy', 'banditry', 'robbery', 'kidnapping', 'extortion', 'hypocrisy', 'nonsense', 'lawlessness', 'barbarism', 'hooliganism', 'vandalism', 'harassment',
  // "a punishment for doing the job", "revenge by those who lost", "a blackout on the war"
  'punishment', 'revenge', 'retaliation', 'reprisal', 'censorship', 'blackout', 'repression', 'purge', 'grab',
  // 'called the gunmen "terrorists, trained and armed by Belgrade"': people called by a name of wrongdoers
  'terrorists', 'terrorist', 'criminals', 'thugs', 'bandits', 'mercenaries', 'puppets', 'puppet', 'traitors', 'traitor', 'murderers', 'killers',
  'extremists', 'hooligans', 'liars', 'warmongers', 'occupiers', 'invaders', 'gangsters', 'pirates']);
const NEGATIVE_QUALITIES = new Set(['unfriendly', 'hostile', 'illegal', 'unlawful', 'unacceptable', 'unfair', 'unjust', 'unjustified', 'unjustifiable',
  'outrageous', 'shameful', 'irresponsible', 'reckless', 'absurd', 'baseless', 'groundless', 'provocative', 'destabilising', 'destabilizing', 'cowardly',
  'barbaric', 'heinous', 'disgraceful', 'deplorable', 'unreasonable', 'arbitrary', 'discriminatory', 'unprovoked', 'criminal',
  'counterproductive', 'illegitimate', 'unconstitutional', 'undemocratic', 'hypocritical', 'misguided', 'regrettable', 'inappropriate', 'unwarranted',
  'protectionist', 'biased', 'flawed', 'rigged', 'fraudulent', 'politicised', 'politicized', 'dangerous', 'unilateral', 'racist', 'repressive', 'draconian',
  'excessive', 'disproportionate', 'inhumane', 'cruel', 'brutal', 'inhuman', 'callous', 'heartless', 'appalling', 'horrific', 'shocking', 'senseless',
  'ruthless', 'vicious', 'savage', 'irrational', 'scandalous', 'despicable', 'abhorrent', 'intolerable', 'insulting',
  // "a dark day for Tunisian journalism", "a sad day", "a black day for democracy"
  'dark', 'sad', 'black', 'tragic', 'grim']);

/** Labels of approval: "called the ruling a victory for democracy", "described the deal as a milestone". */
const POSITIVE_LABELS = new Set(['victory', 'triumph', 'milestone', 'breakthrough', 'vindication', 'testament', 'landmark', 'win']);

function label(tokens: Token[], i: number): Built | null {
  const verb = (tokens[i] as Token).lower;
  if (/^call/.test(verb) && CALL_PARTICLES.has(tokens[i + 1]?.lower ?? '')) return null;
  for (let k = i + 1; k < tokens.length && k <= i + 10; k += 1) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.test(t.text) || /^(?:and|but|while|because|after|said|says)$/.test(t.lower)) return null;
    // "called the outage unacceptable": a bare adjective predicate
    if (NEGATIVE_QUALITIES.has(t.lower) && k > i + 1 && tokens[k - 1]?.lower !== 'not') return { type: 'DISAPPROVE', lemma: 'call', last: i, label: [k, k] };
    // "called the operation "piracy dressed up as ..."": a quoted label with no article
    if (QUOTE_MARKS.has(t.text) && k > i + 2 && (NEGATIVE_LABELS.has(tokens[k + 1]?.lower ?? '') || NEGATIVE_QUALITIES.has(tokens[k + 1]?.lower ?? ''))) {
      return { type: 'DISAPPROVE', lemma: 'call', last: i, label: [k + 1, k + 1] };
    }
    // "a hybrid attack", "an unfriendly act", "as a provocation": the label's article, after the object or after "as"
    const article = /^(?:a|an)$/.test(t.lower) && (k > i + 1 || tokens[k - 1]?.lower === 'as');
    if (!article) continue;
    for (let m = k + 1; m < tokens.length && m <= k + 5; m += 1) {
      const w = tokens[m] as Token;
      if (w.text === '-' || QUOTE_MARKS.has(w.text)) continue;
      // "an act of aggression", "an act of war"
      if (w.lower === 'of' && /^acts?$/.test(tokens[m - 1]?.lower ?? '')) continue;
      if (!w.isWord || PREPOSITIONS.has(w.lower)) break;
      if (NEGATIVE_LABELS.has(w.lower) || NEGATIVE_QUALITIES.has(w.lower) || (w.lower === 'war' && tokens[m - 1]?.lower === 'of')) {
        let end = m;
        while (tokens[end + 1]?.isWord && !PREPOSITIONS.has((tokens[end + 1] as Token).lower) && end < m + 2) end += 1;
        return { type: 'DISAPPROVE', lemma: 'call', last: i, label: [k, end] };
      }
      if (POSITIVE_LABELS.has(w.lower)) return { type: 'SUPPORT', lemma: 'call', last: i, label: [k, m] };
    }
  }
  return null;
}

// "said it would respond in kind", "will respond in a mirror manner", "is ready to retaliate" (CAMEO 13, threaten)
const RESPONSE_MANNER = new Set(['kind', 'mirror', 'reciprocal', 'reciprocally', 'symmetrical', 'symmetrically', 'proportionate', 'proportionately', 'firmly',
  'decisively', 'forcefully', 'harshly', 'resolutely', 'firm', 'decisive', 'forceful', 'harsh', 'resolute', 'tough', 'countermeasures', 'force', 'retaliatory']);

function response(tokens: Token[], i: number): Built | null {
  const prev = tokens[i - 1]?.lower ?? '';
  if (!/^(?:would|will|'ll|to|shall)$/.test(prev)) return null;
  if ((tokens[i] as Token).lower === 'retaliate') return { type: 'THREATEN', lemma: 'retaliate', last: i };
  for (let k = i + 1; k < tokens.length && k <= i + 7; k += 1) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.test(t.text) || t.text === ',') return null;
    if (RESPONSE_MANNER.has(t.lower)) return { type: 'THREATEN', lemma: 'respond', last: i };
    // "said it would respond to any further Israeli strikes": answering force with force
    if (tokens[i + 1]?.lower === 'to' && HOSTILE_ACTS.has(t.lower)) return { type: 'THREATEN', lemma: 'respond', last: i };
  }
  return null;
}

/** Acts a promised response answers in kind: "would respond to any attack", "will respond to provocations". */
const HOSTILE_ACTS = new Set(['attack', 'attacks', 'strike', 'strikes', 'aggression', 'provocation', 'provocations', 'incursion', 'incursions',
  'violation', 'violations', 'escalation', 'shelling', 'raids', 'raid', 'airstrikes']);

// "closed its border crossings", "the crossings will close to freight traffic" (CAMEO 1724 restrict movement; coded SANCTION with COERCE)
const CLOSE_VERBS = new Set(['close', 'closes', 'closed', 'closing', 'shut', 'shuts', 'shutting', 'seal', 'seals', 'sealed', 'sealing']);
const FRONTIERS = new Set(['border', 'borders', 'crossing', 'crossings', 'frontier', 'frontiers', 'airspace']);
const AUXILIARIES = new Set(['will', 'would', 'be', 'been', 'is', 'are', 'was', 'were', 'to', 'shall', 'could']);

function closure(tokens: Token[], i: number): Built | null {
  // "will stay closed", "kept the border shut": the closure goes on, no new one
  if (/^(?:stay|stays|stayed|remain|remains|remained|keep|keeps|kept)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  const ahead = headAfter(tokens, i, 4, FRONTIERS);
  if (ahead >= 0 && !(tokens.slice(i + 1, ahead) as Token[]).some((t) => /^(?:shop|shops|schools?|roads?|businesses)$/.test(t.lower))) {
    const last = FRONTIERS.has(tokens[ahead + 1]?.lower ?? '') ? ahead + 1 : ahead;
    return { type: 'SANCTION', lemma: 'close border', last };
  }
  // the intransitive: "the crossings would close", "the border was closed"
  let k = i - 1;
  while (k >= 0 && AUXILIARIES.has((tokens[k] as Token).lower) && k >= i - 3) k -= 1;
  return k < i - 1 && FRONTIERS.has(tokens[k]?.lower ?? '') ? { type: 'SANCTION', lemma: 'close border', last: i } : null;
}

// "a fighter jet entered Estonian airspace", "drones violated Polish airspace" (CAMEO 15/138, a show of force)
const INCURSION_VERBS = new Set(['entered', 'enter', 'enters', 'entering', 'violated', 'violate', 'violates', 'violating', 'intruded', 'intrude', 'breached', 'breach', 'crossed']);
const MILITARY_CRAFT = new Set(['jet', 'jets', 'fighter', 'fighters', 'warplane', 'warplanes', 'drone', 'drones', 'bomber', 'bombers', 'aircraft', 'helicopter',
  'helicopters', 'warship', 'warships', 'military', 'navy', 'submarine', 'submarines', 'frigate', 'destroyer', 'coastguard']);
const SOVEREIGN_SPACE = new Set(['airspace', 'waters']);
const CIVIL_CRAFT = new Set(['passenger', 'commercial', 'civilian', 'cargo', 'private', 'business', 'airliner', 'charter', 'ferry', 'fishing']);

function incursion(tokens: Token[], i: number): Built | null {
  const at = headAfter(tokens, i, 4, SOVEREIGN_SPACE);
  if (at < 0 || (tokens[at]?.lower === 'waters' && tokens[at - 1]?.lower !== 'territorial')) return null;
  const before = tokens.slice(Math.max(0, i - 6), i);
  // "a passenger jet entered Spanish airspace" is a flight, no show of force
  const hostile = /^(?:violat|intrud|breach)/.test((tokens[i] as Token).lower)
    || (before.some((t) => MILITARY_CRAFT.has(t.lower)) && !before.some((t) => CIVIL_CRAFT.has(t.lower)));
  return hostile ? { type: 'THREATEN', lemma: 'violate airspace', last: at } : null;
}

// "hid cocaine in banana shipments", "concealed drugs in a container" (the trafficking itself, CRIME)
const CONCEAL_VERBS = new Set(['hid', 'hide', 'hides', 'hiding', 'concealed', 'conceal', 'conceals', 'concealing', 'stashed', 'stash', 'stashing']);
const CONTRABAND = new Set(['cocaine', 'heroin', 'drugs', 'narcotics', 'methamphetamine', 'meth', 'fentanyl', 'cannabis', 'marijuana', 'contraband', 'opium']);

function concealment(tokens: Token[], i: number): Built | null {
  // "cocaine concealed in a container": the participle describes what was found
  if (BE_FORMS.has(tokens[i - 1]?.lower ?? '') || CONTRABAND.has(tokens[i - 1]?.lower ?? '')) return null;
  const at = headAfter(tokens, i, 3, CONTRABAND);
  return at >= 0 ? { type: 'CRIME', lemma: 'conceal', last: at } : null;
}

// "shared intercepted messages with their counterparts", "share intelligence" (CAMEO 062, share intelligence or information)
const SHARE_VERBS = new Set(['share', 'shares', 'shared', 'sharing']);
const INFORMATION = new Set(['intelligence', 'information', 'messages', 'data', 'evidence', 'files', 'records', 'findings', 'expertise', 'details']);
const COUNTERPARTS = new Set(['counterparts', 'counterpart', 'authorities', 'police', 'investigators', 'prosecutors', 'partners', 'allies', 'agencies', 'governments']);

function sharing(tokens: Token[], i: number, mentions: RawMention[]): Built | null {
  const at = headAfter(tokens, i, 4, INFORMATION);
  if (at < 0) return null;
  if (tokens[at]?.lower === 'intelligence') return { type: 'COOPERATE', lemma: 'share intelligence', last: at };
  for (let k = at + 1; k < tokens.length && k <= at + 3; k += 1) {
    if (tokens[k]?.lower !== 'with') continue;
    const partner = mentions.some((m) => m.first > k && m.first <= k + 3) || tokens.slice(k + 1, k + 5).some((t) => COUNTERPARTS.has(t.lower));
    return partner ? { type: 'COOPERATE', lemma: 'share intelligence', last: at } : null;
  }
  return null;
}

// "opened a 60-bed cholera treatment centre", "set up a field hospital" (CAMEO 073, humanitarian aid)
const OPEN_VERBS = new Set(['open', 'opens', 'opened', 'opening', 'reopened', 'set', 'sets', 'setting', 'established', 'establish', 'establishes', 'establishing']);
const FACILITY_PAIRS = new Set(['treatment centre', 'treatment center', 'treatment centres', 'treatment centers', 'field hospital', 'field hospitals', 'relief camp',
  'relief camps', 'evacuation centre', 'evacuation center', 'evacuation centres', 'evacuation centers', 'feeding centre', 'feeding center', 'humanitarian corridor',
  'humanitarian corridors', 'emergency shelter', 'emergency shelters', 'treatment unit', 'treatment units', 'isolation centre', 'isolation center']);

function facility(tokens: Token[], i: number): Built | null {
  let from = i;
  if (/^(?:set|sets|setting)$/.test((tokens[i] as Token).lower)) {
    if (tokens[i + 1]?.lower !== 'up') return null;
    from = i + 1;
  }
  for (let k = from + 1; k < tokens.length && k <= from + 7; k += 1) {
    const t = tokens[k] as Token;
    if (t.text === '-') continue;
    if (!t.isWord || PREPOSITIONS.has(t.lower)) return null;
    if (FACILITY_PAIRS.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`)) return { type: 'AID', lemma: 'open facility', last: k + 1 };
  }
  return null;
}

// "halved monthly food vouchers", "cut aid to the region" (CAMEO 163, reduce or stop aid; coded SANCTION)
const REDUCE_VERBS = new Set(['cut', 'cuts', 'cutting', 'halved', 'halve', 'halves', 'halving', 'slashed', 'slash', 'slashes', 'slashing', 'reduced', 'reduce', 'reduces', 'reducing']);
const AID_FLOWS = new Set(['aid', 'rations', 'ration', 'vouchers', 'assistance', 'handouts']);

function aidCut(tokens: Token[], i: number): Built | null {
  const at = headAfter(tokens, i, 4, AID_FLOWS);
  return at >= 0 ? { type: 'SANCTION', lemma: 'cut aid', last: at } : null;
}

// "will not pay criminals", "paid a ransom to the kidnappers" (CAMEO 08, yield to a demand)
const PAY_VERBS = new Set(['pay', 'pays', 'paid', 'paying']);
const EXTORTERS = new Set(['ransom', 'ransoms', 'criminals', 'hackers', 'kidnappers', 'extortionists', 'abductors', 'captors']);

function ransom(tokens: Token[], i: number): Built | null {
  // "threatened to publish the data unless the company paid a ransom": the condition of a threat
  if (tokens.slice(Math.max(0, i - 4), i).some((t) => /^(?:unless|if)$/.test(t.lower))) return null;
  const at = headAfter(tokens, i, 3, EXTORTERS);
  return at >= 0 ? { type: 'CONCEDE', lemma: 'pay ransom', last: at } : null;
}

// "the army was called in to help", "called out the National Guard" (CAMEO 15, mobilise forces)
const FORCES = new Set(['army', 'armies', 'troops', 'soldiers', 'military', 'reservists', 'guard', 'guards', 'gendarmerie', 'marines', 'paratroopers']);

/** Protests one calls off. */
const CALLED_OFF = new Set(['strike', 'strikes', 'protest', 'protests', 'march', 'marches', 'walkout', 'boycott', 'blockade', 'blockades', 'sit-in', 'rally', 'rallies', 'demonstrations', 'shutdown', 'stoppage']);

function callIn(tokens: Token[], i: number): Built | null {
  // "called off a series of political strikes", "called off the march": ending one's own protest is a concession (CAMEO 0871)
  if (tokens[i + 1]?.lower === 'off') {
    // ("a series of political strikes": past "of")
    for (let k = i + 2; k < tokens.length && k <= i + 8; k += 1) {
      const t = tokens[k] as Token;
      if (CALLED_OFF.has(t.lower)) return { type: 'CONCEDE', lemma: 'call off', last: k };
      if (!t.isWord || (PREPOSITIONS.has(t.lower) && t.lower !== 'of')) return null;
    }
    return null;
  }
  if (!/^(?:in|out|up)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  const forces = (ts: Token[]) => ts.some((t) => FORCES.has(t.lower));
  return forces(tokens.slice(Math.max(0, i - 4), i)) || forces(tokens.slice(i + 2, i + 6)) ? { type: 'MOBILIZE', lemma: 'call in', last: i + 1 } : null;
}

// "activated the EU civil protection mechanism": the formal request for help from abroad (CAMEO 1031, appeal for aid)
const ACTIVATE_VERBS = new Set(['activate', 'activates', 'activated', 'activating', 'triggered', 'trigger', 'triggers', 'triggering', 'invoked', 'invoke', 'invokes', 'invoking']);
const AID_MECHANISMS = new Set(['protection', 'assistance', 'emergency', 'response', 'solidarity']);

function appealMechanism(tokens: Token[], i: number): Built | null {
  for (let k = i + 1; k < tokens.length && k <= i + 9; k += 1) {
    const t = tokens[k] as Token;
    if (t.lower === 'mechanism' && AID_MECHANISMS.has(tokens[k - 1]?.lower ?? '')) return { type: 'DEMAND', lemma: 'activate mechanism', last: k };
    if (!(t.isWord || /^['’]s$/.test(t.text) || t.text === '-') || PREPOSITIONS.has(t.lower)) return null;
  }
  return null;
}

// "sent an extra 1,000 soldiers to Zamfara", "dispatched two warships": moving forces (CAMEO 15, exhibit force posture)
const SEND_VERBS = new Set(['send', 'sends', 'sent', 'sending', 'dispatch', 'dispatches', 'dispatched', 'dispatching', 'rush', 'rushed', 'rushes', 'fly', 'flew', 'flown', 'flying']);
const FORCE_NOUNS = new Set(['troops', 'soldiers', 'forces', 'paratroopers', 'marines', 'reinforcements', 'warships', 'warship', 'gunboats', 'tanks', 'battalions', 'battalion', 'brigade', 'gendarmes', 'commandos', 'peacekeepers', 'police', 'officers',
  // "sent a patrol vessel", "had sent a gunboat and a frigate"
  'gunboat', 'frigate', 'frigates', 'corvette', 'corvettes', 'destroyer', 'destroyers', 'vessel', 'vessels']);

// "sent vaccines to the Volta Region", "dispatched 40 tonnes of food": sending relief goods is AID (CAMEO 07)
const RELIEF_GOODS = new Set(['aid', 'packs', 'parcels', 'rice', 'flour', 'vaccines', 'vaccine', 'doses', 'food', 'medicine', 'medicines', 'supplies', 'tents', 'blankets', 'water', 'relief', 'rations', 'equipment', 'generators', 'doctors', 'rescuers', 'firefighters',
  'team', 'teams', 'divers', 'medics', 'kits', 'tablets', 'biscuits', 'helicopters', 'boats', 'planes', 'aircraft', 'experts', 'specialists']);

/** Craft that carry relief as often as they patrol, and what they are sent to do when they patrol. */
const CRAFT_SENT = new Set(['aircraft', 'planes', 'helicopters', 'boats']);
const WATCHING = new Set(['monitor', 'track', 'shadow', 'patrol', 'intercept', 'warn', 'escort', 'guard', 'watch', 'expel', 'chase']);

/** Envoys one sends to meet others: "send a ministerial mission to Antananarivo", "sent a delegation to Bamako". */
const ENVOY_NOUNS = new Set(['mission', 'missions', 'delegation', 'delegations', 'envoy', 'envoys', 'emissary', 'emissaries']);

function sendForces(tokens: Token[], i: number): Built | null {
  const k = headAfter(tokens, i, 5, FORCE_NOUNS);
  if (k > 0) return { type: 'MOBILIZE', lemma: 'send forces', last: k };
  // "would send a ministerial mission to Antananarivo": a visit to consult (not a fact-finding, observer or peacekeeping one)
  const envoy = headAfter(tokens, i, 4, ENVOY_NOUNS);
  if (envoy > 0 && tokens[envoy + 1]?.lower === 'to' && tokens[envoy + 2]?.isCap
    && !/^(?:fact-finding|finding|observer|observation|monitoring|peacekeeping|rescue|medical|humanitarian)$/.test(tokens[envoy - 1]?.lower ?? '')) {
    return { type: 'CONSULT', lemma: 'send envoys', last: envoy };
  }
  // "a further UPDF battalion would be sent to Djugu": the forces before a passive
  if (BE_FORMS.has(tokens[i - 1]?.lower ?? '')) {
    let b = i - 2;
    while (b >= 0 && AUXILIARIES.has((tokens[b] as Token).lower)) b -= 1;
    if (FORCE_NOUNS.has(tokens[b]?.lower ?? '')) return { type: 'MOBILIZE', lemma: 'send forces', last: i };
  }
  const g = headAfter(tokens, i, 7, RELIEF_GOODS);
  // "sent its own aircraft and ships to monitor them": craft sent to watch or intercept are forces, not relief
  if (g > 0 && CRAFT_SENT.has(tokens[g]?.lower ?? '')
    && tokens.slice(i + 1, i + 12).some((t, j, ts) => t.lower === 'to' && WATCHING.has(ts[j + 1]?.lower ?? ''))) return { type: 'MOBILIZE', lemma: 'send forces', last: g };
  // "send a mediation team", "an observer mission": envoys, not relief (the lexicon's phrases read them)
  if (g > 0 && /^(?:mediation|negotiating|observer|observation|fact-finding)$/.test(tokens[g - 1]?.lower ?? '')) return null;
  return g > 0 || (tokens[i + 4]?.lower === 'of' && RELIEF_GOODS.has(tokens[i + 5]?.lower ?? '')) ? { type: 'AID', lemma: 'send aid', last: i } : null;
}

// "delivered 38,000 family food packs", "distributed hygiene kits": handing out relief goods is AID (CAMEO 07)
const DELIVER_VERBS = new Set(['deliver', 'delivers', 'delivered', 'delivering', 'distribute', 'distributes', 'distributed', 'distributing',
  'airlift', 'airlifts', 'airlifted', 'airlifting', 'donate', 'donates', 'donated', 'donating']);

function deliverAid(tokens: Token[], i: number): Built | null {
  return headAfter(tokens, i, 7, RELIEF_GOODS) > 0 ? { type: 'AID', lemma: 'deliver aid', last: i } : null;
}

// "has given 25,000 taka to each bereaved family", "gave $500 to every household": money handed to people is aid (CAMEO 071)
const GIVE_VERBS = new Set(['give', 'gives', 'gave', 'given', 'giving', 'grant', 'grants', 'granted', 'granting', 'disburse', 'disburses', 'disbursed']);
const RECIPIENTS = new Set(['family', 'families', 'household', 'households', 'victim', 'victims', 'survivors', 'survivor', 'residents', 'farmers', 'fishermen', 'relatives', 'people', 'person', 'refugees', 'displaced', 'evacuees', 'workers', 'widows', 'orphans']);

function moneyToPeople(tokens: Token[], i: number): Built | null {
  let money = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k += 1) {
    const t = tokens[k] as Token;
    if (isCurrency(t.lower) && (tokens[k - 1]?.isNumber || tokens[k + 1]?.isNumber || /^(?:million|billion|thousand)$/.test(tokens[k - 1]?.lower ?? ''))) { money = k; break; }
  }
  if (money < 0) return null;
  for (let k = money + 1; k < tokens.length && k <= money + 6; k += 1) {
    if (RECIPIENTS.has((tokens[k] as Token).lower) && tokens.slice(money + 1, k).some((t) => /^(?:to|for)$/.test(t.lower))) return { type: 'AID', lemma: 'give money', last: i };
  }
  return null;
}

// "launched more than 100 drones at Ukraine", "fired dozens of rockets into Israel": an attack with weapons (CAMEO 19)
const LAUNCH_VERBS = new Set(['launch', 'launches', 'launched', 'launching']);
const WEAPONS = new Set(['drones', 'drone', 'missiles', 'missile', 'rockets', 'rocket', 'shells', 'mortars', 'bombs', 'airstrikes', 'strikes']);

function launchWeapons(tokens: Token[], i: number): Built | null {
  const k = headAfter(tokens, i, 6, WEAPONS);
  return k > 0 && /^(?:at|on|against|into|toward|towards)$/.test(tokens[k + 1]?.lower ?? '') ? { type: 'FIGHT', lemma: 'launch weapons', last: k } : null;
}

// "announced $500 million in new weapons for Ukraine", "approved a military aid package to Taiwan": committing aid (CAMEO 07)
const COMMIT_VERBS = new Set(['announce', 'announces', 'announced', 'announcing', 'approve', 'approves', 'approved', 'approving', 'unveil', 'unveiled', 'unveils']);
const AID_OBJECTS = new Set(['aid', 'weapons', 'assistance', 'package', 'funding', 'arms', 'ammunition', 'support']);

function commitAid(tokens: Token[], i: number): Built | null {
  for (let k = i + 1; k < tokens.length - 1 && k <= i + 8; k += 1) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.test(t.text)) return null;
    if (AID_OBJECTS.has(t.lower) && /^(?:for|to)$/.test(tokens[k + 1]?.lower ?? '')) return { type: 'AID', lemma: 'commit aid', last: k };
  }
  return null;
}

// "boarded a Philippine supply vessel", "boarded the tanker": seizing a ship at sea (CAMEO 17, coerce)
const BOARD_VERBS = new Set(['board', 'boards', 'boarded', 'boarding']);
const VESSELS = new Set(['vessel', 'vessels', 'ship', 'ships', 'tanker', 'tankers', 'boat', 'boats', 'freighter', 'trawler', 'carrier']);

function boarding(tokens: Token[], i: number): Built | null {
  const k = headAfter(tokens, i, 5, VESSELS);
  return k > 0 ? { type: 'COERCE', lemma: 'board', last: i } : null;
}

// "designated the group a terrorist organisation", "listed X as a terrorist entity" (CAMEO 16 reduce relations / sanction)
const DESIGNATE_VERBS = new Set(['designate', 'designates', 'designated', 'designating', 'blacklisted', 'blacklists', 'blacklist', 'proscribed', 'proscribes', 'proscribe']);
const TERROR_WORDS = new Set(['terrorist', 'terror']);

function designation(tokens: Token[], i: number): Built | null {
  if (/^(?:blacklist|proscrib)/.test((tokens[i] as Token).lower)) return { type: 'SANCTION', lemma: 'designate', last: i };
  for (let k = i + 1; k < tokens.length && k <= i + 7; k += 1) {
    const t = tokens[k] as Token;
    if (TERROR_WORDS.has(t.lower)) return { type: 'SANCTION', lemma: 'designate', last: i };
    if (CLAUSE_BREAK.test(t.text)) return null;
  }
  return null;
}

// "the DPC found that PulseMetric breached the GDPR", "concluded that Vuka had abused its dominant position",
// "found the bank in breach of its licence": a finding of wrongdoing by an authority (CAMEO 111, criticise or denounce)
const FINDING_VERBS = new Set(['find', 'finds', 'found', 'conclude', 'concludes', 'concluded', 'determine', 'determines', 'determined']);
const BREACH_VERBS = new Set(['breach', 'breached', 'breaches', 'violate', 'violated', 'violates', 'infringe', 'infringed', 'infringes', 'broke', 'broken',
  'flouted', 'contravened', 'abused', 'misled', 'colluded', 'overcharged', 'discriminated', 'mis-sold']);

const FAULT_NOUNS = new Set(['failings', 'failures', 'irregularities', 'shortcomings', 'deficiencies', 'wrongdoing', 'violations', 'breaches', 'misconduct', 'lapses', 'flaws']);

function findingOfBreach(tokens: Token[], i: number): Built | null {
  for (let k = i + 1; k < tokens.length && k <= i + 9; k += 1) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.test(t.text) || t.text === ',') return null;
    const next = tokens[k + 1]?.lower ?? '';
    const breach = (BREACH_VERBS.has(t.lower) && k > i + 1)
      // "found serious failings at Banque Lemanic", "found irregularities in the tender"
      || (FAULT_NOUNS.has(t.lower) && k <= i + 3 && /^(?:at|in|by|of)$/.test(next))
      || ((t.lower === 'in' || t.lower === 'of') && /^(?:breach|violation)$/.test(next));
    if (breach) return { type: 'DISAPPROVE', lemma: 'find in breach', last: i };
  }
  return null;
}

// "vowed to keep targeting ships linked to Israel", "pledged to continue attacks": a vow of violence is a threat
// (CAMEO 13), not the violence itself
const VOW_VERBS = new Set(['vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging', 'swore', 'swear', 'swears', 'promised', 'promises']);
const VIOLENT_WORDS = new Set(['attack', 'attacking', 'attacks', 'target', 'targeting', 'targetting', 'strike', 'striking', 'strikes', 'fire', 'firing', 'shell',
  'shelling', 'bomb', 'bombing', 'kill', 'killing', 'hit', 'hitting', 'fight', 'fighting', 'destroy', 'destroying', 'crush', 'crushing', 'wipe', 'punish',
  'punishing', 'avenge', 'retaliate', 'retaliation', 'revenge', 'war']);

function vowOfViolence(tokens: Token[], i: number): Built | null {
  let k = i + 1;
  if (tokens[k]?.lower !== 'to') return null;
  k += 1;
  if (/^(?:keep|continue|step|press|resume|intensify|escalate)$/.test(tokens[k]?.lower ?? '')) k += tokens[k + 1]?.lower === 'up' ? 2 : 1;
  if (tokens[k]?.lower === 'its' || tokens[k]?.lower === 'their') k += 1;
  return VIOLENT_WORDS.has(tokens[k]?.lower ?? '') ? { type: 'THREATEN', lemma: 'vow', last: k } : null;
}

// "searched Siam Volt's assembly plant", "searched the Minsk offices of Viasna": a search of premises is a police act
// (CAMEO 17, coerce); "searched for survivors" is no such act
const SEARCH_VERBS = new Set(['search', 'searches', 'searched', 'searching']);
const SEARCHED_PREMISES = new Set(['office', 'offices', 'headquarters', 'home', 'homes', 'house', 'houses', 'premises', 'plant', 'factory', 'warehouse',
  'warehouses', 'hangar', 'compound', 'residence', 'residences', 'apartment', 'apartments', 'flat', 'newsroom', 'studio', 'studios', 'branch', 'branches']);

function searchOfPremises(tokens: Token[], i: number): Built | null {
  if (tokens[i + 1]?.lower === 'for' || (BE_FORMS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'by')) return null;
  for (let k = i + 1; k < tokens.length && k <= i + 7; k += 1) {
    const t = tokens[k] as Token;
    if (SEARCHED_PREMISES.has(t.lower)) return { type: 'COERCE', lemma: 'search', last: i };
    // "searched Siam Volt's assembly plant": past a possessor's "'s"
    if (!(t.isWord || /^['’]s$/.test(t.text) || t.text === '-') || PREPOSITIONS.has(t.lower)) return null;
  }
  return null;
}

// "held them for several hours", "holding 14 activists without charge": holding people is detention (CAMEO 173), while
// "held talks", "held elections" are not
const HOLD_VERBS = new Set(['hold', 'holds', 'held', 'holding']);
const HELD_PEOPLE = new Set(['them', 'him', 'her', 'people', 'activists', 'protesters', 'demonstrators', 'suspects', 'journalists', 'reporters',
  'students', 'men', 'women', 'migrants', 'fishermen', 'fans', 'supporters', 'detainees', 'opponents', 'crew']);
const HELD_HOW = /^(?:in custody|in detention|incommunicado|without charge|without trial|for (?:\S+ )?(?:hours|days|weeks|months|questioning))/;

function holdingPeople(tokens: Token[], i: number): Built | null {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k += 1) {
    const t = tokens[k] as Token;
    if (!HELD_PEOPLE.has(t.lower)) {
      if (!t.isWord || PREPOSITIONS.has(t.lower)) return null;
      continue;
    }
    const rest = tokens.slice(k + 1, k + 5).map((w) => w.lower).join(' ');
    return HELD_HOW.test(rest) ? { type: 'COERCE', lemma: 'hold', last: i } : null;
  }
  return null;
}

// "barred Myanmar's junta from its summit", "barred Havbro from new public tenders": shutting a body out of an
// institution's summit, tenders or competitions is a suspension (SANCTION), not coercion of a person
const BAR_VERBS = new Set(['bar', 'bars', 'barred', 'barring']);
const INSTITUTIONAL = new Set(['summit', 'summits', 'meeting', 'meetings', 'tender', 'tenders', 'contracts', 'competition', 'competitions',
  'tournament', 'tournaments', 'membership', 'bloc', 'games', 'olympics', 'league', 'assembly', 'auctions', 'markets', 'procurement']);

function barredFrom(tokens: Token[], i: number): Built | null {
  for (let k = i + 1; k < tokens.length && k <= i + 7; k += 1) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.test(t.text) || t.text === ',') return null;
    if (t.lower !== 'from') continue;
    for (let j = k + 1; j <= k + 4 && j < tokens.length; j += 1) {
      const w = tokens[j] as Token;
      if (INSTITUTIONAL.has(w.lower)) return { type: 'SANCTION', lemma: 'bar from', last: i };
      if (!w.isWord || (w.isCap && j > k + 1 && !/^['’]s$/.test(tokens[j - 1]?.text ?? ''))) break;
    }
    return null;
  }
  return null;
}

// "Several thousand people gathered in Sukhbaatar Square to demand the resignation ...": a gathering to demand or denounce
// is a protest (CAMEO 14), its demand the protest's purpose
const GATHER_VERBS = new Set(['gathered', 'gather', 'gathering', 'assembled', 'massed', 'converged', 'congregated']);
// ("gathered at the Place du 13 Mai ... to celebrate the vote and demand the president's departure": a second purpose counts too)
const PROTEST_PURPOSE = /^(?:(?:to|and) (?:demand|protest|denounce|condemn|call for|press for|oppose|reject|mourn)|demanding|chanting|calling for|denouncing|protesting|against)\b/;

function gatheringToProtest(tokens: Token[], i: number): Built | null {
  for (let k = i + 1; k < tokens.length && k <= i + 22; k += 1) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === '.') return null;
    if (PROTEST_PURPOSE.test(`${t.lower} ${tokens[k + 1]?.lower ?? ''} ${tokens[k + 2]?.lower ?? ''}`)) return { type: 'PROTEST', lemma: 'gather', last: i };
  }
  return null;
}

// "Sweden offered a navy salvage ship and divers to help recover the anchor", "offered assistance": an offer of help is aid
// (CAMEO 07; an offer "to mediate" or "to host talks" is left to its own verb)
const OFFER_VERBS = new Set(['offer', 'offers', 'offered', 'offering']);
const HELP_OBJECTS = new Set(['help', 'assistance', 'aid', 'support', 'divers', 'rescuers', 'firefighters', 'experts', 'investigators', 'medics', 'doctors']);

function offerOfHelp(tokens: Token[], i: number): Built | null {
  for (let k = i + 1; k < tokens.length && k <= i + 10; k += 1) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.test(t.text) || /^(?:but|while|because|after|said|says|if|unless)$/.test(t.lower)) return null;
    // "offered to help", "offered a ship and divers to help recover"
    if (t.lower === 'to' && /^(?:help|assist)$/.test(tokens[k + 1]?.lower ?? '')) return { type: 'AID', lemma: 'offer help', last: k + 1 };
    if (t.lower === 'to' && k === i + 1) return null;
    if (HELP_OBJECTS.has(t.lower) && k <= i + 4 && (k === i + 1 || /^(?:its|their|his|her|a|an|the|technical|military|humanitarian|financial|logistical|medical|any|further|more)$/.test(tokens[k - 1]?.lower ?? ''))) {
      return { type: 'AID', lemma: 'offer help', last: k };
    }
  }
  return null;
}

// '"This judgment steals the votes of 3.4 million Malawians"', 'UEFA's sanctions "punish thousands of decent supporters"': an act
// said to do harm, as its critics say (CAMEO 111)
const HARMING_VERBS = new Set(['punish', 'punishes', 'steal', 'steals', 'betray', 'betrays', 'violate', 'violates', 'undermine', 'undermines',
  'trample', 'tramples', 'silence', 'silences', 'criminalise', 'criminalises', 'criminalize', 'criminalizes', 'shrinks', 'erodes', 'insults']);
/** Nouns of decisions and measures whose critics say what harm they do. */
const JUDGED_ACTS = new Set(['judgment', 'judgement', 'verdict', 'ruling', 'sentence', 'sanctions', 'decision', 'measure', 'measures', 'ban', 'law',
  'move', 'deal', 'decree', 'suspension', 'expulsion', 'expulsions', 'fine', 'motion', 'operation', 'policy', 'bill', 'tariffs', 'duties', 'cut']);

/**
 * Token i stands inside a quote: one the sentence opened before it (an odd number of quote marks precede it), or one an
 * earlier sentence opened that this one closes after it ('"These are not protesters. These are terrorists," Morina said':
 * no mark before the token, an odd number in the sentence, and the first one after a comma or full stop, as a quote ends).
 */
function insideQuote(tokens: Token[], i: number): boolean {
  const before = tokens.slice(0, i).filter((t) => QUOTE_MARKS.has(t.text)).length;
  if (before > 0) return before % 2 === 1;
  const close = tokens.findIndex((t, k) => k > i && QUOTE_MARKS.has(t.text));
  return close > 0 && /^[,.!?]$/.test(tokens[close - 1]?.text ?? '') && tokens.filter((t) => QUOTE_MARKS.has(t.text)).length % 2 === 1;
}

function harmingAct(tokens: Token[], i: number): Built | null {
  // only as someone's words, inside a quote ("The law punishes theft" states no criticism)
  if (!insideQuote(tokens, i)) return null;
  let k = i - 1;
  if (QUOTE_MARKS.has(tokens[k]?.text ?? '')) k -= 1;
  if (!JUDGED_ACTS.has(tokens[k]?.lower ?? '')) return null;
  // ("This judgment", "the measure", "UEFA's sanctions", "the Brazilian tariffs"): a determiner, a possessor or a modifier before the noun
  const before = tokens[k - 1];
  const opener = /^(?:this|that|the|these|those|its|their|such)$/.test(before?.lower ?? '') || /^['’]s$/.test(before?.text ?? '') || !!before?.isCap
    || (before?.isWord && /^(?:this|that|the|these|those|its|their)$/.test(tokens[k - 2]?.lower ?? ''));
  return opener ? { type: 'DISAPPROVE', lemma: 'harm', last: i } : null;
}

/** Names of wrongdoing a speaker may call people or acts by: '"These are terrorists"', '"This is a provocation"'. */
const COPULA_LABELS = new Set([...NEGATIVE_LABELS].filter((w) => !/^(?:disaster|setback|blow|mistake|threat|show|theatre|theater|joke|escalation|hostage|massacre|genocide|kidnapping|robbery|punishment|crime|crimes|attack|attacks|assault|spectacle|abuse|retaliation|reprisal)$/.test(w)));

/**
 * '"These are not protesters. These are terrorists, trained and armed by Belgrade," Morina said', '"This is blackmail"':
 * in someone's quoted words, calling those just spoken of by a name of wrongdoing is criticism (CAMEO 111).
 */
function copulaLabel(tokens: Token[], i: number): Built | null {
  // 'RSF said the sentence was "a punishment for doing the job"': a definite act judged by a name of wrongdoing, quoted or not
  const judgedAct = JUDGED_ACTS.has(tokens[i - 1]?.lower ?? '') && /^(?:the|this|that|its|their)$/.test(tokens[i - 2]?.lower ?? '')
    && tokens.slice(Math.max(0, i - 6), i - 2).some((t) => /^(?:said|says|called|argued|insisted|warned|added)$/.test(t.lower));
  if (!judgedAct && !/^(?:these|those|they|this|that|it)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  if (!judgedAct && !insideQuote(tokens, i)) return null;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    if (QUOTE_MARKS.has(t.text)) continue;
    if (!t.isWord || t.lower === 'not' || t.lower === 'no') return null;
    if (COPULA_LABELS.has(t.lower) || (judgedAct && NEGATIVE_LABELS.has(t.lower))) return { type: 'DISAPPROVE', lemma: 'call', last: i, label: [k, k] };
  }
  return null;
}

// "MSF said it had treated 38 of them", "its teams had treated 27 wounded people": medical care given is aid (CAMEO 073)
const TREAT_VERBS = new Set(['treat', 'treats', 'treated', 'treating']);

function medicalCare(tokens: Token[], i: number): Built | null {
  const next = tokens[i + 1];
  const count = next?.isNumber ? next : /^(?:about|some|more|over|at|around|nearly|almost|dozens|hundreds)$/.test(next?.lower ?? '') ? tokens.slice(i + 2, i + 4).find((t) => t.isNumber) : undefined;
  if (!count && !/^(?:dozens|hundreds|thousands)$/.test(next?.lower ?? '')) return null;
  return BE_FORMS.has(tokens[i - 1]?.lower ?? '') ? null : { type: 'AID', lemma: 'treat', last: i };
}

// "voted to remove President Rodrigo Salcedo", "the court removed a previous prime minister, Srettha Thavisin": taking a
// person out of office is a sanction on them (CAMEO 172); removing barricades or content is not
const REMOVE_VERBS = new Set(['remove', 'removes', 'removed', 'removing', 'oust', 'ousts', 'ousted', 'ousting', 'depose', 'deposes', 'deposed', 'deposing']);
const OFFICE_WORDS = /^(?:a|the|previous|former|then|sitting|elected|embattled|its|their|his|her|party|leader|chairman|chairwoman|chair|speaker|governor|mayor|president|prime|minister|premier|chancellor|vice|deputy|chief|executive|director|general|secretary|head|-)$/;

function removalFromOffice(tokens: Token[], i: number, mentions: RawMention[]): Built | null {
  const person = mentions.find((m) => m.type === 'PERSON' && m.first > i && m.first <= i + 6);
  if (!person) return null;
  // only title words, determiners and an apposition comma between: "removed a previous prime minister, Srettha Thavisin"
  const between = tokens.slice(i + 1, person.first);
  const titled = between.length === 0 || between.every((t) => t.text === ',' || (t.isWord && OFFICE_WORDS.test(t.lower)));
  return titled && !BE_FORMS.has(tokens[i - 1]?.lower ?? '') ? { type: 'SANCTION', lemma: 'remove', last: i } : null;
}

const CONSTRUCTIONS: Array<[Set<string>, (tokens: Token[], i: number, mentions: RawMention[]) => Built | null]> = [
  [OFFER_VERBS, offerOfHelp],
  [new Set(['call', 'calls', 'called', 'calling']), callIn],
  [LABEL_VERBS, label],
  [new Set(['respond', 'retaliate']), response],
  [CLOSE_VERBS, closure],
  [INCURSION_VERBS, incursion],
  [CONCEAL_VERBS, concealment],
  [SHARE_VERBS, sharing],
  [OPEN_VERBS, facility],
  [REDUCE_VERBS, aidCut],
  [PAY_VERBS, ransom],
  [ACTIVATE_VERBS, appealMechanism],
  [SEND_VERBS, sendForces],
  [DESIGNATE_VERBS, designation],
  [LAUNCH_VERBS, launchWeapons],
  [COMMIT_VERBS, commitAid],
  [BOARD_VERBS, boarding],
  [FINDING_VERBS, findingOfBreach],
  [DELIVER_VERBS, deliverAid],
  [VOW_VERBS, vowOfViolence],
  [SEARCH_VERBS, searchOfPremises],
  [HOLD_VERBS, holdingPeople],
  [BAR_VERBS, barredFrom],
  [GATHER_VERBS, gatheringToProtest],
  [GIVE_VERBS, moneyToPeople],
  // "would pay 100,000 taka to the family of each person killed" (a ransom is ransom's, tried first)
  [PAY_VERBS, moneyToPeople],
  [HARMING_VERBS, harmingAct],
  [TREAT_VERBS, medicalCare],
  [REMOVE_VERBS, removalFromOffice],
  [new Set(['are', 'is', 'were', 'was']), copulaLabel],
];
export const CONSTRUCTION_WORDS = new Set(CONSTRUCTIONS.flatMap(([words]) => [...words]));

export function construction(tokens: Token[], i: number, mentions: RawMention[]): Built | null {
  const w = (tokens[i] as Token).lower;
  for (const [words, rule] of CONSTRUCTIONS) {
    if (!words.has(w)) continue;
    const built = rule(tokens, i, mentions);
    if (built) return built;
  }
  return null;
}
