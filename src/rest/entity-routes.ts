import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../plugins/problem-details';
import { entityArticles, entityExists, entityTimeline, getEntity, listEntities } from '../repositories/entity-repository';
import { entityGraph } from '../repositories/graph-repository';
import { ArticleSummarySchema, GraphSchema, TimelineSchema, pageOf } from './schemas/query-schemas';
import { CursorQuery, Id, LimitQuery, problemRef } from './schemas/common';

const page = { limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) };

const entityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.services;

  app.get(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Entities; with q, best match first over names and aliases (typo- and accent-tolerant)',
        querystring: Type.Object(
          {
            ...page,
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: '"houthi" finds Houthis, "Hasakah" finds Al-Hasakah.' })),
            type: Type.Optional(Type.String({ description: 'PERSON, ORGANIZATION, GROUP or LOCATION.' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(Type.Ref('EntitySummary')), 400: problemRef },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const result = await listEntities(db, filter, limit ?? 20, cursor ?? null);
      return { items: result.items, nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'An entity: aliases, mention and article counts, first and last seen, relations, the entities most often mentioned with it',
        params: Type.Object({ id: Id }),
        response: { 200: Type.Ref('EntityDetail'), 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      const entity = await getEntity(db, request.params.id);
      if (!entity) throw notFound('entity', request.params.id);
      return entity;
    },
  );

  app.get(
    '/entities/:id/articles',
    {
      schema: {
        tags: ['entities'],
        summary: 'Articles that mention the entity, newest first',
        params: Type.Object({ id: Id }),
        querystring: Type.Object(page, { additionalProperties: false }),
        response: { 200: pageOf(ArticleSummarySchema), 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      if (!(await entityExists(db, request.params.id))) throw notFound('entity', request.params.id);
      const result = await entityArticles(db, request.params.id, request.query.limit ?? 20, request.query.cursor ?? null);
      return { items: result.items, nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/entities/:id/timeline',
    {
      schema: {
        tags: ['entities'],
        summary: 'Mentions and articles per day',
        params: Type.Object({ id: Id }),
        response: { 200: TimelineSchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      const entity = await getEntity(db, request.params.id);
      if (!entity) throw notFound('entity', request.params.id);
      return { entity: { id: entity.id, name: entity.name, type: entity.type }, days: await entityTimeline(db, entity.id) };
    },
  );

  app.get(
    '/graph',
    {
      schema: {
        tags: ['entities'],
        summary: 'The neighbourhood of an entity: nodes and weighted edges (co-mentions and typed relations)',
        querystring: Type.Object(
          {
            entity: Id,
            depth: Type.Optional(Type.Union([Type.Literal(1), Type.Literal(2)], { default: 1, description: '1 or 2 hops.' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: GraphSchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      const graph = await entityGraph(db, request.query.entity, request.query.depth ?? 1);
      if (!graph) throw notFound('entity', request.query.entity);
      return graph;
    },
  );
};

export default entityRoutes;
