/**
 * Benchmark of the built-in extraction pipeline (src/extraction), without HTTP or database:
 *   1. startup: cold load of the gazetteer and lexicons (`warmUp()`), each in a fresh process;
 *   2. memory: RSS and V8 heap after load and after the run (after a full GC);
 *   3. throughput on one core: ~3 KB articles (demo corpus articles padded with paragraphs of
 *      the next articles), many iterations after warm-up; mean, p50, p99 per article.
 *
 * Usage: npm run bench:extraction [-- --iterations 3000 --warmup 300 --cold-runs 3 --tsx]
 *
 * By default the children load the compiled pipeline in dist/ (the code `npm start` serves; the
 * parent runs `npm run build` first: Prisma client, then tsc). With --tsx they load src/ through tsx, as the
 * tests do: tsx compiles with esbuild's keepNames, which wraps every named function expression in a
 * `__name()` call, so the same pipeline runs slower there than as served (195 against 270 articles/s in the thirteenth session).
 *
 * The parent only spawns children (`node --expose-gc --import tsx bench/extraction.ts --child ...`)
 * and prints their reports. The measuring child is pinned to one CPU with `taskset -c 0` when
 * taskset exists, so "one core" includes the GC and compiler threads.
 * (This replaces the former timed unit test test/extraction/performance.test.ts: speed is shown
 * here, not asserted in unit tests.)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = path.relative(ROOT, __filename);
const TARGET_BYTES = 3000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Article { title: string; body: string; publishedAt: Date; source: string | null }

/** Demo-corpus articles, each padded with whole paragraphs of the following ones to ≥ 3 KB. */
function benchArticles(): Article[] {
  const dir = path.join(ROOT, 'data', 'demo-corpus');
  const corpus = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { title: string; body: string; publishedAt: string; source?: string });
  return corpus.map((a, i) => {
    let body = a.body;
    const extra = corpus.flatMap((_, k) => corpus[(i + 1 + k) % corpus.length]!.body.split('\n'));
    for (const p of extra) {
      if (Buffer.byteLength(a.title) + Buffer.byteLength(body) >= TARGET_BYTES) break;
      body += `\n${p}`;
    }
    return { title: a.title, body, publishedAt: new Date(a.publishedAt), source: a.source ?? null };
  });
}

