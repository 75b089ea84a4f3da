/**
 * Writes one article's extraction inside the ingest transaction: entities first (their ids are
 * needed), then every other table in one statement (unnest() of column arrays). Hand-written
 * SQL rather than Prisma here: a profile showed Prisma's createMany and interactive
 * transaction costing ~30 ms of a ~40 ms ingest.
 *
 * Entities are upserted on their normalized key, sorted by key so that concurrent ingests
 * lock rows in the same order and cannot deadlock; aliases accumulate; known facts are never
 * erased.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ExtractedEntity, ExtractedEvent, ExtractionResult } from '../extraction/types';

function entityColumns(entities: ExtractedEntity[]): unknown[] {
  return [
    entities.map((e) => e.key),
    entities.map((e) => e.type),
    entities.map((e) => e.name),
    entities.map((e) => JSON.stringify(e.aliases)),
    entities.map((e) => e.wikidataId),
    entities.map((e) => e.place?.geonamesId ?? null),
    entities.map((e) => e.place?.latitude ?? null),
    entities.map((e) => e.place?.longitude ?? null),
    entities.map((e) => e.place?.countryCode ?? null),
    entities.map((e) => e.place?.featureType ?? null),
  ];
}

const ENTITY_INPUT = `unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::int[], $7::float8[], $8::float8[], $9::text[], $10::text[])
  AS input(k, t, n, al, w, g, lat, lon, cc, ft)`;

interface StoredEntity {
  id: string;
  key: string;
  name: string;
  aliases: string[];
  wikidata_id: string | null;
  latitude: number | null;
}

/** Whether this article tells the stored entity something new (an alias, an identifier, coordinates). */
function addsToStored(entity: ExtractedEntity, stored: StoredEntity): boolean {
  const known = new Set([stored.name, ...stored.aliases]);
  return (
    entity.aliases.some((alias) => !known.has(alias)) ||
    (stored.wikidata_id === null && entity.wikidataId !== null) ||
    (stored.latitude === null && entity.place !== null)
  );
}

/**
 * Inserts new entities; updates stored ones only when the article adds to them. Most entities
 * of a news article are already known and unchanged, so most ingests take no row lock on
 * shared entities ("United States") and do not queue behind each other.
 */
async function upsertEntities(client: pg.PoolClient, entities: ExtractedEntity[]): Promise<Map<string, string>> {
  const sorted = [...entities].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (sorted.length === 0) return new Map();
  const inserted = await client.query<{ id: string; key: string }>(
    `INSERT INTO entities (key, type, name, aliases, wikidata_id, geonames_id, latitude, longitude, country_code, feature_type)
     SELECT k, t::"EntityType", n, COALESCE((SELECT array_agg(a) FROM jsonb_array_elements_text(al) a), '{}'),
            w, g, lat, lon, cc, ft::"FeatureType"
     FROM ${ENTITY_INPUT}
     ON CONFLICT (key) DO NOTHING
     RETURNING id, key`,
    entityColumns(sorted),
  );
  const ids = new Map(inserted.rows.map((row) => [row.key, row.id]));
  const existing = sorted.filter((e) => !ids.has(e.key));
  if (existing.length === 0) return ids;
  const stored = await client.query<StoredEntity>(
    'SELECT id, key, name, aliases, wikidata_id, latitude FROM entities WHERE key = ANY($1::text[])',
    [existing.map((e) => e.key)],
  );
  const byKey = new Map(stored.rows.map((row) => [row.key, row]));
  for (const row of stored.rows) ids.set(row.key, row.id);
  const changed = existing.filter((e) => byKey.has(e.key) && addsToStored(e, byKey.get(e.key)!));
  if (changed.length > 0) await mergeIntoStored(client, changed);
  return ids;
}

/** Aliases accumulate; identifiers and coordinates fill gaps and never overwrite. Key order avoids deadlocks. */
async function mergeIntoStored(client: pg.PoolClient, entities: ExtractedEntity[]): Promise<void> {
  await client.query(
    `UPDATE entities SET
       aliases = ARRAY(
         SELECT DISTINCT a FROM unnest(entities.aliases || COALESCE((SELECT array_agg(x) FROM jsonb_array_elements_text(input.al) x), '{}')) a
         WHERE a <> entities.name ORDER BY a
       ),
       wikidata_id = COALESCE(entities.wikidata_id, input.w),
       geonames_id = COALESCE(entities.geonames_id, input.g),
       latitude = COALESCE(entities.latitude, input.lat),
       longitude = COALESCE(entities.longitude, input.lon),
       country_code = COALESCE(entities.country_code, input.cc),
       feature_type = COALESCE(entities.feature_type, input.ft::"FeatureType"),
       updated_at = now()
     FROM (SELECT * FROM ${ENTITY_INPUT} ORDER BY k) AS input
     WHERE entities.key = input.k`,
    entityColumns(entities),
  );
}

