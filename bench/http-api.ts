/**
 * HTTP benchmark of the service as `npm start` runs it (real server, real PostgreSQL):
 *   1. ingest: POST /api/v1/articles with distinct 3 KB articles built from the demo corpus;
 *   2. read:   GET /api/v1/articles/:id of those articles.
 * Usage: npm run bench:http [-- --seconds 10 --connections 32]
 * DATABASE_URL unset: a throwaway embedded PostgreSQL in a temporary folder.
 */
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { readDemoCorpus } from '../src/ingest/demo-corpus';
import { openRuntime } from '../src/runtime';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const seconds = arg('seconds', 10);
  const connections = arg('connections', 32);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DB_POOL_SIZE: '20' });
  const runtime = await openRuntime(config, pino({ level: 'warn' }));
  const app = await buildApp({ config, db: runtime.db, extractor: runtime.extractor });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const corpus = readDemoCorpus();
  let n = 0;
  const nextArticle = () => {
    const base = corpus[n % corpus.length]!;
    n++;
    return JSON.stringify({ ...base, url: `https://bench.example/${process.pid}/${n}`, title: `${base.title} #${n}`, body: `${base.body}\n(bench copy ${n})` });
  };
  try {
    const ingest = await autocannon({
      url: `${url}/api/v1/articles`,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: nextArticle() }) }],
    });
    console.log(`ingest: ${ingest.requests.average.toFixed(0)} articles/s, p50 ${ingest.latency.p50} ms, p99 ${ingest.latency.p99} ms, non-2xx ${ingest.non2xx}, errors ${ingest.errors}`);

    const ids = (await runtime.db.prisma.article.findMany({ select: { id: true }, take: 500 })).map((a) => a.id);
    let i = 0;
    const read = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: `/api/v1/articles/${ids[i++ % ids.length]}` }) }],
    });
    console.log(`read article: ${read.requests.average.toFixed(0)} req/s, p50 ${read.latency.p50} ms, p99 ${read.latency.p99} ms, non-2xx ${read.non2xx}, errors ${read.errors}`);
  } finally {
    await app.close();
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
