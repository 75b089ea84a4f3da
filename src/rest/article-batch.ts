import { Type } from '@sinclair/typebox';
import { ingestBatch } from '../ingest/ingest-batch';
import type { IngestService } from '../ingest/ingest-service';
import { Id, Nullable } from './schemas/common';


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

/** REST's view of a batch: an HTTP-like status per article, and the field path into the request body. */
export async function ingestBatchForRest(service: IngestService, articles: unknown[]) {
  const outcomes = await ingestBatch(service, articles);
  return outcomes.map(({ index, created, articleId, error }) => ({
    index,
    status: error ? 400 : created ? 201 : 200,
    id: articleId,
    error: error ? { field: `articles.${index}.${error.field}`, reason: error.reason } : null,
  }));
}
