/**
 * Mercurius at /graphql (GET and POST), GraphiQL at /graphiql. The SDL lives in .gql files,
 * one per area, read from src/graphql/schema (also when running from dist/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { GraphQLError } from 'graphql';
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import { projectRoot } from '../project-root';
import { shapeError } from './errors';
import { resolvers } from './resolvers';

const schemaDir = path.join(projectRoot, 'src', 'graphql', 'schema');

export function loadSchema(): string {
  return fs
    .readdirSync(schemaDir)
    .filter((file) => file.endsWith('.gql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(schemaDir, file), 'utf8'))
    .join('\n');
}

async function graphql(app: FastifyInstance, options: { graphiql: boolean }): Promise<void> {
  await app.register(mercurius, {
    schema: loadSchema(),
    resolvers,
    graphiql: options.graphiql,
    path: '/graphql',
    errorFormatter: (execution, context) => {
      const requestId = (context as { reply?: { request?: { id?: string } } }).reply?.request?.id;
      const errors = (execution.errors ?? []).flatMap((error) => shapeError(error, app, requestId));
      return {
        statusCode: statusFor(errors),
        response: { data: execution.data ?? null, errors: errors.map((error) => error.toJSON()) },
      };
    },
  });
}

/**
 * A request that does not parse or validate is the client's (400); an execution whose errors
 * are all the client's answers 200 with them, as GraphQL-over-HTTP asks; a missing API key
 * is 401; only a failure of ours is 500.
 */
function statusFor(errors: GraphQLError[]): number {
  if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return 401;
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (codes.has('GRAPHQL_PARSE_FAILED') || codes.has('GRAPHQL_VALIDATION_FAILED')) return 400;
  if (codes.has('INTERNAL_SERVER_ERROR')) return 500;
  return 200;
}

export default fp(graphql, { name: 'graphql' });
