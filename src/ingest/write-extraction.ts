/**
 * Writes one article's extraction inside the ingest transaction. Entities are upserted on
 * their normalized key in one statement, sorted by key so that concurrent ingests lock rows
 * in the same order and cannot deadlock; aliases accumulate; known facts are never erased.
 */
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import type { ExtractedEntity, ExtractionResult } from '../extraction/types';

type Tx = Prisma.TransactionClient;

async function upsertEntities(tx: Tx, entities: ExtractedEntity[]): Promise<Map<string, string>> {
  const sorted = [...entities].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (sorted.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; key: string }[]>`
    INSERT INTO entities (key, type, name, aliases, wikidata_id, geonames_id, latitude, longitude, country_code, feature_type)
    SELECT k, t::"EntityType", n, COALESCE((SELECT array_agg(a) FROM jsonb_array_elements_text(al) a), '{}'),
           w, g, lat, lon, cc, ft::"FeatureType"
    FROM unnest(
      ${sorted.map((e) => e.key)}::text[],
      ${sorted.map((e) => e.type)}::text[],
      ${sorted.map((e) => e.name)}::text[],
      ${sorted.map((e) => JSON.stringify(e.aliases))}::jsonb[],
      ${sorted.map((e) => e.wikidataId)}::text[],
      ${sorted.map((e) => e.place?.geonamesId ?? null)}::int[],
      ${sorted.map((e) => e.place?.latitude ?? null)}::float8[],
      ${sorted.map((e) => e.place?.longitude ?? null)}::float8[],
      ${sorted.map((e) => e.place?.countryCode ?? null)}::text[],
      ${sorted.map((e) => e.place?.featureType ?? null)}::text[]
    ) AS input(k, t, n, al, w, g, lat, lon, cc, ft)
    ON CONFLICT (key) DO UPDATE SET
      aliases = ARRAY(
        SELECT DISTINCT a FROM unnest(entities.aliases || EXCLUDED.aliases) a
        WHERE a <> entities.name ORDER BY a
      ),
      wikidata_id = COALESCE(entities.wikidata_id, EXCLUDED.wikidata_id),
      geonames_id = COALESCE(entities.geonames_id, EXCLUDED.geonames_id),
      latitude = COALESCE(entities.latitude, EXCLUDED.latitude),
      longitude = COALESCE(entities.longitude, EXCLUDED.longitude),
      country_code = COALESCE(entities.country_code, EXCLUDED.country_code),
      feature_type = COALESCE(entities.feature_type, EXCLUDED.feature_type),
      updated_at = now()
    RETURNING id, key`;
  return new Map(rows.map((row) => [row.key, row.id]));
}

async function linkContainment(tx: Tx, entities: ExtractedEntity[], ids: Map<string, string>): Promise<void> {
  const links = entities
    .filter((e) => e.place?.containedInKey && ids.has(e.place.containedInKey))
    .map((e) => ({ id: ids.get(e.key)!, parent: ids.get(e.place!.containedInKey!)! }))
    .filter((link) => link.id !== link.parent)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (links.length === 0) return;
  await tx.$executeRaw`
    UPDATE entities SET contained_in_id = link.parent
    FROM unnest(${links.map((l) => l.id)}::uuid[], ${links.map((l) => l.parent)}::uuid[]) AS link(id, parent)
    WHERE entities.id = link.id AND entities.contained_in_id IS NULL`;
}

export async function writeExtraction(tx: Tx, articleId: string, result: ExtractionResult): Promise<void> {
  const ids = await upsertEntities(tx, result.entities);
  await linkContainment(tx, result.entities, ids);
  const idOf = (key: string | null): string | null => (key === null ? null : ids.get(key) ?? null);

  const mentions = result.entities.flatMap((entity) =>
    entity.mentions.map((m) => ({
      articleId,
      entityId: ids.get(entity.key)!,
      field: m.field,
      start: m.start,
      end: m.end,
      text: m.text,
      sentenceIndex: m.sentenceIndex,
      confidence: m.confidence,
    })),
  );
  if (mentions.length > 0) await tx.mention.createMany({ data: mentions });

  const events = result.events.map((event) => ({ id: randomUUID(), event }));
  if (events.length > 0) {
    await tx.event.createMany({
      data: events.map(({ id, event }) => ({
        id,
        articleId,
        type: event.type,
        summary: event.summary,
        evidenceField: event.evidence.field,
        evidenceStart: event.evidence.start,
        evidenceEnd: event.evidence.end,
        evidenceText: event.evidence.text,
        date: event.date ? new Date(`${event.date}T00:00:00Z`) : null,
        datePrecision: event.datePrecision,
        count: event.count,
        countQualifier: event.countQualifier,
        killed: event.killed,
        injured: event.injured,
        modality: event.modality,
        attribution: event.attribution,
        locationId: idOf(event.locationKey),
        confidence: event.confidence,
      })),
    });
    const participants = events.flatMap(({ id, event }) =>
      event.participants
        .filter((p) => ids.has(p.entityKey))
        .map((p) => ({ eventId: id, entityId: ids.get(p.entityKey)!, role: p.role })),
    );
    if (participants.length > 0) await tx.eventParticipant.createMany({ data: participants, skipDuplicates: true });
  }

  const relations = result.relations
    .filter((r) => ids.has(r.subjectKey) && ids.has(r.objectKey))
    .map((r) => ({
      articleId,
      subjectId: ids.get(r.subjectKey)!,
      predicate: r.predicate,
      objectId: ids.get(r.objectKey)!,
      role: r.role,
      evidenceField: r.evidence?.field ?? null,
      evidenceStart: r.evidence?.start ?? null,
      evidenceEnd: r.evidence?.end ?? null,
      evidenceText: r.evidence?.text ?? null,
      confidence: r.confidence,
    }));
  if (relations.length > 0) await tx.relation.createMany({ data: relations });

  const quotes = result.quotes.map((q) => ({
    articleId,
    speakerId: idOf(q.speakerKey),
    speakerText: q.speakerText,
    text: q.text,
    field: q.span.field,
    start: q.span.start,
    end: q.span.end,
  }));
  if (quotes.length > 0) await tx.quote.createMany({ data: quotes });
}
