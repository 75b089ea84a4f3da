/**
 * The whole HTTP application, built by one function so that tests build it without listening.
 * The server entry (server.ts) adds the database lifecycle, listen and graceful close.
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import { listenForArticles, type ArticleEvents } from './db/article-notifications';
import type { Db } from './db/client';
import type { Extractor } from './extraction/types';
import graphql from './graphql';
import { createIngestService, type IngestService } from './ingest/ingest-service';
import apiKey from './plugins/api-key';
import graphiql from './plugins/graphiql';
import openapi from './plugins/openapi';
import problemDetails from './plugins/problem-details';
import validation from './plugins/validation';
import articleRoutes from './rest/article-routes';
import entityRoutes from './rest/entity-routes';
import eventRoutes from './rest/event-routes';
import healthRoutes from './rest/health-routes';
import locationRoutes from './rest/location-routes';
import { ArticleSchema } from './rest/schemas/article-schemas';
import { ProblemSchema } from './rest/schemas/common';
import { QUERY_SCHEMAS } from './rest/schemas/query-schemas';

export interface Services {
  db: Db;
  ingestService: IngestService;
  /** Emits 'article-ingested' (article id) for each article any process stores in this database. */
  ingestEvents: ArticleEvents;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export interface AppOptions {
  config: Config;
  db: Db;
  extractor: Extractor;
  /** A pino logger; tests leave it out. */
  logger?: FastifyBaseLogger;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db, extractor } = options;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const ingestService = createIngestService(db, extractor, { maxBodyChars: config.maxArticleChars });
  // One more connection LISTENs for ingested articles (see db/article-notifications.ts).
  const listener = await listenForArticles(db.url, app.log);
  app.addHook('onClose', () => listener.close());
  app.decorate('services', { db, ingestService, ingestEvents: listener.events });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(problemDetails);
  await app.register(validation);
  // JSON API: a content security policy protects HTML pages, and would break GraphiQL's.
  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(cors, { origin: config.corsOrigin, exposedHeaders: ['x-request-id', 'location'] });
  await app.register(apiKey, { apiKey: config.apiKey });

  await app.register(openapi);
  app.addSchema(ProblemSchema);
  app.addSchema(ArticleSchema);
  for (const schema of QUERY_SCHEMAS) app.addSchema(schema);

  await app.register(healthRoutes);
  await app.register(articleRoutes, { prefix: '/api/v1' });
  await app.register(entityRoutes, { prefix: '/api/v1' });
  await app.register(locationRoutes, { prefix: '/api/v1' });
  await app.register(eventRoutes, { prefix: '/api/v1' });
  await app.register(graphql);
  if (config.graphiql) await app.register(graphiql);
  return app;
}