/**
 * A place's container: its region when known (city → region), else its `containedInKey`. A place
 * already linked keeps its container, unless the new one lies inside it (a city stored inside its
 * country before regions were known moves into its region, which is inside that country).
 */
async function linkContainment(client: pg.PoolClient, entities: ExtractedEntity[], ids: Map<string, string>): Promise<void> {
  const parentKey = (e: ExtractedEntity) => (e.place?.regionKey && ids.has(e.place.regionKey) ? e.place.regionKey : e.place?.containedInKey);
  // regions are linked to their countries first, so that a city's move into its region can see it
  const inRegion = (e: ExtractedEntity) => !!e.place?.regionKey && ids.has(e.place.regionKey);
  for (const batch of [entities.filter((e) => !inRegion(e)), entities.filter(inRegion)]) await linkBatch(client, batch, ids, parentKey);
}

async function linkBatch(client: pg.PoolClient, entities: ExtractedEntity[], ids: Map<string, string>, parentKey: (e: ExtractedEntity) => string | null | undefined): Promise<void> {
  const links = entities
    .filter((e) => { const k = parentKey(e); return !!k && ids.has(k); })
    .map((e) => ({ id: ids.get(e.key)!, parent: ids.get(parentKey(e)!)! }))
    .filter((link) => link.id !== link.parent)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (links.length === 0) return;
  await client.query(
    `UPDATE entities SET contained_in_id = link.parent
     FROM unnest($1::uuid[], $2::uuid[]) AS link(id, parent)
     WHERE entities.id = link.id
       AND (entities.contained_in_id IS NULL
         OR (entities.contained_in_id <> link.parent
           AND entities.contained_in_id = (SELECT p.contained_in_id FROM entities p WHERE p.id = link.parent)))`,
    [links.map((l) => l.id), links.map((l) => l.parent)],
  );
}

type Columns = [name: string, type: string, values: unknown[]][];

interface TableRows {
  table: string;
  columns: Columns;
}

/**
 * Inserts rows into several tables in one statement: one data-modifying CTE per table, each an
 * INSERT ... SELECT FROM unnest() of column arrays. One round trip instead of one per table
 * (a profile showed the per-statement socket writes as the largest cost of an ingest). Foreign
 * keys between them (participants → events) are checked at the end of the statement.
 */
async function insertAll(client: pg.PoolClient, inserts: TableRows[]): Promise<void> {
  const params: unknown[] = [];
  const ctes = inserts
    .filter(({ columns }) => (columns[0]?.[2].length ?? 0) > 0)
    .map(({ table, columns }, i) => {
      const names = columns.map(([name]) => `"${name}"`).join(', ');
      const arrays = columns.map(([, type, values]) => {
        params.push(values);
        return `$${params.length}::${type}[]`;
      });
      return `i${i} AS (INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays.join(', ')}))`;
    });
  if (ctes.length === 0) return;
  await client.query(`WITH ${ctes.join(',\n')} SELECT 1`, params);
}

function mentionRows(articleId: string, result: ExtractionResult, ids: Map<string, string>): TableRows {
  const mentions = result.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, entityId: ids.get(entity.key)! })));
  return {
    table: 'mentions',
    columns: [
      ['article_id', 'uuid', mentions.map(() => articleId)],
      ['entity_id', 'uuid', mentions.map((m) => m.entityId)],
      ['field', '"TextField"', mentions.map((m) => m.field)],
      ['start', 'int', mentions.map((m) => m.start)],
      ['end', 'int', mentions.map((m) => m.end)],
      ['text', 'text', mentions.map((m) => m.text)],
      ['sentence_index', 'int', mentions.map((m) => m.sentenceIndex)],
      ['confidence', 'float8', mentions.map((m) => m.confidence)],
    ],
  };
}

