/**
 * Turns paths (files and folders, recursively) into articles to ingest:
 *   .txt            first line the title, the rest the body
 *   .json           one article object, or an array of them
 *   .ndjson/.jsonl  one article object per line
 * Each article carries where it came from, so failures can say "file:line".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../ingest/article-input';

export interface ArticleItem {
  origin: string;
  article?: ArticleInput;
  /** Set when the item could not even be read as an article. */
  error?: string;
}

const EXTENSIONS = new Set(['.txt', '.json', '.ndjson', '.jsonl']);

export function listFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    const stat = fs.statSync(given, { throwIfNoEntry: false });
    if (!stat) throw new Error(`no such file or folder: ${given}`);
    if (stat.isDirectory()) {
      const inside = (fs.readdirSync(given, { recursive: true }) as string[]).map((entry) => path.join(given, entry));
      files.push(...inside.filter((f) => EXTENSIONS.has(path.extname(f).toLowerCase()) && fs.statSync(f).isFile()).sort());
    } else {
      files.push(given);
    }
  }
  return files;
}

function fromText(file: string, text: string): ArticleItem[] {
  const newline = text.indexOf('\n');
  if (newline < 0) return [{ origin: file, error: 'a .txt file needs a title line and a body' }];
  return [{ origin: file, article: { title: text.slice(0, newline).trim(), body: text.slice(newline + 1) } }];
}

function asArticle(origin: string, value: unknown): ArticleItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { origin, error: 'expected a JSON object with title and body' };
  }
  return { origin, article: value as ArticleInput };
}

function fromJson(file: string, text: string): ArticleItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [{ origin: file, error: `invalid JSON: ${(error as Error).message}` }];
  }
  if (Array.isArray(parsed)) return parsed.map((value, i) => asArticle(`${file}[${i}]`, value));
  return [asArticle(file, parsed)];
}

function fromNdjson(file: string, text: string): ArticleItem[] {
  const items: ArticleItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const origin = `${file}:${i + 1}`;
    try {
      items.push(asArticle(origin, JSON.parse(line)));
    } catch (error) {
      items.push({ origin, error: `invalid JSON: ${(error as Error).message}` });
    }
  });
  return items;
}

export function readArticleFile(file: string): ArticleItem[] {
  const text = fs.readFileSync(file, 'utf8');
  switch (path.extname(file).toLowerCase()) {
    case '.txt':
      return fromText(file, text);
    case '.json':
      return fromJson(file, text);
    case '.ndjson':
    case '.jsonl':
      return fromNdjson(file, text);
    default:
      return [{ origin: file, error: 'unsupported file type (use .txt, .json, .ndjson or .jsonl)' }];
  }
}
