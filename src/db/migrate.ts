/**
 * Applies prisma/migrations with `prisma migrate deploy`. The CLI runs its schema engine as
 * WebAssembly through prisma.config.ts, since the native engine cannot be downloaded here.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../project-root';

const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');

export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const cli = require.resolve('prisma/build/index.js');
  const env = { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const preload = path.join(projectRoot, 'prisma', 'unref-timers.cjs');
    const child = spawn(process.execPath, ['-r', preload, cli, 'migrate', 'deploy'], { cwd: projectRoot, env });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

/** Names of the migrations this build ships. */
export function shippedMigrations(): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Migrations shipped but not applied (also when the migrations table does not exist yet). */
export async function pendingMigrations(pool: pg.Pool): Promise<string[]> {
  const applied = await pool
    .query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )
    .then((result) => new Set(result.rows.map((row) => row.migration_name)))
    .catch((error: { code?: string }) => {
      if (error.code === '42P01') return new Set<string>(); // undefined_table
      throw error;
    });
  return shippedMigrations().filter((name) => !applied.has(name));
}
