/**
 * HTTP benchmark of the service as `npm start` runs it: a separate server process (so the
 * load generator does not share its event loop) over a real PostgreSQL.
 *   1. ingest: POST /api/v1/articles with distinct ~3 KB articles built from the demo corpus;
 *   2. read:   GET /api/v1/articles/:id of the stored articles.
 * Usage: npm run bench:http [-- --seconds 10 --connections 32]
 * DATABASE_URL unset: the server starts a throwaway embedded PostgreSQL in a temporary folder.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDemoCorpus } from '../src/ingest/demo-corpus';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not become ready');
}

function report(name: string, unit: string, result: autocannon.Result): void {
  console.log(
    `${name}: ${result.requests.average.toFixed(0)} ${unit}/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `non-2xx ${result.non2xx}, errors ${result.errors}`,
  );
}

async function main(): Promise<void> {
  const seconds = arg('seconds', 10);
  const connections = arg('connections', 32);
  const port = arg('port', 3900);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const server = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/server.ts'], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54600', SEED_DEMO: 'never', LOG_LEVEL: 'warn', DB_POOL_SIZE: '20' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const corpus = readDemoCorpus();
  let n = 0;
  const nextArticle = () => {
    const base = corpus[n % corpus.length]!;
    n++;
    const body = `${base.body}\n${base.body}`.slice(0, 3000);
    return JSON.stringify({ ...base, url: `https://bench.example/${process.pid}/${n}`, title: `${base.title} #${n}`, body: `${body}\n(bench copy ${n})` });
  };
  try {
    await waitReady(url);
    console.log(`${os.cpus().length} cores, node ${process.version}, ${connections} connections, ${seconds} s per run`);
    const ingest = await autocannon({
      url: `${url}/api/v1/articles`,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: nextArticle() }) }],
    });
    report('ingest (POST /api/v1/articles, ~3 KB)', 'articles', ingest);
    const page = (await (await fetch(`${url}/api/v1/articles?limit=100`)).json()) as { items: { id: string }[] };
    const ids = page.items.map((a) => a.id);
    let i = 0;
    const read = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: `/api/v1/articles/${ids[i++ % ids.length]}` }) }],
    });
    report('read (GET /api/v1/articles/:id)', 'req', read);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.on('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
