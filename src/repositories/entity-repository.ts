/**
 * Entities across articles: search (typo-tolerant, over names and aliases), detail with
 * counts, relations and the entities most often mentioned with it, articles, timeline.
 */
import type { Db } from '../db/client';
import { decodeCursor, keysetPage, isId } from './cursor';
import { parseEntityType } from './filters';
import { SqlBuilder } from './sql-builder';
import { coMentionedByEntities, entitiesByIds, relationsByEntities, statsByEntities, timelinesByEntities, type TimelineDay } from './entity-loaders';
import type { EntityRef, Page, PlaceView, RelationView } from './article-repository';

export interface EntitySummary extends EntityRef {
  aliases: string[];
  wikidataId: string | null;
  location: PlaceView | null;
  mentionCount: number;
  articleCount: number;
}

/** A relation seen from one of its ends, with the article that states it. */
export interface EntityRelationView extends RelationView {
  articleId: string;
}

export interface EntityDetail extends EntitySummary {
  firstSeen: string | null;
  lastSeen: string | null;
  containedIn: EntityRef | null;
  relations: EntityRelationView[];
  coMentioned: { entity: EntityRef; articleCount: number }[];
}

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string;
  publishedAt: string | null;
  ingestedAt: string;
  source: { id: string; name: string } | null;
}

interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata_id: string | null;
  latitude: number | null;
  longitude: number | null;
  country_code: string | null;
  feature_type: string | null;
  geonames_id: number | null;
  mention_count: number;
  article_count: number;
}

export const ENTITY_COLUMNS = `e.id, e.name, e.type, e.aliases, e.wikidata_id, e.latitude, e.longitude, e.country_code,
  e.feature_type, e.geonames_id,
  (SELECT count(*)::int FROM mentions m WHERE m.entity_id = e.id) AS mention_count,
  (SELECT count(DISTINCT m.article_id)::int FROM mentions m WHERE m.entity_id = e.id) AS article_count`;

export function placeOfRow(row: Pick<EntityRow, 'latitude' | 'longitude' | 'country_code' | 'feature_type' | 'geonames_id'>): PlaceView | null {
  if (row.latitude === null || row.longitude === null) return null;
  return {
    latitude: row.latitude,
    longitude: row.longitude,
    countryCode: row.country_code,
    featureType: row.feature_type,
    geonamesId: row.geonames_id,
  };
}

export function toSummary(row: EntityRow): EntitySummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: row.aliases,
    wikidataId: row.wikidata_id,
    location: placeOfRow(row),
    mentionCount: row.mention_count,
    articleCount: row.article_count,
  };
}

export interface EntityFilter {
  q?: string | null;
  type?: string | null;
}

/**
 * With `q`: best match first, over the name and every alias, ignoring case and accents, and
 * tolerating typos ("houthi" → Houthis, "Hasakah" → Al-Hasakah); at equal similarity, entities
 * named in some article before containers named in none. Without: by name.
 */
export async function listEntities(db: Db, filter: EntityFilter, limit: number, cursor: string | null): Promise<Page<EntitySummary>> {
  const sql = new SqlBuilder();
  const q = filter.q?.trim().toLowerCase();
  let score = `lower(e.name)`;
  if (q) {
    const param = sql.param(q);
    const text = 'entity_search_text(e.name, e.aliases)';
    const needle = `lower(unaccent(${param}))`;
    // at equal similarity, an entity some article names ranks before a container no article names
    // (the city "Al Ḩasakah" before its governorate "Al-Hasakah", added only to hold it)
    score = `(greatest(word_similarity(${needle}, ${text}), similarity(${needle}, ${text}))
      + CASE WHEN EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) THEN 1e-6 ELSE 0 END)::float8`;
    sql.where(`(${needle} <% ${text} OR ${text} LIKE '%' || ${needle} || '%')`);
  }
  if (filter.type) sql.where(`e.type = ${sql.param(parseEntityType(filter.type))}::"EntityType"`);
  const totalParams = [...sql.params];
  const totalSql = `SELECT count(*)::int AS n FROM entities e ${sql.whereClause()}`;
  if (cursor) {
    if (q) {
      const [key, id] = decodeCursor('entities-q', cursor, ['number', 'uuid']);
      sql.where(`(${score}, e.id) < (${sql.param(key)}::float8, ${sql.param(id)}::uuid)`);
    } else {
      const [key, id] = decodeCursor('entities', cursor, ['string', 'uuid']);
      sql.where(`(lower(e.name), e.id) > (${sql.param(key)}, ${sql.param(id)}::uuid)`);
    }
  }
  const order = q ? 'sort_key DESC, e.id DESC' : 'sort_key ASC, e.id ASC';
  const pageSql = `SELECT ${ENTITY_COLUMNS}, ${score} AS sort_key FROM entities e ${sql.whereClause()}
    ORDER BY ${order} LIMIT ${sql.param(limit + 1)}`;
  const [page, total] = await Promise.all([
    db.pool.query<EntityRow & { sort_key: number | string }>(pageSql, sql.params),
    db.pool.query<{ n: number }>(totalSql, totalParams),
  ]);
  const served = keysetPage(q ? 'entities-q' : 'entities', page.rows, limit);
  return {
    items: served.rows.map(toSummary),
    nextCursor: served.nextCursor,
    totalCount: total.rows[0]?.n ?? 0,
  };
}

