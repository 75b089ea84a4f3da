/**
 * The OpenAPI 3 document, generated from the routes' TypeBox schemas, at /docs/json, and a
 * browsable page at /docs.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function openapi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Newsgraph API',
        version: '1',
        description:
          'News knowledge graph: articles, entities, places, events (PLOVER) and relations, each traceable to the exact words. ' +
          'Errors are RFC 9457 application/problem+json.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Needed for writes when the server sets API_KEY.' },
        },
      },
      tags: [
        { name: 'articles', description: 'Ingest and read articles' },
        { name: 'health', description: 'Liveness and readiness' },
      ],
    },
    // Schemas added with addSchema become components named by their $id.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

export default fp(openapi, { name: 'openapi' });
