/**
 * GraphQL errors carry `extensions.code`; client errors keep their message, anything else is
 * masked (and logged with the request id) so no stack trace or SQL reaches a client.
 */
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import { ArticleInputError } from '../ingest/article-input';
import { InvalidParameterError } from '../repositories/parameter-error';

const { ErrorWithProps } = mercurius;

export function badUserInput(argument: string, reason: string): InstanceType<typeof ErrorWithProps> {
  return new ErrorWithProps(`${argument}: ${reason}`, { code: 'BAD_USER_INPUT', argument });
}

export function unauthenticated(): InstanceType<typeof ErrorWithProps> {
  return new ErrorWithProps(
    'This server requires an API key for mutations: send it in the x-api-key header or as Authorization: Bearer <key>',
    { code: 'UNAUTHENTICATED' },
    401,
  );
}

/** REST's `cursor` is GraphQL's `after`; every other parameter keeps its name. */
function graphqlArgument(parameter: string): string {
  return parameter === 'cursor' ? 'after' : parameter;
}

function codeOf(original: unknown): { code: string; field?: string } | null {
  if (original instanceof ArticleInputError) return { code: 'BAD_USER_INPUT', field: original.field };
  if (original instanceof InvalidParameterError) return { code: 'BAD_USER_INPUT', field: graphqlArgument(original.parameter) };
  if (original instanceof ErrorWithProps) return null; // already shaped
  return { code: 'INTERNAL_SERVER_ERROR' };
}

function requestError(error: GraphQLError): GraphQLError {
  const code = /^Syntax Error/.test(error.message) ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code },
  });
}

/**
 * One execution error in, the errors a client sees out. Mercurius wraps the errors of a
 * request that does not parse or validate in one error whose `originalError.errors` holds them.
 */
export function shapeError(error: GraphQLError, app: FastifyInstance, requestId?: string): GraphQLError[] {
  const original = error.originalError as (Error & { errors?: unknown }) | undefined;
  if (original && Array.isArray(original.errors)) {
    return (original.errors as GraphQLError[]).map((inner) => requestError(inner instanceof GraphQLError ? inner : new GraphQLError(String((inner as Error).message ?? inner))));
  }
  if (!original) return [requestError(error)];
  const shaped = codeOf(original);
  if (shaped === null) return [error];
  if (shaped.code === 'INTERNAL_SERVER_ERROR') {
    app.log.error({ err: original, reqId: requestId, path: error.path }, 'GraphQL resolver failed');
    return [
      new GraphQLError('Internal server error; it has been logged with the request id.', {
        nodes: error.nodes,
        path: error.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      }),
    ];
  }
  const message =
    original instanceof InvalidParameterError ? `${graphqlArgument(original.parameter)}: ${original.reason}` : original.message;
  return [
    new GraphQLError(message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: shaped.code, ...(shaped.field ? { argument: shaped.field } : {}) },
    }),
  ];
}
