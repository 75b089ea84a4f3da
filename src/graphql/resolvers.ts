/**
 * Resolvers only translate between GraphQL and the repositories/services that REST uses too.
 */
import type { IResolvers, MercuriusContext } from 'mercurius';
import { getArticle, listArticles } from '../repositories/article-repository';
import type { ArticleInput } from '../ingest/article-input';
import { encodeCursor } from '../repositories/cursor';
import { unauthenticated } from './errors';
import { pageSize } from '../repositories/filters';


export const resolvers: IResolvers = {
  Query: {
    article: async (_root, args: { id: string }, ctx: MercuriusContext) => getArticle(ctx.app.services.db, args.id),
    articles: async (_root, args: { first?: number | null; after?: string | null }, ctx: MercuriusContext) => {
      const page = await listArticles(ctx.app.services.db, {}, pageSize(args.first, 'first'), args.after ?? null);
      const edges = page.items.map((node) => ({ node, cursor: cursorOf(node) }));
      return {
        edges,
        pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: edges[edges.length - 1]?.cursor ?? null },
        totalCount: page.totalCount,
      };
    },
  },
  Mutation: {
    ingestArticle: async (_root, args: { input: ArticleInput }, ctx: MercuriusContext) => {
      if (!ctx.reply.request.hasWriteAccess) throw unauthenticated();
      const { db, ingestService } = ctx.app.services;
      const outcome = await ingestService.ingest(args.input);
      return { created: outcome.created, article: await getArticle(db, outcome.articleId) };
    },
  },
};

/** The same cursor REST's nextCursor carries after this article. */
function cursorOf(node: { publishedAt: string | null; ingestedAt: string; id: string }): string {
  return encodeCursor('articles', [Date.parse(node.publishedAt ?? node.ingestedAt) / 1000, node.id]);
}
