/**
 * When API_KEY is set, writes need it (x-api-key or Authorization: Bearer); reads stay open.
 * REST writes are refused here; GraphQL mutations are refused by the GraphQL plugin, which
 * reads `request.hasWriteAccess`.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem-details';

declare module 'fastify' {
  interface FastifyRequest {
    hasWriteAccess: boolean;
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function presentedKey(request: FastifyRequest): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const auth = request.headers.authorization;
  const match = typeof auth === 'string' ? /^Bearer\s+(.+)$/i.exec(auth) : null;
  return match?.[1]?.trim() ?? null;
}

function sameKey(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function apiKey(app: FastifyInstance, options: { apiKey: string | null }): Promise<void> {
  const expected = options.apiKey;
  app.decorateRequest('hasWriteAccess', false);
  app.addHook('onRequest', async (request, reply) => {
    const key = expected === null ? null : presentedKey(request);
    request.hasWriteAccess = expected === null || (key !== null && sameKey(key, expected));
    const isRestWrite = WRITE_METHODS.has(request.method) && request.url.startsWith('/api/');
    if (isRestWrite && !request.hasWriteAccess) {
      reply.header('www-authenticate', 'Bearer realm="newsgraph"');
      return sendProblem(reply, request, {
        status: 401,
        detail: 'This server requires an API key for writes: send it in the x-api-key header or as Authorization: Bearer <key>',
      });
    }
  });
}

export default fp(apiKey, { name: 'api-key', dependencies: ['problem-details'] });
