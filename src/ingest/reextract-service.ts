/**
 * Re-extraction after a pipeline upgrade: each stored article is run through the current
 * extractor and its extracted data replaced, in one transaction per article. Ids that clients
 * hold survive: the article keeps its id, entities are upserted on their normalized key (so
 * the same thing keeps its id, and entities no longer mentioned are kept, not deleted), and an
 * event or relation found again keeps its id. Only what the new pipeline no longer finds goes.
 */
import type pg from 'pg';
import type { Db } from '../db/client';
import type { ExtractedEvent, Extractor } from '../extraction/types';
import { inTransaction } from './ingest-service';
import { writeExtraction, type KeptIds } from './write-extraction';

export type ReextractOutcome = 'reextracted' | 'missing';

interface OldEvent {
  id: string;
  type: string;
  evidence_field: string;
  evidence_start: number;
  evidence_end: number;
}

/** The same happening: same type, evidence in the same field, overlapping spans. */
async function keptIds(client: pg.PoolClient, articleId: string): Promise<KeptIds> {
  const events = (await client.query<OldEvent>('SELECT id, type, evidence_field, evidence_start, evidence_end FROM events WHERE article_id = $1', [articleId])).rows;
  const relations = (await client.query<{ id: string; subject_id: string; predicate: string; object_id: string }>(
    'SELECT id, subject_id, predicate, object_id FROM relations WHERE article_id = $1', [articleId],
  )).rows;
  const taken = new Set<string>();
  const claim = <T extends { id: string }>(found: T | undefined) => {
    if (!found) return undefined;
    taken.add(found.id);
    return found.id;
  };
  return {
    eventId: (event: ExtractedEvent) =>
      claim(events.find((old) => !taken.has(old.id) && old.type === event.type && old.evidence_field === event.evidence.field &&
        old.evidence_start < event.evidence.end && event.evidence.start < old.evidence_end)),
    relationId: (subjectId, predicate, objectId) =>
      claim(relations.find((old) => !taken.has(old.id) && old.subject_id === subjectId && old.predicate === predicate && old.object_id === objectId)),
  };
}

export async function reextractArticle(db: Db, extractor: Extractor, articleId: string): Promise<ReextractOutcome> {
  return inTransaction(db, async (client) => {
    const { rows } = await client.query<{ title: string; body: string; published_at: Date | null; source: string | null }>(
      `SELECT a.title, a.body, a.published_at, s.name AS source FROM articles a LEFT JOIN sources s ON s.id = a.source_id
       WHERE a.id = $1 FOR UPDATE OF a`,
      [articleId],
    );
    const article = rows[0];
    if (!article) return 'missing';
    const result = extractor.extract({ title: article.title, body: article.body, publishedAt: article.published_at, source: article.source });
    const keep = await keptIds(client, articleId);
    for (const table of ['mentions', 'events', 'relations', 'quotes']) {
      await client.query(`DELETE FROM ${table} WHERE article_id = $1`, [articleId]);
    }
    await writeExtraction(client, articleId, result, keep);
    await client.query('UPDATE articles SET pipeline_version = $2 WHERE id = $1', [articleId, result.pipelineVersion]);
    return 'reextracted';
  });
}

/** Ids of the articles an upgrade leaves behind (or all of them), oldest first. */
export async function articlesToReextract(db: Db, version: string, all: boolean): Promise<string[]> {
  const { rows } = await db.pool.query<{ id: string }>(
    `SELECT id FROM articles ${all ? '' : 'WHERE pipeline_version <> $1'} ORDER BY ingested_at, id`,
    all ? [] : [version],
  );
  return rows.map((row) => row.id);
}
