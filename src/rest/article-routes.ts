import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { deleteArticle, getArticle, listArticles } from '../repositories/article-repository';
import { BATCH_LIMIT } from '../ingest/ingest-batch';
import { BatchResultSchema, ingestBatchForRest } from './article-batch';
import { notFound } from '../plugins/problem-details';
import { ArticleInputSchema, ArticlePageSchema } from './schemas/article-schemas';
import { CursorQuery, Id, LimitQuery, problemRef } from './schemas/common';

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db, ingestService } = app.services;

  app.post(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Ingest an article',
        description:
          'Extracts entities, places, events, relations and quotes and stores them with the article in one transaction. ' +
          'An article already stored (same url, or same text) answers 200 with the stored one.',
        body: ArticleInputSchema,
        response: { 200: Type.Ref('Article'), 201: Type.Ref('Article'), 400: problemRef, 401: problemRef, 413: problemRef, 415: problemRef },
      },
    },
    async (request, reply) => {
      const outcome = await ingestService.ingest(request.body);
      const article = await getArticle(db, outcome.articleId);
      if (!article) throw new Error(`article ${outcome.articleId} vanished after ingest`);
      return reply.code(outcome.created ? 201 : 200).header('location', `/api/v1/articles/${article.id}`).send(article);
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'An article with its entities (and their mentions), events, relations and quotes',
        params: Type.Object({ id: Id }),
        response: { 200: Type.Ref('Article'), 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      const article = await getArticle(db, request.params.id);
      if (!article) throw notFound('article', request.params.id);
      return article;
    },
  );

  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Articles, newest ingested first',
        querystring: Type.Object(
          {
            limit: Type.Optional(LimitQuery),
            cursor: Type.Optional(CursorQuery),
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'Full-text search over title and body (web-search syntax: words, "phrases", OR, -word); best match first.' })),
            entity: Type.Optional(Type.String({ description: 'Entity id: articles that mention it.' })),
            location: Type.Optional(Type.String({ description: 'Place id: articles about it or any place inside it.' })),
            source: Type.Optional(Type.String({ description: 'Source id or name.' })),
            from: Type.Optional(Type.String({ description: 'Published on or after (ISO 8601 date or date-time).' })),
            to: Type.Optional(Type.String({ description: 'Published before the end of this date (or before this date-time).' })),
            eventType: Type.Optional(Type.String({ description: 'Articles reporting an event of this PLOVER type.' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ArticlePageSchema, 400: problemRef },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await listArticles(db, filter, limit ?? 20, cursor ?? null);
      return { items: page.items, nextCursor: page.nextCursor };
    },
  );

  app.delete(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'Delete an article with everything extracted from it (entities stay)',
        params: Type.Object({ id: Id }),
        response: { 204: Type.Null(), 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      if (!(await deleteArticle(db, request.params.id))) throw notFound('article', request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/articles/batch',
    {
      schema: {
        tags: ['articles'],
        summary: `Ingest up to ${BATCH_LIMIT} articles`,
        description:
          'Each article is ingested on its own (one transaction each): one invalid article does not stop the others. ' +
          'The answer lists, in order, what happened to each.',
        body: Type.Object(
          { articles: Type.Array(Type.Unknown(), { minItems: 1, maxItems: BATCH_LIMIT, description: 'Articles shaped like POST /articles bodies.' }) },
          { additionalProperties: false },
        ),
        response: { 200: BatchResultSchema, 400: problemRef, 401: problemRef, 413: problemRef },
      },
    },
    async (request) => ({ items: await ingestBatchForRest(ingestService, request.body.articles) }),
  );
};

export default articleRoutes;
