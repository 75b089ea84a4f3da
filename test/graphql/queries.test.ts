/**
 * Every query field and the relation fields of Entity, Event, Relation and Quote, compared
 * with what REST answers for the same data.
 */
import { buildTestApp, type TestApp } from '../helper';
import { seedArticle, shortArticle } from '../articles-fixture';
import { gql, gqlData, ingest } from './gql-client';

let t: TestApp;
let seedId: string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rest = async (url: string): Promise<any> => (await t.app.inject({ method: 'GET', url })).json();

beforeAll(async () => {
  t = await buildTestApp();
  const [seed] = await ingest(t.app, [seedArticle(), shortArticle(), shortArticle()]).then((d) => d.ingestArticles);
  seedId = seed.article.id;
});
afterAll(async () => t.close());

/** An entity of the seed article that has relations, as REST describes it. */
async function entityWithRelations() {
  const article = await rest(`/api/v1/articles/${seedId}`);
  for (const entity of article.entities) {
    const detail = await rest(`/api/v1/entities/${entity.id}`);
    if (detail.relations.length > 0 && detail.coMentioned.length > 0) return detail;
  }
  throw new Error('the seed article has no entity with relations');
}

test('entity(id) answers what GET /entities/:id does, with relations and coMentioned resolved to full entities', async () => {
  const detail = await entityWithRelations();
  const data = await gqlData(t.app, `query($id: ID!) { entity(id: $id) {
      id name type aliases wikidataId mentionCount articleCount location { latitude longitude countryCode featureType }
      relations { id predicate role confidence subject { id name type } object { id name type articleCount } article { id } }
      coMentioned { articleCount entity { id name type mentionCount } } } }`, { id: detail.id });
  const entity = data.entity;
  expect(entity).toMatchObject({ id: detail.id, name: detail.name, type: detail.type, aliases: detail.aliases, mentionCount: detail.mentionCount, articleCount: detail.articleCount });
  expect(entity.relations.map((r: { id: string }) => r.id)).toEqual(detail.relations.map((r: { id: string }) => r.id));
  expect(entity.relations[0].subject).toEqual(detail.relations[0].subject);
  expect(entity.relations[0].object.articleCount).toBeGreaterThan(0);
  expect(entity.relations[0].article.id).toBe(detail.relations[0].articleId);
  expect(entity.coMentioned.map((c: { entity: { id: string }; articleCount: number }) => [c.entity.id, c.articleCount]))
    .toEqual(detail.coMentioned.map((c: { entity: { id: string }; articleCount: number }) => [c.entity.id, c.articleCount]));
});

test('entity(id) of an unknown or malformed id is null', async () => {
  const data = await gqlData(t.app, `{ a: entity(id: "00000000-0000-4000-8000-000000000000") { id } b: entity(id: "nope") { id } }`);
  expect(data).toEqual({ a: null, b: null });
});

