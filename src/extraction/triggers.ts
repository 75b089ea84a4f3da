/**
 * Finds PLOVER trigger words/phrases in a sentence's tokens (longest match first) and
 * tells whether a verb trigger is passive ("have been attacked").
 */
import type { PloverType } from './types';
import type { EventLexicon, TriggerForm } from './event-lexicon';
import type { RawMention } from './mention-detection';
import type { Token } from './tokens';
import { BE_FORMS, CLAUSE_BREAK, CONSTRUCTION_WORDS, QUOTE_MARKS, construction } from './trigger-constructions';
import { isSentenceInitial } from './mention-context';
import { isCurrency } from './currencies';

export interface TriggerHit {
  type: PloverType;
  form: TriggerForm;
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
  passive: boolean;
  /** "did not rule out other options": a negated refusal read as a hypothetical threat (events.ts). */
  ruledOut?: boolean;
  /** First token of the predicate label of "called the ruling \"a dark day\"" (trigger-constructions.ts): no target lies in it. */
  labelFirst?: number;
}


/** Hedges a gap may open with, not counted as its words: "fired what appeared to be an intercontinental ballistic missile". */
const HEDGES = [
  'what appeared to be', 'what appears to be', 'what seemed to be', 'what looked like', 'what was believed to be',
  'what is believed to be', 'what was described as', 'what officials said was', 'what they said was',
].map((h) => h.split(' '));

function hedgeLength(tokens: Token[], j: number): number {
  for (const h of HEDGES) if (h.every((w, k) => tokens[j + k]?.lower === w)) return h.length;
  return 0;
}

/** Match `words` starting at token i; returns the last token index or -1. '...' skips up to two words (after a hedge). */
function matchWords(tokens: Token[], i: number, words: string[]): number {
  let j = i;
  for (let w = 0; w < words.length; w += 1) {
    const word = words[w] as string;
    if (word === '...') {
      const next = words[w + 1] as string;
      j += hedgeLength(tokens, j);
      let skipped = 0;
      // "placed the shipping firm Tirrenia Nord under investigation": a frame closed by "under" holds a whole noun phrase
      // (so does one closed by "across": "pushed a group of around 200 people across the frontier")
      const limit = next === 'under' || next === 'across' ? 7 : 3;
      const from = j;
      while (skipped < limit && tokens[j]?.lower !== next) {
        if (limit > 3 && tokens[j] && !tokens[j]?.isWord && tokens[j]?.text !== '-') return -1;
        // "asked the World Trade Organization (WTO) for": a name in the gap, with its bracketed acronym, counts as one word
        const t = tokens[j];
        if (t && j > from && j - from < 8 && (t.isCap || /^[()]$/.test(t.text)) && (tokens[j - 1]?.isCap || tokens[j - 1]?.text === '(')) {
          j += 1;
          continue;
        }
        // "a rapid-response team": a hyphenated compound is one word
        if (tokens[j]?.text === '-' && j > i) {
          j += 2;
          continue;
        }
        j += 1;
        skipped += 1;
      }
      continue;
    }
    while (tokens[j]?.text === '-' && w > 0) j += 1;
    // 'said it was "alarmed" by the arrests': a scare quote inside a phrase does not break it
    if (tokens[j]?.lower !== word) {
      if (w === 0) return -1;
      while (QUOTE_MARKS.has(tokens[j]?.text ?? '')) j += 1;
      if (tokens[j]?.lower !== word) return -1;
    }
    j += 1;
  }
  return j - 1;
}

function isPassive(tokens: Token[], hit: { first: number; form: TriggerForm }): boolean {
  const head = tokens[hit.first] as Token;
  // "was broken up": a phrase that opens with its auxiliary
  if (hit.form.pos === 'phrase' && BE_FORMS.has(hit.form.words[0] ?? '') && /(?:ed|en|wn)$/.test(hit.form.words[1] ?? '')) return true;
  // "was shot dead", "were hacked to death", "Juventus were docked 15 points": a phrase opening with a participle right
  // after its auxiliary (a violent one also past an adverb: "was later shot dead")
  if (hit.form.pos === 'phrase') {
    const violent = /^(?:shot|hacked|beaten|stabbed|bludgeoned|clubbed|stoned|killed)$/.test(head.lower);
    if ((violent || /[a-z]{3,}(?:ed|en)$/.test(head.lower)) && BE_FORMS.has(tokens[hit.first - 1]?.lower ?? '')) return true;
    if (violent && BE_FORMS.has(tokens[hit.first - 2]?.lower ?? '') && /ly$|^(?:later|also|then|reportedly|allegedly)$/.test(tokens[hit.first - 1]?.lower ?? '')) return true;
  }
  // "German citizens remain in detention", "held in custody": being in custody is undergoing it
  if (hit.form.pos === 'noun' && /^(?:detention|custody|prison|jail|captivity)$/.test(head.lower) && tokens[hit.first - 1]?.lower === 'in') return true;
  if (hit.form.pos !== 'verb' || /ing$/.test(head.lower) || head.lower === hit.form.lemma.split(' ')[0]) return false;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 3; k -= 1) {
    // ("were unharmed and thanked Nigerien forces": past a conjunction, the coordination rule below decides;
    // "was ready to provide airlift": an infinitive is active)
    if (/^(?:and|but|or|to)$/.test((tokens[k] as Token).lower)) break;
    if (BE_FORMS.has((tokens[k] as Token).lower)) return true;
  }
  // "six companies accused of supplying Iran", "two men suspected of spying": a participle after its noun is a reduced passive
  const prevWord = tokens[hit.first - 1];
  if (/ed$/.test(head.lower) && /^(?:of|with)$/.test(tokens[hit.first + hit.form.words.length]?.lower ?? '') && prevWord?.isWord && !prevWord.isCap
    && /s$/.test(prevWord.lower) && !/^(?:has|was|is|as|this|its|his|hers|ours|theirs|always|perhaps)$/.test(prevWord.lower)) return true;
  // "15 Indian fishermen arrested by Sri Lankan navy", "a journalist detained by police": a participle right before its agent
  if (/ed$/.test(head.lower) && tokens[hit.first + hit.form.words.length]?.lower === 'by' && prevWord?.isWord
    && !/^(?:has|have|had|having|who|which|that)$/.test(prevWord.lower) && !/(?:ly)$/.test(prevWord.lower)) return true;
  // "was arrested on Tuesday and charged with ...": a participle coordinated with a passive one is passive too
  if (tokens[hit.first - 1]?.lower !== 'and' || !/(?:ed|en|wn)$/.test(head.lower)) return false;
  // "... and thanked Nigerien forces", "and fined the club": a participle with an object of its own is active
  const after = tokens[hit.first + hit.form.words.length];
  if (after?.isWord && (after.isCap || /^(?:the|its|their|his|her)$/.test(after.lower))) return false;
  for (let k = hit.first - 2; k >= 1 && k >= hit.first - 10; k -= 1) {
    const t = tokens[k] as Token;
    if (!t.isWord && t.text !== ',') return false;
    if (/(?:ed|en|wn)$/.test(t.lower) && BE_FORMS.has((tokens[k - 1] as Token).lower)) return true;
    // "..., also condemned the strike and accused": an active verb in between is what "and" continues
    if (t.isWord && !t.isCap && t.lower.length > 4 && /ed$/.test(t.lower) && !BE_FORMS.has((tokens[k - 1] as Token).lower)) return false;
  }
  return false;
}

