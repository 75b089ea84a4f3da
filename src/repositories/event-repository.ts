/**
 * Events across articles, filtered by type, participants, place (with the places inside it),
 * bounding box, date and modality; also as CSV rows for spreadsheets.
 */
import type { Db } from '../db/client';
import { decodeCursor, keysetPage, isId } from './cursor';
import { parseBbox, parseDateRange, parseEventType, parseId, parseModality, placeAndContainedSql } from './filters';
import type { EntityRef, EventView, Page } from './article-repository';
import { endOfDay } from './article-repository';
import { SqlBuilder } from './sql-builder';

export interface EventWithArticle extends EventView {
  article: { id: string; title: string; url: string | null; publishedAt: string | null; source: string | null };
  location: (EntityRef & { latitude: number | null; longitude: number | null; countryCode: string | null }) | null;
}

export interface EventFilter {
  type?: string | null;
  actor?: string | null;
  target?: string | null;
  entity?: string | null;
  location?: string | null;
  bbox?: string | null;
  from?: string | null;
  to?: string | null;
  modality?: string | null;
}

/** When the event happened, or when the article appeared if the text gives no date. */
const EVENT_SORT = `coalesce(e.date::timestamptz, a.published_at, a.ingested_at)`;

function eventConditions(filter: EventFilter): SqlBuilder {
  const sql = new SqlBuilder();
  if (filter.type) sql.where(`e.type = ${sql.param(parseEventType(filter.type))}::"EventType"`);
  const role = (param: string, roleName: string | null) =>
    `EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.entity_id = ${param}::uuid${roleName ? ` AND p.role = '${roleName}'` : ''})`;
  if (filter.actor) sql.where(role(sql.param(parseId(filter.actor, 'actor')), 'ACTOR'));
  if (filter.target) sql.where(role(sql.param(parseId(filter.target, 'target')), 'TARGET'));
  if (filter.entity) {
    const param = sql.param(parseId(filter.entity, 'entity'));
    sql.where(`(${role(param, null)} OR e.location_id = ${param}::uuid)`);
  }
  if (filter.location) sql.where(`e.location_id IN ${placeAndContainedSql(sql.param(parseId(filter.location, 'location')))}`);
  if (filter.bbox) {
    const box = parseBbox(filter.bbox);
    sql.where(`l.longitude BETWEEN ${sql.param(box.minLon)} AND ${sql.param(box.maxLon)}`);
    sql.where(`l.latitude BETWEEN ${sql.param(box.minLat)} AND ${sql.param(box.maxLat)}`);
  }
  const range = parseDateRange(filter.from, filter.to);
  if (range.from) sql.where(`${EVENT_SORT} >= ${sql.param(range.from)}`);
  if (range.to) sql.where(`${EVENT_SORT} < ${sql.param(endOfDay(filter.to!, range.to))}`);
  if (filter.modality) sql.where(`e.modality = ${sql.param(parseModality(filter.modality))}::"Modality"`);
  return sql;
}

const EVENT_FROM = `FROM events e JOIN articles a ON a.id = e.article_id
  LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN entities l ON l.id = e.location_id`;

const EVENT_COLUMNS = `e.*, a.title AS a_title, a.url AS a_url, a.published_at AS a_published_at, s.name AS s_name,
  l.name AS l_name, l.type AS l_type, l.latitude AS l_latitude, l.longitude AS l_longitude, l.country_code AS l_country_code`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EventRow = any;

async function participantsOf(db: Db, eventIds: string[]): Promise<Map<string, { role: string; entity: EntityRef }[]>> {
  const byEvent = new Map<string, { role: string; entity: EntityRef }[]>();
  if (eventIds.length === 0) return byEvent;
  const { rows } = await db.pool.query(
    `SELECT p.event_id, p.role, en.id, en.name, en.type FROM event_participants p JOIN entities en ON en.id = p.entity_id
     WHERE p.event_id = ANY($1::uuid[]) ORDER BY p.role, en.name`,
    [eventIds],
  );
  for (const row of rows) {
    const list = byEvent.get(row.event_id) ?? [];
    list.push({ role: row.role, entity: { id: row.id, name: row.name, type: row.type } });
    byEvent.set(row.event_id, list);
  }
  return byEvent;
}

