/**
 * What a client sends to ingest an article, and the checks every door (REST, GraphQL, CLI)
 * shares. Transport schemas catch shape errors first; these catch what a schema cannot say.
 */
import { createHash } from 'node:crypto';

export interface ArticleInput {
  title: string;
  body: string;
  url?: string | null;
  /** ISO 8601 timestamp or date. */
  publishedAt?: string | null;
  /** The outlet's name. */
  source?: string | null;
  language?: string | null;
}

export interface NormalizedArticle {
  title: string;
  body: string;
  url: string | null;
  publishedAt: Date | null;
  source: string | null;
  language: string;
  contentHash: string;
}

export const DEFAULT_MAX_BODY_CHARS = 100_000;

export const INPUT_LIMITS = {
  titleMaxLength: 1000,
  urlMaxLength: 2048,
  sourceMaxLength: 200,
} as const;

/** A client error in an article: names the field at fault. */
export class ArticleInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ArticleInputError';
  }
}

function requiredText(value: unknown, field: string, maxLength?: number): string {
  if (typeof value !== 'string') throw new ArticleInputError(field, 'must be a string');
  const text = value.trim();
  if (text === '') throw new ArticleInputError(field, 'must not be empty');
  if (maxLength !== undefined && text.length > maxLength) {
    throw new ArticleInputError(field, `must be at most ${maxLength} characters`);
  }
  // PostgreSQL text cannot hold NUL; silently dropping it would shift every offset.
  if (text.includes('\u0000')) throw new ArticleInputError(field, 'must not contain NUL (U+0000) characters');
  return text;
}

function optionalText(value: unknown, field: string, maxLength: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return requiredText(value, field, maxLength);
}

function normalizeUrl(value: unknown): string | null {
  const raw = optionalText(value, 'url', INPUT_LIMITS.urlMaxLength);
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ArticleInputError('url', 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ArticleInputError('url', 'must be an absolute http(s) URL');
  }
  url.hash = '';
  return url.toString();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function normalizeDate(value: unknown): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!ISO_DATE.test(text)) {
    throw new ArticleInputError('publishedAt', 'must be an ISO 8601 date or date-time, e.g. 2024-02-03T10:00:00Z');
  }
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || Number.isNaN(date.getTime()) || year < 1800) {
    throw new ArticleInputError('publishedAt', `${JSON.stringify(text)} is not a valid calendar date`);
  }
  return date;
}

function normalizeLanguage(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'en';
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
    throw new ArticleInputError('language', 'must be a BCP 47 language tag such as "en"');
  }
  if (!value.startsWith('en')) {
    throw new ArticleInputError('language', 'only English ("en") is supported by the built-in extractor');
  }
  return value;
}

/** Whitespace differences do not make a different article. */
export function contentHash(title: string, body: string): string {
  const canonical = `${title.replace(/\s+/g, ' ').trim()}\n${body.replace(/\s+/g, ' ').trim()}`;
  return createHash('sha256').update(canonical).digest('hex');
}

export function normalizeArticleInput(input: ArticleInput, maxBodyChars: number = DEFAULT_MAX_BODY_CHARS): NormalizedArticle {
  if (typeof input !== 'object' || input === null) throw new ArticleInputError('body', 'must be a JSON object');
  const title = requiredText(input.title, 'title', INPUT_LIMITS.titleMaxLength);
  // The body keeps its inner layout: offsets point into exactly what is stored.
  const body = requiredText(input.body, 'body', maxBodyChars);
  return {
    title,
    body,
    url: normalizeUrl(input.url),
    publishedAt: normalizeDate(input.publishedAt),
    source: optionalText(input.source, 'source', INPUT_LIMITS.sourceMaxLength),
    language: normalizeLanguage(input.language),
    contentHash: contentHash(title, body),
  };
}