function eventRows(articleId: string, result: ExtractionResult, ids: Map<string, string>, keep?: KeptIds): TableRows[] {
  const events = result.events.map((event) => ({ ...event, id: keep?.eventId(event) ?? randomUUID() }));
  const idOf = (key: string | null) => (key === null ? null : ids.get(key) ?? null);
  // A participant listed twice in one role is one row.
  const seen = new Set<string>();
  const participants = events.flatMap((e) =>
    e.participants
      .filter((p) => ids.has(p.entityKey))
      .map((p) => ({ eventId: e.id, entityId: ids.get(p.entityKey)!, role: p.role }))
      .filter((p) => !seen.has(`${p.eventId}|${p.entityId}|${p.role}`) && seen.add(`${p.eventId}|${p.entityId}|${p.role}`)),
  );
  return [
    {
      table: 'events',
      columns: [
        ['id', 'uuid', events.map((e) => e.id)],
        ['article_id', 'uuid', events.map(() => articleId)],
        ['type', '"EventType"', events.map((e) => e.type)],
        ['summary', 'text', events.map((e) => e.summary)],
        ['evidence_field', '"TextField"', events.map((e) => e.evidence.field)],
        ['evidence_start', 'int', events.map((e) => e.evidence.start)],
        ['evidence_end', 'int', events.map((e) => e.evidence.end)],
        ['evidence_text', 'text', events.map((e) => e.evidence.text)],
        ['date', 'date', events.map((e) => e.date)],
        ['date_precision', '"DatePrecision"', events.map((e) => e.datePrecision)],
        ['count', 'int', events.map((e) => e.count)],
        ['count_qualifier', '"CountQualifier"', events.map((e) => e.countQualifier)],
        ['killed', 'int', events.map((e) => e.killed)],
        ['injured', 'int', events.map((e) => e.injured)],
        ['modality', '"Modality"', events.map((e) => e.modality)],
        ['attribution', 'text', events.map((e) => e.attribution)],
        ['location_id', 'uuid', events.map((e) => idOf(e.locationKey))],
        ['confidence', 'float8', events.map((e) => e.confidence)],
      ],
    },
    {
      table: 'event_participants',
      columns: [
        ['event_id', 'uuid', participants.map((p) => p.eventId)],
        ['entity_id', 'uuid', participants.map((p) => p.entityId)],
        ['role', '"ParticipantRole"', participants.map((p) => p.role)],
      ],
    },
  ];
}

function relationRows(articleId: string, result: ExtractionResult, ids: Map<string, string>, keep?: KeptIds): TableRows {
  const relations = result.relations.filter((r) => ids.has(r.subjectKey) && ids.has(r.objectKey));
  return {
    table: 'relations',
    columns: [
      ['id', 'uuid', relations.map((r) => keep?.relationId(ids.get(r.subjectKey)!, r.predicate, ids.get(r.objectKey)!) ?? randomUUID())],
      ['article_id', 'uuid', relations.map(() => articleId)],
      ['subject_id', 'uuid', relations.map((r) => ids.get(r.subjectKey)!)],
      ['predicate', '"RelationPredicate"', relations.map((r) => r.predicate)],
      ['object_id', 'uuid', relations.map((r) => ids.get(r.objectKey)!)],
      ['role', 'text', relations.map((r) => r.role)],
      ['evidence_field', '"TextField"', relations.map((r) => r.evidence?.field ?? null)],
      ['evidence_start', 'int', relations.map((r) => r.evidence?.start ?? null)],
      ['evidence_end', 'int', relations.map((r) => r.evidence?.end ?? null)],
      ['evidence_text', 'text', relations.map((r) => r.evidence?.text ?? null)],
      ['confidence', 'float8', relations.map((r) => r.confidence)],
    ],
  };
}

function quoteRows(articleId: string, result: ExtractionResult, ids: Map<string, string>): TableRows {
  const quotes = result.quotes;
  return {
    table: 'quotes',
    columns: [
      ['article_id', 'uuid', quotes.map(() => articleId)],
      ['speaker_id', 'uuid', quotes.map((q) => (q.speakerKey === null ? null : ids.get(q.speakerKey) ?? null))],
      ['speaker_text', 'text', quotes.map((q) => q.speakerText)],
      ['text', 'text', quotes.map((q) => q.text)],
      ['field', '"TextField"', quotes.map((q) => q.span.field)],
      ['start', 'int', quotes.map((q) => q.span.start)],
      ['end', 'int', quotes.map((q) => q.span.end)],
    ],
  };
}

/** Ids to keep when re-extracting: the same event or relation found again keeps its id. */
export interface KeptIds {
  eventId(event: ExtractedEvent): string | undefined;
  relationId(subjectId: string, predicate: string, objectId: string): string | undefined;
}

export async function writeExtraction(client: pg.PoolClient, articleId: string, result: ExtractionResult, keep?: KeptIds): Promise<void> {
  const ids = await upsertEntities(client, result.entities);
  await linkContainment(client, result.entities, ids);
  await insertAll(client, [
    mentionRows(articleId, result, ids),
    ...eventRows(articleId, result, ids, keep),
    relationRows(articleId, result, ids, keep),
    quoteRows(articleId, result, ids),
  ]);
}