/** Words after which a verb-or-noun form ("attack", "strikes", "ban") is the noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 'any', 'every', 'another', 'latest', 'new', 'deadly', 'fresh']);

const ADJECTIVES = new Set(['sharp', 'strong', 'fresh', 'new', 'major', 'large', 'brief', 'rare', 'joint', 'fierce', 'angry', 'stern', 'firm', 'short', 'long', 'big', 'small', 'huge', 'second', 'third', 'first', 'last', 'final', 'further', 'renewed']);

/** Verb triggers whose bare form after a determiner names a thing or a person, not the act: "the jail", "a target", "the host". */
const THING_NOUNS = new Set(['jail', 'target', 'targets', 'host', 'sign', 'shell', 'shells', 'free', 'block', 'broker', 'brokers']);
/** Determiners proper (no adjectives): what makes the next word a noun. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 'any', 'every', 'another']);

/** Up to `n` tokens from `from`, stopping at punctuation other than a possessive "'s". */
function wordsUpTo(tokens: Token[], from: number, n: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < tokens.length && k < from + n; k += 1) {
    const t = tokens[k] as Token;
    if (!t.isWord && !/^['’]s$/.test(t.text)) break;
    out.push(t);
  }
  return out;
}

/** Bodies an authority can dissolve. */
const DISSOLVABLE = new Set(['parliament', 'assembly', 'commission', 'government', 'cabinet', 'party', 'parties', 'council', 'congress', 'legislature',
  'senate', 'house', 'union', 'board', 'court', 'committee', 'agency', 'militia', 'militias', 'body', 'bodies', 'chamber', 'legislatures']);

/** "stop fighting", "halt the attacks", "an end to the violence", "cease hostilities": the act named is the one to end. */
function stoppedAct(tokens: Token[], i: number): boolean {
  const k = /^(?:the|all|further|any)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  const w = tokens[k]?.lower ?? '';
  if (/^(?:stop|stops|stopped|stopping|cease|ceased|halt|halted|halting|quit|end|ending|ended)$/.test(w)) return true;
  return w === 'to' && tokens[k - 1]?.lower === 'end' && /^(?:an|the)$/.test(tokens[k - 2]?.lower ?? '');
}

/** Bodies whose members may be expelled from them: "expelled from the party". */
const MEMBERSHIP_BODIES = new Set(['party', 'union', 'federation', 'league', 'club', 'association', 'organisation', 'organization', 'movement', 'alliance', 'coalition', 'bloc', 'group', 'committee', 'council', 'parliament', 'assembly', 'senate', 'chamber', 'church', 'order', 'society', 'guild']);

/** Craft a trigger word can name the kind of: "patrol boat", "rescue ship", "attack helicopter". */
const CRAFT = new Set(['boat', 'boats', 'vessel', 'vessels', 'ship', 'ships', 'helicopter', 'helicopters', 'aircraft', 'plane', 'planes', 'car', 'cars', 'vehicle', 'vehicles']);

/** Who takes people into custody: after them, "captured" is an arrest. */
const POLICING = new Set(['police', 'policemen', 'officers', 'guards', 'warders', 'authorities', 'gendarmes', 'agents']);

/** "the attack", "Russia's strikes", "veto sanctions": the noun form of the same words, when the lexicon has one. */
function nounReading(tokens: Token[], i: number, last: number, forms: TriggerForm[], afterVerb: boolean): TriggerForm | null {
  const prev = tokens[i - 1];
  // "announced sanctions", "approved strikes": right after a past-tense verb the word is its object
  // (and after a participle such as "coordinated strikes" it is a noun all the same)
  const afterPastVerb = !!prev && prev.isWord && !prev.isCap && /[a-z]{3,}ed$/.test(prev.lower);
  // "a sharp protest", "a formal complaint": an adjective between the article and the word
  const afterAdjective = !!prev && prev.isWord && !prev.isCap && /^(?:a|an|the)$/.test(tokens[i - 2]?.lower ?? '')
    // ("a deliberate attack", "the coordinated strikes", "an ongoing raid", "a violent protest")
    && (ADJECTIVES.has(prev.lower) || /(?:al|ous|ful|ive|ic|ary|less|ate|ent|ant|ed|ing)$/.test(prev.lower));
  // "a one-day strike", "a 24-hour general strike": a hyphenated compound modifier after the article
  const afterCompound = !!prev && prev.isWord && !prev.isCap && tokens[i - 2]?.text === '-' && !!tokens[i - 3]?.isWord
    && /^(?:a|an|the)$/.test(tokens[i - 4]?.lower ?? '');
  if (!afterVerb && !afterPastVerb && !afterAdjective && !afterCompound && !DETERMINERS.has(prev?.lower ?? '')) return null;
  const n = last - i + 1;
  return forms.find((f) => f.pos === 'noun' && f.words.length === n && matchWords(tokens, i, f.words) === last) ?? null;
}

/**
 * Which tokens lie inside a name; an untyped one-word capitalised run ("Clashes erupted", at the
 * start of a sentence) is no name.
 */
function namedTokens(tokens: Token[], mentions: RawMention[]): Uint8Array {
  const named = new Uint8Array(tokens.length);
  for (const m of mentions) {
    if (m.type === null && !m.ref && m.first === m.last) continue;
    for (let k = Math.max(0, m.first); k <= m.last && k < tokens.length; k += 1) named[k] = 1;
  }
  return named;
}

export function findTriggers(tokens: Token[], mentions: RawMention[], lex: EventLexicon): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const named = namedTokens(tokens, mentions);
  /** Tokens of a predicate label ("called the flights *a hybrid attack*"): what is said of the object, no event. */
  let labelFirst = -1;
  let labelLast = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (!t.isWord || tokens[i - 1]?.text === '-' || (i >= labelFirst && i <= labelLast)) continue;
    const built = CONSTRUCTION_WORDS.has(t.lower) && named[i] !== 1 ? construction(tokens, i, mentions) : null;
    if (built) {
      const form: TriggerForm = { type: built.type, lemma: built.lemma, pos: 'verb', words: tokens.slice(i, built.last + 1).map((w) => w.lower) };
      hits.push({ type: built.type, form, first: i, last: built.last, passive: isPassive(tokens, { first: i, form }), ...(built.label ? { labelFirst: built.label[0] } : {}) });
      if (built.label) [labelFirst, labelLast] = built.label;
      i = built.last;
      continue;
    }
    const forms = lex.triggersByFirstWord.get(t.lower);
    if (!forms || named[i] === 1) continue;
    for (const matched of forms) {
      const last = matchWords(tokens, i, matched.words);
      if (last < 0) continue;
      const prev = hits[hits.length - 1];
      const afterVerb = !!prev && prev.form.pos === 'verb' && prev.last === i - 1;
      const form = matched.pos === 'verb' ? nounReading(tokens, i, last, forms, afterVerb) ?? matched : matched;
      // "abandoning the jail", "a sign of", "the host": after a determiner these verbs' words are things, not acts
      if (form.pos === 'verb' && last === i && THING_NOUNS.has(t.lower) && ARTICLES.has(tokens[i - 1]?.lower ?? '')) break;
      // "a Mauritanian patrol boat", "a GCM patrol boat", "the rescue vessel": after a determiner or a name, the word names a kind of craft
      if (last === i && CRAFT.has(tokens[i + 1]?.lower ?? '') && (ARTICLES.has(tokens[i - 1]?.lower ?? '') || !!tokens[i - 1]?.isCap)) break;
      if (notAnEvent(tokens, i, last, form)) break;
      hits.push({ type: reading(tokens, i, form, mentions), form, first: i, last, passive: isPassive(tokens, { first: i, form }) });
      i = last;
      break;
    }
  }
  return hits;
}

