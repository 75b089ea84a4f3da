import fs from 'node:fs';
import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__NEWSGRAPH_TEST__;
  if (!state) return;
  if (state.embedded) {
    await state.embedded.stop();
    if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
    return;
  }
  // A shared server: leave nothing behind.
  const admin = new pg.Client({ connectionString: state.serverUrl });
  await admin.connect();
  const leftovers = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'newsgraph_test_%' AND datname LIKE $1",
    [`%_${process.pid}%`],
  );
  for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
}
