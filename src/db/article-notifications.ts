/**
 * "An article was ingested", across processes: the ingest transaction sends a PostgreSQL
 * NOTIFY (delivered only if it commits), and every server LISTENs. So subscribers hear about
 * articles stored by any server of a cluster and by `npm run ingest`, not only by their own
 * process.
 */
import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';

export const ARTICLE_INGESTED_CHANNEL = 'newsgraph_article_ingested';

/** SQL to run inside the ingest transaction, with the new article's id as $1. */
export const NOTIFY_ARTICLE_INGESTED = `SELECT pg_notify('${ARTICLE_INGESTED_CHANNEL}', $1::text)`;

export type ArticleEvents = EventEmitter<{ 'article-ingested': [articleId: string] }>;

export interface ArticleListener {
  events: ArticleEvents;
  close(): Promise<void>;
}

/** One dedicated connection that LISTENs, (re)connecting in the background when it cannot. */
export async function listenForArticles(databaseUrl: string, log: FastifyBaseLogger): Promise<ArticleListener> {
  const events: ArticleEvents = new EventEmitter();
  let client: pg.Client | null = null;
  let closed = false;

  const schedule = () => {
    if (!closed) setTimeout(() => void connect().catch(retry), 1000).unref();
  };
  const retry = (error: unknown) => {
    log.warn({ err: error }, 'article notifications: cannot listen; retrying in 1 s');
    schedule();
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel === ARTICLE_INGESTED_CHANNEL && message.payload) events.emit('article-ingested', message.payload);
    });
    next.on('error', (error) => {
      if (client !== next) return;
      client = null;
      void next.end().catch(() => undefined);
      retry(error);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${ARTICLE_INGESTED_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) await next.end().catch(() => undefined);
    else client = next;
  };
  // A database that is down must not stop the app from starting (readiness reports it).
  await connect().catch(retry);
  return {
    events,
    async close() {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
