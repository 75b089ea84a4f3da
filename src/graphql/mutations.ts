/**
 * Writes go through the ingest service, like REST's; the subscription relays the
 * 'article-ingested' events of this process (see index.ts) to WebSocket clients.
 */
import type { IResolvers, MercuriusContext } from 'mercurius';
import type { ArticleInput } from '../ingest/article-input';
import { BATCH_LIMIT, ingestBatch } from '../ingest/ingest-batch';
import { deleteArticle, getArticle, loadArticles } from '../repositories/article-repository';
import { parseId } from '../repositories/filters';
import { badUserInput, unauthenticated } from './errors';


export const ARTICLE_INGESTED = 'ARTICLE_INGESTED';

function requireWriteAccess(ctx: MercuriusContext): void {
  if (!ctx.reply.request.hasWriteAccess) throw unauthenticated();
}

export const mutationResolvers: IResolvers['Mutation'] = {
  ingestArticle: async (_root, args: { input: ArticleInput }, ctx: MercuriusContext) => {
    requireWriteAccess(ctx);
    const { db, ingestService } = ctx.app.services;
    const outcome = await ingestService.ingest(args.input);
    return { created: outcome.created, article: await getArticle(db, outcome.articleId) };
  },
  ingestArticles: async (_root, args: { inputs: ArticleInput[] }, ctx: MercuriusContext) => {
    requireWriteAccess(ctx);
    if (args.inputs.length > BATCH_LIMIT) throw badUserInput('inputs', `at most ${BATCH_LIMIT} articles per call`);
    const outcomes = await ingestBatch(ctx.app.services.ingestService, args.inputs);
    const ids = outcomes.flatMap((outcome) => (outcome.articleId ? [outcome.articleId] : []));
    const views = new Map((await loadArticles(ctx.app.services.db, ids)).map((view) => [view.id, view]));
    return outcomes.map(({ articleId, ...rest }) => ({ ...rest, article: articleId ? (views.get(articleId) ?? null) : null }));
  },
  deleteArticle: async (_root, args: { id: string }, ctx: MercuriusContext) => {
    requireWriteAccess(ctx);
    return deleteArticle(ctx.app.services.db, parseId(args.id, 'id'));
  },
};

export const subscriptionResolvers: IResolvers['Subscription'] = {
  articleIngested: {
    subscribe: async (_root: unknown, _args: unknown, ctx: MercuriusContext) => ctx.pubsub.subscribe(ARTICLE_INGESTED),
    // The event carries only the id: the article is read when it is pushed, as any read is.
    resolve: async (payload: { articleId: string }, _args: unknown, ctx: MercuriusContext) => getArticle(ctx.app.services.db, payload.articleId),
  },
};
