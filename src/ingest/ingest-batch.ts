/**
 * Many articles in one call (REST's POST /articles/batch, GraphQL's ingestArticles): each is
 * ingested on its own, in order, so one invalid article does not stop the others and the same
 * article twice in a batch is stored once.
 */
import { ArticleInputError, type ArticleInput } from './article-input';
import type { IngestService } from './ingest-service';

export const BATCH_LIMIT = 100;

export interface BatchOutcome {
  index: number;
  created: boolean;
  articleId: string | null;
  /** Set when the article was invalid; `field` names the field at fault. */
  error: { field: string; reason: string } | null;
}

export async function ingestBatch(service: IngestService, inputs: readonly unknown[]): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      const outcome = await service.ingest(input as ArticleInput);
      outcomes.push({ index, created: outcome.created, articleId: outcome.articleId, error: null });
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      outcomes.push({ index, created: false, articleId: null, error: { field: error.field, reason: error.reason } });
    }
  }
  return outcomes;
}
