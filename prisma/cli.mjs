#!/usr/bin/env node
// Runs the Prisma CLI the way these machines allow: no native engine downloads.
// `prisma generate` needs no schema engine at all, but the CLI looks for one unless
// PRISMA_SCHEMA_ENGINE_BINARY points at an existing file; it is never executed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const env = {
  ...(process.argv[2] === 'generate' ? { PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url) } : {}),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
  // The CLI insists on the variable even for generate; any URL does when nothing connects.
  DATABASE_URL: 'postgresql://unused@localhost/unused',
  ...process.env,
};
const preload = fileURLToPath(new URL('./unref-timers.cjs', import.meta.url));
const result = spawnSync(process.execPath, ['-r', preload, cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
