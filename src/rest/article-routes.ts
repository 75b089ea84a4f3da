import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { getArticle, listArticles } from '../repositories/article-repository';
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
        querystring: Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) }, { additionalProperties: false }),
        response: { 200: ArticlePageSchema, 400: problemRef },
      },
    },
    async (request) => {
      const page = await listArticles(db, request.query.limit ?? 20, request.query.cursor ?? null);
      return { items: page.items, nextCursor: page.nextCursor };
    },
  );
};

export default articleRoutes;
