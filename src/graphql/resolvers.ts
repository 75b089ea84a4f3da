/**
 * Resolvers only translate between GraphQL and the repositories/services that REST uses too.
 * Relation fields are loaders (loaders.ts); writes and pushes are in mutations.ts.
 */
import type { IResolvers, MercuriusContext } from 'mercurius';
import { getArticle, listArticles, type ArticleFilter, type ArticleView } from '../repositories/article-repository';
import { getEntity, listEntities, type EntityFilter } from '../repositories/entity-repository';
import { getEvent, listEvents, type EventFilter } from '../repositories/event-repository';
import { listSources } from '../repositories/source-repository';
import { pageSize, parseId } from '../repositories/filters';
import { entityGraph } from '../repositories/graph-repository';
import { listLocations, type LocationFilter } from '../repositories/location-repository';
import { badUserInput } from './errors';
import { listConnection } from './connections';
import { mutationResolvers, subscriptionResolvers } from './mutations';

interface PageArgs<F> {
  first?: number | null;
  after?: string | null;
  filter?: F | null;
}

const dbOf = (ctx: MercuriusContext) => ctx.app.services.db;

const queryResolvers: IResolvers['Query'] = {
  article: async (_root, args: { id: string }, ctx: MercuriusContext) => getArticle(dbOf(ctx), args.id),
  articles: async (_root, args: PageArgs<ArticleFilter>, ctx: MercuriusContext) =>
    listConnection('articles', pageSize(args.first, 'first'), args.after, (limit, cursor) =>
      listArticles(dbOf(ctx), args.filter ?? {}, limit, cursor)),
  entity: async (_root, args: { id: string }, ctx: MercuriusContext) => getEntity(dbOf(ctx), args.id),
  entities: async (_root, args: PageArgs<EntityFilter>, ctx: MercuriusContext) =>
    listConnection('entities', pageSize(args.first, 'first'), args.after, (limit, cursor) =>
      listEntities(dbOf(ctx), args.filter ?? {}, limit, cursor)),
  event: async (_root, args: { id: string }, ctx: MercuriusContext) => getEvent(dbOf(ctx), args.id),
  events: async (_root, args: PageArgs<EventFilter>, ctx: MercuriusContext) =>
    listConnection('events', pageSize(args.first, 'first'), args.after, (limit, cursor) =>
      listEvents(dbOf(ctx), args.filter ?? {}, limit, cursor)),
  locations: async (_root, args: PageArgs<LocationFilter>, ctx: MercuriusContext) =>
    listConnection('locations', pageSize(args.first, 'first'), args.after, (limit, cursor) =>
      listLocations(dbOf(ctx), args.filter ?? {}, limit, cursor)),
  sources: async (_root, args: { first?: number | null; after?: string | null }, ctx: MercuriusContext) =>
    listConnection('sources', pageSize(args.first, 'first'), args.after, (limit, cursor) => listSources(dbOf(ctx), limit, cursor)),
  graph: async (_root, args: { entity: string; depth?: number | null }, ctx: MercuriusContext) => {
    const depth = args.depth ?? 1;
    if (depth !== 1 && depth !== 2) throw badUserInput('depth', 'must be 1 or 2');
    return entityGraph(dbOf(ctx), parseId(args.entity, 'entity'), depth);
  },
};

/**
 * The article view nests events, relations and quotes without their article's id; the
 * loaders of their `article` fields need it.
 */
const withArticleId = <T extends object>(article: ArticleView, items: T[]) => items.map((item) => ({ ...item, articleId: article.id }));

export const resolvers: IResolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Subscription: subscriptionResolvers,
  Article: {
    events: (article: ArticleView) => withArticleId(article, article.events),
    relations: (article: ArticleView) => withArticleId(article, article.relations),
    quotes: (article: ArticleView) => withArticleId(article, article.quotes),
  },
};