/** "aid workers", "rescue ship": the noun modifies a person, body or thing, it is no aid event. */
const AID_MODIFIED = new Set(['worker', 'workers', 'agency', 'agencies', 'group', 'groups', 'organisation', 'organisations', 'organization', 'organizations', 'official', 'officials', 'convoy', 'convoys', 'budget', 'budgets', 'sector', 'community',
  'ship', 'ships', 'vessel', 'vessels', 'boat', 'boats', 'coordinator', 'coordinators', 'coordination', 'centre', 'center', 'centres', 'centers', 'site', 'sites', 'shelter', 'shelters', 'route', 'routes', 'plan', 'plans', 'drill', 'drills', 'zone', 'zones', 'charity', 'charities', 'service', 'services', 'region', 'area', 'areas']);
const AID_NOUNS = new Set(['aid', 'rescue', 'relief', 'evacuation']);

/** Words that make a "strike" a labour action (PROTEST) rather than a military one. */
const LABOUR = new Set(['union', 'unions', 'workers', 'worker', 'labour', 'labor', 'employees', 'staff', 'teachers', 'doctors', 'nurses', 'drivers', 'pilots', 'miners', 'dockworkers', 'wage', 'wages', 'pay', 'pension', 'pensions', 'walkout', 'picket', 'pickets', 'federation', 'federations', 'congress']);

/** Verbs that take away a sanction or tariff: "cut tariffs", "scrap its duty", "lift sanctions" (CAMEO: ease sanctions = CONCEDE). */
const RELIEF = new Set(['cut', 'cuts', 'cutting', 'scrap', 'scraps', 'scrapped', 'scrapping', 'eliminate', 'eliminates', 'eliminated', 'eliminating', 'lift', 'lifts', 'lifted', 'lifting', 'remove', 'removes', 'removed', 'removing', 'reduce', 'reduces', 'reduced', 'reducing', 'lower', 'lowers', 'lowered', 'lowering', 'waive', 'waives', 'waived', 'waiving', 'abolish', 'abolishes', 'abolished', 'abolishing', 'slash', 'slashes', 'slashed', 'slashing', 'drop', 'drops', 'dropped', 'dropping', 'out']);

/** Subjects of "ease"/"warn"/"cut" that make it an economic or weather statement, no political event. */
const NON_POLITICAL = new Set(['inflation', 'prices', 'price', 'rain', 'rains', 'rainfall', 'rivers', 'river', 'water', 'waters', 'weather', 'growth', 'rates', 'rate', 'yields', 'yield', 'demand', 'unemployment', 'markets', 'market', 'shares', 'stocks', 'temperatures', 'winds', 'meteorologists', 'forecasters', 'economists', 'analysts']);

/** What one "fights" or "battles" that is no armed party: "fight the outbreak", "combat corruption". */
const NON_MILITARY_OBJECTS = new Set(['cholera', 'disease', 'diseases', 'outbreak', 'outbreaks', 'virus', 'pandemic', 'epidemic', 'measles', 'malaria',
  'ebola', 'mpox', 'covid', 'corruption', 'inflation', 'poverty', 'hunger', 'malnutrition', 'fire', 'fires', 'wildfire', 'wildfires', 'flames',
  'blaze', 'blazes', 'floods', 'flooding', 'crime', 'climate', 'drought', 'illiteracy', 'cancer', 'unemployment', 'misinformation', 'disinformation',
  'fraud', 'smuggling', 'trafficking', 'piracy', 'locusts', 'pests', 'charges', 'charge', 'allegations', 'extradition', 'eviction', 'cases']);

const PUBLICATIONS = new Set(['statement', 'statements', 'report', 'reports', 'document', 'documents', 'video', 'videos', 'figures', 'data', 'details', 'results', 'photos', 'images', 'footage', 'names', 'list', 'plan', 'transcript', 'communique', 'communiqué', 'declaration', 'vision', 'budget', 'forecast', 'forecasts', 'album', 'book']);
/** Law enforcement in a sentence makes a raid or an interception a police action (COERCE), not combat. */
const LAW_ENFORCEMENT = new Set(['police', 'policemen', 'officers', 'agents', 'investigators', 'prosecutors', 'customs', 'coastguard', 'anti-graft', 'anti-corruption', 'detectives', 'gendarmes', 'authorities']);

function mentionsLawEnforcement(tokens: Token[]): boolean {
  return tokens.some((t, k) => LAW_ENFORCEMENT.has(t.lower) || (t.lower === 'guard' && tokens[k - 1]?.lower === 'coast'));
}
const FORECASTERS = new Set(['forecasters', 'meteorologists', 'forecaster', 'meteorologist', 'economists', 'analysts', 'scientists', 'seismologists', 'volcanologists']);
/** What "release" hands out when it is money: "release 25 million euros in emergency aid". */
const MONEY_WORDS = /^(?:funds?|funding|money|aid|million|billion)$/;

/** What a pledge promises that is aid: "pledged to help rebuild", "pledged to send tents". */
const AID_INTENT = new Set(['help', 'provide', 'send', 'fund', 'finance', 'donate', 'contribute', 'supply', 'deliver', 'give', 'rebuild', 'assist', 'support', 'cover', 'pay', 'deploy', 'double', 'increase', 'boost']);

/** Heads a trigger noun can modify: "cooperation pact", "assistance mission", "protest committee" name a thing, not a happening. */
const MODIFIED_HEADS = new Set(['mission', 'missions', 'pact', 'pacts', 'agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'treaty', 'treaties',
  'framework', 'memorandum', 'minister', 'ministers', 'ministry', 'chief', 'chiefs', 'office', 'committee', 'commission', 'council',
  // "riot police", "riot gear"
  'police', 'gear', 'squad', 'squads', 'unit', 'units', 'shields',
  // "the water cannon attack": a weapon's name before the act it was used in
  'attack', 'attacks', 'incident', 'incidents',
  // "a former war correspondent", "a conflict reporter", "war veterans": the act names someone's beat or past
  'correspondent', 'correspondents', 'reporter', 'reporters', 'photographer', 'photographers', 'veteran', 'veterans', 'memorial', 'museum', 'widow', 'widows']);
/** Verbs and prepositions after which an agreement is the standing one, not a new one: "under the treaty", "violating the accord". */
const STANDING_AGREEMENT = /^(?:under|violate|violates|violated|violating|breach|breached|breaching|breaches|implement|implementing|implemented|implements)$/;
/** Prepositions that set a war in the background: "after the war", "during the conflict", "since the civil war". */
const BACKGROUND_PREPS = new Set(['after', 'since', 'during', 'before', 'amid', 'throughout', 'of', 'from', 'in', 'by', 'over', 'to', 'into', 'on', 'following']);
const DURATIVE_WARS = new Set(['war', 'wars', 'conflict', 'conflicts', 'civil war', 'insurgency']);
/** What is withdrawn by conceding: a demand, a threat, a measure or a case. */
const RETRACTABLE = new Set(['threat', 'threats', 'demand', 'demands', 'bill', 'bills', 'plan', 'plans', 'proposal', 'proposals', 'decree', 'law', 'tax', 'taxes',
  'reform', 'measure', 'measures', 'complaint', 'complaints', 'lawsuit', 'case', 'charges', 'objection', 'objections', 'candidacy', 'nomination', 'bid', 'ultimatum', 'veto', 'boycott']);
