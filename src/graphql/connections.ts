/**
 * Repository pages as Relay connections.
 *
 * Repositories issue one keyset cursor per page: the one after its last item. Relay wants a
 * cursor on every edge, so an edge before the last carries an "edge cursor": the keyset
 * cursor its page started from, plus how many items to skip from there. Resuming from it
 * fetches `skip + first` items from that keyset position and drops the first `skip`, so every
 * edge cursor resumes exactly after its item at no extra SQL statement. The last edge (and
 * so `pageInfo.endCursor`) carries the plain keyset cursor, the same REST's nextCursor is.
 */
import type { Page } from '../repositories/article-repository';
import { decodeCursor, encodeCursor } from '../repositories/cursor';
import type { KeyedPage } from '../repositories/entity-page-loaders';
import { InvalidParameterError } from '../repositories/parameter-error';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Edge cursors further than this from a keyset cursor are refused rather than scanned. */
const MAX_SKIP = 1000;

interface Start {
  keyset: string | null;
  skip: number;
}

function edgeTag(list: string): string {
  return `edge:${list}`;
}

function startOf(list: string, after: string | null): Start {
  if (after === null) return { keyset: null, skip: 0 };
  let decoded: (string | number)[];
  try {
    decoded = decodeCursor(edgeTag(list), after, ['string', 'number']);
  } catch {
    return { keyset: after, skip: 0 }; // a keyset cursor: the repository checks it
  }
  const [keyset, skip] = decoded as [string, number];
  if (!Number.isInteger(skip) || skip < 1 || skip > MAX_SKIP) throw new InvalidParameterError('after', 'is not a cursor this list issued');
  return { keyset: keyset === '' ? null : keyset, skip };
}

/**
 * One page of `first` items after `after`, from a repository list function that takes a
 * limit and a keyset cursor.
 */
export async function listConnection<T>(
  list: string,
  first: number,
  after: string | null | undefined,
  fetch: (limit: number, cursor: string | null) => Promise<Page<T>>,
): Promise<Connection<T>> {
  const start = startOf(list, after ?? null);
  const page = await fetch(first + start.skip, start.keyset);
  const items = page.items.slice(start.skip);
  const edges = items.map((node, i) => {
    const isLast = i === items.length - 1;
    const cursor = isLast && page.nextCursor ? page.nextCursor : encodeCursor(edgeTag(list), [start.keyset ?? '', start.skip + i + 1]);
    return { cursor, node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount: page.totalCount,
  };
}

/** A page from a loader, which already carries a cursor per item. */
export function keyedConnection<T>(page: KeyedPage<T> | undefined): Connection<T> {
  if (!page) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  return {
    edges: page.items.map((node, i) => ({ cursor: page.cursors[i]!, node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
    totalCount: page.totalCount,
  };
}
