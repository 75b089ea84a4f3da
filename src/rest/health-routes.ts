import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { pendingMigrations } from '../db/migrate';
import { sendProblem } from '../plugins/problem-details';

/** Liveness says the process answers; readiness says the database is reachable and migrated. */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.services;

  app.get(
    '/healthz',
    { schema: { tags: ['health'], summary: 'Liveness', response: { 200: Type.Object({ status: Type.Literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: database reachable and every shipped migration applied',
        response: { 200: Type.Object({ status: Type.Literal('ready'), migrations: Type.Integer() }), 503: Type.Ref('Problem') },
      },
    },
    async (request, reply) => {
      let pending: string[];
      try {
        pending = await pendingMigrations(db.pool);
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check: database unreachable');
        return sendProblem(reply, request, { status: 503, detail: 'The database is unreachable' });
      }
      if (pending.length > 0) {
        return sendProblem(reply, request, { status: 503, detail: `Migrations not applied: ${pending.join(', ')}` });
      }
      const applied = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL');
      return { status: 'ready' as const, migrations: applied.rows[0]?.n ?? 0 };
    },
  );
};

export default healthRoutes;
