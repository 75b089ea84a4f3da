import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../helper';
import { shortArticle } from '../articles-fixture';

const root = path.join(__dirname, '..', '..');
let database: TestDatabase;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));
  const a = shortArticle();
  const b = shortArticle();
  const c = shortArticle();
  fs.writeFileSync(path.join(dir, 'one.txt'), `${a.title}\n${a.body}\n`);
  fs.mkdirSync(path.join(dir, 'nested'));
  fs.writeFileSync(path.join(dir, 'nested', 'two.json'), JSON.stringify([b, { title: 'No body' }]));
  fs.writeFileSync(path.join(dir, 'three.ndjson'), `${JSON.stringify(c)}\n{not json\n${JSON.stringify(b)}\n`);
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await database.drop();
});

function runIngest(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('ingests a folder of .txt, .json and .ndjson files and reports duplicates and failures with reasons', async () => {
  const result = runIngest(dir);
  expect(result.stdout).toContain('ingested: 3');
  expect(result.stdout).toContain('duplicates: 1');
  expect(result.stdout).toContain('failed: 2');
  expect(result.stdout).toMatch(/two\.json\[1\]: body: must be a string/);
  expect(result.stdout).toMatch(/three\.ndjson:2: file: invalid JSON/);
  expect(result.status).toBe(1);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query('SELECT count(*)::int AS n FROM articles');
  await client.end();
  expect(rows[0].n).toBe(3);
}, 60_000);

test('a second run finds everything already stored', () => {
  const result = runIngest(path.join(dir, 'one.txt'));
  expect(result.stdout).toContain('ingested: 0\nduplicates: 1\nfailed: 0');
  expect(result.status).toBe(0);
}, 60_000);

test('a missing path is a usage error', () => {
  const result = runIngest(path.join(dir, 'nope.json'));
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('no such file or folder');
});
