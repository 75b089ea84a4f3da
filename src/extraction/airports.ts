/**
 * Airports with scheduled service (data/gazetteer/airports.json, OurAirports via the npm package
 * named in that file): "Nnamdi Azikiwe International Airport", "Komodo Airport". A place named
 * as an airport that the text does not already put somewhere gets the airport's own point, not its
 * city's (airports lie outside the towns they serve, often farther than a facility's 25 km).
 */
import { readDataJson } from './data-files';
import { indexByNames, normalizeName } from './name-normalization';

export interface AirportRecord {
  name: string;
  aliases: string[];
  iata: string | null;
  icao: string | null;
  city: string | null;
  countryCode: string;
  lat: number;
  lon: number;
  type: string;
}

/** Normalized airport name or alias → airports of that name. */
export type AirportIndex = Map<string, AirportRecord[]>;

export function loadAirports(): AirportIndex {
  const data = readDataJson<{ airports: AirportRecord[] }>('gazetteer/airports.json');
  return indexByNames(data.airports, (a) => [a.name, ...a.aliases]);
}

/** Names that call a place an airport. */
export const AIRPORT_NAME = /\b(?:airport|aeroporto|aeropuerto|aéroport|airfield|aerodrome)\b/i;

/**
 * The airport one of `names` names: the only airport of that name, or the only one in a country of
 * `countries` (the article's). Null when none or several fit.
 */
export function airportNamed(index: AirportIndex, names: string[], countries: Set<string>): AirportRecord | null {
  for (const n of names) {
    const found = index.get(normalizeName(n));
    if (!found || found.length === 0) continue;
    if (found.length === 1) return found[0] as AirportRecord;
    const local = found.filter((a) => countries.has(a.countryCode));
    if (local.length === 1) return local[0] as AirportRecord;
  }
  return null;
}
