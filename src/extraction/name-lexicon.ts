/**
 * Word knowledge borrowed from compromise's built-in lexicon (given names, surnames, weekdays,
 * months, common words, known multi-word organization and person names) and its verb
 * conjugation model. Compromise's full document tagger costs ~30 ms per 3 KB article, over
 * this pipeline's budget, so only its lexicon and conjugator are used, once, at load time.
 */
import nlp from 'compromise';

type LexiconValue = string | string[];

interface CompromiseWorld {
  model: { one: { lexicon: Record<string, LexiconValue> } };
}

export interface NameLexicon {
  isGivenName(lower: string): boolean;
  isSurname(lower: string): boolean;
  isCalendarWord(lower: string): boolean;
  /** Known as an ordinary (non-name) English word: determiner, verb, adjective, etc. */
  isCommonWord(lower: string): boolean;
  /** Known as a finite verb or modal ("said", "keeps", "will"), not a copula. */
  isVerbForm(lower: string): boolean;
  /** Known as an adjective or a demonym ("european", "arab", "western"). */
  isAdjective(lower: string): boolean;
  /** A given name known only as a woman's ('F') or only as a man's ('M'); null when unknown or both. */
  genderOf(lower: string): 'F' | 'M' | null;
  /** Multi-word and single-word names compromise knows as organizations. */
  organizationNames: string[];
  /** Multi-word names compromise knows as persons ("barack obama"). */
  personNames: string[];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_OR_ORG_TAGS = new Set(['Organization', 'City', 'Country', 'Place', 'Region', 'ProperNoun', 'SportsTeam', 'Demonym', 'Acronym', 'Abbreviation']);
const CALENDAR_TAGS = new Set(['WeekDay', 'Month', 'Date', 'Holiday']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Verb', 'Auxiliary']);

function tagsOf(value: LexiconValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function loadNameLexicon(): NameLexicon {
  const world = nlp.world() as unknown as CompromiseWorld;
  const lexicon = world.model.one.lexicon;
  const has = (lower: string, tags: Set<string>): boolean => tagsOf(lexicon[lower]).some((t) => tags.has(t));
  const organizationNames: string[] = [];
  const personNames: string[] = [];
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = tagsOf(value);
    if (tags.includes('Organization') && word.length > 2) organizationNames.push(word);
    else if (tags.includes('Person') && word.includes(' ')) personNames.push(word);
  }
  return {
    isGivenName: (w) => has(w, new Set(['FirstName', 'MaleName', 'FemaleName'])),
    isSurname: (w) => has(w, new Set(['LastName'])),
    isCalendarWord: (w) => has(w, CALENDAR_TAGS),
    isCommonWord: (w) => {
      const tags = tagsOf(lexicon[w]);
      return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t) || PLACE_OR_ORG_TAGS.has(t));
    },
    isVerbForm: (w) => {
      const tags = tagsOf(lexicon[w]);
      return !tags.includes('Copula') && tags.some((t) => VERB_TAGS.has(t));
    },
    isAdjective: (w) => tagsOf(lexicon[w]).some((t) => t === 'Adjective' || t === 'Demonym'),
    genderOf: (w) => {
      const tags = tagsOf(lexicon[w]);
      const female = tags.includes('FemaleName');
      const male = tags.includes('MaleName');
      return female === male ? null : female ? 'F' : 'M';
    },
    organizationNames,
    personNames,
  };
}

interface ConjugatorWorld {
  model: unknown;
  methods: { two: { transform: { verb: { conjugate(infinitive: string, model: unknown): Record<string, string> } } } };
}

/** All inflected forms of a (possibly phrasal) verb, using compromise's conjugator. */
export function conjugateVerb(infinitive: string): string[] {
  const world = nlp.world() as unknown as ConjugatorWorld;
  const forms = new Set<string>([infinitive]);
  const result = world.methods.two.transform.verb.conjugate(infinitive, world.model);
  for (const [tense, form] of Object.entries(result)) {
    if (tense !== 'FutureTense' && form) forms.add(form.toLowerCase());
  }
  return [...forms];
}
