/**
 * Mercurius loaders: one per relation field that would otherwise query once per parent.
 * Mercurius batches every call of a field made in the same tick (and caches them for the
 * request); each loader answers its batch with one SQL statement (`= ANY($1)`) and returns
 * the results in the order of the queries.
 */
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Db } from '../db/client';
import { loadArticles, type ArticleView } from '../repositories/article-repository';
import { coMentionedByEntities, entitiesByIds, relationsByEntities, statsByEntities, timelinesByEntities, type EntityStats } from '../repositories/entity-loaders';
import { articlesByEntities, mentionsByEntities, type KeyedPage } from '../repositories/entity-page-loaders';
import { pageSize } from '../repositories/filters';
import { keyedConnection } from './connections';

// Parents are the plain objects the repositories return; loaders read only their keys.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Parent = any;
interface LoaderQuery<P = Record<string, unknown>> {
  obj: Parent;
  params: P;
}

type Fetch<T> = (db: Db, ids: string[]) => Promise<Map<string, T>>;

/** A loader that looks each parent's key up in one batch; a missing key answers null. */
function byKey<T>(keyOf: (parent: Parent) => string | null | undefined, fetch: Fetch<T>) {
  return async (queries: LoaderQuery[], ctx: MercuriusContext): Promise<(T | null)[]> => {
    const keys = queries.map((query) => keyOf(query.obj)?.toLowerCase() ?? null);
    const wanted = keys.filter((key): key is string => key !== null);
    const found = wanted.length > 0 ? await fetch(ctx.app.services.db, wanted) : new Map<string, T>();
    return keys.map((key) => (key === null ? null : (found.get(key) ?? null)));
  };
}

/** Like byKey for lists; a parent that already holds the list (entity(id) does) is not queried again. */
function listByKey<T>(field: string, fetch: Fetch<T[]>) {
  const load = byKey((parent) => (Array.isArray(parent[field]) ? null : parent.id), fetch);
  return async (queries: LoaderQuery[], ctx: MercuriusContext): Promise<T[][]> => {
    const loaded = await load(queries, ctx);
    return queries.map((query, i) => (Array.isArray(query.obj[field]) ? (query.obj[field] as T[]) : (loaded[i] ?? [])));
  };
}

const articlesById: Fetch<ArticleView> = async (db, ids) => new Map((await loadArticles(db, ids)).map((view) => [view.id, view]));

type PageFetch<T> = (db: Db, ids: string[], limit: number, cursor: string | null) => Promise<Map<string, KeyedPage<T>>>;

/**
 * A paged list under each parent. Parents asking for the same page (the usual case: one
 * field in the query) share one statement; other `first`/`after` pairs get one each.
 */
function pagedByParent<T>(fetch: PageFetch<T>) {
  return async (queries: LoaderQuery<{ first?: number | null; after?: string | null }>[], ctx: MercuriusContext) => {
    const groups = new Map<string, number[]>();
    queries.forEach((query, i) => {
      const key = JSON.stringify([query.params.first ?? null, query.params.after ?? null]);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const results: ReturnType<typeof keyedConnection<T>>[] = new Array(queries.length);
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        const { first, after } = queries[indexes[0]!]!.params;
        const ids = indexes.map((i) => String(queries[i]!.obj.id).toLowerCase());
        const pages = await fetch(ctx.app.services.db, ids, pageSize(first, 'first'), after ?? null);
        indexes.forEach((i, n) => (results[i] = keyedConnection(pages.get(ids[n]!))));
      }),
    );
    return results;
  };
}

/** One scalar of each entity's stats row (first seen, last seen): one statement per batch. */
function field(fetch: Fetch<EntityStats>, pick: (stats: EntityStats) => string | null) {
  const load = byKey((parent) => parent.id, fetch);
  return async (queries: LoaderQuery[], ctx: MercuriusContext) => {
    const stats = await load(queries, ctx);
    return stats.map((row) => (row ? pick(row) : null));
  };
}

/** The place each entity lies in: its stats row names it, then one batch fetches them all. */
async function containers(queries: LoaderQuery[], ctx: MercuriusContext) {
  const stats = await byKey((parent) => parent.id, statsByEntities)(queries, ctx);
  const ids = stats.map((row) => row?.containedInId ?? null);
  const wanted = ids.filter((id): id is string => id !== null);
  const found = wanted.length > 0 ? await entitiesByIds(ctx.app.services.db, wanted) : new Map();
  return ids.map((id) => (id === null ? null : (found.get(id) ?? null)));
}

const entityOf = (keyOf: (parent: Parent) => string | null | undefined) => byKey(keyOf, entitiesByIds);
const articleOf = (keyOf: (parent: Parent) => string | null | undefined) => byKey(keyOf, articlesById);

export const loaders: MercuriusLoaders = {
  ArticleEntity: { entity: entityOf((p) => p.id) },
  Entity: {
    relations: listByKey('relations', relationsByEntities),
    coMentioned: listByKey('coMentioned', coMentionedByEntities),
    articles: pagedByParent(articlesByEntities),
    mentions: pagedByParent(mentionsByEntities),
    firstSeen: field(statsByEntities, (stats) => stats.firstSeen),
    lastSeen: field(statsByEntities, (stats) => stats.lastSeen),
    containedIn: containers,
    timeline: listByKey('timeline', timelinesByEntities),
  },
  CoMention: { entity: entityOf((p) => p.entity.id) },
  EntityMention: { article: articleOf((p) => p.articleId) },
  Event: {
    location: entityOf((p) => p.location?.id),
    // An event listed on its own names its article; one inside an article gets articleId from it.
    article: articleOf((p) => p.articleId ?? p.article?.id),
  },
  Participant: { entity: entityOf((p) => p.entity.id) },
  Relation: {
    subject: entityOf((p) => p.subject.id),
    object: entityOf((p) => p.object.id),
    article: articleOf((p) => p.articleId),
  },
  Quote: { speaker: entityOf((p) => p.speaker?.id) },
  Location: {
    containedIn: entityOf((p) => p.containedIn?.id),
    entity: entityOf((p) => p.id),
  },
  GraphNode: { entity: entityOf((p) => p.id) },
};