test('entities(filter) searches like GET /entities and pages with every edge cursor resuming after its edge', async () => {
  const expected = (await rest('/api/v1/entities?q=jakarta')).items.map((e: { id: string }) => e.id);
  const data = await gqlData(t.app, `{ entities(filter: { q: "jakarta" }) { totalCount edges { node { id } } } }`);
  expect(data.entities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected);
  expect(data.entities.totalCount).toBe(expected.length);

  const all = (await gqlData(t.app, `{ entities(first: 100) { edges { node { id } } } }`)).entities.edges.map((e: { node: { id: string } }) => e.node.id);
  const page = (await gqlData(t.app, `{ entities(first: 5) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`)).entities;
  expect(page.pageInfo.hasNextPage).toBe(true);
  for (const [i, edge] of page.edges.entries()) {
    const next = await gqlData(t.app, `query($after: String) { entities(first: 2, after: $after) { edges { node { id } } } }`, { after: edge.cursor });
    expect(next.entities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(all.slice(i + 1, i + 3));
  }
  const byType = await gqlData(t.app, `{ entities(first: 100, filter: { type: LOCATION }) { edges { node { type } } } }`);
  expect(new Set(byType.entities.edges.map((e: { node: { type: string } }) => e.node.type))).toEqual(new Set(['LOCATION']));
});

test('Entity.articles and Entity.mentions are connections that page', async () => {
  const jakarta = (await rest('/api/v1/entities?q=jakarta&type=LOCATION')).items[0];
  const expected = (await rest(`/api/v1/entities/${jakarta.id}/articles`)).items.map((a: { id: string }) => a.id);
  const query = `query($id: ID!, $after: String, $mAfter: String) { entity(id: $id) {
      articles(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } }
      mentions(first: 2, after: $mAfter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id articleId text field start end article { id } } } } } }`;
  const seenArticles: string[] = [];
  const seenMentions: string[] = [];
  let after: string | null = null;
  let mAfter: string | null = null;
  for (let guard = 0; guard < 20; guard++) {
    const { entity } = await gqlData(t.app, query, { id: jakarta.id, after, mAfter });
    expect(entity.articles.totalCount).toBe(expected.length);
    expect(entity.mentions.totalCount).toBe(jakarta.mentionCount);
    seenArticles.push(...entity.articles.edges.map((e: { node: { id: string } }) => e.node.id));
    for (const { node } of entity.mentions.edges) {
      expect(node.article.id).toBe(node.articleId);
      seenMentions.push(node.id);
    }
    after = entity.articles.pageInfo.hasNextPage ? entity.articles.pageInfo.endCursor : after;
    mAfter = entity.mentions.pageInfo.hasNextPage ? entity.mentions.pageInfo.endCursor : mAfter;
    if (!entity.articles.pageInfo.hasNextPage && !entity.mentions.pageInfo.hasNextPage) break;
  }
  expect([...new Set(seenArticles)]).toEqual(expected);
  expect(new Set(seenMentions).size).toBe(jakarta.mentionCount);
});

test('ArticleEntity.entity, Participant.entity, Quote.speaker and Event.article resolve to full objects', async () => {
  const data = await gqlData(t.app, `query($id: ID!) { article(id: $id) {
      entities { id entity { id mentionCount } }
      events { id article { id } location { id name } participants { role entity { id name articleCount } } }
      quotes { speaker { id name } }
      relations { article { id } } } }`, { id: seedId });
  const article = data.article;
  for (const e of article.entities) expect(e.entity.id).toBe(e.id);
  expect(article.events.length).toBeGreaterThan(0);
  for (const event of article.events) {
    expect(event.article.id).toBe(seedId);
    for (const p of event.participants) expect(p.entity.articleCount).toBeGreaterThan(0);
  }
  for (const r of article.relations) expect(r.article.id).toBe(seedId);
});

test('event(id) and events(filter) answer what REST does', async () => {
  const restEvents = (await rest('/api/v1/events?limit=100')).items;
  expect(restEvents.length).toBeGreaterThan(0);
  const first = restEvents[0];
  const data = await gqlData(t.app, `query($id: ID!) { event(id: $id) {
      id type summary date count modality attribution evidence { text start end field } participants { role entity { id name type } }
      location { id name } article { id title } } }`, { id: first.id });
  expect(data.event).toMatchObject({ id: first.id, type: first.type, summary: first.summary, date: first.date, modality: first.modality });
  expect(data.event.participants).toEqual(first.participants);
  expect(data.event.article).toEqual({ id: first.article.id, title: first.article.title });

  const list = await gqlData(t.app, `{ events(first: 100) { totalCount edges { node { id } } } }`);
  expect(list.events.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(restEvents.map((e: { id: string }) => e.id));
  const filtered = await gqlData(t.app, `query($type: EventType) { events(filter: { type: $type }) { edges { node { type } } } }`, { type: first.type });
  expect(filtered.events.edges.length).toBe(restEvents.filter((e: { type: string }) => e.type === first.type).length);
  const none = await gqlData(t.app, `{ events(filter: { from: "2100-01-01" }) { totalCount } }`);
  expect(none.events.totalCount).toBe(0);
  expect(await gqlData(t.app, `{ event(id: "00000000-0000-4000-8000-000000000000") { id } }`)).toEqual({ event: null });
});

test('articles(filter) mirrors GET /articles filters', async () => {
  const jakarta = (await rest('/api/v1/entities?q=jakarta&type=LOCATION')).items[0];
  for (const [filter, query] of [
    [`{ q: "flooding" }`, 'q=flooding'],
    [`{ entity: "${jakarta.id}" }`, `entity=${jakarta.id}`],
    [`{ source: "Al Mayadeen" }`, 'source=Al%20Mayadeen'],
    [`{ from: "2025-01-01", to: "2025-12-31" }`, 'from=2025-01-01&to=2025-12-31'],
  ]) {
    const expected = (await rest(`/api/v1/articles?${query}`)).items.map((a: { id: string }) => a.id);
    const data = await gqlData(t.app, `{ articles(filter: ${filter}) { totalCount edges { node { id } } } }`);
    expect(data.articles.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected);
  }
  const bad = await gql(t.app, `{ articles(filter: { from: "yesterday" }) { totalCount } }`);
  expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
});

test('locations(filter) answers what GET /locations does, with bbox, near and country', async () => {
  for (const [filter, query] of [
    ['', ''],
    [`(filter: { country: "ID" })`, 'country=ID'],
    [`(filter: { bbox: "100,-10,120,0" })`, 'bbox=100,-10,120,0'],
    [`(filter: { near: "-6.2,106.8,50" })`, 'near=-6.2,106.8,50'],
  ]) {
    const expected = (await rest(`/api/v1/locations?${query}`)).items;
    const data = await gqlData(t.app, `{ locations${filter} { totalCount edges { node {
        id name type aliases eventCount mentionCount distanceKm location { latitude longitude countryCode }
        containedIn { id } entity { id } } } } }`);
    const nodes = data.locations.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id)).toEqual(expected.map((l: { id: string }) => l.id));
    for (const [i, node] of nodes.entries()) {
      expect(node.entity.id).toBe(node.id);
      expect(node.containedIn?.id ?? null).toBe(expected[i].containedIn?.id ?? null);
      expect(node.distanceKm).toBe(expected[i].distanceKm);
    }
  }
  const bad = await gql(t.app, `{ locations(filter: { bbox: "1,2,3" }) { totalCount } }`);
  expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'bbox' });
});

