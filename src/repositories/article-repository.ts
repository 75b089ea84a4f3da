/**
 * Reads of articles with everything extracted from them, shared by REST and GraphQL.
 * A page of articles costs the same number of SQL statements whatever its size: one
 * hand-written statement builds every article of the page with all its parts (a profile of
 * Prisma's `include` showed its per-relation queries dominating this hot path).
 */
import type { Db } from '../db/client';
import { decodeCursor, keysetPage, isId } from './cursor';
import { parseDateRange, parseEventType, parseId, placeAndContainedSql } from './filters';
import { SqlBuilder } from './sql-builder';
import { ARTICLE_VIEW_SQL, toView, type ArticleRow } from './article-view-sql';

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface SpanView {
  field: string;
  start: number;
  end: number;
  text: string;
}

export interface PlaceView {
  latitude: number;
  longitude: number;
  countryCode: string | null;
  featureType: string | null;
  geonamesId: number | null;
}

export interface ArticleEntityView extends EntityRef {
  aliases: string[];
  wikidataId: string | null;
  location: PlaceView | null;
  mentions: (SpanView & { sentenceIndex: number; confidence: number })[];
}

export interface EventView {
  id: string;
  type: string;
  summary: string;
  date: string | null;
  datePrecision: string | null;
  count: number | null;
  countQualifier: string | null;
  killed: number | null;
  injured: number | null;
  modality: string;
  attribution: string | null;
  confidence: number;
  evidence: SpanView;
  location: EntityRef | null;
  participants: { role: string; entity: EntityRef }[];
}

export interface RelationView {
  id: string;
  predicate: string;
  subject: EntityRef;
  object: EntityRef;
  role: string | null;
  evidence: SpanView | null;
  confidence: number;
}

export interface QuoteView {
  id: string;
  text: string;
  speaker: EntityRef | null;
  speakerText: string | null;
  span: SpanView;
}

export interface ArticleView {
  id: string;
  url: string | null;
  title: string;
  body: string;
  publishedAt: string | null;
  language: string;
  ingestedAt: string;
  pipelineVersion: string;
  source: { id: string; name: string; domain: string | null } | null;
  entities: ArticleEntityView[];
  events: EventView[];
  relations: RelationView[];
  quotes: QuoteView[];
}

/** Articles by id, in the order asked; unknown ids are left out. One SQL statement for any number. */
export async function loadArticles(db: Db, ids: readonly string[]): Promise<ArticleView[]> {
  const valid = ids.filter(isId);
  if (valid.length === 0) return [];
  const { rows } = await db.pool.query<ArticleRow>(ARTICLE_VIEW_SQL, [valid]);
  const byId = new Map(rows.map((row) => [row.id, toView(row)]));
  return valid.map((id) => byId.get(id)).filter((view): view is ArticleView => view !== undefined);
}

export async function getArticle(db: Db, id: string): Promise<ArticleView | null> {
  const [view] = await loadArticles(db, [id]);
  return view ?? null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  totalCount: number;
}

export interface ArticleFilter {
  /** Full-text query (web search syntax: words, "phrases", OR, -excluded). */
  q?: string | null;
  entity?: string | null;
  /** A place id: articles about it or any place inside it. */
  location?: string | null;
  /** A source id or name. */
  source?: string | null;
  from?: string | null;
  to?: string | null;
  eventType?: string | null;
}

function articleConditions(filter: ArticleFilter): SqlBuilder {
  const sql = new SqlBuilder();
  const q = filter.q?.trim();
  if (q) sql.where(`a.search_vector @@ websearch_to_tsquery('english', ${sql.param(q)})`);
  if (filter.entity) {
    sql.where(`EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ${sql.param(parseId(filter.entity, 'entity'))}::uuid)`);
  }
  if (filter.location) {
    const places = placeAndContainedSql(sql.param(parseId(filter.location, 'location')));
    sql.where(`(EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id IN ${places})
      OR EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.location_id IN ${places}))`);
  }
  if (filter.source) {
    const source = filter.source.trim();
    sql.where(isId(source)
      ? `a.source_id = ${sql.param(source)}::uuid`
      : `a.source_id IN (SELECT id FROM sources WHERE lower(name) = lower(${sql.param(source)}))`);
  }
  const range = parseDateRange(filter.from, filter.to);
  if (range.from) sql.where(`${ARTICLE_SORT} >= ${sql.param(range.from)}`);
  if (range.to) sql.where(`${ARTICLE_SORT} < ${sql.param(endOfDay(filter.to!, range.to))}`);
  if (filter.eventType) {
    sql.where(`EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.type = ${sql.param(parseEventType(filter.eventType, 'eventType'))}::"EventType")`);
  }
  return sql;
}

/** A date-only upper bound includes that whole day. */
export function endOfDay(raw: string, date: Date): Date {
  return raw.trim().length === 10 ? new Date(date.getTime() + 86_400_000) : date;
}

/** Articles sort by publication time, or ingestion time when the outlet gave none. */
const ARTICLE_SORT = 'coalesce(a.published_at, a.ingested_at)';

/**
 * Newest first; with `q`, best match first. The cursor carries the sort key of the last item.
 */
export async function listArticles(db: Db, filter: ArticleFilter, limit: number, cursor: string | null): Promise<Page<ArticleView>> {
  const sql = articleConditions(filter);
  const q = filter.q?.trim();
  const totalSql = `SELECT count(*)::int AS n FROM articles a ${sql.whereClause()}`;
  const totalParams = [...sql.params];
  // articleConditions adds q first, so it is $1.
  const rank = q ? `ts_rank_cd(a.search_vector, websearch_to_tsquery('english', $1))::float8` : null;
  const sortExpr = rank ?? `extract(epoch FROM ${ARTICLE_SORT})::float8`;
  if (cursor) {
    const [sortKey, id] = decodeCursor('articles', cursor, ['number', 'uuid']);
    sql.where(`(${sortExpr}, a.id) < (${sql.param(sortKey)}::float8, ${sql.param(id)}::uuid)`);
  }
  const pageSql = `SELECT a.id, ${sortExpr} AS sort_key FROM articles a ${sql.whereClause()}
    ORDER BY sort_key DESC, a.id DESC LIMIT ${sql.param(limit + 1)}`;
  const [page, total] = await Promise.all([
    db.pool.query<{ id: string; sort_key: number }>(pageSql, sql.params),
    db.pool.query<{ n: number }>(totalSql, totalParams),
  ]);
  const served = keysetPage('articles', page.rows, limit);
  return {
    items: await loadArticles(db, served.rows.map((row) => row.id)),
    nextCursor: served.nextCursor,
    totalCount: total.rows[0]?.n ?? 0,
  };
}

/** Removes an article with everything extracted from it; entities stay (other articles and clients refer to them). */
export async function deleteArticle(db: Db, id: string): Promise<boolean> {
  if (!isId(id)) return false;
  const result = await db.prisma.article.deleteMany({ where: { id } });
  return result.count > 0;
}