function seedArticle(): Article {
  const raw = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seed', 'seed-article.txt'), 'utf8');
  const nl = raw.indexOf('\n');
  return { title: raw.slice(0, nl).trim(), body: raw.slice(nl + 1).trim(), publishedAt: new Date('2024-02-03T10:00:00Z'), source: 'Al Mayadeen' };
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

function memory(): { rssMB: number; heapUsedMB: number; heapTotalMB: number; externalMB: number } {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) { g(); g(); }
  const m = process.memoryUsage();
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), heapTotalMB: mb(m.heapTotal), externalMB: mb(m.external) };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Child: import, load, report startup figures (and, for `run`, memory and throughput). */
async function child(mode: 'load' | 'run'): Promise<void> {
  const beforeImport = memory();
  let t = process.hrtime.bigint();
  const modulePath = process.argv.includes('--tsx') ? '../src/extraction' : '../dist/src/extraction';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extraction = require(modulePath) as typeof import('../src/extraction');
  const importMs = ms(t);
  t = process.hrtime.bigint();
  extraction.warmUp();
  const loadMs = ms(t);
  const afterLoad = mode === 'run' ? memory() : null;
  const ex = extraction.createExtractor();
  const articles = benchArticles();
  t = process.hrtime.bigint();
  ex.extract(articles[0]!);
  const firstExtractMs = ms(t);
  const report: Record<string, unknown> = { importMs, loadMs, firstExtractMs, gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function' };
  if (mode === 'run') {
    report.memoryBeforeLoad = beforeImport;
    report.memoryAfterLoad = afterLoad;
    const warmup = arg('warmup', 300);
    const iterations = arg('iterations', 3000);
    for (let i = 0; i < warmup; i += 1) ex.extract(articles[i % articles.length]!);
    const times: number[] = [];
    let entities = 0;
    let events = 0;
    const wall = process.hrtime.bigint();
    for (let i = 0; i < iterations; i += 1) {
      const a = articles[i % articles.length]!;
      const s = process.hrtime.bigint();
      const r = ex.extract(a);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      entities += r.entities.length;
      events += r.events.length;
    }
    const wallMs = ms(wall);
    const sorted = [...times].sort((a, b) => a - b);
    const mean = times.reduce((x, y) => x + y, 0) / times.length;
    const seed = seedArticle();
    for (let i = 0; i < 50; i += 1) ex.extract(seed);
    const ts = process.hrtime.bigint();
    for (let i = 0; i < 200; i += 1) ex.extract(seed);
    report.seedMsPerArticle = ms(ts) / 200;
    report.seedChars = seed.body.length;
    report.throughput = {
      articles: articles.length,
      meanBytes: Math.round(articles.reduce((s, a) => s + Buffer.byteLength(a.title) + Buffer.byteLength(a.body), 0) / articles.length),
      warmup, iterations, meanMs: mean, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted[sorted.length - 1],
      articlesPerSecond: (iterations / wallMs) * 1000, entitiesPerArticle: entities / iterations, eventsPerArticle: events / iterations,
    };
    report.memoryAfterRun = memory();
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function spawnChild(mode: 'load' | 'run', pin: boolean): Record<string, any> {
  const nodeArgs = ['--expose-gc', '--import', 'tsx', SCRIPT, '--child', mode, ...process.argv.slice(2)];
  const useTaskset = pin && fs.existsSync('/usr/bin/taskset');
  const cmd = useTaskset ? 'taskset' : process.execPath;
  const args = useTaskset ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs;
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop()!;
  return { ...JSON.parse(line), command: [cmd, ...args].map((a) => (a === process.execPath ? 'node' : a)).join(' ') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

/** Compile src/ to dist/ with `npm run build` (Prisma client, then tsc), as `npm start` does. */
function build(): void {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed: ${r.stdout}${r.stderr}`);
}

function parent(): void {
  const tsx = process.argv.includes('--tsx');
  if (!tsx) build();
  const coldRuns = arg('cold-runs', 3);
  const loads = Array.from({ length: coldRuns }, () => spawnChild('load', true));
  const run = spawnChild('run', true);
  const tp = run.throughput;
  const json = process.argv.includes('--json');
  const summary = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', node: process.version, platform: `${os.platform()} ${os.release()}` },
    command: `npm run bench:extraction${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    code: tsx ? 'src/ through tsx (esbuild, keepNames)' : 'dist/ compiled by tsc (as npm start serves it)',
    childCommand: run.command,
    startup: {
      coldRuns,
      importMsMedian: median(loads.map((l) => l.importMs)),
      loadMsMedian: median(loads.map((l) => l.loadMs)),
      loadMsAll: loads.map((l) => l.loadMs),
      firstExtractMsMedian: median(loads.map((l) => l.firstExtractMs)),
    },
    memory: { gcExposed: run.gcExposed, beforeLoad: run.memoryBeforeLoad, afterLoad: run.memoryAfterLoad, afterRun: run.memoryAfterRun },
    throughput: tp,
    seed: { chars: run.seedChars, msPerArticle: run.seedMsPerArticle },
  };
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const m = summary.memory;
  console.log(`Extraction benchmark (${summary.date})`);
  console.log(`machine: ${summary.machine.cpus} CPUs (${summary.machine.cpuModel}), node ${summary.machine.node}, ${summary.machine.platform}`);
  console.log(`command: ${summary.command}`);
  console.log(`child:   ${summary.childCommand}`);
  console.log(`code:    ${summary.code}`);
  console.log(`\nStartup (fresh process each, median of ${coldRuns})`);
  console.log(`  import the pipeline            ${f1(summary.startup.importMsMedian)} ms (module loading${tsx ? ' incl. tsx transpile' : ''})`);
  console.log(`  load gazetteer + lexicons      ${f1(summary.startup.loadMsMedian)} ms (warmUp(); runs: ${summary.startup.loadMsAll.map(f1).join(', ')})`);
  console.log(`  first extraction (cold JIT)    ${f1(summary.startup.firstExtractMsMedian)} ms`);
  console.log(`\nMemory (after full GC: ${m.gcExposed ? 'yes' : 'no, --expose-gc unavailable'})`);
  for (const [label, x] of [['before load', m.beforeLoad], ['after load', m.afterLoad], ['after run', m.afterRun]] as const) {
    console.log(`  ${label.padEnd(12)} RSS ${String(x.rssMB).padStart(6)} MB   heap used ${String(x.heapUsedMB).padStart(6)} MB   heap total ${String(x.heapTotalMB).padStart(6)} MB   external ${x.externalMB} MB`);
  }
  console.log(`\nThroughput, one core (pinned with taskset -c 0), ${tp.articles} distinct articles of ~${tp.meanBytes} bytes`);
  console.log(`  ${tp.iterations} extractions after ${tp.warmup} warm-up`);
  console.log(`  ${f1(tp.articlesPerSecond)} articles/s   mean ${f2(tp.meanMs)} ms   p50 ${f2(tp.p50Ms)} ms   p99 ${f2(tp.p99Ms)} ms   max ${f2(tp.maxMs)} ms per article`);
  console.log(`  (${f1(tp.entitiesPerArticle)} entities, ${f1(tp.eventsPerArticle)} events per article)`);
  console.log(`  seed article (${summary.seed.chars} chars): ${f2(summary.seed.msPerArticle)} ms/article`);
}

const ci = process.argv.indexOf('--child');
if (ci >= 0) {
  void child(process.argv[ci + 1] === 'run' ? 'run' : 'load');
} else {
  parent();
}
