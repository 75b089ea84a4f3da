import { buildTestApp, type TestApp } from '../helper';
import { seedArticle, shortArticle } from '../articles-fixture';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

async function gql(query: string, variables?: Record<string, unknown>) {
  const response = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return { status: response.statusCode, body: response.json() };
}

const ARTICLE_FIELDS = `
  id url title body publishedAt language ingestedAt pipelineVersion
  source { id name domain }
  entities { id name type aliases wikidataId location { latitude longitude countryCode featureType geonamesId }
             mentions { field start end text sentenceIndex confidence } }
  events { id type summary date datePrecision count countQualifier killed injured modality attribution confidence
           evidence { field start end text } location { id name type } participants { role entity { id name type } } }
  relations { id predicate subject { id name type } object { id name type } role evidence { field start end text } confidence }
  quotes { id text speaker { id name type } speakerText span { field start end text } }`;

test('ingestArticle stores an article; a second call answers created: false with the same id', async () => {
  const mutation = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created article { id title } } }`;
  const first = await gql(mutation, { input: seedArticle() });
  expect(first.status).toBe(200);
  expect(first.body.data.ingestArticle.created).toBe(true);
  const second = await gql(mutation, { input: seedArticle() });
  expect(second.body.data.ingestArticle).toEqual({ created: false, article: first.body.data.ingestArticle.article });
});

test('article(id) returns the same data as REST', async () => {
  const rest = (await t.app.inject({ method: 'GET', url: '/api/v1/articles?limit=1' })).json().items[0];
  const { body } = await gql(`query($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`, { id: rest.id });
  expect(body.errors).toBeUndefined();
  expect(body.data.article).toEqual(rest);
});

test('article(id) of an unknown id is null', async () => {
  const { body } = await gql(`{ article(id: "00000000-0000-4000-8000-000000000000") { id } }`);
  expect(body).toEqual({ data: { article: null } });
});

test('articles(first, after) pages in the Relay shape over GET as well as POST', async () => {
  for (let i = 0; i < 3; i++) await gql(`mutation($i: ArticleInput!) { ingestArticle(input: $i) { created } }`, { i: shortArticle() });
  const query = `query($after: String) { articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
  const seen: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const { body } = await gql(query, { after });
    const page = body.data.articles;
    totalCount = page.totalCount;
    expect(page.edges.length).toBeLessThanOrEqual(2);
    seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    after = page.pageInfo.endCursor;
  }
  expect(totalCount).toBe(4);
  expect(new Set(seen).size).toBe(4);

  const viaGet = await t.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{ articles(first: 1) { totalCount } }')}` });
  expect(viaGet.statusCode).toBe(200);
  expect(viaGet.json().data.articles.totalCount).toBe(4);
});

test.each([
  ['first: 0', 'first'],
  ['first: 1000', 'first'],
  ['after: "garbage"', 'after'],
])('articles(%s) is a BAD_USER_INPUT error naming the argument', async (args, argument) => {
  const { body } = await gql(`{ articles(${args}) { totalCount } }`);
  expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(body.errors[0].message).toContain(argument);
  expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:/);
});

test('ingestArticle with an invalid input is a BAD_USER_INPUT error naming the field', async () => {
  const { body } = await gql(`mutation { ingestArticle(input: { title: "x", body: "y", publishedAt: "soon" }) { created } }`);
  expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'publishedAt' });
});

test('a query that does not validate answers an error with a code', async () => {
  const { status, body } = await gql(`{ article { id } }`);
  expect(status).toBe(400);
  expect(body.errors[0].message).toMatch(/argument "id"/i);
  expect(body.errors[0].extensions.code).toBeDefined();
});

test('GraphiQL is served from this server, with no third-party asset', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/graphiql' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/text\/html/);
  const sources = [...response.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(sources.length).toBeGreaterThanOrEqual(4);
  for (const source of sources) {
    expect(source.startsWith('/graphiql/assets/')).toBe(true);
    const asset = await t.app.inject({ method: 'GET', url: source });
    expect([source, asset.statusCode]).toEqual([source, 200]);
    expect(asset.body.length).toBeGreaterThan(100);
  }
  expect((await t.app.inject({ method: 'GET', url: '/graphiql/assets/../../package.json' })).statusCode).toBe(404);
});
