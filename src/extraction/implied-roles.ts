/**
 * Roles the text leaves implicit, filled as CAMEO coders fill them: the claimant of an attack
 * ("X claimed responsibility"), the state behind an agentless arrest, the government a protest
 * or a demand is addressed to, the country aid from abroad goes to.
 */
import type { ExtractedEvent, PloverType } from './types';
import type { BuiltEntities } from './entity-builder';
import type { AnalyzedSentence } from './mention-detection';
import { keysInRole } from './event-participants';
import { countryKey } from './geocoding';

const VIOLENT = new Set<PloverType>(['ASSAULT', 'FIGHT']);

const CLAIM_VERBS = new Set(['claimed', 'claims', 'claiming', 'claim', 'admitted', 'acknowledged']);

/**
 * "The BLA claimed responsibility": the claimant is the perpetrator of the latest violent event,
 * and the claim itself is no new violence: events of the sentence that describe the claimed
 * attack merge into it.
 */
export function claimResponsibility(s: AnalyzedSentence, built: BuiltEntities, events: ExtractedEvent[]): void {
  const { tokens } = s;
  const at = tokens.findIndex((t, i) => CLAIM_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'responsibility');
  if (at < 0) return;
  const claimant = s.mentions.filter((m) => m.last < at && built.keyOf.has(m))
    .map((m) => built.keyOf.get(m) as string)
    .filter((k) => built.byKey.get(k)?.type !== 'LOCATION').pop();
  if (!claimant) return;
  const inSentence = (e: ExtractedEvent) => e.evidence.field === s.sentence.field && e.evidence.start === s.sentence.start;
  const violent = events.filter((e) => VIOLENT.has(e.type));
  const target = [...violent].reverse().find((e) => !inSentence(e)) ?? violent.find(inSentence);
  if (!target) return;
  target.participants = [{ entityKey: claimant, role: 'ACTOR' }, ...target.participants.filter((p) => p.role !== 'ACTOR' && p.entityKey !== claimant)];
  for (let k = events.length - 1; k >= 0; k -= 1) {
    const e = events[k] as ExtractedEvent;
    if (e !== target && inSentence(e) && VIOLENT.has(e.type)) events.splice(k, 1);
  }
}

/** An aid body's work stopped: "suspended its work", "halted all its activities", "halted food distributions". */
const AID_WITHDRAWN = /\b(?:suspend|suspends|suspended|halt|halts|halted|stopped|stops)\b(?:\s+\w+){0,2}?\s+(?:its|their)\s+(?:\w+\s+)?(?:work|activities|operations|programmes?|programs?)\b|\b(?:halt|halts|halted|suspend|suspends|suspended|stopped)\b(?:\s+\w+){0,2}?\s+(?:distributions|deliveries)\b/i;

/** Types whose unnamed other party is, in news, the government of the country the story is about. */
const GOVERNMENT_TARGETED = new Set<PloverType>(['PROTEST', 'AID', 'DEMAND']);

/**
 * Roles the text leaves to the state, as CAMEO coders fill them: "12 protesters were detained"
 * (by the state's police: the article's named police force if it has one, else the state), a protest or strike with no named target (against the government),
 * aid or a demand from abroad with no named recipient (to the country the story is about).
 */
export function implicitState(e: ExtractedEvent, home: string | null, passive: boolean, built: BuiltEntities, police: string | null = null): void {
  const actors = keysInRole(e.participants, 'ACTOR');
  const hasTarget = e.participants.some((p) => p.role === 'TARGET');
  // "two Ecuadorians were arrested in Rotterdam", "he was convicted in Vienna": an arrest abroad is the host state's
  // ("three German citizens remain in detention in Iran": a detention abroad with no agent, whatever its voice)
  const abroad = e.type === 'COERCE' && actors.length === 0 ? hostState(e, home, built) : null;
  const holder = abroad ?? police ?? home;
  if (e.type === 'COERCE' && (passive || abroad) && actors.length === 0 && holder) {
    // the article's one named police force when it has one ("37 people were arrested" after "the Zambia Police Service said")
    e.participants = [{ entityKey: holder, role: 'ACTOR' }, ...e.participants.filter((p) => p.entityKey !== police)];
    return;
  }
  if (!home) return;
  // "MSF suspended its work in Mocímboa da Praia", "the WFP halted food distributions": aid withdrawn from where it was given
  if (e.type === 'SANCTION' && !hasTarget && actors.length > 0 && AID_WITHDRAWN.test(e.evidence.text)) {
    const country = hostState(e, home, built) ?? home;
    if (!actors.includes(country) && !actors.some((k) => built.byKey.get(k)?.place)) e.participants = [...e.participants, { entityKey: country, role: 'TARGET' }];
    return;
  }
  if (!GOVERNMENT_TARGETED.has(e.type) || hasTarget || actors.includes(home)) return;
  // unnamed protesters still protest against someone; unnamed donors or demanders are left alone
  if (actors.length === 0 && e.type !== 'PROTEST') return;
  // a domestic body asking or giving something is not addressing its own government by default
  if (e.type !== 'PROTEST' && actors.some((k) => isDomestic(built, k, home))) return;
  // "Japan would give $3 million to train inspectors in Mozambique": aid for a place abroad goes to that place's country
  // (a country, not a city: "pledged $9 billion at a conference in Geneva" names a venue; nor one the aid is sent from:
  // "Spain sent two water bombers from Torrejón de Ardoz")
  const inCountry = e.locationKey && built.byKey.get(e.locationKey)?.place?.featureType === 'COUNTRY';
  const abroadPlace = e.type === 'AID' && inCountry ? hostState(e, home, built) : null;
  const recipient = abroadPlace && !actors.includes(abroadPlace) ? abroadPlace : home;
  e.participants = [...e.participants, { entityKey: recipient, role: 'TARGET' }];
}

