/**
 * The neighbourhood of an entity: nodes, and edges weighted by how many articles mention both
 * ends plus the typed relations stated between them.
 */
import type { Db } from '../db/client';
import type { EntityRef } from './article-repository';

export interface GraphNode extends EntityRef {
  /** 0 for the entity asked for, 1 for its neighbours, 2 for theirs. */
  depth: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Articles mentioning both, plus one per typed relation. */
  weight: number;
  coMentions: number;
  relations: string[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Neighbours kept per expanded node, strongest first: keeps depth 2 readable and bounded. */
export const NEIGHBOURS_PER_NODE = 25;

async function neighbours(db: Db, ids: string[]): Promise<GraphEdge[]> {
  const { rows } = await db.pool.query(
    `WITH co AS (
       SELECT mine.entity_id AS source, other.entity_id AS target, count(DISTINCT mine.article_id)::int AS co_mentions
       FROM mentions mine JOIN mentions other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
       WHERE mine.entity_id = ANY($1::uuid[]) GROUP BY 1, 2
     ), rel AS (
       SELECT CASE WHEN subject_id = ANY($1::uuid[]) THEN subject_id ELSE object_id END AS source,
              CASE WHEN subject_id = ANY($1::uuid[]) THEN object_id ELSE subject_id END AS target,
              array_agg(DISTINCT predicate::text ORDER BY predicate::text) AS predicates, count(*)::int AS n
       FROM relations WHERE (subject_id = ANY($1::uuid[]) OR object_id = ANY($1::uuid[])) AND subject_id <> object_id GROUP BY 1, 2
     ), edges AS (
       SELECT coalesce(co.source, rel.source) AS source, coalesce(co.target, rel.target) AS target,
              coalesce(co.co_mentions, 0) AS co_mentions, coalesce(rel.predicates, '{}') AS predicates,
              coalesce(co.co_mentions, 0) + coalesce(rel.n, 0) AS weight
       FROM co FULL JOIN rel ON rel.source = co.source AND rel.target = co.target
     )
     SELECT * FROM (
       SELECT edges.*, row_number() OVER (PARTITION BY source ORDER BY weight DESC, target) AS rank FROM edges
     ) ranked WHERE rank <= $2`,
    [ids, NEIGHBOURS_PER_NODE],
  );
  return rows.map((r) => ({ source: r.source, target: r.target, weight: r.weight, coMentions: r.co_mentions, relations: r.predicates }));
}

export async function entityGraph(db: Db, entityId: string, depth: 1 | 2): Promise<Graph | null> {
  const root = await db.pool.query<EntityRef>('SELECT id, name, type FROM entities WHERE id = $1', [entityId]);
  if (root.rowCount === 0) return null;
  const depthOf = new Map<string, number>([[entityId, 0]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [entityId];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const found = await neighbours(db, frontier);
    const next: string[] = [];
    for (const edge of found) {
      const key = [edge.source, edge.target].sort().join('|');
      if (!edges.has(key)) edges.set(key, edge);
      if (!depthOf.has(edge.target)) {
        depthOf.set(edge.target, level);
        next.push(edge.target);
      }
    }
    frontier = next;
  }
  const ids = [...depthOf.keys()];
  const { rows } = await db.pool.query<EntityRef>('SELECT id, name, type FROM entities WHERE id = ANY($1::uuid[])', [ids]);
  const nodes = rows.map((r) => ({ ...r, depth: depthOf.get(r.id)! })).sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name));
  // Edges between two nodes both shown, including those found from either end.
  return { nodes, edges: [...edges.values()].filter((e) => depthOf.has(e.source) && depthOf.has(e.target)) };
}