test('graph(entity, depth) answers what GET /graph does; depth is 1 or 2', async () => {
  const detail = await entityWithRelations();
  for (const depth of [1, 2]) {
    const expected = await rest(`/api/v1/graph?entity=${detail.id}&depth=${depth}`);
    const data = await gqlData(t.app, `query($id: ID!, $depth: Int) { graph(entity: $id, depth: $depth) {
        nodes { id name type depth entity { id } } edges { source target weight coMentions relations } } }`, { id: detail.id, depth });
    expect(data.graph.nodes.map(({ entity, ...node }: { entity: { id: string } }) => node)).toEqual(expected.nodes);
    expect(data.graph.edges).toEqual(expected.edges);
  }
  const unknown = await gqlData(t.app, `{ graph(entity: "00000000-0000-4000-8000-000000000000") { nodes { id } } }`);
  expect(unknown.graph).toBeNull();
  const bad = await gql(t.app, `query($id: ID!) { graph(entity: $id, depth: 3) { nodes { id } } }`, { id: detail.id });
  expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
});

test('every type, field, input field and enum value of the schema has a description', async () => {
  const { body } = await gql(t.app, `{ __schema { types { name description kind
      fields { name description } inputFields { name description } enumValues { name description } } } }`);
  const missing: string[] = [];
  for (const type of body.data.__schema.types.filter((ty: { name: string }) => !ty.name.startsWith('__'))) {
    if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    for (const field of [...(type.fields ?? []), ...(type.inputFields ?? []), ...(type.enumValues ?? [])]) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
  }
  expect(missing).toEqual([]);
});
