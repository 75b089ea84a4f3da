/**
 * ingestArticles and deleteArticle, and the API key every mutation needs when the server has one.
 */
import { buildTestApp, type TestApp } from '../helper';
import { shortArticle } from '../articles-fixture';
import { gql, gqlData } from './gql-client';

const KEY = 'graphql-test-key-0123';
const auth = { 'x-api-key': KEY };
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ API_KEY: KEY });
});
afterAll(async () => t.close());

const INGEST = `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) {
  index created article { id title entities { name } } error { field reason } } }`;

test('ingestArticles stores each article in order; an invalid one gets an error and does not stop the others', async () => {
  const good = shortArticle();
  const data = await gqlData(t.app, INGEST, { inputs: [good, { title: 'x', body: 'y', publishedAt: 'soon' }, good] }, auth);
  const [first, bad, again] = data.ingestArticles;
  expect(first).toMatchObject({ index: 0, created: true, error: null, article: { title: good.title } });
  expect(first.article.entities.length).toBeGreaterThan(0);
  expect(bad).toEqual({ index: 1, created: false, article: null, error: { field: 'publishedAt', reason: expect.stringMatching(/ISO 8601/) } });
  expect(again).toMatchObject({ index: 2, created: false, article: { id: first.article.id } });
  expect(await t.db.prisma.article.count()).toBe(1);
});

test('ingestArticles refuses more than 100 articles', async () => {
  const inputs = Array.from({ length: 101 }, () => ({ title: 't', body: 'b' }));
  const { body } = await gql(t.app, INGEST, { inputs }, auth);
  expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'inputs' });
});

test('deleteArticle removes the article and answers true; a second time answers false', async () => {
  const created = await gqlData(t.app, INGEST, { inputs: [shortArticle()] }, auth);
  const id = created.ingestArticles[0].article.id;
  const mutation = `mutation($id: ID!) { deleteArticle(id: $id) }`;
  expect(await gqlData(t.app, mutation, { id }, auth)).toEqual({ deleteArticle: true });
  expect(await gqlData(t.app, `query($id: ID!) { article(id: $id) { id } }`, { id })).toEqual({ article: null });
  expect(await gqlData(t.app, mutation, { id }, auth)).toEqual({ deleteArticle: false });
  const malformed = await gql(t.app, `mutation { deleteArticle(id: "nope") }`, undefined, auth);
  expect(malformed.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
});

test.each([
  ['ingestArticle', `mutation { ingestArticle(input: { title: "t", body: "b" }) { created } }`],
  ['ingestArticles', `mutation { ingestArticles(inputs: [{ title: "t", body: "b" }]) { created } }`],
  ['deleteArticle', `mutation { deleteArticle(id: "00000000-0000-4000-8000-000000000000") }`],
])('%s without the API key is a 401 UNAUTHENTICATED error and changes nothing', async (_name, mutation) => {
  const before = await t.db.prisma.article.count();
  const { status, body } = await gql(t.app, mutation);
  expect(status).toBe(401);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const withWrongKey = await gql(t.app, mutation, undefined, { authorization: 'Bearer wrong-key-0123456789' });
  expect(withWrongKey.status).toBe(401);
  expect(await t.db.prisma.article.count()).toBe(before);
});

test('reads need no key', async () => {
  const { status, body } = await gql(t.app, `{ articles { totalCount } }`);
  expect(status).toBe(200);
  expect(body.data.articles.totalCount).toBeGreaterThan(0);
});
