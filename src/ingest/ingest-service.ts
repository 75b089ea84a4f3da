/**
 * The one way an article enters the graph: normalize → find an existing copy → extract (pure,
 * outside the transaction) → write the article and everything extracted in one transaction.
 * Duplicates (same url, or same text) answer the stored article, also under concurrency:
 * the unique indexes decide, and the loser of a race reads the winner's row.
 */
import type { Db } from '../db/client';
import type pg from 'pg';
import type { Extractor } from '../extraction/types';
import { normalizeArticleInput, type ArticleInput, type NormalizedArticle } from './article-input';
import { writeExtraction } from './write-extraction';
import { NOTIFY_ARTICLE_INGESTED } from '../db/article-notifications';

export interface IngestOutcome {
  articleId: string;
  created: boolean;
}

export interface IngestService {
  ingest(input: ArticleInput): Promise<IngestOutcome>;
}


const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

async function findExisting(db: Db, article: NormalizedArticle): Promise<string | null> {
  const { rows } = await db.pool.query<{ id: string }>(
    'SELECT id FROM articles WHERE content_hash = $1 OR url = $2 ORDER BY (content_hash = $1) DESC LIMIT 1',
    [article.contentHash, article.url],
  );
  return rows[0]?.id ?? null;
}

/** Runs `work` in a transaction on one pooled connection; rolls back on any error. */
export async function inTransaction<T>(db: Db, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export interface IngestOptions {
  maxBodyChars?: number;
}

export function createIngestService(db: Db, extractor: Extractor, options: IngestOptions = {}): IngestService {
  const { maxBodyChars } = options;
  async function writeOnce(article: NormalizedArticle): Promise<IngestOutcome> {
    const existing = await findExisting(db, article);
    if (existing) return { articleId: existing, created: false };
    const result = extractor.extract({ title: article.title, body: article.body, publishedAt: article.publishedAt, source: article.source });
    const createdId = await inTransaction(db, async (client) => {
      // The outlet and the article in one statement; a duplicate article inserts nothing.
      const inserted = await client.query<{ id: string }>(
        `WITH source AS (
           INSERT INTO sources (name) SELECT $7::text WHERE $7::text IS NOT NULL
           ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
           RETURNING id
         )
         INSERT INTO articles (url, content_hash, title, body, published_at, language, source_id, pipeline_version)
         VALUES ($1, $2, $3, $4, $5, $6, (SELECT id FROM source), $8)
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [article.url, article.contentHash, article.title, article.body, article.publishedAt, article.language, article.source, result.pipelineVersion],
      );
      const articleId = inserted.rows[0]?.id;
      if (!articleId) return null; // a concurrent request stored it first
      await writeExtraction(client, articleId, result);
      await client.query(NOTIFY_ARTICLE_INGESTED, [articleId]); // delivered on commit
      return articleId;
    });
    if (createdId) return { articleId: createdId, created: true };
    const winner = await findExisting(db, article);
    if (!winner) throw new Error('article conflicted on a unique key but could not be found');
    return { articleId: winner, created: false };
  }

  return {
    async ingest(input) {
      const article = normalizeArticleInput(input, maxBodyChars);
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = await writeOnce(article);
          return outcome;
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (attempt >= 3 || !code || !RETRYABLE.has(code)) throw error;
        }
      }
    },
  };
}