/** The country of the event's place when it is not the home country and the article names it, else null. */
function hostState(e: ExtractedEvent, home: string | null, built: BuiltEntities): string | null {
  const code = e.locationKey ? built.byKey.get(e.locationKey)?.place?.countryCode : null;
  if (!code) return null;
  const key = countryKey(code);
  return key !== home && built.byKey.has(key) ? key : null;
}

/** An actor known to belong to the home country: a place in it, or a name carrying its demonym or name. */
function isDomestic(built: BuiltEntities, key: string, home: string): boolean {
  const e = built.byKey.get(key);
  const country = built.byKey.get(home);
  const homeCode = country?.place?.countryCode;
  if (!e || !homeCode) return false;
  if (e.place) return e.place.countryCode === homeCode;
  const words = new Set([country?.name, ...(country?.aliases ?? [])].filter((w): w is string => !!w).map((w) => w.toLowerCase()));
  return [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).some((w) => words.has(w)));
}

const HOLDING = new Set<PloverType>(['COERCE', 'ASSAULT']);

/**
 * "demanded Badji's release", "called for the release of the hostages' pilot": a demand to free a
 * person is addressed to whoever holds them, as CAMEO codes it: the actor of the latest earlier
 * arrest, detention or abduction of that person replaces the person as the demand's target.
 */
export function captorAsTarget(events: ExtractedEvent[], built: BuiltEntities): void {
  events.forEach((e, i) => {
    if (e.type !== 'DEMAND' || !/\brelease\b|\bfreed?\b/i.test(e.evidence.text)) return;
    for (const p of e.participants) {
      if (p.role !== 'TARGET' || built.byKey.get(p.entityKey)?.type !== 'PERSON') continue;
      const held = events.slice(0, i).reverse().find((o) => HOLDING.has(o.type) && o.participants.some((q) => q.role === 'TARGET' && q.entityKey === p.entityKey)
        && o.participants.some((q) => q.role === 'ACTOR'));
      const captors = held ? keysInRole(held.participants, 'ACTOR') : [];
      if (captors.length === 0 || captors.some((k) => e.participants.some((q) => q.role === 'ACTOR' && q.entityKey === k))) continue;
      e.participants = [...e.participants.filter((q) => q !== p), ...captors.map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
      return;
    }
  });
}

/**
 * "Ukrainian drones struck an oil refinery in southern Russia": a state's strike with no target
 * named is aimed at the country where it landed, when that is another country (CAMEO codes the
 * target by location for cross-border force).
 */
export function strikeLocationTarget(events: ExtractedEvent[], built: BuiltEntities): void {
  for (const e of events) {
    if (!VIOLENT.has(e.type) || !e.locationKey || e.participants.some((p) => p.role === 'TARGET')) continue;
    const actors = e.participants.filter((p) => p.role === 'ACTOR').map((p) => built.byKey.get(p.entityKey));
    if (actors.length === 0 || !actors.every((a) => a?.place?.featureType === 'COUNTRY')) continue;
    const place = built.byKey.get(e.locationKey)?.place;
    const cc = place?.countryCode;
    const country = cc ? built.entities.find((x) => x.place?.featureType === 'COUNTRY' && x.place.countryCode === cc) : undefined;
    if (!country || actors.some((a) => a?.key === country.key)) continue;
    e.participants = [...e.participants, { entityKey: country.key, role: 'TARGET' }];
  }
}

