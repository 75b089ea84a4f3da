import type { Db } from '../db/client';
import { decodeCursor, keysetPage } from './cursor';
import type { Page } from './article-repository';

export interface SourceView {
  id: string;
  name: string;
  domain: string | null;
  articleCount: number;
}

/** News outlets by name, with how many articles each has here. */
export async function listSources(db: Db, limit: number, cursor: string | null): Promise<Page<SourceView>> {
  const params: unknown[] = [];
  let where = '';
  if (cursor) {
    const [name, id] = decodeCursor('sources', cursor, ['string', 'uuid']);
    params.push(name, id);
    where = 'WHERE (lower(s.name), s.id) > ($1, $2::uuid)';
  }
  params.push(limit + 1);
  const [page, total] = await Promise.all([
    db.pool.query(
      `SELECT s.id, s.name, s.domain, lower(s.name) AS sort_key,
              (SELECT count(*)::int FROM articles a WHERE a.source_id = s.id) AS article_count
       FROM sources s ${where} ORDER BY sort_key, s.id LIMIT $${params.length}`,
      params,
    ),
    db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM sources'),
  ]);
  const served = keysetPage('sources', page.rows, limit);
  return {
    items: served.rows.map((r) => ({ id: r.id, name: r.name, domain: r.domain, articleCount: r.article_count })),
    nextCursor: served.nextCursor,
    totalCount: total.rows[0]?.n ?? 0,
  };
}
