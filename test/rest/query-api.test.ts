/**
 * The REST query API over a small real corpus: the seed article and the demo corpus, ingested
 * through the API with the built-in extractor.
 */
import { readDemoCorpus } from '../../src/ingest/demo-corpus';
import { buildTestApp, type TestApp } from '../helper';
import { seedArticle, shortArticle } from '../articles-fixture';

let t: TestApp;
let seedId: string;

interface Entity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  location: { latitude: number; longitude: number; countryCode: string | null } | null;
}

async function get<T = any>(url: string): Promise<{ status: number; body: T; headers: Record<string, unknown>; text: string }> {
  const response = await t.app.inject({ method: 'GET', url });
  const type = String(response.headers['content-type'] ?? '');
  return { status: response.statusCode, body: type.includes('json') ? response.json() : (undefined as T), headers: response.headers, text: response.body };
}

async function entityNamed(name: string): Promise<Entity> {
  const { body } = await get<{ items: Entity[] }>(`/api/v1/entities?q=${encodeURIComponent(name)}&limit=10`);
  const found = body.items.find((e) => e.name === name);
  if (!found) throw new Error(`no entity named ${name} among ${body.items.map((e) => e.name).join(', ')}`);
  return found;
}

beforeAll(async () => {
  t = await buildTestApp();
  const seed = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: seedArticle() });
  seedId = seed.json().id;
  for (const article of readDemoCorpus()) {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: article });
    expect(response.statusCode).toBe(201);
  }
}, 60_000);
afterAll(async () => t.close());

