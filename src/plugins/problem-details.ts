/**
 * RFC 9457 problem details for every REST error. Client errors say precisely what is wrong
 * and where; server errors are masked (logged in full with the request id, never leaked).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { STATUS_CODES } from 'node:http';
import { ArticleInputError } from '../ingest/article-input';
import { InvalidParameterError } from '../repositories/parameter-error';

export interface InvalidParam {
  /** Where the bad value is: body, query, params or header. */
  in: string;
  /** Dotted path of the field, e.g. "title" or "limit". */
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  invalidParams?: InvalidParam[];
}

/** Thrown by routes for a client error that is not a schema violation. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function notFound(what: string, id: string): HttpProblem {
  return new HttpProblem(404, `No ${what} with id ${JSON.stringify(id)}`);
}

export function invalidParam(location: string, name: string, reason: string): HttpProblem {
  return new HttpProblem(400, `${name}: ${reason}`, [{ in: location, name, reason }]);
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Omit<Problem, 'type' | 'title'>): FastifyReply {
  const body: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[problem.status] ?? 'Error',
    ...problem,
    instance: request.url,
    requestId: request.id,
  };
  return reply.code(problem.status).type('application/problem+json').send(body);
}

/** Turns AJV's "/body/title" + "must NOT have fewer than 1 characters" into a named field. */
function validationParams(error: FastifyError): InvalidParam[] {
  const where = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const missing = (issue.params as { missingProperty?: string }).missingProperty;
    const extra = (issue.params as { additionalProperty?: string }).additionalProperty;
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const name = [path, missing ?? extra].filter(Boolean).join('.') || where;
    const reason = missing ? 'is required' : extra ? 'is not a known field' : (issue.message ?? 'is invalid');
    return { in: where, name, reason };
  });
}

function clientProblem(error: FastifyError): Omit<Problem, 'type' | 'title'> | null {
  if (error instanceof ArticleInputError) {
    return { status: 400, detail: error.message, invalidParams: [{ in: 'body', name: error.field, reason: error.reason }] };
  }
  if (error instanceof InvalidParameterError) {
    return { status: 400, detail: error.message, invalidParams: [{ in: 'query', name: error.parameter, reason: error.reason }] };
  }
  if (error instanceof HttpProblem) return { status: error.status, detail: error.message, invalidParams: error.invalidParams };
  if (error.validation) {
    const invalidParams = validationParams(error);
    return { status: 400, detail: invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; '), invalidParams };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return { status, detail: error.message };
  return null;
}

async function problemDetails(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = clientProblem(error);
    if (problem) {
      request.log.info({ err: error, status: problem.status }, 'client error');
      return sendProblem(reply, request, problem);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, { status: 500, detail: 'The server failed to handle this request; it has been logged with the request id.' });
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, { status: 404, detail: `No route ${request.method} ${request.url.split('?')[0]}` }),
  );
}

export default fp(problemDetails, { name: 'problem-details' });
