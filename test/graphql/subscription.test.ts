/**
 * articleIngested over a real WebSocket (graphql-transport-ws, spoken by hand) against a
 * listening app: articles created through REST and through GraphQL are both pushed.
 */
import type { AddressInfo } from 'node:net';
import { connectDb } from '../../src/db/client';
import { createExtractor } from '../../src/extraction';
import { createIngestService } from '../../src/ingest/ingest-service';
import { buildTestApp, type TestApp } from '../helper';
import { shortArticle } from '../articles-fixture';
import { ingest } from './gql-client';

// `ws` comes with mercurius and has no type declarations here; the test needs only this much.
interface Socket {
  on(event: 'message', listener: (data: Buffer) => void): void;
  once(event: 'open' | 'close' | 'error', listener: (arg?: unknown) => void): void;
  send(data: string): void;
  close(): void;
  protocol: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WebSocket } = require('ws') as { WebSocket: new (url: string, protocol: string) => Socket };

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  url = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => t.close());

interface Message {
  type: string;
  id?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload?: any;
}

/** A client that collects the server's messages and lets the test wait for the next of a type. */
async function connect() {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const received: Message[] = [];
  const waiting: { type: string; resolve: (m: Message) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Message;
    const i = waiting.findIndex((w) => w.type === message.type);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(message);
    else received.push(message);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const next = (type: string) =>
    new Promise<Message>((resolve, reject) => {
      const i = received.findIndex((m) => m.type === type);
      if (i >= 0) return resolve(received.splice(i, 1)[0]!);
      const timer = setTimeout(() => reject(new Error(`no ${type} message within 5 s`)), 5000);
      waiting.push({ type, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  return { socket, send: (m: Message) => socket.send(JSON.stringify(m)), next };
}

test('articleIngested pushes each article created by REST or GraphQL, with its extracted data', async () => {
  const client = await connect();
  expect(client.socket.protocol).toBe('graphql-transport-ws');
  client.send({ type: 'connection_init' });
  await client.next('connection_ack');
  client.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { articleIngested { id title entities { name entity { id } } } }' } });
  // The subscription is registered once the server has handled the message; a round trip makes sure.
  client.send({ type: 'ping' });
  await client.next('pong');

  const viaRest = shortArticle();
  const created = (await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: viaRest })).json();
  const first = await client.next('next');
  expect(first.id).toBe('1');
  expect(first.payload.data.articleIngested).toMatchObject({ id: created.id, title: viaRest.title });
  expect(first.payload.data.articleIngested.entities.length).toBeGreaterThan(0);

  const viaGraphql = shortArticle();
  const [item] = (await ingest(t.app, [viaGraphql])).ingestArticles;
  const second = await client.next('next');
  expect(second.payload.data.articleIngested).toMatchObject({ id: item.article.id, title: viaGraphql.title });

  // A duplicate is not a new article: nothing is pushed for it.
  await ingest(t.app, [viaGraphql]);
  const third = shortArticle();
  await ingest(t.app, [third]);
  expect((await client.next('next')).payload.data.articleIngested.title).toBe(third.title);

  client.send({ type: 'complete', id: '1' });
  client.socket.close();
});

test('closing the app removes its listener from the ingest events', async () => {
  expect(t.app.services.ingestEvents.listenerCount('article-ingested')).toBe(1);
  const other = await buildTestApp();
  expect(other.app.services.ingestEvents.listenerCount('article-ingested')).toBe(1);
  const events = other.app.services.ingestEvents;
  await other.close();
  expect(events.listenerCount('article-ingested')).toBe(0);
});

test('a subscription over the page-size limit is refused with an error message', async () => {
  const client = await connect();
  client.send({ type: 'connection_init' });
  await client.next('connection_ack');
  client.send({
    type: 'subscribe',
    id: '9',
    payload: { query: 'subscription { articleIngested { entities { entity { articles(first: 1000) { totalCount } } } } }' },
  });
  const error = await client.next('error');
  expect(error.id).toBe('9');
  expect(JSON.stringify(error.payload)).toContain('first: must be an integer from 1 to 100');
  client.socket.close();
});

test('articles stored by another process (say `npm run ingest`) reach subscribers too, through PostgreSQL NOTIFY', async () => {
  const client = await connect();
  client.send({ type: 'connection_init' });
  await client.next('connection_ack');
  client.send({ type: 'subscribe', id: '7', payload: { query: 'subscription { articleIngested { id title } }' } });
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Another pool and another ingest service: nothing shared with the app but the database.
  const otherDb = connectDb(t.db.url, 1);
  try {
    const article = shortArticle({ title: 'Stored by another process' });
    const outcome = await createIngestService(otherDb, createExtractor()).ingest(article);
    const message = await client.next('next');
    expect(message.payload.data.articleIngested).toEqual({ id: outcome.articleId, title: 'Stored by another process' });
  } finally {
    await otherDb.close();
    client.socket.close();
  }
});
