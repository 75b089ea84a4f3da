// Runs Prisma's schema engine as WebAssembly through the pg driver adapter, because the
// native engines cannot be downloaded on these machines (see ../shared/ENVIRONMENT.md).
// If this file fails to load, the CLI silently falls back to the native engines and fails.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set');
    // allowExitOnIdle: without it the CLI waits out the pool's 10 s idle timeout before exiting.
    // allowExitOnIdle: an idle pooled connection must not keep the CLI alive once it is done.
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
