import { Type, type TSchema } from '@sinclair/typebox';
import { Span, eventFields } from './article-schemas';
import { Id, Nullable } from './common';

export const EntityRefSchema = Type.Object({ id: Id, name: Type.String(), type: Type.String() }, { $id: 'EntityRef' });
const ref = Type.Ref('EntityRef');

export const PlaceSchema = Type.Object(
  {
    latitude: Type.Number(),
    longitude: Type.Number(),
    countryCode: Nullable(Type.String()),
    featureType: Nullable(Type.String()),
    geonamesId: Nullable(Type.Integer()),
  },
  { $id: 'Place' },
);


export function pageOf(item: TSchema) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null on the last page.' })),
  });
}

export const EntitySummarySchema = Type.Object(
  {
    id: Id,
    name: Type.String(),
    type: Type.String(),
    aliases: Type.Array(Type.String()),
    wikidataId: Nullable(Type.String()),
    location: Nullable(Type.Ref('Place')),
    mentionCount: Type.Integer(),
    articleCount: Type.Integer(),
  },
  { $id: 'EntitySummary' },
);

export const EntityDetailSchema = Type.Composite(
  [
    Type.Omit(EntitySummarySchema, []),
    Type.Object({
      firstSeen: Nullable(Type.String({ format: 'date-time' })),
      lastSeen: Nullable(Type.String({ format: 'date-time' })),
      containedIn: Nullable(ref),
      relations: Type.Array(
        Type.Object({
          id: Id,
          predicate: Type.String(),
          subject: ref,
          object: ref,
          role: Nullable(Type.String()),
          evidence: Nullable(Span),
          articleId: Id,
          confidence: Type.Number(),
        }),
      ),
      coMentioned: Type.Array(Type.Object({ entity: ref, articleCount: Type.Integer() })),
    }),
  ],
  { $id: 'EntityDetail' },
);

export const ArticleSummarySchema = Type.Object({
  id: Id,
  url: Nullable(Type.String()),
  title: Type.String(),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  ingestedAt: Type.String({ format: 'date-time' }),
  source: Nullable(Type.Object({ id: Id, name: Type.String() })),
});

export const TimelineSchema = Type.Object({
  entity: ref,
  days: Type.Array(Type.Object({ date: Type.String({ format: 'date' }), mentions: Type.Integer(), articles: Type.Integer() })),
});

export const LocationSchema = Type.Object(
  {
    id: Id,
    name: Type.String(),
    type: Type.String(),
    aliases: Type.Array(Type.String()),
    location: Type.Ref('Place'),
    containedIn: Nullable(ref),
    eventCount: Type.Integer(),
    mentionCount: Type.Integer(),
    distanceKm: Nullable(Type.Number({ description: 'Distance from the `near` point, when given.' })),
  },
  { $id: 'Location' },
);

export const EventSchema = Type.Object(
  {
    ...eventFields,
    location: Nullable(
      Type.Object({ id: Id, name: Type.String(), type: Type.String(), latitude: Nullable(Type.Number()), longitude: Nullable(Type.Number()), countryCode: Nullable(Type.String()) }),
    ),
    article: Type.Object({ id: Id, title: Type.String(), url: Nullable(Type.String()), publishedAt: Nullable(Type.String()), source: Nullable(Type.String()) }),
  },
  { $id: 'Event' },
);

export const GraphSchema = Type.Object({
  nodes: Type.Array(Type.Object({ id: Id, name: Type.String(), type: Type.String(), depth: Type.Integer() })),
  edges: Type.Array(
    Type.Object({
      source: Id,
      target: Id,
      weight: Type.Integer({ description: 'Articles mentioning both, plus one per typed relation.' }),
      coMentions: Type.Integer(),
      relations: Type.Array(Type.String()),
    }),
  ),
});

export const SourceSchema = Type.Object({ id: Id, name: Type.String(), domain: Nullable(Type.String()), articleCount: Type.Integer() });

export const QUERY_SCHEMAS = [EntityRefSchema, PlaceSchema, EntitySummarySchema, EntityDetailSchema, LocationSchema, EventSchema];