describe('entities', () => {
  test('search is typo- and accent-tolerant and finds aliases', async () => {
    const typo = await get<{ items: Entity[] }>('/api/v1/entities?q=syrria');
    expect(typo.body.items[0]?.name).toBe('Syria');
    const alias = await get<{ items: Entity[] }>('/api/v1/entities?q=Hasakah');
    expect(alias.body.items[0]?.aliases).toEqual(expect.arrayContaining(['al-Hasakah']));
  });

  test('"houthi" finds the Houthis', async () => {
    const article = shortArticle({
      title: 'Houthis claim drone attack on ship in the Red Sea',
      body: "Yemen's Houthis said on Monday they had attacked a cargo ship in the Red Sea with drones, a spokesman said.",
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: article })).statusCode).toBe(201);
    const { body } = await get<{ items: Entity[] }>('/api/v1/entities?q=houthi');
    expect([body.items[0]?.name, ...(body.items[0]?.aliases ?? [])]).toContain('Houthis');
  });

  test('type filters, and the cursor pages through every entity once', async () => {
    const places = await get<{ items: Entity[] }>('/api/v1/entities?type=location&limit=100');
    expect(places.body.items.length).toBeGreaterThan(5);
    expect(places.body.items.every((e) => e.type === 'LOCATION')).toBe(true);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Entity[]; nextCursor: string | null } } = await get(`/api/v1/entities?type=LOCATION&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await t.db.prisma.entity.count({ where: { type: 'LOCATION' } }));
  });

  test('detail: counts, first and last seen, relations, co-mentioned; articles and timeline', async () => {
    const syria = await entityNamed('Syria');
    const { status, body } = await get(`/api/v1/entities/${syria.id}`);
    expect(status).toBe(200);
    expect(body.mentionCount).toBeGreaterThan(3);
    expect(body.articleCount).toBeGreaterThanOrEqual(1);
    expect(body.firstSeen).toBe('2024-02-03T10:00:00.000Z');
    expect(body.relations.some((r: any) => r.predicate === 'LOCATED_IN' && r.object.id === syria.id)).toBe(true);
    expect(body.coMentioned.map((c: any) => c.entity.name)).toContain('United States');

    const articles = await get(`/api/v1/entities/${syria.id}/articles`);
    expect(articles.body.items.map((a: any) => a.id)).toContain(seedId);
    const timeline = await get(`/api/v1/entities/${syria.id}/timeline`);
    expect(timeline.body.entity.id).toBe(syria.id);
    expect(timeline.body.days).toContainEqual(expect.objectContaining({ date: '2024-02-03', articles: 1 }));
  });

  test('unknown ids are 404, malformed ones 400', async () => {
    expect((await get('/api/v1/entities/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/api/v1/entities/00000000-0000-4000-8000-000000000000/articles')).status).toBe(404);
    expect((await get('/api/v1/entities/nope/timeline')).status).toBe(400);
    const badType = await get('/api/v1/entities?type=PLANET');
    expect(badType.status).toBe(400);
    expect(badType.body.invalidParams[0].name).toBe('type');
  });

  test('graph: the entity, its neighbours and weighted, typed edges', async () => {
    const us = await entityNamed('United States');
    const sdf = await entityNamed('Syrian Democratic Forces');
    const { status, body } = await get(`/api/v1/graph?entity=${us.id}&depth=1`);
    expect(status).toBe(200);
    expect(body.nodes.find((n: any) => n.id === us.id).depth).toBe(0);
    const edge = body.edges.find((e: any) => [e.source, e.target].includes(sdf.id));
    expect(edge.relations).toEqual(expect.arrayContaining(['SUPPORTS', 'COOPERATES_WITH']));
    expect(edge.weight).toBeGreaterThanOrEqual(edge.coMentions);
    const deeper = await get(`/api/v1/graph?entity=${us.id}&depth=2`);
    expect(deeper.body.nodes.length).toBeGreaterThanOrEqual(body.nodes.length);
    expect((await get(`/api/v1/graph?entity=${us.id}&depth=3`)).status).toBe(400);
  });
});

describe('locations', () => {
  test('bbox, near (nearest first) and country filter places', async () => {
    const box = await get<{ items: { name: string; location: { latitude: number; longitude: number } }[] }>('/api/v1/locations?bbox=35,32,42,38&limit=100');
    expect(box.status).toBe(200);
    expect(box.body.items.map((l) => l.name)).toContain('Syria');
    for (const l of box.body.items) {
      expect(l.location.longitude).toBeGreaterThanOrEqual(35);
      expect(l.location.latitude).toBeLessThanOrEqual(38);
    }
    const hasakah = (await get('/api/v1/entities?q=Hasakah')).body.items[0];
    const near = await get(`/api/v1/locations?near=36.5,40.75,100`);
    expect(near.body.items[0].id).toBe(hasakah.id);
    expect(near.body.items[0].distanceKm).toBeLessThan(5);
    const syrian = await get<{ items: { location: { countryCode: string } }[] }>('/api/v1/locations?country=sy&limit=100');
    expect(syrian.body.items.length).toBeGreaterThan(1);
    expect(syrian.body.items.every((l) => l.location.countryCode === 'SY')).toBe(true);
  });

  test.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=10,0,5,1', 'bbox'],
    ['near=95,0,10', 'near'],
    ['near=1,2,0', 'near'],
    ['country=Syria', 'country'],
  ])('%s is a 400 naming %s', async (query, name) => {
    const { status, body } = await get(`/api/v1/locations?${query}`);
    expect(status).toBe(400);
    expect(body.invalidParams[0].name).toBe(name);
  });

  test('GeoJSON: a FeatureCollection of points with event counts', async () => {
    const { status, body, headers } = await get('/api/v1/locations.geojson?country=SY');
    expect(status).toBe(200);
    expect(headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    const syria = body.features.find((f: any) => f.properties.name === 'Syria');
    expect(syria.geometry).toEqual({ type: 'Point', coordinates: [expect.any(Number), expect.any(Number)] });
    expect(syria.geometry.coordinates[0]).toBeGreaterThan(syria.geometry.coordinates[1]); // [lon, lat]
    expect(syria.properties.eventCount).toBeGreaterThan(0);
  });
});

describe('events', () => {
  test('type, actor and place filters; a place includes the places inside it', async () => {
    const fights = await get<{ items: any[] }>('/api/v1/events?type=fight&limit=100');
    expect(fights.body.items.length).toBeGreaterThan(0);
    expect(fights.body.items.every((e) => e.type === 'FIGHT')).toBe(true);

    const iri = await entityNamed('Islamic Resistance in Iraq');
    const byActor = await get<{ items: any[] }>(`/api/v1/events?actor=${iri.id}`);
    expect(byActor.body.items.length).toBeGreaterThan(0);
    for (const e of byActor.body.items) {
      expect(e.participants).toContainEqual({ role: 'ACTOR', entity: expect.objectContaining({ id: iri.id }) });
    }

    const syria = await entityNamed('Syria');
    const inSyria = await get<{ items: any[] }>(`/api/v1/events?location=${syria.id}&limit=100`);
    const placeNames = new Set(inSyria.body.items.map((e) => e.location.name));
    expect(placeNames.has('Syria')).toBe(true);
    expect([...placeNames].some((name) => name !== 'Syria')).toBe(true); // e.g. al-Hasakah, inside Syria

    // city → region → country: the governorate holds the city's events, and lies in Syria
    const governorate = await entityNamed('Al-Hasakah');
    expect(governorate).toMatchObject({ type: 'LOCATION', location: expect.objectContaining({ featureType: 'REGION', countryCode: 'SY' }) });
    const detail = await get<any>(`/api/v1/entities/${governorate.id}`);
    expect(detail.body.containedIn).toEqual(expect.objectContaining({ id: syria.id }));
    const city = (await get<any>(`/api/v1/entities?q=Hasakah&limit=10`)).body.items.find((e: any) => e.location?.featureType === 'CITY');
    expect((await get<any>(`/api/v1/entities/${city.id}`)).body.containedIn).toEqual(expect.objectContaining({ id: governorate.id }));
    const inGovernorate = await get<{ items: any[] }>(`/api/v1/events?location=${governorate.id}&limit=100`);
    expect(inGovernorate.body.items.length).toBeGreaterThan(0);
    expect(new Set(inGovernorate.body.items.map((e) => e.location.name))).toEqual(new Set(['Al Ḩasakah']));
    const inSyriaIds = new Set(inSyria.body.items.map((e) => e.id));
    expect(inGovernorate.body.items.every((e) => inSyriaIds.has(e.id))).toBe(true);
  });

  test('date and modality filters', async () => {
    const hypothetical = await get<{ items: any[] }>('/api/v1/events?modality=HYPOTHETICAL&limit=100');
    expect(hypothetical.body.items.every((e) => e.modality === 'HYPOTHETICAL')).toBe(true);
    const day = await get<{ items: any[] }>('/api/v1/events?from=2024-02-03&to=2024-02-03&limit=100');
    expect(day.body.items.length).toBeGreaterThan(0);
    expect(day.body.items.every((e) => (e.date ?? e.article.publishedAt).startsWith('2024-02-03'))).toBe(true);
  });

  test.each([
    ['type=BOMBING', 'type'],
    ['from=yesterday', 'from'],
    ['from=2024-02-30', 'from'],
    ['from=2024-03-01&to=2024-02-01', 'to'],
    ['actor=somebody', 'actor'],
    ['limit=101', 'limit'],
    ['cursor=abc', 'cursor'],
  ])('%s is a 400 naming %s', async (query, name) => {
    const { status, body } = await get(`/api/v1/events?${query}`);
    expect(status).toBe(400);
    expect(body.invalidParams.map((p: any) => p.name)).toContain(name);
  });

  test('one event by id; CSV with one row per event', async () => {
    const list = await get<{ items: any[] }>('/api/v1/events?limit=1');
    const event = list.body.items[0];
    const one = await get(`/api/v1/events/${event.id}`);
    expect(one.body).toEqual(event);
    expect((await get('/api/v1/events/00000000-0000-4000-8000-000000000000')).status).toBe(404);

    const all = await get<{ items: any[] }>('/api/v1/events?type=FIGHT&limit=100');
    const csv = await get('/api/v1/events.csv?type=FIGHT');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^event_id,type,date,/);
    expect(lines).toHaveLength(all.body.items.length + 1);
    expect(lines.slice(1).every((line) => line.includes(',FIGHT,'))).toBe(true);
  });
});

describe('articles', () => {
  test('full-text search ranks the matching article first', async () => {
    const { body } = await get<{ items: { id: string }[] }>(`/api/v1/articles?q=${encodeURIComponent('soldiers "al-Hol"')}`);
    expect(body.items[0]?.id).toBe(seedId);
    const none = await get<{ items: unknown[] }>('/api/v1/articles?q=zzzxxyqq');
    expect(none.body.items).toEqual([]);
  });

  test('entity, location (with containment), source, date and event type filters', async () => {
    const hasakah = (await get('/api/v1/entities?q=Hasakah')).body.items[0];
    const syria = await entityNamed('Syria');
    const ids = async (query: string) => (await get<{ items: { id: string }[] }>(`/api/v1/articles?limit=100&${query}`)).body.items.map((a) => a.id);
    expect(await ids(`entity=${hasakah.id}`)).toEqual([seedId]);
    expect(await ids(`location=${syria.id}`)).toContain(seedId);
    expect(await ids('source=Al%20Mayadeen')).toEqual([seedId]);
    expect(await ids('from=2024-02-03&to=2024-02-03')).toEqual([seedId]);
    expect(await ids('eventType=SANCTION')).toContain(seedId);
    expect(await ids('from=2999-01-01')).toEqual([]);
  });

  test('DELETE removes the article and what was extracted from it, but not the entities', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: shortArticle() });
    const id = created.json().id;
    const entityIds = created.json().entities.map((e: { id: string }) => e.id);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/v1/articles/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await get(`/api/v1/articles/${id}`)).status).toBe(404);
    expect(await t.db.prisma.mention.count({ where: { articleId: id } })).toBe(0);
    expect(await t.db.prisma.entity.count({ where: { id: { in: entityIds } } })).toBe(entityIds.length);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/articles/${id}` })).statusCode).toBe(404);
  });

  test('batch: each article on its own, in order', async () => {
    const fresh = shortArticle();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles/batch',
      payload: { articles: [fresh, seedArticle(), { title: 'No body' }, fresh] },
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((i: any) => i.status)).toEqual([201, 200, 400, 200]);
    expect(items[1].id).toBe(seedId);
    expect(items[3].id).toBe(items[0].id);
    expect(items[2].error).toEqual({ field: 'articles.2.body', reason: 'must be a string' });
    const tooMany = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles/batch',
      payload: { articles: Array.from({ length: 101 }, () => shortArticle()) },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().invalidParams[0].name).toBe('articles');
  });
});

test('sources with their article counts', async () => {
  const { body } = await get<{ items: { name: string; articleCount: number }[] }>('/api/v1/sources?limit=100');
  expect(body.items).toContainEqual(expect.objectContaining({ name: 'Al Mayadeen', articleCount: 1 }));
});
