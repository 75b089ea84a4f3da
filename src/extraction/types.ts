/**
 * The contract of the extraction pipeline: text in, typed result out.
 * No I/O, no database, no HTTP. Everything downstream (ingest, storage, API)
 * depends only on these types, so another extractor (say, an HTTP NER service)
 * can be plugged in by implementing `Extractor`.
 */

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'GROUP', 'LOCATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The 19 PLOVER event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE',
  'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE',
  'ASSAULT', 'FIGHT', 'CRIME',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const FEATURE_TYPES = [
  'CONTINENT', 'COUNTRY', 'REGION', 'CITY', 'WATER_BODY', 'FACILITY', 'GEO_REGION', 'OTHER',
] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

export const MODALITIES = ['ASSERTED', 'HYPOTHETICAL', 'NEGATED', 'FUTURE'] as const;
export type Modality = (typeof MODALITIES)[number];

export const COUNT_QUALIFIERS = ['EXACT', 'ABOUT', 'OVER', 'AT_LEAST', 'UNDER'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PARTICIPANT_ROLES = ['ACTOR', 'TARGET', 'OTHER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const RELATION_PREDICATES = [
  'SUPPORTS', 'COOPERATES_WITH', 'OPPOSES', 'MEMBER_OF', 'PART_OF', 'LEADS', 'HOLDS_ROLE_IN',
  'SPOKESPERSON_FOR', 'LOCATED_IN',
] as const;
export type RelationPredicate = (typeof RELATION_PREDICATES)[number];

/** Which text of the article an offset points into. */
export type TextField = 'TITLE' | 'BODY';

/** A stretch of the article's text: `text === article[field].slice(start, end)` always holds. */
export interface Span {
  field: TextField;
  start: number;
  end: number;
  text: string;
}

export interface ExtractionInput {
  title: string;
  body: string;
  /** Relative dates ("on Saturday") resolve against this; defaults to now when absent. */
  publishedAt?: Date | null;
  /** Name of the outlet, when known; helps attribution. */
  source?: string | null;
}

export interface ExtractedMention extends Span {
  /** Index of the sentence within its field (title is sentence 0 of TITLE). */
  sentenceIndex: number;
  /** 0..1 */
  confidence: number;
}

export interface PlaceInfo {
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2, or null for places in no single country (seas, regions). */
  countryCode: string | null;
  featureType: FeatureType;
  geonamesId: number | null;
  /** `key` of the containing place (city → region → country), when known. */
  containedInKey: string | null;
  /**
   * For a city: `key` of the first-level region (state, province, oblast) it lies in, when the
   * gazetteer knows it; `containedInKey` stays the country. Stored as the city's container, so a
   * query for the region finds the city's events (city → region → country).
   */
  regionKey?: string | null;
}

export interface ExtractedEntity {
  /**
   * Normalized key, stable across articles: the same real-world thing gets the same key in
   * every article (e.g. "LOCATION:geonames:163843", "ORGANIZATION:syrian democratic forces").
   * Storage deduplicates entities on it.
   */
  key: string;
  name: string;
  type: EntityType;
  /** Other surface forms seen for it (not including `name`). */
  aliases: string[];
  wikidataId: string | null;
  place: PlaceInfo | null;
  mentions: ExtractedMention[];
  confidence: number;
}

export interface ExtractedParticipant {
  entityKey: string;
  role: ParticipantRole;
}

export interface ExtractedEvent {
  type: PloverType;
  summary: string;
  evidence: Span;
  /** ISO date (YYYY-MM-DD; first day of the month/year for coarser precision). */
  date: string | null;
  datePrecision: DatePrecision | null;
  count: number | null;
  countQualifier: CountQualifier | null;
  killed: number | null;
  injured: number | null;
  modality: Modality;
  /** Who says so, as written ("sources told Al Mayadeen"). */
  attribution: string | null;
  locationKey: string | null;
  participants: ExtractedParticipant[];
  confidence: number;
}

export interface ExtractedRelation {
  subjectKey: string;
  predicate: RelationPredicate;
  objectKey: string;
  /** Null for relations known from the gazetteer (city LOCATED_IN country). */
  evidence: Span | null;
  /** Free text qualifier, e.g. the job title for HOLDS_ROLE_IN ("CEO"). */
  role: string | null;
  confidence: number;
}

export interface ExtractedQuote {
  speakerKey: string | null;
  /** The speaker as written when not an entity ("the sources", "a spokesman"). */
  speakerText: string | null;
  text: string;
  span: Span;
}

export interface ExtractionResult {
  pipelineVersion: string;
  language: string;
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
  quotes: ExtractedQuote[];
}

/** What the ingest service depends on. The built-in pipeline is the default implementation. */
export interface Extractor {
  readonly version: string;
  extract(input: ExtractionInput): ExtractionResult;
}
