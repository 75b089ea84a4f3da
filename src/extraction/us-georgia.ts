/**
 * "Georgia" is the country (GE) by default. When the article places it in the United States,
 * it is the US state instead (curated place `us-state-georgia`, which is not in the phrase
 * dictionary). The article places it in the US when
 *   - a place geocodes to a US city in GeoNames admin1 "GA" (Atlanta, Savannah...), or
 *   - it names a US state or a US city and nothing Georgian (no "Georgian", no city in GE).
 */
import type { CityRecord } from './city-index';
import type { Gazetteer } from './gazetteer';
import type { RawMention } from './mention-detection';
import { normalizeName } from './name-normalization';

export const US_GEORGIA_SLUG = 'us-state-georgia';

function isGeorgiaName(m: RawMention): boolean {
  return m.ref?.kind === 'country' && m.ref.code === 'GE' && normalizeName(m.text) === 'georgia';
}

export function georgiaIsUsState(mentions: RawMention[], cityOf: Map<RawMention, CityRecord>, gaz: Gazetteer): boolean {
  if (!gaz.curated.has(US_GEORGIA_SLUG) || !mentions.some(isGeorgiaName)) return false;
  const cities = [...cityOf.values()];
  if (cities.some((c) => c.countryCode === 'US' && c.adminCode === 'GA')) return true;
  const usPlace = cities.some((c) => c.countryCode === 'US')
    || mentions.some((m) => m.ref?.kind === 'curated' && gaz.curated.get(m.ref.slug)?.countryCode === 'US' && m.ref.slug.startsWith('us-state-'));
  const georgian = cities.some((c) => c.countryCode === 'GE')
    || mentions.some((m) => (m.ref?.kind === 'demonym' && m.ref.code === 'GE')
      || (m.ref?.kind === 'curated' && gaz.curated.get(m.ref.slug)?.countryCode === 'GE'));
  return usPlace && !georgian;
}

/** Re-point the article's "Georgia" mentions to the US state when the context says so. */
export function resolveUsGeorgia(mentions: RawMention[], cityOf: Map<RawMention, CityRecord>, gaz: Gazetteer): void {
  if (!georgiaIsUsState(mentions, cityOf, gaz)) return;
  for (const m of mentions) if (isGeorgiaName(m)) m.ref = { kind: 'curated', slug: US_GEORGIA_SLUG };
}
