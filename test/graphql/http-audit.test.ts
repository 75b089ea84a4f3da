/**
 * graphql-http's audit suite for the GraphQL-over-HTTP specification, against the real server.
 * Every MUST passes. Three SHOULDs are knowingly not followed: for a request that does not
 * parse, validate or coerce its variables, we answer 400 also to clients that accept only
 * application/json (the spec suggests 200 for them), like every other client error of this API.
 */
import { serverAudits } from 'graphql-http';
import { buildTestApp, type TestApp } from '../helper';

const KNOWN_SHOULD_DEVIATIONS = ['572B', 'FDE2', '7B9B'];

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t.close());

test('the GraphQL-over-HTTP audits pass (every MUST; all SHOULDs but the documented three)', async () => {
  const { port } = t.app.server.address() as { port: number };
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const audit of serverAudits({ url: `http://127.0.0.1:${port}/graphql` })) {
    const result = await audit.fn();
    if (result.status === 'error') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    if (result.status === 'warn') warnings.push(audit.id);
  }
  expect(failures).toEqual([]);
  expect(warnings.sort()).toEqual([...KNOWN_SHOULD_DEVIATIONS].sort());
});
