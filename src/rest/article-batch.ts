import { Type } from '@sinclair/typebox';
import { ArticleInputError, type ArticleInput } from '../ingest/article-input';
import type { IngestService } from '../ingest/ingest-service';
import { Id, Nullable } from './schemas/common';

export const BATCH_LIMIT = 100;

export const BatchResultSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      index: Type.Integer(),
      status: Type.Integer({ description: '201 stored, 200 already stored, 400 invalid.' }),
      id: Nullable(Id),
      error: Nullable(Type.Object({ field: Type.String(), reason: Type.String() })),
    }),
  ),
});

interface BatchItem {
  index: number;
  status: 200 | 201 | 400;
  id: string | null;
  error: { field: string; reason: string } | null;
}

/** One article at a time, in order: the same article twice in a batch is stored once. */
export async function ingestBatch(service: IngestService, articles: unknown[]): Promise<BatchItem[]> {
  const results: BatchItem[] = [];
  for (const [index, article] of articles.entries()) {
    try {
      const outcome = await service.ingest(article as ArticleInput);
      results.push({ index, status: outcome.created ? 201 : 200, id: outcome.articleId, error: null });
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      results.push({ index, status: 400, id: null, error: { field: `articles.${index}.${error.field}`, reason: error.message.slice(error.field.length + 2) } });
    }
  }
  return results;
}
