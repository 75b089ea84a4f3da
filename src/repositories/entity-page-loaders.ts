/**
 * Paged lists under many entities at once, for GraphQL loaders (`Entity.articles`,
 * `Entity.mentions`): one statement pages every entity with a window function, and counts
 * each entity's total alongside. Article cursors are the ones REST's
 * /entities/:id/articles issues, so either door continues the other's pages.
 */
import type { Db } from '../db/client';
import { loadArticles, type ArticleView, type SpanView } from './article-repository';
import { decodeCursor, encodeCursor, isId, type CursorKey } from './cursor';

export interface KeyedPage<T> {
  items: T[];
  /** The cursor after each item, in order. */
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

interface PagedQuery {
  /** Rows with an `owner_id` column; `$1` is the array of owner ids. */
  rowsSql: string;
  orderBy: string;
  /** A condition on the rows after the cursor, with its parameters from `$2` on. */
  after: { condition: string; params: unknown[] } | null;
  limit: number;
}

/** One statement: each owner's total, and its first `limit + 1` rows after the cursor. */
async function pagedPerOwner<Row extends { owner_id: string | null }>(
  db: Db,
  owners: string[],
  query: PagedQuery,
): Promise<Map<string, { rows: Row[]; total: number; hasNextPage: boolean }>> {
  const params: unknown[] = [owners, ...(query.after?.params ?? []), query.limit + 1];
  const { rows } = await db.pool.query<Row & { owner: string; total_count: number; rank: number | null }>(
    `WITH matched AS (${query.rowsSql}),
     totals AS (SELECT owner_id, count(*)::int AS total_count FROM matched GROUP BY owner_id),
     page AS (
       SELECT * FROM (
         SELECT matched.*, row_number() OVER (PARTITION BY owner_id ORDER BY ${query.orderBy}) AS rank
         FROM matched ${query.after ? `WHERE ${query.after.condition}` : ''}
       ) ranked WHERE rank <= $${params.length}
     )
     SELECT t.owner_id AS owner, t.total_count, page.* FROM totals t LEFT JOIN page ON page.owner_id = t.owner_id
     ORDER BY t.owner_id, page.rank`,
    params,
  );
  const byOwner = new Map<string, { rows: Row[]; total: number; hasNextPage: boolean }>();
  for (const row of rows) {
    const entry = byOwner.get(row.owner) ?? { rows: [], total: row.total_count, hasNextPage: false };
    if (row.rank !== null && row.rank > query.limit) entry.hasNextPage = true;
    else if (row.rank !== null) entry.rows.push(row);
    byOwner.set(row.owner, entry);
  }
  return byOwner;
}

function ownerIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isId).map((id) => id.toLowerCase()))];
}

const ARTICLE_SORT_KEY = 'extract(epoch FROM coalesce(a.published_at, a.ingested_at))::float8';

/** Articles that mention each entity, newest first (as GET /entities/:id/articles). */
export async function articlesByEntities(db: Db, ids: readonly string[], limit: number, cursor: string | null): Promise<Map<string, KeyedPage<ArticleView>>> {
  const owners = ownerIds(ids);
  if (owners.length === 0) return new Map();
  let after: PagedQuery['after'] = null;
  if (cursor) {
    const [key, id] = decodeCursor('entity-articles', cursor, ['number', 'uuid'], 'after');
    after = { condition: '(sort_key, id) < ($2::float8, $3::uuid)', params: [key, id] };
  }
  const pages = await pagedPerOwner<{ owner_id: string; id: string; sort_key: number }>(db, owners, {
    rowsSql: `SELECT DISTINCT m.entity_id AS owner_id, a.id, ${ARTICLE_SORT_KEY} AS sort_key
              FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ANY($1::uuid[])`,
    orderBy: 'sort_key DESC, id DESC',
    after,
    limit,
  });
  const articleIds = [...new Set([...pages.values()].flatMap((page) => page.rows.map((row) => row.id)))];
  const views = new Map((await loadArticles(db, articleIds)).map((view) => [view.id, view]));
  return new Map(
    [...pages].map(([owner, page]) => {
      const kept = page.rows.filter((row) => views.has(row.id));
      return [owner, {
        items: kept.map((row) => views.get(row.id)!),
        cursors: kept.map((row) => encodeCursor('entity-articles', [row.sort_key, row.id])),
        hasNextPage: page.hasNextPage,
        totalCount: page.total,
      }];
    }),
  );
}

export interface EntityMentionView extends SpanView {
  id: string;
  articleId: string;
  sentenceIndex: number;
  confidence: number;
}

interface MentionRow {
  owner_id: string;
  id: string;
  article_id: string;
  field: string;
  start: number;
  end: number;
  text: string;
  sentence_index: number;
  confidence: number;
  field_rank: number;
  sort_key: number;
}

const MENTION_CURSOR_SHAPE: ('number' | 'uuid')[] = ['number', 'uuid', 'number', 'number', 'uuid'];

/**
 * Each entity's mentions: newest article first, and within an article in reading order
 * (title, then body, by offset).
 */
export async function mentionsByEntities(db: Db, ids: readonly string[], limit: number, cursor: string | null): Promise<Map<string, KeyedPage<EntityMentionView>>> {
  const owners = ownerIds(ids);
  if (owners.length === 0) return new Map();
  let after: PagedQuery['after'] = null;
  if (cursor) {
    const key: CursorKey = decodeCursor('entity-mentions', cursor, MENTION_CURSOR_SHAPE, 'after');
    // Newest article first, but reading order inside an article: the tuple mixes directions.
    after = {
      condition: `(sort_key < $2::float8 OR (sort_key = $2::float8 AND (article_id < $3::uuid
        OR (article_id = $3::uuid AND (field_rank, start, id) > ($4::int, $5::int, $6::uuid)))))`,
      params: key,
    };
  }
  const pages = await pagedPerOwner<MentionRow>(db, owners, {
    rowsSql: `SELECT m.entity_id AS owner_id, m.id, m.article_id, m.field, m.start, m."end", m.text, m.sentence_index, m.confidence,
                     CASE WHEN m.field = 'TITLE' THEN 0 ELSE 1 END AS field_rank, ${ARTICLE_SORT_KEY} AS sort_key
              FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ANY($1::uuid[])`,
    orderBy: 'sort_key DESC, article_id DESC, field_rank, start, id',
    after,
    limit,
  });
  return new Map(
    [...pages].map(([owner, page]) => [owner, {
      items: page.rows.map((r) => ({
        id: r.id, articleId: r.article_id, field: r.field, start: r.start, end: r.end, text: r.text,
        sentenceIndex: r.sentence_index, confidence: r.confidence,
      })),
      cursors: page.rows.map((r) => encodeCursor('entity-mentions', [r.sort_key, r.article_id, r.field_rank, r.start, r.id])),
      hasNextPage: page.hasNextPage,
      totalCount: page.total,
    }]),
  );
}
