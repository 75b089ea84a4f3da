/**
 * Depth, cost and page-size limits, GraphQL-over-HTTP details (GET, media types, status codes)
 * and error shaping: every refusal has an `extensions.code` and no stack trace.
 */
import { getIntrospectionQuery } from 'graphql';
import { buildTestApp, type TestApp } from '../helper';
import { shortArticle } from '../articles-fixture';
import { gql, ingest } from './gql-client';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await ingest(t.app, [shortArticle(), shortArticle()]);
});
afterAll(async () => t.close());

const LEAKS = /stack|\.ts:\d|\.js:\d|SELECT|node_modules/i;

function expectRefusal(response: { status: number; body: { data?: unknown; errors: { message: string; extensions: { code: string } }[] } }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.body.errors[0]!.extensions.code).toBe(code);
  expect(JSON.stringify(response.body)).not.toMatch(LEAKS);
}

test('a query deeper than the limit is refused with QUERY_TOO_DEEP, before anything runs', async () => {
  const deep = `{ articles { edges { node { entities { entity { coMentioned { entity { coMentioned { entity { coMentioned { entity { name } } } } } } } } } } } }`;
  const response = await gql(t.app, deep);
  expectRefusal(response, 400, 'QUERY_TOO_DEEP');
  expect(response.body.errors[0].message).toMatch(/depth 12 exceeds the limit of 10/);
  expect(response.body).not.toHaveProperty('data');
});

test('depth counts through fragments, and introspection (GraphiQL) is not limited', async () => {
  const viaFragments = `query { articles { ...A } } fragment A on ArticleConnection { edges { node { entities { entity { ...E } } } } }
    fragment E on Entity { coMentioned { entity { coMentioned { entity { coMentioned { entity { name } } } } } } }`;
  expectRefusal(await gql(t.app, viaFragments), 400, 'QUERY_TOO_DEEP');
  const introspection = await gql(t.app, getIntrospectionQuery());
  expect(introspection.status).toBe(200);
  expect(introspection.body.data.__schema.queryType.name).toBe('Query');
});

const COSTLY = `query($n: Int) { entities(first: $n) { edges { node { articles(first: $n) { edges { node { entities { entity { name } } } } } } } } }`;

test('a query whose estimated cost is over the limit is refused with QUERY_TOO_COSTLY; the cost follows the variables', async () => {
  const response = await gql(t.app, COSTLY, { n: 100 });
  expectRefusal(response, 400, 'QUERY_TOO_COSTLY');
  expect(response.body.errors[0].message).toMatch(/^Query cost \d+ exceeds the limit of 25000/);
  expect(response.body.errors[0].extensions).toMatchObject({ limit: 25000, cost: expect.any(Number) });
  const cheap = await gql(t.app, COSTLY, { n: 2 });
  expect(cheap.status).toBe(200);
  expect(cheap.body.errors).toBeUndefined();
});

test.each([
  ['a top-level page', `{ articles(first: 101) { totalCount } }`, undefined],
  ['a nested page', `{ entities { edges { node { articles(first: 0) { totalCount } } } } }`, undefined],
  ['a page size in a variable', `query($n: Int) { events(first: $n) { totalCount } }`, { n: 500 }],
])('%s out of 1..100 is refused with BAD_USER_INPUT naming first', async (_name, query, variables) => {
  const response = await gql(t.app, query, variables);
  expectRefusal(response, 400, 'BAD_USER_INPUT');
  expect(response.body.errors[0].extensions).toMatchObject({ argument: 'first' });
  expect(response.body.errors[0].message).toMatch(/^first: must be an integer from 1 to 100/);
});

test('queries work over GET (with variables); mutations over GET are refused with 405 and Allow: POST', async () => {
  const query = encodeURIComponent('query($n: Int) { articles(first: $n) { totalCount edges { node { id } } } }');
  const ok = await t.app.inject({ method: 'GET', url: `/graphql?query=${query}&variables=${encodeURIComponent('{"n":1}')}` });
  expect(ok.statusCode).toBe(200);
  expect(ok.json().data.articles.edges).toHaveLength(1);

  const mutation = encodeURIComponent('mutation { deleteArticle(id: "00000000-0000-4000-8000-000000000000") }');
  const refused = await t.app.inject({ method: 'GET', url: `/graphql?query=${mutation}` });
  expect(refused.statusCode).toBe(405);
  expect(refused.headers.allow).toBe('POST');
  expectRefusal({ status: refused.statusCode, body: refused.json() }, 405, 'METHOD_NOT_ALLOWED');

  const badVariables = await t.app.inject({ method: 'GET', url: `/graphql?query=${query}&variables=%7Bnope` });
  expectRefusal({ status: badVariables.statusCode, body: badVariables.json() }, 400, 'BAD_REQUEST');
});

test('Accept: application/graphql-response+json gets that media type; otherwise application/json', async () => {
  const asked = await t.app.inject({
    method: 'POST', url: '/graphql', payload: { query: '{ articles { totalCount } }' },
    headers: { accept: 'application/graphql-response+json, application/json;q=0.9' },
  });
  expect(asked.statusCode).toBe(200);
  expect(asked.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
  const refused = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ nope }' }, headers: { accept: 'application/graphql-response+json' } });
  expect(refused.statusCode).toBe(400);
  expect(refused.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
  const plain = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ articles { totalCount } }' } });
  expect(plain.headers['content-type']).toMatch(/^application\/json/);
});

test('a document that does not parse is a 400 GRAPHQL_PARSE_FAILED without data; a body that is not JSON is a 400', async () => {
  const response = await gql(t.app, '{ articles {');
  expectRefusal(response, 400, 'GRAPHQL_PARSE_FAILED');
  expect(response.body).not.toHaveProperty('data');
  const notJson = await t.app.inject({ method: 'POST', url: '/graphql', payload: '{"query":', headers: { 'content-type': 'application/json' } });
  expect(notJson.statusCode).toBe(400);
  expect(JSON.stringify(notJson.json())).not.toMatch(LEAKS);
});

test('a failure of ours is a 500 INTERNAL_SERVER_ERROR with the request id, and no SQL or stack', async () => {
  const spy = jest.spyOn(t.db.pool, 'query').mockImplementation((() =>
    Promise.reject(new Error('relation "secret_table" does not exist in SELECT * FROM secret_table'))) as never);
  try {
    const response = await gql(t.app, '{ articles { totalCount } }', undefined, { 'x-request-id': 'req-123' });
    expectRefusal(response, 500, 'INTERNAL_SERVER_ERROR');
    expect(response.body.errors[0].extensions.requestId).toBe('req-123');
    expect(JSON.stringify(response.body)).not.toMatch(/secret/);
  } finally {
    spy.mockRestore();
  }
});
