/**
 * Jest on Node 20 cannot load ES modules through require() or import() (the service itself
 * runs on Node, which loads them natively). A few dependencies of fastify and mercurius ship
 * only ESM, and mercurius loads quick-lru with a dynamic import(); those packages are compiled
 * to CommonJS for the tests, which turns that import() into a require().
 */
const ESM_ONLY = ['content-disposition', 'cookie', 'quick-lru', 'mercurius'];
const esm = `(?:${ESM_ONLY.join('|')})`;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    [`^.+/node_modules/${esm}/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true, isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!${esm}/)`],
  // The generated Prisma client imports its siblings as './x.js'.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Starts (or connects to) PostgreSQL once and migrates a template database;
  // each test file then creates its own database from that template.
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
