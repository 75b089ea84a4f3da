/**
 * Opaque keyset cursors: base64url of the sort key of the last item served, tagged with the
 * list it belongs to. A cursor that was never issued (or was issued by another list) fails to
 * decode and is a client error, never a silent restart from the top.
 */
import { InvalidParameterError } from './parameter-error';

export type CursorKey = (string | number)[];

export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url');
}

/** `shape` gives the type of each part: 'string', 'number' or 'uuid'. */
export function decodeCursor(list: string, cursor: string, shape: ('string' | 'number' | 'uuid')[], parameter = 'cursor'): CursorKey {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded) || decoded[0] !== list || decoded.length !== shape.length + 1) {
    throw new InvalidParameterError(parameter, 'is not a cursor this list issued');
  }
  const key = decoded.slice(1) as unknown[];
  const fits = shape.every((kind, i) => {
    const value = key[i];
    if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
    if (kind === 'uuid') return typeof value === 'string' && UUID.test(value);
    return typeof value === 'string';
  });
  if (!fits) throw new InvalidParameterError(parameter, 'is not a cursor this list issued');
  return key as CursorKey;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: string): boolean {
  return UUID.test(value);
}

/**
 * A keyset page from rows fetched with LIMIT limit + 1 and ordered by (sort_key, id): the rows
 * to serve, and the cursor after the last one when a further row exists.
 */
export function keysetPage<Row extends { sort_key: string | number; id: string }>(
  list: string,
  rows: Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { rows: kept, nextCursor: rows.length > limit && last ? encodeCursor(list, [last.sort_key, last.id]) : null };
}
