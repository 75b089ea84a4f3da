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

/** A request refused before execution; errors of our own rules (limits) keep their code. */
function requestError(error: GraphQLError): GraphQLError {
  const given = error.extensions?.code;
  const code = typeof given === 'string' ? given : /^Syntax Error/.test(error.message) ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code },
  });
}

/** Codes of the HTTP-level refusals mercurius and fastify raise before GraphQL runs. */
export const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * A mutation over GET (mercurius: 405), a body that is not JSON, a variables parameter that
 * does not parse: the client's, with the status mercurius or fastify gave it.
 */
function httpErrorOf(original: Error & { code?: unknown; statusCode?: unknown }): GraphQLError | null {
  if (original.code === 'MER_ERR_METHOD_NOT_ALLOWED') {
    return new GraphQLError('Only queries can be sent with GET; send mutations with POST.', { extensions: { code: 'METHOD_NOT_ALLOWED' } });
  }
  const status = typeof original.statusCode === 'number' ? original.statusCode : null;
  if (status === null || !HTTP_CODES[status] || Array.isArray((original as { errors?: unknown }).errors)) return null;
  if (typeof original.code !== 'string' || !/^(FST_|MER_)/.test(original.code)) return null;
  return new GraphQLError(original.message, { extensions: { code: HTTP_CODES[status] } });
}

/**
 * One execution error in, the errors a client sees out. Mercurius wraps the errors of a
 * request that does not parse or validate in one error whose `originalError.errors` holds them.
 */
export function shapeError(error: GraphQLError, app: FastifyInstance, requestId?: string): GraphQLError[] {
  const original = error.originalError as (Error & { errors?: unknown; code?: unknown; statusCode?: unknown }) | undefined;
  const httpError = original ? httpErrorOf(original) : null;
  if (httpError) return [httpError];
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
