import { buildTestApp, type TestApp } from '../helper';
import { seedArticle, shortArticle } from '../articles-fixture';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

interface ArticleBody {
  id: string;
  title: string;
  body: string;
  source: { name: string } | null;
  publishedAt: string | null;
  entities: {
    id: string;
    name: string;
    type: string;
    location: { latitude: number; longitude: number; countryCode: string | null } | null;
    mentions: { field: 'TITLE' | 'BODY'; start: number; end: number; text: string }[];
  }[];
  events: { type: string; evidence: { field: 'TITLE' | 'BODY'; start: number; end: number; text: string } }[];
  relations: { predicate: string }[];
}

describe('POST /api/v1/articles', () => {
  let created: ArticleBody;

  test('stores the seed article and answers 201 with entities whose offsets slice their text', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: seedArticle() });
    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    created = response.json<ArticleBody>();
    expect(response.headers.location).toBe(`/api/v1/articles/${created.id}`);
    expect(created.title).toBe(seedArticle().title);
    expect(created.source?.name).toBe('Al Mayadeen');
    expect(created.publishedAt).toBe('2024-02-03T10:00:00.000Z');
    expect(created.entities.length).toBeGreaterThan(5);
    for (const entity of created.entities) {
      expect(entity.mentions.length).toBeGreaterThan(0);
      for (const m of entity.mentions) {
        const text = m.field === 'TITLE' ? created.title : created.body;
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    for (const event of created.events) {
      const text = event.evidence.field === 'TITLE' ? created.title : created.body;
      expect(text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
    }
    const syria = created.entities.find((e) => e.name === 'Syria');
    expect(syria?.type).toBe('LOCATION');
    expect(syria?.location?.countryCode).toBe('SY');
  });

  test('a second identical POST answers 200 with the same article', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: seedArticle() });
    expect(response.statusCode).toBe(200);
    expect(response.json<ArticleBody>().id).toBe(created.id);
  });

  test('the same text without a url, or with different whitespace, is the same article', async () => {
    const { url: _url, ...noUrl } = seedArticle();
    const spaced = { ...noUrl, body: noUrl.body.replace(/ /g, '  ') };
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: spaced });
    expect(response.statusCode).toBe(200);
    expect(response.json<ArticleBody>().id).toBe(created.id);
  });

  test('the same url with other text is the stored article', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      payload: shortArticle({ url: 'https://example.org/seed' }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<ArticleBody>().id).toBe(created.id);
  });

  test('GET /api/v1/articles/:id answers what POST stored', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/articles/${created.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(created);
  });
});

describe('a body that is also a site', () => {
  test('shows the point a hospital or prison was placed at, as GraphQL does', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      payload: {
        title: 'Inmates escape in Lae',
        body: 'LAE, Papua New Guinea — Forty-six inmates broke out of Buimo Correctional Institution in Lae on Sunday night, police said.',
        publishedAt: '2026-06-02T08:00:00Z',
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<ArticleBody>();
    const prison = body.entities.find((e) => e.name === 'Buimo Correctional Institution');
    const lae = body.entities.find((e) => e.name === 'Lae');
    expect(prison?.type).toBe('ORGANIZATION');
    expect(prison?.location?.latitude).toBeCloseTo(lae?.location?.latitude ?? 999, 3);
    expect(prison?.location?.countryCode).toBe('PG');
  });
});

describe('invalid input gets a 4xx problem+json naming the field', () => {
  const cases: [string, unknown, string][] = [
    ['missing title', { body: 'Some text.' }, 'title'],
    ['empty body', { title: 'A title', body: '' }, 'body'],
    ['blank body', { title: 'A title', body: '   \n ' }, 'body'],
    ['title not a string', { title: 42, body: 'Text.' }, 'title'],
    ['unknown field', { title: 'A title', body: 'Text.', author: 'me' }, 'author'],
    ['publishedAt not a date', { title: 'A title', body: 'Text.', publishedAt: 'last Tuesday' }, 'publishedAt'],
    ['publishedAt impossible', { title: 'A title', body: 'Text.', publishedAt: '2024-02-31' }, 'publishedAt'],
    ['url not http', { title: 'A title', body: 'Text.', url: 'ftp://example.org/x' }, 'url'],
    ['url relative', { title: 'A title', body: 'Text.', url: '/news/1' }, 'url'],
    ['NUL in body', { title: 'A title', body: 'Text\u0000more.' }, 'body'],
    ['unsupported language', { title: 'A title', body: 'Text.', language: 'fr' }, 'language'],
    ['body over MAX_ARTICLE_CHARS (100,000 by default)', { title: 'A title', body: 'word '.repeat(20_001) }, 'body'],
  ];
  test.each(cases)('%s', async (_name, payload, field) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: payload as object });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ status: 400, title: 'Bad Request', instance: '/api/v1/articles' });
    expect(problem.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    expect(problem.detail).toContain(field);
  });

  test('malformed JSON is a 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": "x", "body": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  test('a body that is not JSON is a 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      headers: { 'content-type': 'text/plain' },
      payload: 'just text',
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  test('nothing invalid was stored', async () => {
    expect(await t.db.prisma.article.count({ where: { title: 'A title' } })).toBe(0);
  });
});

describe('reading articles', () => {
  test('a missing id is a 404 problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/articles/00000000-0000-4000-8000-000000000000' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().detail).toContain('00000000-0000-4000-8000-000000000000');
  });

  test('an id that is not a UUID is a 400 naming the parameter', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/articles/not-an-id' });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0]).toMatchObject({ in: 'params', name: 'id' });
  });

  test('an unknown route is a 404 problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  test('pages through every article exactly once with the cursor', async () => {
    for (let i = 0; i < 4; i++) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: shortArticle() });
      expect(response.statusCode).toBe(201);
    }
    const total = await t.db.prisma.article.count();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/articles?${query}` });
      expect(response.statusCode).toBe(200);
      const page = response.json<{ items: { id: string }[]; nextCursor: string | null }>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  test.each([
    ['limit=0', 'limit'],
    ['limit=100000000', 'limit'],
    ['limit=abc', 'limit'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['colour=blue', 'colour'],
  ])('GET /api/v1/articles?%s is a 400 naming %s', async (query, name) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/articles?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(name);
  });
});