/** Civilians an attack may be aimed at. */
const CIVILIANS = new Set(['civilians', 'christians', 'muslims', 'worshippers', 'villagers', 'students', 'pupils', 'passengers', 'shoppers', 'churchgoers',
  'pilgrims', 'farmers', 'journalists', 'residents', 'children', 'women', 'refugees', 'migrants', 'hospital', 'school', 'church', 'mosque', 'market']);
/** Accidents whose toll a "killing" clause gives: "a boat sank off Pylos, killing hundreds". */
const ACCIDENTS = new Set(['sank', 'capsized', 'crashed', 'collapsed', 'plunged', 'derailed', 'overturned', 'burned', 'skidded', 'collided']);
/** Natural hazards whose toll is no violence: "an earthquake ... killing 12", "avalanches of hot gas ... that killed four". */
const NATURAL_HAZARDS = new Set(['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'aftershock', 'tsunami', 'eruption', 'erupted', 'lava', 'pyroclastic',
  'avalanche', 'avalanches', 'landslide', 'landslides', 'mudslide', 'mudslides', 'flood', 'floods', 'flooding', 'flash', 'cyclone', 'hurricane', 'typhoon',
  'tornado', 'storm', 'storms', 'wildfire', 'wildfires', 'lightning', 'heatwave', 'blizzard', 'monsoon', 'downpours', 'rains']);
/** People taken into custody rather than ground taken in war. */
const CUSTODY = new Set(['escapees', 'escapee', 'prisoners', 'prisoner', 'inmates', 'inmate', 'fugitives', 'fugitive', 'suspects', 'suspect', 'convicts', 'convict', 'escapers']);
/** Natural and humanitarian hazards a warning may be about: "warned that the monsoon would ...". */
const HAZARDS = new Set(['monsoon', 'rains', 'rain', 'storm', 'storms', 'winter', 'famine', 'hunger', 'disease', 'diseases', 'cholera', 'outbreak', 'floods', 'flooding',
  'drought', 'heat', 'heatwave', 'health', 'shortages', 'prices', 'inflation', 'economy', 'hardship', 'malnutrition', 'epidemic', 'virus']);
/** What a company's "orders" are: "record quarterly orders", "new aircraft orders". */
const ORDER_BOOK = new Set(['record', 'quarterly', 'new', 'export', 'purchase', 'factory', 'aircraft', 'bulk', 'online', 'advance', 'customer', 'total', 'firm', 'annual', 'monthly']);

/** The determiners and lowercase modifiers before token i, skipped backwards: the index of the word before them. */
function beforeModifiers(tokens: Token[], i: number, max = 3): number {
  let k = i - 1;
  for (let n = 0; n < max && k >= 0; n += 1) {
    const t = tokens[k] as Token;
    if (!t.isWord || t.isCap || STANDING_AGREEMENT.test(t.lower) || BACKGROUND_PREPS.has(t.lower)) break;
    k -= 1;
  }
  return k;
}

/** What a freeze holds: "frozen assets" is the sanction's object; "frozen chicken" is food. */
const FREEZABLE = new Set(['assets', 'accounts', 'account', 'funds', 'holdings', 'reserves', 'property', 'properties', 'wages', 'salaries', 'pay', 'aid', 'talks', 'conflict']);

/** A word before a participle that makes it a finite verb or a passive ("was backed by", "had supported"), or modifies it ("strongly"). */
function participleHost(lower: string): boolean {
  return BE_FORMS.has(lower) || /^(?:has|have|had|get|gets|got|also|not|never|\w+ly)$/.test(lower);
}

