/**
 * Locates and reads the JSON data files under `data/` (gazetteer, lexicons).
 * The data directory is found by walking up from this module, so the same code works from
 * `src/extraction` (ts-jest, tsx) and from `dist/src/extraction` (compiled build).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

let cachedDataDir: string | null = null;

export function dataDir(): string {
  if (cachedDataDir) return cachedDataDir;
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'data', 'gazetteer');
    if (fs.existsSync(candidate)) {
      cachedDataDir = path.join(dir, 'data');
      return cachedDataDir;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`extraction: cannot find data/gazetteer above ${__dirname}`);
}

export function readDataJson<T>(relativePath: string): T {
  const file = path.join(dataDir(), relativePath);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
