import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { listLocations, locationsGeoJson } from '../repositories/location-repository';
import { listSources } from '../repositories/source-repository';
import { CursorQuery, LimitQuery, problemRef } from './schemas/common';
import { SourceSchema, pageOf } from './schemas/query-schemas';

const locationFilter = {
  bbox: Type.Optional(Type.String({ description: 'minLon,minLat,maxLon,maxLat' })),
  near: Type.Optional(Type.String({ description: 'lat,lon,km: places within km of the point, nearest first.' })),
  country: Type.Optional(Type.String({ description: 'ISO 3166-1 alpha-2 code.' })),
};

const locationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.services;

  app.get(
    '/locations',
    {
      schema: {
        tags: ['locations'],
        summary: 'Geocoded places with their event and mention counts; by name, or nearest first with near',
        querystring: Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery), ...locationFilter }, { additionalProperties: false }),
        response: { 200: pageOf(Type.Ref('Location')), 400: problemRef },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const result = await listLocations(db, filter, limit ?? 20, cursor ?? null);
      return { items: result.items, nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/locations.geojson',
    {
      schema: {
        tags: ['locations'],
        summary: 'Places as a GeoJSON FeatureCollection (Point features with event counts), ready for a map',
        querystring: Type.Object(locationFilter, { additionalProperties: false }),
        response: {
          200: Type.Object({
            type: Type.Literal('FeatureCollection'),
            features: Type.Array(
              Type.Object({
                type: Type.Literal('Feature'),
                id: Type.String(),
                geometry: Type.Object({ type: Type.Literal('Point'), coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }) }),
                properties: Type.Object({}, { additionalProperties: true }),
              }),
            ),
          }),
          400: problemRef,
        },
      },
    },
    async (request, reply) => reply.type('application/geo+json').send(await locationsGeoJson(db, request.query)),
  );

  app.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'News outlets with their article counts',
        querystring: Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) }, { additionalProperties: false }),
        response: { 200: pageOf(SourceSchema), 400: problemRef },
      },
    },
    async (request) => {
      const result = await listSources(db, request.query.limit ?? 20, request.query.cursor ?? null);
      return { items: result.items, nextCursor: result.nextCursor };
    },
  );
};

export default locationRoutes;
