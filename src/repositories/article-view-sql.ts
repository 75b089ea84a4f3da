/**
 * The article view in one statement: PostgreSQL assembles each article's mentions (with their
 * entities), events (with place and participants), relations and quotes as JSON, so a page of
 * articles is one round trip.
 */
import type { ArticleEntityView, ArticleView, EntityRef, EventView, PlaceView, QuoteView, RelationView, SpanView } from './article-repository';

const ref = (alias: string) => `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type)`;

export const ARTICLE_VIEW_SQL = `
SELECT a.id, a.url, a.title, a.body, a.published_at, a.language, a.ingested_at, a.pipeline_version,
  (SELECT json_build_object('id', s.id, 'name', s.name, 'domain', s.domain) FROM sources s WHERE s.id = a.source_id) AS source,
  (SELECT coalesce(json_agg(json_build_object(
      'field', m.field, 'start', m.start, 'end', m."end", 'text', m.text, 'sentenceIndex', m.sentence_index,
      'confidence', m.confidence, 'entity', json_build_object(
        'id', e.id, 'name', e.name, 'type', e.type, 'aliases', e.aliases, 'wikidataId', e.wikidata_id,
        'latitude', e.latitude, 'longitude', e.longitude, 'countryCode', e.country_code,
        'featureType', e.feature_type, 'geonamesId', e.geonames_id))
    ORDER BY m.field, m.start, m.id), '[]')
   FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = a.id) AS mentions,
  (SELECT coalesce(json_agg(json_build_object(
      'id', ev.id, 'type', ev.type, 'summary', ev.summary, 'date', ev.date, 'datePrecision', ev.date_precision,
      'count', ev.count, 'countQualifier', ev.count_qualifier, 'killed', ev.killed, 'injured', ev.injured,
      'modality', ev.modality, 'attribution', ev.attribution, 'confidence', ev.confidence,
      'evidence', json_build_object('field', ev.evidence_field, 'start', ev.evidence_start, 'end', ev.evidence_end, 'text', ev.evidence_text),
      'location', (SELECT ${ref('l')} FROM entities l WHERE l.id = ev.location_id),
      'participants', (SELECT coalesce(json_agg(json_build_object('role', p.role, 'entity', ${ref('pe')}) ORDER BY p.role, pe.name, pe.id), '[]')
                       FROM event_participants p JOIN entities pe ON pe.id = p.entity_id WHERE p.event_id = ev.id))
    ORDER BY ev.evidence_field, ev.evidence_start, ev.id), '[]')
   FROM events ev WHERE ev.article_id = a.id) AS events,
  (SELECT coalesce(json_agg(json_build_object(
      'id', r.id, 'predicate', r.predicate, 'subject', ${ref('rs')}, 'object', ${ref('ro')}, 'role', r.role,
      'evidence', CASE WHEN r.evidence_field IS NULL THEN NULL ELSE json_build_object(
        'field', r.evidence_field, 'start', r.evidence_start, 'end', r.evidence_end, 'text', r.evidence_text) END,
      'confidence', r.confidence)
    ORDER BY r.evidence_field NULLS LAST, r.evidence_start, r.id), '[]')
   FROM relations r JOIN entities rs ON rs.id = r.subject_id JOIN entities ro ON ro.id = r.object_id WHERE r.article_id = a.id) AS relations,
  (SELECT coalesce(json_agg(json_build_object(
      'id', q.id, 'text', q.text, 'speaker', CASE WHEN qs.id IS NULL THEN NULL ELSE ${ref('qs')} END,
      'speakerText', q.speaker_text, 'span', json_build_object('field', q.field, 'start', q.start, 'end', q."end", 'text', q.text))
    ORDER BY q.field, q.start, q.id), '[]')
   FROM quotes q LEFT JOIN entities qs ON qs.id = q.speaker_id WHERE q.article_id = a.id) AS quotes
FROM articles a WHERE a.id = ANY($1::uuid[])`;

interface MentionRow extends SpanView {
  sentenceIndex: number;
  confidence: number;
  entity: EntityRef & {
    aliases: string[];
    wikidataId: string | null;
    latitude: number | null;
    longitude: number | null;
    countryCode: string | null;
    featureType: string | null;
    geonamesId: number | null;
  };
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  body: string;
  published_at: Date | null;
  language: string;
  ingested_at: Date;
  pipeline_version: string;
  source: ArticleView['source'];
  mentions: MentionRow[];
  events: EventView[];
  relations: RelationView[];
  quotes: QuoteView[];
}

/** Where the entity is, when it has coordinates: a place, or a body that is also a site ("Civil Hospital", as GraphQL shows it too). */
function placeOf(entity: MentionRow['entity']): PlaceView | null {
  if (entity.latitude === null || entity.longitude === null) return null;
  const { latitude, longitude, countryCode, featureType, geonamesId } = entity;
  return { latitude, longitude, countryCode, featureType, geonamesId };
}

/** Entities in the order of their first mention (title first), each with its mentions. */
function entitiesOf(mentions: MentionRow[]): ArticleEntityView[] {
  const byId = new Map<string, ArticleEntityView>();
  for (const { entity, field, start, end, text, sentenceIndex, confidence } of mentions) {
    let view = byId.get(entity.id);
    if (!view) {
      const { id, name, type, aliases, wikidataId } = entity;
      view = { id, name, type, aliases, wikidataId, location: placeOf(entity), mentions: [] };
      byId.set(entity.id, view);
    }
    view.mentions.push({ field, start, end, text, sentenceIndex, confidence });
  }
  return [...byId.values()];
}

export function toView(row: ArticleRow): ArticleView {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    body: row.body,
    publishedAt: row.published_at?.toISOString() ?? null,
    language: row.language,
    ingestedAt: row.ingested_at.toISOString(),
    pipelineVersion: row.pipeline_version,
    source: row.source,
    entities: entitiesOf(row.mentions),
    events: row.events,
    relations: row.relations,
    quotes: row.quotes,
  };
}
