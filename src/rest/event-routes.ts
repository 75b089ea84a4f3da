import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../plugins/problem-details';
import { CSV_COLUMNS, eventCsvRows, getEvent, listEvents } from '../repositories/event-repository';
import { CursorQuery, Id, LimitQuery, problemRef } from './schemas/common';
import { pageOf } from './schemas/query-schemas';
import { toCsv } from './csv';

const eventFilter = {
  type: Type.Optional(Type.String({ description: 'PLOVER event type.' })),
  actor: Type.Optional(Type.String({ description: 'Entity id of an actor.' })),
  target: Type.Optional(Type.String({ description: 'Entity id of a target.' })),
  entity: Type.Optional(Type.String({ description: 'Entity id in any role, or as the place.' })),
  location: Type.Optional(Type.String({ description: 'Place id: events there or in any place inside it.' })),
  bbox: Type.Optional(Type.String({ description: 'minLon,minLat,maxLon,maxLat of the event place.' })),
  from: Type.Optional(Type.String({ description: 'On or after (ISO 8601 date); the event date, else the article date.' })),
  to: Type.Optional(Type.String({ description: 'Up to the end of this date.' })),
  modality: Type.Optional(Type.String({ description: 'ASSERTED, HYPOTHETICAL, NEGATED or FUTURE.' })),
};

const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.services;

  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Events, most recent first',
        querystring: Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery), ...eventFilter }, { additionalProperties: false }),
        response: { 200: pageOf(Type.Ref('Event')), 400: problemRef },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const result = await listEvents(db, filter, limit ?? 20, cursor ?? null);
      return { items: result.items, nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/events.csv',
    {
      schema: {
        tags: ['events'],
        summary: 'Events as CSV, one row per event (actors, targets, place, coordinates, date, count, source article)',
        querystring: Type.Object(eventFilter, { additionalProperties: false }),
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'RFC 4180 CSV with a header row.' }), 400: problemRef },
      },
    },
    async (request, reply) => {
      const rows = await eventCsvRows(db, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="events.csv"')
        .send(toCsv([...CSV_COLUMNS], rows));
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'An event with its participants, place, evidence and article',
        params: Type.Object({ id: Id }),
        response: { 200: Type.Ref('Event'), 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      const event = await getEvent(db, request.params.id);
      if (!event) throw notFound('event', request.params.id);
      return event;
    },
  );
};

export default eventRoutes;
