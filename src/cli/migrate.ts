/** `npm run db:migrate`: applies prisma/migrations to the configured (or embedded) database. */
import { pendingMigrations, shippedMigrations } from '../db/migrate';
import { runCli } from './cli-runtime';

void runCli('db:migrate', async (runtime) => {
  // openRuntime has migrated; confirm it from the database itself.
  const pending = await pendingMigrations(runtime.db.pool);
  if (pending.length > 0) {
    process.stderr.write(`db:migrate: still pending: ${pending.join(', ')}\n`);
    return 1;
  }
  process.stdout.write(`db:migrate: ${shippedMigrations().length} migration(s) applied; the database is up to date\n`);
  return 0;
});