/** One entity's relations: the batch read the GraphQL loaders use, for one key. */
async function relationsOf(db: Db, id: string): Promise<EntityRelationView[]> {
  return (await relationsByEntities(db, [id])).get(id) ?? [];
}

/** The entities that share the most articles with this one. */
export async function coMentioned(db: Db, id: string): Promise<{ entity: EntityRef; articleCount: number }[]> {
  return (await coMentionedByEntities(db, [id])).get(id) ?? [];
}

export async function getEntity(db: Db, id: string): Promise<EntityDetail | null> {
  if (!isId(id)) return null;
  const summary = (await entitiesByIds(db, [id])).get(id.toLowerCase());
  if (!summary) return null;
  const [stats, relations, co] = await Promise.all([statsByEntities(db, [summary.id]), relationsOf(db, summary.id), coMentioned(db, summary.id)]);
  const { firstSeen = null, lastSeen = null, containedInId = null } = stats.get(summary.id) ?? {};
  const container = containedInId ? (await entitiesByIds(db, [containedInId])).get(containedInId) : undefined;
  return {
    ...summary,
    firstSeen,
    lastSeen,
    containedIn: container ? { id: container.id, name: container.name, type: container.type } : null,
    relations,
    coMentioned: co,
  };
}

export async function entityExists(db: Db, id: string): Promise<boolean> {
  if (!isId(id)) return false;
  return (await db.pool.query('SELECT 1 FROM entities WHERE id = $1', [id])).rowCount === 1;
}

/** Articles that mention the entity, newest first. */
export async function entityArticles(db: Db, id: string, limit: number, cursor: string | null): Promise<Page<ArticleSummary>> {
  const sql = new SqlBuilder();
  sql.where(`a.id IN (SELECT article_id FROM mentions WHERE entity_id = ${sql.param(id)}::uuid)`);
  const totalParams = [...sql.params];
  const totalSql = `SELECT count(*)::int AS n FROM articles a ${sql.whereClause()}`;
  const sort = `extract(epoch FROM coalesce(a.published_at, a.ingested_at))::float8`;
  if (cursor) {
    const [key, after] = decodeCursor('entity-articles', cursor, ['number', 'uuid']);
    sql.where(`(${sort}, a.id) < (${sql.param(key)}::float8, ${sql.param(after)}::uuid)`);
  }
  const [page, total] = await Promise.all([
    db.pool.query(
      `SELECT a.id, a.url, a.title, a.published_at, a.ingested_at, s.id AS s_id, s.name AS s_name, ${sort} AS sort_key
       FROM articles a LEFT JOIN sources s ON s.id = a.source_id ${sql.whereClause()}
       ORDER BY sort_key DESC, a.id DESC LIMIT ${sql.param(limit + 1)}`,
      sql.params,
    ),
    db.pool.query<{ n: number }>(totalSql, totalParams),
  ]);
  const served = keysetPage('entity-articles', page.rows, limit);
  return {
    items: served.rows.map((r) => ({
      id: r.id,
      url: r.url,
      title: r.title,
      publishedAt: r.published_at?.toISOString() ?? null,
      ingestedAt: r.ingested_at.toISOString(),
      source: r.s_id ? { id: r.s_id, name: r.s_name } : null,
    })),
    nextCursor: served.nextCursor,
    totalCount: total.rows[0]?.n ?? 0,
  };
}

/** Mentions and articles per day (publication day, or ingestion day when unknown). */
export async function entityTimeline(db: Db, id: string): Promise<TimelineDay[]> {
  return (await timelinesByEntities(db, [id])).get(id) ?? [];
}
