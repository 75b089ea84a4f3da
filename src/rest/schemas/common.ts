import { Type, type TSchema } from '@sinclair/typebox';

export const Id = Type.String({ format: 'uuid', description: 'Opaque identifier (UUID).' });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    invalidParams: Type.Optional(
      Type.Array(Type.Object({ in: Type.String(), name: Type.String(), reason: Type.String() })),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' },
);

export const problemRef = Type.Ref('Problem');

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

export const LimitQuery = Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size, 1 to 100.' });
export const CursorQuery = Type.String({ minLength: 1, maxLength: 200, description: 'Opaque cursor from a previous page\'s nextCursor.' });
