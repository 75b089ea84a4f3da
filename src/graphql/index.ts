/**
 * Mercurius at /graphql (GET and POST, and WebSocket subscriptions).
 * The SDL lives in .gql files, one per area, read from src/graphql/schema (also when running
 * from dist/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { GraphQLError } from 'graphql';
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import { projectRoot } from '../project-root';
import { HTTP_CODES, shapeError } from './errors';
import { checkCost, depthLimit } from './limits';
import { loaders } from './loaders';
import { ARTICLE_INGESTED } from './mutations';
import { resolvers } from './resolvers';

const schemaDir = path.join(projectRoot, 'src', 'graphql', 'schema');
const GRAPHQL_PATH = '/graphql';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

export function loadSchema(): string {
  return fs
    .readdirSync(schemaDir)
    .filter((file) => file.endsWith('.gql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(schemaDir, file), 'utf8'))
    .join('\n');
}

async function graphql(app: FastifyInstance): Promise<void> {
  await app.register(mercurius, {
    schema: loadSchema(),
    resolvers,
    loaders,
    // GraphiQL is served by plugins/graphiql.ts from local files, not mercurius' CDN page.
    graphiql: false,
    path: GRAPHQL_PATH,
    subscription: true,
    validationRules: [depthLimit],
    errorFormatter: (execution, context) => {
      const reply = (context as { reply?: { request?: { id?: string }; header?: (name: string, value: string) => unknown } }).reply;
      const errors = (execution.errors ?? []).flatMap((error) => shapeError(error, app, reply?.request?.id));
      // Without data nothing ran: the GraphQL spec then leaves `data` out.
      const executed = execution.data !== undefined;
      const statusCode = statusFor(errors, executed);
      if (statusCode === 405) reply?.header?.('allow', 'POST');
      const body = errors.map((error) => error.toJSON());
      return { statusCode, response: executed ? { data: execution.data ?? null, errors: body } : ({ errors: body } as { data: null; errors: typeof body }) };
    },
  });
  // Page sizes and cost depend on the variables, so they are checked on every execution.
  app.graphql.addHook('preExecution', async (schema, document, _context, variables) => {
    checkCost(schema, document, variables as Record<string, unknown> | undefined);
  });
  // Subscriptions skip preExecution. This hook sees no variables: page sizes given as
  // literals are checked; an operation with required variables is left to execution.
  app.graphql.addHook('preSubscriptionExecution', async (schema, document) => {
    checkCost(schema, document, undefined);
  });
  relayIngestedArticles(app);
  answerGraphqlResponseType(app);
  acceptNullExtensions(app);
}

/**
 * GraphQL-over-HTTP requires servers to accept `"extensions": null` (clients send it);
 * mercurius refuses it, so a null is dropped before mercurius sees the body.
 */
function acceptNullExtensions(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.url !== GRAPHQL_PATH || request.method !== 'POST') return;
    const body = request.body as Record<string, unknown> | null;
    if (body && typeof body === 'object' && body.extensions === null) delete body.extensions;
  });
}

/** Every article this process creates (REST, GraphQL or CLI in-process) reaches subscribers. */
function relayIngestedArticles(app: FastifyInstance): void {
  const publish = (articleId: string) => {
    app.graphql.pubsub.publish({ topic: ARTICLE_INGESTED, payload: { articleId } });
  };
  app.services.ingestEvents.on('article-ingested', publish);
  app.addHook('onClose', async () => {
    app.services.ingestEvents.off('article-ingested', publish);
  });
}

/**
 * GraphQL-over-HTTP: a client that accepts application/graphql-response+json gets that media
 * type (mercurius itself always answers application/json). The status codes are the same
 * for both: 4xx for a request that was refused before execution.
 */
function answerGraphqlResponseType(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url !== GRAPHQL_PATH) return payload;
    const accept = request.headers.accept ?? '';
    const type = String(reply.getHeader('content-type') ?? '');
    if (accept.includes(GRAPHQL_RESPONSE) && type.startsWith('application/json')) {
      reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    }
    return payload;
  });
}

const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'BAD_USER_INPUT']);

/**
 * A request refused before execution is the client's (400, or the HTTP status of what was
 * wrong); an execution whose errors are all the client's answers 200 with them, as
 * GraphQL-over-HTTP asks; a missing API key is 401; only a failure of ours is 500.
 */
function statusFor(errors: GraphQLError[], executed: boolean): number {
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (codes.has('UNAUTHENTICATED')) return 401;
  for (const [status, code] of Object.entries(HTTP_CODES)) if (codes.has(code)) return Number(status);
  if (codes.has('INTERNAL_SERVER_ERROR')) return 500;
  if (!executed && [...codes].some((code) => CLIENT_CODES.has(code as string))) return 400;
  return 200;
}

export default fp(graphql, { name: 'graphql' });
