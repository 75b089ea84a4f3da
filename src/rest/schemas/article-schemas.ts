import { Type, type Static } from '@sinclair/typebox';
import { INPUT_LIMITS } from '../../ingest/article-input';
import { Id, Nullable } from './common';

export const ArticleInputSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: INPUT_LIMITS.titleMaxLength, description: 'Headline.' }),
    body: Type.String({ minLength: 1, description: 'Full text; offsets in the answer index into it (after trimming).' }),
    url: Type.Optional(Nullable(Type.String({ maxLength: INPUT_LIMITS.urlMaxLength, description: 'Canonical URL; unique.' }))),
    publishedAt: Type.Optional(Nullable(Type.String({ description: 'ISO 8601 date or date-time; relative dates in the text resolve against it.' }))),
    source: Type.Optional(Nullable(Type.String({ maxLength: INPUT_LIMITS.sourceMaxLength, description: 'Name of the outlet.' }))),
    language: Type.Optional(Nullable(Type.String({ description: 'BCP 47 tag; only "en" is supported.' }))),
  },
  { $id: 'ArticleInput', additionalProperties: false },
);
export type ArticleInputBody = Static<typeof ArticleInputSchema>;

const EntityRef = Type.Object({ id: Id, name: Type.String(), type: Type.String() });

export const Span = Type.Object({
  field: Type.Union([Type.Literal('TITLE'), Type.Literal('BODY')], { description: 'Which text the offsets index.' }),
  start: Type.Integer({ description: 'UTF-16 offset of the first character.' }),
  end: Type.Integer({ description: 'UTF-16 offset after the last character.' }),
  text: Type.String({ description: 'Exactly title/body.slice(start, end).' }),
});

const Place = Type.Object({
  latitude: Type.Number(),
  longitude: Type.Number(),
  countryCode: Nullable(Type.String()),
  featureType: Nullable(Type.String()),
  geonamesId: Nullable(Type.Integer()),
});

const ArticleEntity = Type.Object({
  id: Id,
  name: Type.String(),
  type: Type.String(),
  aliases: Type.Array(Type.String()),
  wikidataId: Nullable(Type.String()),
  location: Nullable(Place),
  mentions: Type.Array(
    Type.Composite([Span, Type.Object({ sentenceIndex: Type.Integer(), confidence: Type.Number() })]),
  ),
});

/** An event's own fields; the article view and the events list add their location shapes. */
export const eventFields = {
  id: Id,
  type: Type.String({ description: 'PLOVER event type.' }),
  summary: Type.String(),
  date: Nullable(Type.String({ format: 'date' })),
  datePrecision: Nullable(Type.String()),
  count: Nullable(Type.Integer()),
  countQualifier: Nullable(Type.String()),
  killed: Nullable(Type.Integer()),
  injured: Nullable(Type.Integer()),
  modality: Type.String(),
  attribution: Nullable(Type.String()),
  confidence: Type.Number(),
  evidence: Span,
  participants: Type.Array(Type.Object({ role: Type.String(), entity: EntityRef })),
};

const Event = Type.Object({ ...eventFields, location: Nullable(EntityRef) });

const Relation = Type.Object({
  id: Id,
  predicate: Type.String(),
  subject: EntityRef,
  object: EntityRef,
  role: Nullable(Type.String()),
  evidence: Nullable(Span),
  confidence: Type.Number(),
});

const Quote = Type.Object({
  id: Id,
  text: Type.String(),
  speaker: Nullable(EntityRef),
  speakerText: Nullable(Type.String()),
  span: Span,
});

export const ArticleSchema = Type.Object(
  {
    id: Id,
    url: Nullable(Type.String()),
    title: Type.String(),
    body: Type.String(),
    publishedAt: Nullable(Type.String({ format: 'date-time' })),
    language: Type.String(),
    ingestedAt: Type.String({ format: 'date-time' }),
    pipelineVersion: Type.String(),
    source: Nullable(Type.Object({ id: Id, name: Type.String(), domain: Nullable(Type.String()) })),
    entities: Type.Array(ArticleEntity),
    events: Type.Array(Event),
    relations: Type.Array(Relation),
    quotes: Type.Array(Quote),
  },
  { $id: 'Article' },
);

export const ArticlePageSchema = Type.Object({
  items: Type.Array(Type.Ref('Article')),
  nextCursor: Nullable(Type.String()),
});
