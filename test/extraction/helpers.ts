import { createExtractor, type ExtractedEntity, type ExtractedEvent, type ExtractionInput, type ExtractionResult, type Span } from '../../src/extraction';

const extractor = createExtractor();

export const PUBLISHED = new Date('2024-02-03T10:00:00Z'); // a Saturday

export function run(body: string, title = '', publishedAt: Date = PUBLISHED): ExtractionResult {
  return extractor.extract({ title, body, publishedAt });
}

export function entityByAlias(r: ExtractionResult, surface: string): ExtractedEntity | undefined {
  return r.entities.find((e) => e.name === surface || e.aliases.includes(surface) || e.mentions.some((m) => m.text === surface));
}

export function entityByKey(r: ExtractionResult, key: string): ExtractedEntity | undefined {
  return r.entities.find((e) => e.key === key);
}

/** Every span the result reports slices exactly out of its field. */
export function spanProblems(input: ExtractionInput, r: ExtractionResult): string[] {
  const fields = { TITLE: input.title, BODY: input.body };
  const problems: string[] = [];
  const check = (what: string, s: Span) => {
    if (fields[s.field].slice(s.start, s.end) !== s.text) problems.push(`${what}: ${JSON.stringify(s)}`);
  };
  for (const e of r.entities) for (const m of e.mentions) check(`mention of ${e.key}`, m);
  for (const ev of r.events) check(`event ${ev.type}`, ev.evidence);
  for (const rel of r.relations) if (rel.evidence) check(`relation ${rel.predicate}`, rel.evidence);
  for (const q of r.quotes) {
    check('quote', q.span);
    if (q.text !== q.span.text) problems.push(`quote text differs from span: ${q.text}`);
  }
  return problems;
}

/** Keys referenced by events/relations/places that are not in `entities`. */
export function danglingKeys(r: ExtractionResult): string[] {
  const keys = new Set(r.entities.map((e) => e.key));
  const refs = [
    ...r.events.flatMap((ev) => [...ev.participants.map((p) => p.entityKey), ...(ev.locationKey ? [ev.locationKey] : [])]),
    ...r.relations.flatMap((rel) => [rel.subjectKey, rel.objectKey]),
    ...r.entities.flatMap((e) => (e.place?.containedInKey ? [e.place.containedInKey] : [])),
    ...r.quotes.flatMap((q) => (q.speakerKey ? [q.speakerKey] : [])),
  ];
  return refs.filter((k) => !keys.has(k));
}

/** Entity keys of an event's participants in one role. */
export const role = (ev: ExtractedEvent | undefined, r: 'ACTOR' | 'TARGET'): string[] => (ev?.participants ?? []).filter((p) => p.role === r).map((p) => p.entityKey);

export const ofType = (r: ExtractionResult, type: string): ExtractedEvent[] => r.events.filter((e) => e.type === type);

/** Key of the entity a surface form belongs to. */
export const keyOf = (r: ExtractionResult, surface: string): string | undefined => entityByAlias(r, surface)?.key;

/** Entity key of the first actor of the first event of a type. */
export const firstActor = (r: ExtractionResult, type: string): string | undefined =>
  r.events.find((e) => e.type === type)?.participants.find((p) => p.role === 'ACTOR')?.entityKey;
