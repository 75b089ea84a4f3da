/**
 * GraphQL operations through the app's real HTTP stack (app.inject), for the tests in this folder.
 */
import type { FastifyInstance } from 'fastify';

export interface GqlResponse {
  status: number;
  headers: Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function gql(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResponse> {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

/** Fails with the errors themselves, which says more than a failed toBeUndefined. */
export async function gqlData(app: FastifyInstance, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const { body } = await gql(app, query, variables, headers);
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export function ingest(app: FastifyInstance, inputs: object[]) {
  return gqlData(app, `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { index created article { id } error { field reason } } }`, { inputs });
}
