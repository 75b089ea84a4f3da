/**
 * What REST offers GraphQL offers too: sources, and an entity's first/last seen, container
 * place and timeline, answering the same as REST.
 */
import { readDemoCorpus } from '../../src/ingest/demo-corpus';
import { buildTestApp, type TestApp } from '../helper';
import { seedArticle } from '../articles-fixture';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  for (const payload of [seedArticle(), ...readDemoCorpus().slice(0, 3)]) {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload })).statusCode).toBe(201);
  }
}, 60_000);
afterAll(async () => t.close());

async function gql(query: string, variables?: Record<string, unknown>) {
  const response = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  expect(response.statusCode).toBe(200);
  const body = response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

test('sources: the same outlets and counts as REST, paged', async () => {
  const rest = (await t.app.inject({ method: 'GET', url: '/api/v1/sources?limit=100' })).json().items;
  const first = await gql('{ sources(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name domain articleCount } } } }');
  expect(first.sources.totalCount).toBe(rest.length);
  const rest2 = await gql('query($after: String) { sources(first: 100, after: $after) { edges { node { id name domain articleCount } } } }', { after: first.sources.pageInfo.endCursor });
  const all = [...first.sources.edges, ...rest2.sources.edges].map((e: { node: unknown }) => e.node);
  expect(all).toEqual(rest);
});

test("an entity's first and last seen, container and timeline match REST, for one entity and across a list", async () => {
  const hasakah = (await t.app.inject({ method: 'GET', url: '/api/v1/entities?q=Hasakah' })).json().items[0];
  const rest = (await t.app.inject({ method: 'GET', url: `/api/v1/entities/${hasakah.id}` })).json();
  const timeline = (await t.app.inject({ method: 'GET', url: `/api/v1/entities/${hasakah.id}/timeline` })).json();
  const fields = 'id firstSeen lastSeen containedIn { id name } timeline { date mentions articles }';
  const one = await gql(`query($id: ID!) { entity(id: $id) { ${fields} } }`, { id: hasakah.id });
  expect(one.entity).toEqual({
    id: hasakah.id,
    firstSeen: rest.firstSeen,
    lastSeen: rest.lastSeen,
    containedIn: { id: rest.containedIn.id, name: rest.containedIn.name },
    timeline: timeline.days,
  });
  expect(rest.containedIn.name).toBe('Al-Hasakah'); // the city lies in its governorate, which lies in Syria
  const listed = await gql(`{ entities(first: 100, filter: { type: LOCATION }) { edges { node { ${fields} } } } }`);
  expect(listed.entities.edges.find((e: { node: { id: string } }) => e.node.id === hasakah.id).node).toEqual(one.entity);
});
