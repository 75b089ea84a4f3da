import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

test('defaults make a fresh machine work', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({
    port: 3000,
    host: '127.0.0.1',
    databaseUrl: null,
    logLevel: 'info',
    dataDir: path.resolve('.data'),
    apiKey: null,
    seedDemo: 'auto',
    corsOrigin: true,
  });
});

test('values are read from the environment', () => {
  const config = loadConfig({
    PORT: '8080',
    DATABASE_URL: 'postgresql://u@db:5432/news',
    LOG_LEVEL: 'DEBUG',
    API_KEY: 'a-long-secret',
    CORS_ORIGIN: 'https://a.example, https://b.example',
    SEED_DEMO: 'never',
    BODY_LIMIT_BYTES: '4096',
  });
  expect(config).toMatchObject({
    port: 8080,
    databaseUrl: 'postgresql://u@db:5432/news',
    logLevel: 'debug',
    apiKey: 'a-long-secret',
    corsOrigin: ['https://a.example', 'https://b.example'],
    seedDemo: 'never',
    bodyLimitBytes: 4096,
  });
});

test.each([
  ['PORT', 'eighty'],
  ['PORT', '70000'],
  ['PORT', '3.5'],
  ['DATABASE_URL', 'mysql://x@y/z'],
  ['DATABASE_URL', 'not a url'],
  ['LOG_LEVEL', 'loud'],
  ['BODY_LIMIT_BYTES', '-1'],
  ['SEED_DEMO', 'maybe'],
  ['GRAPHIQL', 'perhaps'],
  ['API_KEY', 'short'],
  ['CORS_ORIGIN', 'not-an-origin'],
])('%s=%s stops the boot with a message naming the variable', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid ${name}=`));
});