function toView(row: EventRow, participants: { role: string; entity: EntityRef }[]): EventWithArticle {
  return {
    id: row.id,
    type: row.type,
    summary: row.summary,
    date: row.date ? row.date.toISOString().slice(0, 10) : null,
    datePrecision: row.date_precision,
    count: row.count,
    countQualifier: row.count_qualifier,
    killed: row.killed,
    injured: row.injured,
    modality: row.modality,
    attribution: row.attribution,
    confidence: row.confidence,
    evidence: { field: row.evidence_field, start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
    location: row.location_id
      ? { id: row.location_id, name: row.l_name, type: row.l_type, latitude: row.l_latitude, longitude: row.l_longitude, countryCode: row.l_country_code }
      : null,
    participants,
    article: { id: row.article_id, title: row.a_title, url: row.a_url, publishedAt: row.a_published_at?.toISOString() ?? null, source: row.s_name },
  };
}

async function withParticipants(db: Db, rows: EventRow[]): Promise<EventWithArticle[]> {
  const participants = await participantsOf(db, rows.map((r) => r.id));
  return rows.map((row) => toView(row, participants.get(row.id) ?? []));
}

/** Most recent first. */
export async function listEvents(db: Db, filter: EventFilter, limit: number, cursor: string | null): Promise<Page<EventWithArticle>> {
  const sql = eventConditions(filter);
  const totalParams = [...sql.params];
  const totalSql = `SELECT count(*)::int AS n ${EVENT_FROM} ${sql.whereClause()}`;
  const sort = `extract(epoch FROM ${EVENT_SORT})::float8`;
  if (cursor) {
    const [key, id] = decodeCursor('events', cursor, ['number', 'uuid']);
    sql.where(`(${sort}, e.id) < (${sql.param(key)}::float8, ${sql.param(id)}::uuid)`);
  }
  const [page, total] = await Promise.all([
    db.pool.query(`SELECT ${EVENT_COLUMNS}, ${sort} AS sort_key ${EVENT_FROM} ${sql.whereClause()} ORDER BY sort_key DESC, e.id DESC LIMIT ${sql.param(limit + 1)}`, sql.params),
    db.pool.query<{ n: number }>(totalSql, totalParams),
  ]);
  const served = keysetPage('events', page.rows, limit);
  return {
    items: await withParticipants(db, served.rows),
    nextCursor: served.nextCursor,
    totalCount: total.rows[0]?.n ?? 0,
  };
}

export async function getEvent(db: Db, id: string): Promise<EventWithArticle | null> {
  if (!isId(id)) return null;
  const { rows } = await db.pool.query(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.id = $1`, [id]);
  const [view] = await withParticipants(db, rows);
  return view ?? null;
}

export const CSV_MAX_ROWS = 100_000;

export const CSV_COLUMNS = [
  'event_id', 'type', 'date', 'date_precision', 'modality', 'actors', 'targets', 'place', 'country_code', 'latitude',
  'longitude', 'count', 'count_qualifier', 'killed', 'injured', 'attribution', 'summary', 'evidence', 'article_id',
  'article_title', 'article_url', 'source', 'published_at',
] as const;

/** One row per event (actors and targets joined with "; "), for spreadsheets. */
export async function eventCsvRows(db: Db, filter: EventFilter): Promise<(string | number | null)[][]> {
  const sql = eventConditions(filter);
  const { rows } = await db.pool.query(
    `SELECT ${EVENT_COLUMNS}, ${EVENT_SORT} AS sort_at ${EVENT_FROM} ${sql.whereClause()} ORDER BY sort_at DESC, e.id DESC LIMIT ${CSV_MAX_ROWS}`,
    sql.params,
  );
  const events = await withParticipants(db, rows);
  const names = (event: EventWithArticle, role: string) =>
    event.participants.filter((p) => p.role === role).map((p) => p.entity.name).join('; ');
  return events.map((e) => [
    e.id, e.type, e.date, e.datePrecision, e.modality, names(e, 'ACTOR'), names(e, 'TARGET'), e.location?.name ?? null,
    e.location?.countryCode ?? null, e.location?.latitude ?? null, e.location?.longitude ?? null, e.count, e.countQualifier,
    e.killed, e.injured, e.attribution, e.summary, e.evidence.text, e.article.id, e.article.title, e.article.url,
    e.article.source, e.article.publishedAt,
  ]);
}
