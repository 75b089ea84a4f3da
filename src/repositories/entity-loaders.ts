/**
 * Batch reads for GraphQL loaders: each function answers for many entities in one SQL
 * statement (`= ANY($1)`), so a nested query costs the same number of statements whatever
 * its page size. Results are keyed by entity id; the loaders re-order them to their keys.
 * Orders and limits match the single-entity reads in entity-repository.ts.
 */
import type { Db } from '../db/client';
import type { EntityRef } from './article-repository';
import { isId } from './cursor';
import { ENTITY_COLUMNS, toSummary, type EntityRelationView, type EntitySummary } from './entity-repository';

/** As many relations per entity as getEntity shows. */
export const RELATIONS_PER_ENTITY = 200;
/** As many co-mentioned entities per entity as getEntity shows. */
export const CO_MENTIONED_PER_ENTITY = 10;

function validIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isId).map((id) => id.toLowerCase()))];
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return groups;
}

/** Entities by id, with their mention and article counts; unknown ids are absent from the map. */
export async function entitiesByIds(db: Db, ids: readonly string[]): Promise<Map<string, EntitySummary>> {
  const keys = validIds(ids);
  if (keys.length === 0) return new Map();
  const { rows } = await db.pool.query(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = ANY($1::uuid[])`, [keys]);
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

/** Relations each entity is subject or object of. */
export async function relationsByEntities(db: Db, ids: readonly string[]): Promise<Map<string, EntityRelationView[]>> {
  const keys = validIds(ids);
  if (keys.length === 0) return new Map();
  const { rows } = await db.pool.query(
    `SELECT * FROM (
       SELECT k.id AS key, r.id, r.predicate, r.role, r.confidence, r.article_id,
              r.evidence_field, r.evidence_start, r.evidence_end, r.evidence_text,
              s.id AS s_id, s.name AS s_name, s.type AS s_type, o.id AS o_id, o.name AS o_name, o.type AS o_type,
              row_number() OVER (PARTITION BY k.id ORDER BY r.predicate, s.name, o.name, r.id) AS rank
       FROM unnest($1::uuid[]) AS k(id)
       JOIN relations r ON r.subject_id = k.id OR r.object_id = k.id
       JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
     ) ranked WHERE rank <= $2 ORDER BY key, rank`,
    [keys, RELATIONS_PER_ENTITY],
  );
  const views = rows.map((r) => ({
    key: r.key as string,
    view: {
      id: r.id,
      predicate: r.predicate,
      subject: { id: r.s_id, name: r.s_name, type: r.s_type },
      object: { id: r.o_id, name: r.o_name, type: r.o_type },
      role: r.role,
      evidence: r.evidence_field === null ? null : { field: r.evidence_field, start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
      articleId: r.article_id,
      confidence: r.confidence,
    } satisfies EntityRelationView,
  }));
  const grouped = groupBy(views, (v) => v.key);
  return new Map([...grouped].map(([key, list]) => [key, list.map((v) => v.view)]));
}

export interface CoMentionView {
  entity: EntityRef;
  articleCount: number;
}

/** For each entity, the entities that share the most articles with it. */
export async function coMentionedByEntities(db: Db, ids: readonly string[]): Promise<Map<string, CoMentionView[]>> {
  const keys = validIds(ids);
  if (keys.length === 0) return new Map();
  const { rows } = await db.pool.query(
    `SELECT * FROM (
       SELECT mine.entity_id AS key, o.id, o.name, o.type, count(DISTINCT other.article_id)::int AS article_count,
              row_number() OVER (PARTITION BY mine.entity_id ORDER BY count(DISTINCT other.article_id) DESC, o.name) AS rank
       FROM mentions mine
       JOIN mentions other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
       JOIN entities o ON o.id = other.entity_id
       WHERE mine.entity_id = ANY($1::uuid[])
       GROUP BY mine.entity_id, o.id
     ) ranked WHERE rank <= $2 ORDER BY key, rank`,
    [keys, CO_MENTIONED_PER_ENTITY],
  );
  const grouped = groupBy(rows, (r) => r.key as string);
  return new Map(
    [...grouped].map(([key, list]) => [key, list.map((r) => ({ entity: { id: r.id, name: r.name, type: r.type }, articleCount: r.article_count }))]),
  );
}

export interface EntityStats {
  firstSeen: string | null;
  lastSeen: string | null;
  containedInId: string | null;
}

/** First and last time an article named each entity (publication time, else ingestion), and its container place. */
export async function statsByEntities(db: Db, ids: readonly string[]): Promise<Map<string, EntityStats>> {
  const keys = validIds(ids);
  if (keys.length === 0) return new Map();
  const { rows } = await db.pool.query(
    `SELECT e.id, e.contained_in_id,
            min(coalesce(a.published_at, a.ingested_at)) AS first_seen, max(coalesce(a.published_at, a.ingested_at)) AS last_seen
     FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id LEFT JOIN articles a ON a.id = m.article_id
     WHERE e.id = ANY($1::uuid[]) GROUP BY e.id`,
    [keys],
  );
  return new Map(
    rows.map((r) => [r.id, { firstSeen: r.first_seen?.toISOString() ?? null, lastSeen: r.last_seen?.toISOString() ?? null, containedInId: r.contained_in_id }]),
  );
}

export interface TimelineDay {
  date: string;
  mentions: number;
  articles: number;
}

/** Mentions and articles per day (publication day, else ingestion day) for each entity. */
export async function timelinesByEntities(db: Db, ids: readonly string[]): Promise<Map<string, TimelineDay[]>> {
  const keys = validIds(ids);
  if (keys.length === 0) return new Map();
  const { rows } = await db.pool.query(
    `SELECT m.entity_id, to_char(date_trunc('day', coalesce(a.published_at, a.ingested_at) AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day,
            count(*)::int AS mentions, count(DISTINCT a.id)::int AS articles
     FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.entity_id = ANY($1::uuid[]) GROUP BY m.entity_id, day ORDER BY m.entity_id, day`,
    [keys],
  );
  const byEntity = groupBy(rows, (r) => r.entity_id as string);
  return new Map([...byEntity].map(([id, days]) => [id, days.map((d) => ({ date: d.day, mentions: d.mentions, articles: d.articles }))]));
}
