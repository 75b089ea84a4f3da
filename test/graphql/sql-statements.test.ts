/**
 * The loaders at work: a nested query over 2 articles and over 20 runs the same number of
 * SQL statements. Statements are counted at pg.Client#query, which both the hand-written
 * queries (db.pool.query) and Prisma (through its pg driver adapter) go through.
 */
import pg from 'pg';
import { buildTestApp, type TestApp } from '../helper';
import { seedArticle, shortArticle } from '../articles-fixture';
import { gqlData, ingest } from './gql-client';

let t: TestApp;
let statements: string[] = [];
let querySpy: jest.SpyInstance;

beforeAll(async () => {
  t = await buildTestApp();
  const places = ['Jakarta, Indonesia', 'Surabaya, Indonesia', 'Manila, Philippines', 'Bangkok, Thailand'];
  const inputs = Array.from({ length: 22 }, (_, i) =>
    shortArticle({
      body: `Police arrested 12 protesters in ${places[i % places.length]} on Monday, the Interior Ministry said. ` +
        `President Joko Widodo condemned the attack on the Red Cross office. Reference ${i}.`,
      publishedAt: `2025-02-${String(1 + i).padStart(2, '0')}T08:00:00Z`,
    }),
  );
  await ingest(t.app, [seedArticle(), ...inputs]);
  const original = pg.Client.prototype.query;
  querySpy = jest.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    statements.push(typeof config === 'string' ? config : (config?.text ?? '?'));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as never);
});
afterAll(async () => {
  querySpy.mockRestore();
  await t.close();
});

async function countStatements(work: () => Promise<unknown>): Promise<number> {
  statements = [];
  await work();
  return statements.length;
}

const NESTED = `query($first: Int) { articles(first: $first) { totalCount edges { node {
  id title
  entities { name entity { id mentionCount relations { id predicate subject { name } } coMentioned { articleCount entity { name } } } }
  events { type participants { role entity { id name articleCount } } location { name } article { id } }
  quotes { text speaker { name } }
} } } }`;

test('Prisma and hand-written queries are both counted', async () => {
  expect(await countStatements(() => t.db.prisma.article.count())).toBeGreaterThan(0);
  expect(await countStatements(() => t.db.pool.query('SELECT 1'))).toBe(1);
});

interface NestedArticle {
  entities: { entity: { coMentioned: unknown[] } }[];
  events: { participants: unknown[] }[];
}

async function nestedArticles(first: number): Promise<NestedArticle[]> {
  const data = await gqlData(t.app, NESTED, { first });
  return data.articles.edges.map((edge: { node: NestedArticle }) => edge.node);
}

test('a nested query over 2 and over 20 articles runs the same number of SQL statements', async () => {
  let small: NestedArticle[] = [];
  let large: NestedArticle[] = [];
  const forTwo = await countStatements(async () => (small = await nestedArticles(2)));
  const forTwenty = await countStatements(async () => (large = await nestedArticles(20)));
  expect(small).toHaveLength(2);
  expect(large).toHaveLength(20);
  // The data is really nested: entities with co-mentions, events with participants.
  expect(large.some((n) => n.entities.some((e) => e.entity.coMentioned.length > 0))).toBe(true);
  expect(large.some((n) => n.events.some((e) => e.participants.length > 0))).toBe(true);
  expect(forTwenty).toBe(forTwo);
  // listArticles (page, count, views), then one statement per loader field in the query.
  expect(forTwenty).toBeLessThanOrEqual(15);
});

test('Entity.articles and Entity.mentions page every entity of a list in one statement each', async () => {
  const query = `query($first: Int) { entities(first: $first) { edges { node { name
      articles(first: 3) { totalCount edges { node { id } } } mentions(first: 3) { totalCount edges { node { text } } } } } } }`;
  const forTwo = await countStatements(() => gqlData(t.app, query, { first: 2 }));
  const forTwenty = await countStatements(() => gqlData(t.app, query, { first: 20 }));
  expect(forTwenty).toBe(forTwo);
});
