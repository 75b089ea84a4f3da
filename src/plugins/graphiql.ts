/**
 * GraphiQL at /graphiql, served entirely from this server. Mercurius' own page loads React and
 * GraphiQL from a CDN, which a self-hosted or offline deployment cannot reach; here the same
 * builds come from the graphiql, react and react-dom npm packages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The packages' "exports" hide their browser builds from require.resolve; their folders do not. */
function assetPath(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const DEFAULT_QUERY = `# Newsgraph: articles, entities, places, events and relations, each with its evidence.
{
  articles(first: 3) {
    totalCount
    edges {
      node {
        title
        publishedAt
        entities { name type location { latitude longitude countryCode } }
        events { type summary date participants { role entity { name } } }
      }
    }
  }
}
`;

function page(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Newsgraph GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/start.js"></script>
</body>
</html>`;
}

function startScript(): string {
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }));
})();`;
}

async function graphiql(app: FastifyInstance): Promise<void> {
  const files = new Map(
    Object.entries(ASSETS).map(([name, asset]) => [name, { path: assetPath(asset.pkg, asset.file), type: asset.type }]),
  );
  const html = page();
  const start = startScript();
  // The page runs inline-free scripts from this origin only.
  const csp = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:";

  app.get('/graphiql', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', csp).send(html),
  );
  app.get('/graphiql/assets/start.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(start),
  );
  app.get<{ Params: { file: string } }>('/graphiql/assets/:file', { schema: { hide: true } }, async (request, reply) => {
    const file = files.get(request.params.file);
    if (!file) return reply.callNotFound();
    return reply
      .type(`${file.type}; charset=utf-8`)
      .header('cache-control', 'public, max-age=86400')
      .send(fs.createReadStream(file.path));
  });
}

export default fp(graphiql, { name: 'graphiql' });
