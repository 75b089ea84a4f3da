/**
 * The one way an article enters the graph: normalize → find an existing copy → extract (pure,
 * outside the transaction) → write the article and everything extracted in one transaction.
 * Duplicates (same url, or same text) answer the stored article, also under concurrency:
 * the unique indexes decide, and the loser of a race reads the winner's row.
 */
import type { Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { Extractor } from '../extraction/types';
import { normalizeArticleInput, type ArticleInput, type NormalizedArticle } from './article-input';
import { writeExtraction } from './write-extraction';

export interface IngestOutcome {
  articleId: string;
  created: boolean;
}

export interface IngestService {
  ingest(input: ArticleInput): Promise<IngestOutcome>;
}

/** Listeners hear about each article that was created (not duplicates). */
export type ArticleIngestedListener = (articleId: string) => void;

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

async function findExisting(db: Db, article: NormalizedArticle): Promise<string | null> {
  const found = await db.prisma.article.findFirst({
    where: { OR: [{ contentHash: article.contentHash }, ...(article.url ? [{ url: article.url }] : [])] },
    select: { id: true },
  });
  return found?.id ?? null;
}

async function upsertSource(tx: Prisma.TransactionClient, name: string | null): Promise<string | null> {
  if (name === null) return null;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO sources (name) VALUES (${name})
    ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
    RETURNING id`;
  return row!.id;
}

export function createIngestService(db: Db, extractor: Extractor, onIngested?: ArticleIngestedListener): IngestService {
  async function writeOnce(article: NormalizedArticle): Promise<IngestOutcome> {
    const existing = await findExisting(db, article);
    if (existing) return { articleId: existing, created: false };
    const result = extractor.extract({ title: article.title, body: article.body, publishedAt: article.publishedAt, source: article.source });
    const createdId = await db.prisma.$transaction(async (tx) => {
      const sourceId = await upsertSource(tx, article.source);
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO articles (url, content_hash, title, body, published_at, language, source_id, pipeline_version)
        VALUES (${article.url}, ${article.contentHash}, ${article.title}, ${article.body},
                ${article.publishedAt}::timestamptz, ${article.language}, ${sourceId}::uuid, ${result.pipelineVersion})
        ON CONFLICT DO NOTHING
        RETURNING id`;
      const articleId = inserted[0]?.id;
      if (!articleId) return null; // a concurrent request stored it first
      await writeExtraction(tx, articleId, result);
      return articleId;
    }, { timeout: 30_000, maxWait: 10_000 });
    if (createdId) return { articleId: createdId, created: true };
    const winner = await findExisting(db, article);
    if (!winner) throw new Error('article conflicted on a unique key but could not be found');
    return { articleId: winner, created: false };
  }

  return {
    async ingest(input) {
      const article = normalizeArticleInput(input);
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = await writeOnce(article);
          if (outcome.created) onIngested?.(outcome.articleId);
          return outcome;
        } catch (error) {
          const code = (error as { code?: string; meta?: { code?: string } }).meta?.code ?? (error as { code?: string }).code;
          if (attempt >= 3 || !code || !RETRYABLE.has(code)) throw error;
        }
      }
    },
  };
}