function notAnEvent(tokens: Token[], i: number, last: number, form: TriggerForm): boolean {
  // "urged all parties to stop fighting", "called for an end to the violence", "to halt attacks on civilians": the fighting
  // to be stopped is what is asked or done about it, no fighting reported (only violence is so named)
  if ((form.type === 'FIGHT' || form.type === 'ASSAULT') && (/ing$/.test((tokens[i] as Token).lower) || form.pos === 'noun')
    && stoppedAct(tokens, i)) return true;
  // "Brazilian frozen chicken", "a frozen lake": the participle as an adjective before a thing that is not frozen by anyone
  if (form.lemma === 'freeze' && (tokens[i] as Token).lower === 'frozen' && tokens[i + 1]?.isWord && !tokens[i + 1]?.isCap
    && !FREEZABLE.has(tokens[i + 1]?.lower ?? '') && !/^(?:by|in|on|at|for|after|since|until|under|over|and|or|as)$/.test(tokens[i + 1]?.lower ?? '')) return true;
  // "the nurse was shot in the leg": only the passive is a shooting; "a drop shot", "shot a video" are not
  if (form.lemma === 'shoot' && form.pos === 'verb' && !isPassive(tokens, { first: i, form })) return true;
  // "dissolved parliament", "dissolve the electoral commission": only a body dissolved is an act ("the sugar dissolved" is none)
  // ("dissolved the federation's executive committee": the body's head may come after a possessor and a modifier)
  if (form.lemma === 'dissolve' && !wordsUpTo(tokens, last + 1, 6).some((t) => DISSOLVABLE.has(t.lower))
    && !tokens.slice(Math.max(0, i - 4), i).some((t) => DISSOLVABLE.has(t.lower))) return true;
  // "attacked a Fulani settlement near Panyam", "the Ago-Tomori settlement": a place people live in is no agreement
  if (form.lemma === 'settlement' && form.pos === 'noun'
    && ((tokens[i - 1]?.isCap && !isSentenceInitial(tokens, i - 1)) || (/^(?:near|in|on|at|outside|of|along|inside)$/.test(tokens[last + 1]?.lower ?? '') && !!tokens[last + 2]?.isCap)
      || /^(?:informal|squatter|waterfront|riverside|fishing|farming|refugee|illegal|jewish|israeli|rural|slum|village|herders'?|nomad|nomadic)$/.test(tokens[i - 1]?.lower ?? '')
      // ("flattened most of the settlement", "the demolished settlement": a place torn down)
      || tokens.slice(Math.max(0, i - 5), i).some((t) => /^(?:demolish\w*|raz(?:e|ed|es|ing)|bulldoz\w*|flatten\w*|evict\w*|destroy\w*|torched|burn(?:ed|t)|raid\w*|stormed)$/.test(t.lower)))) return true;
  // "Norway's sovereign wealth fund reported a return", "a pension fund": an investor, no aid
  if (/^funds?$/.test(tokens[last]?.lower ?? '') && /^(?:wealth|investment|pension|hedge|mutual|index|equity|retirement|sovereign|infrastructure|venture)$/.test(tokens[last - 1]?.lower ?? '')) return true;
  // "Bulldozers backed by armed police", "firefighters, backed by 40 aircraft", "the M23 rebels, backed by Rwanda": a participle
  // after a noun says who or what stands behind it (the SUPPORTS relation), no act of support ("was backed by 117 deputies" stays)
  if (form.type === 'SUPPORT' && form.pos === 'verb' && last === i && /^(?:backed|supported)$/.test((tokens[i] as Token).lower) && tokens[i + 1]?.lower === 'by'
    && (tokens[i - 1]?.text === ',' || (!!tokens[i - 1]?.isWord && !participleHost(tokens[i - 1]?.lower ?? '')))) return true;
  // "did not respond to a request for comment": a reporter's request is no demand
  if (form.type === 'DEMAND' && /^(?:request|requests|call|calls|query|queries)$/.test(tokens[last]?.lower ?? '') && tokens[last + 1]?.lower === 'for'
    && /^(?:comment|comments|reaction)$/.test(tokens[last + 2]?.lower ?? '')) return true;
  if (form.pos === 'noun') {
    const next = tokens[last + 1];
    // "a defence cooperation pact", "the police assistance mission": the noun modifies the name of a thing
    if (next?.isWord && !next.isCap && MODIFIED_HEADS.has(next.lower)) return true;
    // "the alliance's secretary general": a possessor names a body, not a happening
    if (next && /^['’]s$/.test(next.text)) return true;
    // "The alliance said it would send warships": a definite noun that speaks names a body
    if (/^(?:the)$/.test(tokens[i - 1]?.lower ?? '') && /^(?:said|says|added|announced|stated|insisted|argued|warned)$/.test(next?.lower ?? '')) return true;
    const modifiersFrom = beforeModifiers(tokens, i);
    const before = tokens[modifiersFrom]?.lower ?? '';
    // "under a bilateral treaty", "violating the 1974 disengagement agreement": an agreement already in force
    if (form.type === 'AGREE' && STANDING_AGREEMENT.test(before)) return true;
    // "after the war", "covered the Balkan conflicts": a war as background is no happening of the sentence
    // ("Russia's war in Ukraine", "its war" name who wages it and stay events)
    const owned = tokens.slice(modifiersFrom + 1, i).some((t) => /^(?:its|their|his|her|['’]s)$/.test(t.lower)) || tokens[i - 1]?.isCap;
    if (DURATIVE_WARS.has(form.words.join(' ')) && !owned && (BACKGROUND_PREPS.has(before) || /^(?:covered|covering|covers|cover)$/.test(before))) return true;
    // "an investigation into illegal campaign donations": what is investigated is no new event
    for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
      const t = tokens[k] as Token;
      if (!t.isWord) break;
      if (t.lower === 'into' && /^(?:investigation|investigations|probe|probes|inquiry|inquiries|enquiry)$/.test(tokens[k - 1]?.lower ?? '')) return true;
    }
  }
  // "in protest at the demolition" (read as the noun or the verb): the reason of another act
  if (form.type === 'PROTEST' && form.words.length === 1 && tokens[i - 1]?.lower === 'in' && (/^(?:at|against|over)$/.test(tokens[last + 1]?.lower ?? '') || /^[.,;]$/.test(tokens[last + 1]?.text ?? '.'))) return true;
  // "no tsunami warning was issued", "a red weather warning": a warning of nature threatens no one
  if (form.lemma === 'warn' && /^warnings?$/.test(tokens[i]?.lower ?? '') && (NATURAL_HAZARDS.has(tokens[i - 1]?.lower ?? '') || HAZARDS.has(tokens[i - 1]?.lower ?? '')
    || /^(?:weather|travel|evacuation|tsunami|heat|flood|fire|gale|frost|snow|wind|avalanche|red|amber|orange|yellow)$/.test(tokens[i - 1]?.lower ?? ''))) return true;
  // "the collapse of a railway station canopy ... that killed 15": an accident's toll
  if (form.lemma === 'kill' && /^(?:killing|killed|kills)$/.test(tokens[i]?.lower ?? '') && tokens.slice(Math.max(0, i - 14), i).some((t) => /^(?:collapse|collapses|explosion|crash|derailment|stampede|crush)$/.test(t.lower))
    && !tokens.slice(Math.max(0, i - 14), i).some((t) => /^(?:attack|attacks|bomb|bombing|gunmen|militants|suicide|strike|strikes|shelling)$/.test(t.lower))) return true;
  // "a warning strike", "warning shots": the word modifies an act, it threatens no one
  if (form.lemma === 'warn' && tokens[i]?.lower === 'warning' && /^(?:strike|strikes|shots?|signs?|labels?|system|systems|lights?|stoppage)$/.test(tokens[last + 1]?.lower ?? '')) return true;
  // "warning that the monsoon would bring further hardship": a warning about nature or need is no threat
  if (form.lemma === 'warn' && tokens[last + 1]?.lower === 'that' && tokens.slice(last + 2, last + 6).some((t) => HAZARDS.has(t.lower))) return true;
  // "a banner signed with the initials LFM": signing a text is no agreement
  if (form.lemma === 'sign' && tokens.slice(last + 1, last + 5).some((t) => /^(?:initials|signature|pseudonym|name|names)$/.test(t.lower))) return true;
  // "stoppage time": football's added minutes
  if (form.lemma === 'stoppage' && tokens[last + 1]?.lower === 'time') return true;
  // "the boat sank off Pylos, killing hundreds": an accident's toll
  // ("pyroclastic flows swept through fields, killing four", "a landslide buried the village, killing 20": nature's toll)
  if (form.lemma === 'kill' && /^(?:killing|killed)$/.test(tokens[i]?.lower ?? '')
    && tokens.slice(Math.max(0, i - 12), i).some((t, k, before) => ACCIDENTS.has(t.lower) || (NATURAL_HAZARDS.has(t.lower) && before[k + 1]?.text !== '-'))) return true;
  // "record quarterly orders": a company's order book
  if (form.lemma === 'order' && ORDER_BOOK.has(tokens[i - 1]?.lower ?? '')) return true;
  // "would be met with a decisive response": a response, not a meeting
  if (form.lemma === 'meet' && tokens[last + 1]?.lower === 'with' && BE_FORMS.has(tokens[i - 1]?.lower ?? '')) return true;
  // "while visiting relatives": a private visit is no meeting
  if (form.lemma === 'visit' && /^(?:relatives|family|friends|his|her|their|parents)$/.test(tokens[last + 1]?.lower ?? '')) return true;
  // "recalled its ambassador for consultations": the recall, not a meeting
  if (form.type === 'CONSULT' && tokens[i - 1]?.lower === 'for' && tokens.slice(Math.max(0, i - 8), i).some((t) => /^(?:recall|recalls|recalled|recalling|summoned|called)$/.test(t.lower))) return true;
  // "radio host Aliou Badji", "the show's host": a presenter, not hosting talks
  if (form.lemma === 'host' && /^(?:radio|television|tv|talk|show|chat|game|programme|program|podcast|news|co|['’]s)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  if (form.type === 'FIGHT' && /^(?:fight|battle|combat|tackle|clash)$/.test(form.lemma)) {
    // "to fight the outbreak", "fighting cholera on the beaches", "battling the blaze"
    for (let k = last + 1; k < tokens.length && k <= last + 4; k += 1) {
      const t = tokens[k] as Token;
      if (NON_MILITARY_OBJECTS.has(t.lower)) return true;
      if (!t.isWord || t.isCap) break;
    }
  }
  // "asked not to be named", "asked reporters to leave the room": the source's or a host's request is no political demand
  if (/^ask/.test(form.words[0] ?? '') && form.words.includes('...')
    && (tokens.slice(i + 1, last).some((t) => t.lower === 'not' || /^(?:reporters|journalists|him|her|me|us|them)$/.test(t.lower))
      || (tokens[last + 1]?.lower === 'be' && /^(?:named|identified|quoted)$/.test(tokens[last + 2]?.lower ?? '')))) return true;
  // "shared intercepted messages": intercepting communications is no use of force
  if (form.lemma === 'intercept' && /^(?:messages?|calls?|communications?|emails?|letters?|conversations?|phone|signals?|data|shipments?)$/.test(tokens[last + 1]?.lower ?? '')) return true;
  // "Forecasters said temperatures would ease ..., but warned that winds ...": a forecast, anywhere in the sentence
  if (form.type === 'THREATEN' && form.lemma === 'warn' && tokens.slice(0, i).some((t) => FORECASTERS.has(t.lower))) return true;
  // "pledging to halt fighting", "pledged to review the contracts": a promise of another act is no aid, unless it is a promise to give
  if (form.lemma === 'pledge' && form.pos === 'verb' && tokens[last + 1]?.lower === 'to' && /^[a-z]+$/.test(tokens[last + 2]?.text ?? '')
    && !DETERMINERS.has(tokens[last + 2]?.lower ?? '') && !AID_INTENT.has(tokens[last + 2]?.lower ?? '')) return true;
  // "released a joint statement": publishing is no concession
  if (form.lemma === 'release' && tokens.slice(last + 1, last + 5).some((t) => PUBLICATIONS.has(t.lower))) return true;
  // "the outlawed Balochistan Liberation Army", "a proscribed group": a standing status, not an act of the sentence
  if ((form.lemma === 'outlaw' || form.lemma === 'proscribe') && /ed$/.test(tokens[i]?.lower ?? '') && DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return true;
  // "targeted remedies", "a targeted campaign": the participle as an adjective
  if (form.lemma === 'target' && tokens[i]?.lower === 'targeted' && /^(?:a|an|the|its|their|more|"|“)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  // "questioned the decision" is doubt; only the police question people
  if (form.lemma === 'question' && !mentionsLawEnforcement(tokens)) return true;
  // "police surrounded his home" is coercion; "surrounded by supporters", "the surrounding villages" are not
  if (form.lemma === 'surround' && (!mentionsLawEnforcement(tokens) || /^(?:areas?|villages?|towns?|region|countryside|hills|streets)$/.test(tokens[last + 1]?.lower ?? ''))) return true;
  // "have two of the charges struck out": striking out is no attack
  if (form.lemma === 'strike' && /^(?:out|off|through)$/.test(tokens[last + 1]?.lower ?? '')) return true;
  // "search and rescue zone" reads "rescue" as a verb form, but it modifies the noun all the same
  if (AID_NOUNS.has(form.lemma) && (form.pos === 'noun' || form.lemma !== 'aid') && AID_MODIFIED.has(tokens[last + 1]?.lower ?? '')) return true;
  if (form.type === 'CONCEDE' || (form.type === 'THREATEN' && form.lemma === 'warn')) {
    for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) if (NON_POLITICAL.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** Verbs that deliver a diplomatic protest: "lodged a protest", "filed a formal protest". */
const PROTEST_DELIVERY = new Set(['lodge', 'lodged', 'lodges', 'lodging', 'file', 'filed', 'files', 'filing', 'issue', 'issued', 'issues', 'deliver', 'delivered', 'delivers', 'register', 'registered', 'registers', 'send', 'sent', 'sends', 'hand', 'handed']);
const MISSILE_WORDS = /^(?:missiles?|rockets?|icbms?|slbms?|projectiles?)$/i;
const SEA_WORDS = new Set(['sea', 'ocean', 'waters']);

/** "fired a missile into the sea", "a missile test": a weapons test shows force, it attacks no one. */
function isWeaponsTest(tokens: Token[], i: number, last: number): boolean {
  const words = tokens.slice(i, last + 1);
  if (!words.some((t) => MISSILE_WORDS.test(t.text)) && !tokens.slice(last + 1, last + 12).some((t) => MISSILE_WORDS.test(t.text))) return false;
  return tokens.some((t, k) => (t.lower === 'test' || t.lower === 'tests' || t.lower === 'test-fired')
    || (SEA_WORDS.has(t.lower) && ['into', 'in', 'off'].includes(tokens[k - 1]?.lower === 'the' ? tokens[k - 2]?.lower ?? '' : tokens[k - 1]?.lower ?? '')));
}

/** Who does violence outside an army: their attack is ASSAULT (unconventional), a crowd's is PROTEST (a riot). */
const IRREGULARS = new Set(['gunmen', 'gunman', 'militants', 'militant', 'assailants', 'assailant', 'attackers', 'attacker', 'bandits', 'terrorists', 'terrorist', 'jihadists', 'jihadist', 'bomber', 'bombers', 'kidnappers']);
const SOLDIERS = new Set(['soldiers', 'soldier', 'troops', 'servicemen', 'serviceman', 'guards', 'guardsmen', 'officers', 'personnel', 'marines', 'sailors',
  'fighters', 'militants', 'rebels', 'insurgents', 'jihadists', 'combatants', 'militiamen']);
const FORCES = new Set(['fire', 'troops', 'forces', 'army', 'artillery', 'shelling', 'shells', 'mortar', 'mortars', 'drones', 'drone', 'airstrike', 'airstrikes', 'military', 'units', 'soldiers']);
const TERRAIN = new Set(['height', 'heights', 'hill', 'hilltop', 'ridge', 'village', 'villages', 'town', 'towns', 'territory', 'positions', 'position', 'outpost', 'outposts', 'airport', 'airfield', 'base', 'bases', 'crossing', 'bridge', 'district']);
const INSTITUTIONS_SUSPENDED = new Set(['constitution', 'parliament', 'legislature', 'assembly', 'elections', 'election', 'rights', 'freedoms', 'liberties', 'courts', 'judiciary', 'media', 'broadcasts', 'internet']);
const DIPLOMATS = new Set(['diplomat', 'diplomats', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'consul', 'consuls', 'attaché', 'attache', "chargé", 'charge', 'embassy']);
const ROADS = new Set(['road', 'roads', 'highway', 'highways', 'motorway', 'street', 'streets', 'bridge', 'bridges', 'railway', 'rail', 'port', 'entrance', 'junction', 'roundabout', 'border', 'crossing',
  'stretch', 'corridor', 'route', 'routes', 'avenue', 'avenues', 'expressway', 'gates', 'gate', 'access']);
const CROWDS = new Set(['protesters', 'protestors', 'demonstrators', 'rioters', 'mob', 'crowd', 'crowds', 'marchers', 'students', 'strikers', 'activists',
  'comuneros', 'truckers']);
/** Who blocks a road to hold people back, not in protest: "police blocked the gates of Government House". */
const BLOCKING_FORCES = new Set(['police', 'policemen', 'officers', 'troops', 'soldiers', 'army', 'gendarmes', 'forces']);
/** What a ban restricts that makes it a legal restriction (COERCE) rather than a sanction. */
const DOMESTIC_BANS = new Set(['women', 'girls', 'journalists', 'activists', 'citizens', 'residents', 'students', 'priests', 'opponents', 'critics', 'ngos', 'ngo', 'websites', 'platforms', 'books', 'films', 'parties', 'party', 'gatherings', 'gathering', 'protests', 'protest', 'demonstrations', 'rallies', 'rally', 'meetings', 'newspaper', 'newspapers', 'media', 'opposition', 'group', 'groups', 'organisation', 'organization', 'broadcaster', 'broadcasts', 'union', 'unions', 'strike', 'strikes', 'internet', 'motorcycles', 'sale', 'sales']);
/** Restrictions whose lifting is a concession: "lifted the curfew", "ended the state of emergency". */
const LIFTABLE = new Set(['curfew', 'emergency', 'law', 'ban', 'blockade', 'restrictions', 'lockdown', 'siege']);

/** Decisions a court sets aside: "annulled the result", "annulled the 2019 presidential election". */
const ANNULLED_DECISIONS = new Set(['result', 'results', 'election', 'elections', 'vote', 'votes', 'decision', 'ruling', 'verdict', 'conviction', 'decree', 'order', 'appointment', 'referendum', 'outcome']);

/** What an order makes its object do that is coercion, not a demand: "ordered residents to leave their homes", "ordered him to surrender his passport". */
// ("ordered PulseMetric to delete the records", "ordered the plant to halt production": a binding order to stop or undo is a legal restriction)
const COMPELLED = new Set(['leave', 'evacuate', 'vacate', 'abandon', 'surrender', 'disperse', 'quit', 'relocate', 'delete', 'destroy', 'halt', 'stop', 'cease', 'suspend',
  'close', 'shut', 'demolish', 'dismantle', 'hand']);
const PENALTIES = new Set(['penalty', 'penalties', 'fine', 'fines']);

/** The reading of "ordered X to <verb> ...": COERCE for a forced move or surrender, SANCTION for a penalty to pay, else null (a DEMAND). */
function orderedAction(tokens: Token[], i: number): PloverType | null {
  for (let k = i + 1; k < tokens.length - 1 && k <= i + 20; k += 1) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.test(t.text)) return null;
    if (t.lower !== 'to') continue;
    const act = tokens[k + 1] as Token;
    if (!/^[a-z]+$/.test(act.text)) continue;
    if (COMPELLED.has(act.lower)) return 'COERCE';
    // "ordered the company to pay NZ$3 million in penalties": a court's fine (damages and compensation stay a demand)
    if (act.lower === 'pay' && tokens.slice(k + 2, k + 10).some((w) => PENALTIES.has(w.lower))) return 'SANCTION';
    return null;
  }
  return null;
}

const DECISIONS = new Set(['court', 'tribunal', 'board', 'chamber', 'panel', 'ruling', 'decision', 'verdict', 'judgment', 'judgement', 'sentence', 'conviction', 'fine', 'penalty', 'ban', 'suspension', 'order', 'findings']);

/** "appeal to the High Court", "appeal against the ruling", "appeal the fine": the words after the verb name a decision or a court. */
function contestsDecision(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower === 'for') return false;
  for (let j = k; j < tokens.length && j <= k + 5; j += 1) {
    const t = tokens[j] as Token;
    if (DECISIONS.has(t.lower)) return true;
    if (!t.isWord || /^(?:for|and|but|that)$/.test(t.lower)) return false;
  }
  return false;
}

function reading(tokens: Token[], i: number, form: TriggerForm, mentions: RawMention[]): PloverType {
  if (form.lemma === 'order' && form.pos === 'verb') {
    // "Bangui ordered MINUSCA out", "ordered the diplomats out of the country": an expulsion (CAMEO 16 for missions and envoys)
    const named = mentions.find((m) => m.first > i && m.first <= i + 3);
    const out = named && tokens[named.last + 1]?.lower === 'out' ? named : null;
    if (out) return out.type === 'ORGANIZATION' || (out.ref && out.ref.kind !== 'demonym') ? 'SANCTION' : 'COERCE';
    // "ordered three Russian diplomats out of the country"
    const outAt = tokens.slice(i + 1, i + 7).findIndex((t) => t.lower === 'out');
    if (outAt > 0 && tokens.slice(i + 1, i + 1 + outAt).some((t) => DIPLOMATS.has(t.lower))) return 'SANCTION';
    return orderedAction(tokens, i) ?? form.type;
  }
  // "the court annulled the result of the election", "annulled the vote": a court setting aside a decision rejects it
  // ("annulled the licence" stays a legal restriction)
  if (form.lemma === 'annul' && tokens.slice(i + 1, i + 5).some((t) => ANNULLED_DECISIONS.has(t.lower))) return 'REJECT';
  // "the latest attack on Christians", "an attack on worshippers": an attack on civilians is unconventional violence
  if (form.type === 'FIGHT' && form.lemma === 'attack' && /^(?:on|against)$/.test(tokens[i + 1]?.lower ?? '')
    && tokens.slice(i + 2, i + 5).some((t) => CIVILIANS.has(t.lower))) return 'ASSAULT';
  if ((form.type === 'FIGHT' || form.type === 'ASSAULT') && form.pos !== 'noun') {
    const before = tokens.slice(Math.max(0, i - 6), i);
    // ("Students at the University of Belgrade have occupied": the crowd may head a longer subject)
    const subject = tokens.slice(Math.max(0, i - 9), i);
    // "rioters torched cars" is a riot; "troops fired on the crowd, killing three" is violence against it
    const crowdIsObject = (k: number) => {
      const j = /^(?:the|a|an)$/.test(before[k - 1]?.lower ?? '') ? k - 2 : k - 1;
      return /^(?:on|at|into|against|to|toward|towards|among)$/.test(before[j]?.lower ?? '');
    };
    if (before.some((t, k) => CROWDS.has(t.lower) && !crowdIsObject(k))) return 'PROTEST';
    if (CROWDS.has(subject[0]?.lower ?? '') && i <= 9 && !tokens.slice(0, i).some((t) => t.text === ',' || /^(?:and|but|who|which|that)$/.test(t.lower))) return 'PROTEST';
    if (form.type === 'FIGHT' && before.some((t) => IRREGULARS.has(t.lower))) return 'ASSAULT';
    // "the army bombed an ELN camp", "troops shelled the village": an armed force's bombing is military force (CAMEO 195)
    if (form.lemma === 'bomb' && before.some((t) => FORCES.has(t.lower)) && !before.some((t) => IRREGULARS.has(t.lower))) return 'FIGHT';
    // "Kyrgyz fire killed five Tajik border guards": killing soldiers in an exchange between armed forces is combat
    if (form.lemma === 'kill' && !before.some((t) => IRREGULARS.has(t.lower))
      && tokens.slice(i + 1, i + 6).some((t) => SOLDIERS.has(t.lower)) && before.some((t) => FORCES.has(t.lower))) return 'FIGHT';
  }
  // "would appeal to the High Court", "appealed against the ruling": contesting a decision rejects it; "appealed for aid" asks
  if (form.lemma === 'appeal' && contestsDecision(tokens, i + form.words.length)) return 'REJECT';
  // "said it would appeal.", "will appeal, its lawyer said": the verb with no object is an appeal against a decision
  if (form.lemma === 'appeal' && (form.pos === 'verb' || /^(?:would|will|to|could|may|might|shall|must)$/.test(tokens[i - 1]?.lower ?? ''))
    && /^[.,;]$/.test(tokens[i + form.words.length]?.text ?? '')) return 'REJECT';
  // "tried to seize a height overlooking the river": taking ground is military force, not an arrest or a confiscation
  if (form.lemma === 'seize' && tokens.slice(i + 1, i + 5).some((t) => TERRAIN.has(t.lower))) return 'FIGHT';
  // "a court approved his surrender", "Barutwanayo's surrender to the ICC": handing a person over to justice is coercion, not a retreat
  if (form.lemma === 'surrender' && form.pos === 'noun' && (/^(?:his|her)$/.test(tokens[i - 1]?.lower ?? '')
    || (/^['’]s$/.test(tokens[i - 1]?.text ?? '') && mentions.some((m) => m.last === i - 2 && m.type === 'PERSON')))) return 'COERCE';
  // "19 escapees were recaptured", "captured the fugitive": taking people back into custody is policing
  if ((form.lemma === 'capture' || form.lemma === 'recapture') && tokens.slice(Math.max(0, i - 6), i + 5).some((t) => CUSTODY.has(t.lower))) return 'COERCE';
  // "Police recaptured 19 of them": police take people back, they do not take ground
  if ((form.lemma === 'capture' || form.lemma === 'recapture') && tokens.slice(Math.max(0, i - 4), i).some((t) => POLICING.has(t.lower))
    && !mentions.some((m) => m.first > i && m.first <= i + 3 && m.type === 'LOCATION')) return 'COERCE';
  // "withdrew its threat", "withdrew the finance bill": taking back a demand, threat or measure concedes (RETREAT is troops leaving)
  if (form.type === 'RETREAT' && form.lemma === 'withdraw' && tokens.slice(i + 1, i + 5).some((t) => RETRACTABLE.has(t.lower))) return 'CONCEDE';
  // "the rebels seized Goma": taking a named place is taking ground
  const at = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  if ((form.lemma === 'seize' || form.lemma === 'capture') && mentions.some((m) => m.first === at && m.type === 'LOCATION')) return 'FIGHT';
  if (form.lemma === 'protest' && form.pos !== 'noun' && tokens[i + 1]?.lower === 'to') return 'DISAPPROVE';
  // "drawing a sharp protest from the commerce ministry": a body's protest is a diplomatic one
  if (form.lemma === 'protest' && tokens[i + 1]?.lower === 'from') return 'DISAPPROVE';
  if (form.lemma === 'walk out' && tokens.slice(i + 1, i + 6).some((t) => /^(?:talks|negotiations|meeting|session|summit|conference)$/.test(t.lower))) return 'REJECT';
  if (form.type === 'SANCTION' && form.lemma === 'ban' && tokens.slice(i + 1, i + 5).some((t) => DOMESTIC_BANS.has(t.lower))) return 'COERCE';
  // "revoked a military agreement with the United States": retracting an agreement rejects it
  if (/^(?:revoke|cancel|scrap|terminate|abrogate|annul)$/.test(form.lemma) && tokens.slice(i + 1, i + 5).some((t) => /^(?:agreement|agreements|accord|deal|treaty|pact|memorandum)$/.test(t.lower))) return 'REJECT';
  // "suspended peace talks with the ELN": breaking off negotiations rejects them (CAMEO 12)
  if (form.type === 'SANCTION' && form.lemma === 'suspend' && tokens.slice(i + 1, i + 4).some((t) => /^(?:talks|negotiations|dialogue)$/.test(t.lower))) return 'REJECT';
  // "suspended the constitution", "dissolved parliament": a government's own institutions are coerced, not sanctioned
  if (form.type === 'SANCTION' && form.lemma === 'suspend' && tokens.slice(i + 1, i + 4).some((t) => INSTITUTIONS_SUSPENDED.has(t.lower))) return 'COERCE';
  // "expelled three diplomats": reducing relations (CAMEO 16) is a sanction; expelling migrants is coercion
  if (form.type === 'COERCE' && (form.lemma === 'expel' || form.lemma === 'expulsion') && tokens.slice(i + 1, i + 6).some((t) => DIPLOMATS.has(t.lower))) return 'SANCTION';
  // "voted to expel Marufu and eight others from the party", "expelled from the union": a body expelling its own members
  // penalises them (an administrative sanction), it does not remove people from a territory
  if (form.type === 'COERCE' && (form.lemma === 'expel' || form.lemma === 'expulsion')
    && tokens.slice(i + 1, i + 14).some((t, j, ts) => t.lower === 'from' && /^(?:the|its|their)$/.test(ts[j + 1]?.lower ?? '') && MEMBERSHIP_BODIES.has(ts[j + 2]?.lower ?? ''))) return 'SANCTION';
  // "police blocked the march": stopping a gathering is coercion
  if (form.type === 'REJECT' && form.lemma === 'block' && /^(?:march|marchers|protest|protests|protesters|rally|demonstration|demonstrators|procession|convoy|crowd)$/.test(
    (tokens.slice(i + 1, i + 4).find((t) => t.isWord && !/^(?:the|a|an|their|its)$/.test(t.lower)) as Token | undefined)?.lower ?? '')) return 'COERCE';
  // "protesters blocked the main highway": a blockade by a crowd, or of a road, is a protest, not a veto
  if (form.type === 'REJECT' && form.lemma === 'block' && (tokens.slice(Math.max(0, i - 6), i).some((t) => CROWDS.has(t.lower)) || tokens.slice(i + 1, i + 5).some((t) => ROADS.has(t.lower)))) {
    // "police blocked the gates of Government House with barricades": a force holding a crowd back coerces it
    return tokens.slice(Math.max(0, i - 4), i).some((t) => BLOCKING_FORCES.has(t.lower)) ? 'COERCE' : 'PROTEST';
  }
  if (form.type === 'COERCE' && form.pos === 'noun' && LIFTABLE.has((tokens[i + form.words.length - 1] as Token | undefined)?.lower ?? '')) {
    for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) {
      const w = (tokens[k] as Token).lower;
      // "ruled out a state of emergency" is no lifting of one
      if ((RELIEF.has(w) && !(w === 'out' && /^(?:rule|rules|ruled|ruling)$/.test(tokens[k - 1]?.lower ?? ''))) || /^(?:end|ends|ended|ending)$/.test(w)) return 'CONCEDE';
    }
  }
  if (form.type === 'FIGHT' && /^(?:raid|intercept)$/.test(form.lemma)
    && mentionsLawEnforcement(tokens)) return 'COERCE';
  // "raided the party's headquarters, arresting 26 workers": a raid that makes arrests is policing
  if (form.type === 'FIGHT' && form.lemma === 'raid' && tokens.some((t) => /^(?:arrest|arrests|arrested|arresting|detain|detained|detaining|detentions?|seized|seizing|confiscat\w*|searched)$/.test(t.lower))) return 'COERCE';
  if (form.type === 'CONCEDE' && form.lemma === 'release' && tokens.slice(i + 1, i + 5).some((t) => MONEY_WORDS.test(t.lower) || isCurrency(t.lower))) return 'AID';
  // "struck a deal", "energy companies also struck deals": striking a bargain is agreeing
  if (form.type === 'FIGHT' && form.lemma === 'strike' && form.pos !== 'noun' && tokens.slice(i + 1, i + 5).some((t) => /^(?:deals?|agreements?|accords?|bargains?|compromises?|pacts?)$/.test(t.lower))) return 'AGREE';
  if (form.type === 'FIGHT' && form.lemma === 'strike' && tokens.some((t) => LABOUR.has(t.lower))) return 'PROTEST';
  if (form.type === 'PROTEST' && form.lemma === 'protest') {
    for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) if (PROTEST_DELIVERY.has((tokens[k] as Token).lower)) return 'DISAPPROVE';
  }
  if (form.type === 'FIGHT' && isWeaponsTest(tokens, i, i + form.words.length + 2)) return 'MOBILIZE';
  if (form.type === 'SANCTION' && form.pos !== 'verb') {
    for (let k = i - 1; k >= 0 && k >= i - 5; k -= 1) {
      const t = tokens[k] as Token;
      if (!t.isWord && !t.isNumber) break;
      if (RELIEF.has(t.lower) && !(t.lower === 'out' && tokens[k - 1]?.lower !== 'phase' && !/^phas/.test(tokens[k - 1]?.lower ?? ''))) return 'CONCEDE';
    }
  }
  return form.type;
}
