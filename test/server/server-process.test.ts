/**
 * The real server process, as `npm start` runs it: listen, serve, and on SIGTERM finish the
 * request in flight, close the database and (when embedded) stop PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../helper';
import { shortArticle } from '../articles-fixture';

const root = path.join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  child: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
}

function startServer(env: Record<string, string>): Promise<Server> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...base, LOG_LEVEL: 'info', SEED_DEMO: 'never', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        logs.push(line);
        if (line.includes('Server listening')) resolve({ child, logs, exited });
      }
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
}

function request(port: number, method: string, urlPath: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { 'content-type': 'application/json' } }, (res) => {
      let data = '';
      res.on('data', (chunk: Buffer) => (data += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('SIGTERM lets the request in flight finish, then the process exits 0; logs are JSON with a request id', async () => {
  const database = await createTestDatabase();
  const port = await freePort();
  const server = await startServer({ DATABASE_URL: database.url, PORT: String(port) });
  try {
    const payload = JSON.stringify(shortArticle());
    // Send half the body, signal the server, then send the rest: the answer must still come.
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/v1/articles', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          let data = '';
          res.on('data', (chunk: Buffer) => (data += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body: data }));
        },
      );
      req.on('error', reject);
      req.write(payload.slice(0, 40));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(payload.slice(40)), 300);
      }, 300);
    });
    const response = await answer;
    expect(response.status).toBe(201);
    expect(await server.exited).toBe(0);
    const lines = server.logs.map((line) => JSON.parse(line) as { msg: string; reqId?: string });
    expect(lines.some((l) => l.msg === 'request completed' && typeof l.reqId === 'string')).toBe(true);
    expect(lines.some((l) => l.msg === 'stopped')).toBe(true);
  } finally {
    server.child.kill('SIGKILL');
    await database.drop();
  }
}, 60_000);

test('without DATABASE_URL it starts an embedded PostgreSQL, seeds the demo corpus once, keeps data across restarts and stops it', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-server-test-'));
  fs.chmodSync(dataDir, 0o755);
  const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54500', SEED_DEMO: 'auto' };
  try {
    const port = await freePort();
    const first = await startServer({ ...env, PORT: String(port) });
    const ready = await request(port, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    const list = JSON.parse((await request(port, 'GET', '/api/v1/articles?limit=100')).body) as { items: { title: string }[] };
    const corpusSize = fs.readdirSync(path.join(root, 'data', 'demo-corpus')).filter((f) => f.endsWith('.json')).length;
    expect(list.items).toHaveLength(corpusSize);
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    expect(fs.existsSync(pidFile)).toBe(true);
    const pgPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(pidFile)).toBe(false);
    expect(() => process.kill(pgPid, 0)).toThrow();

    const second = await startServer({ ...env, PORT: String(port) });
    const again = JSON.parse((await request(port, 'GET', '/api/v1/articles?limit=100')).body) as { items: unknown[] };
    expect(again.items).toHaveLength(corpusSize);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);

test('a bad configuration value stops the boot with a message naming the variable', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: { ...process.env, PORT: 'eighty' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(78);
  expect(stderr).toContain('Invalid PORT="eighty"');
}, 30_000);
