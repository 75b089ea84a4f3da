/**
 * Parsing of the filter values REST and GraphQL share (bbox, near, dates, enums, ids, page
 * sizes). Each failure names the parameter.
 */
import { ENTITY_TYPES, MODALITIES, PLOVER_TYPES } from '../extraction/types';
import { isId } from './cursor';
import { InvalidParameterError } from './parameter-error';

export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface Near {
  latitude: number;
  longitude: number;
  km: number;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(value: number | null | undefined, parameter: string): number {
  if (value === undefined || value === null) return 20;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new InvalidParameterError(parameter, `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return value;
}

function numbers(value: string, count: number, parameter: string, example: string): number[] {
  const parts = value.split(',').map((part) => part.trim());
  const parsed = parts.map(Number);
  if (parts.length !== count || parts.some((p) => p === '') || parsed.some((n) => !Number.isFinite(n))) {
    throw new InvalidParameterError(parameter, `must be ${count} comma-separated numbers: ${example}`);
  }
  return parsed;
}

export function parseBbox(value: string, parameter = 'bbox'): BoundingBox {
  const [minLon, minLat, maxLon, maxLat] = numbers(value, 4, parameter, 'minLon,minLat,maxLon,maxLat') as [number, number, number, number];
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    throw new InvalidParameterError(parameter, 'longitudes must be within -180..180 and latitudes within -90..90');
  }
  if (minLat > maxLat) throw new InvalidParameterError(parameter, 'minLat must not exceed maxLat');
  if (minLon > maxLon) throw new InvalidParameterError(parameter, 'minLon must not exceed maxLon (boxes across the antimeridian are not supported)');
  return { minLon, minLat, maxLon, maxLat };
}

export function parseNear(value: string, parameter = 'near'): Near {
  const [latitude, longitude, km] = numbers(value, 3, parameter, 'lat,lon,km') as [number, number, number];
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
    throw new InvalidParameterError(parameter, 'latitude must be within -90..90 and longitude within -180..180');
  }
  if (km <= 0 || km > 20000) throw new InvalidParameterError(parameter, 'the radius must be more than 0 and at most 20000 km');
  return { latitude, longitude, km };
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDate(value: string, parameter: string): Date {
  const text = value.trim();
  if (!DATE.test(text)) throw new InvalidParameterError(parameter, 'must be an ISO 8601 date (2024-02-03) or date-time');
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate() || Number.isNaN(date.getTime())) {
    throw new InvalidParameterError(parameter, `${JSON.stringify(text)} is not a valid calendar date`);
  }
  return date;
}

export function parseDateRange(from: string | undefined | null, to: string | undefined | null): { from: Date | null; to: Date | null } {
  const range = { from: from ? parseDate(from, 'from') : null, to: to ? parseDate(to, 'to') : null };
  if (range.from && range.to && range.from > range.to) throw new InvalidParameterError('to', 'must not be before from');
  return range;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], parameter: string): T {
  const upper = value.trim().toUpperCase() as T;
  if (!allowed.includes(upper)) throw new InvalidParameterError(parameter, `must be one of ${allowed.join(', ')}`);
  return upper;
}

export const parseEventType = (value: string, parameter = 'type') => oneOf(value, PLOVER_TYPES, parameter);
export const parseEntityType = (value: string, parameter = 'type') => oneOf(value, ENTITY_TYPES, parameter);
export const parseModality = (value: string, parameter = 'modality') => oneOf(value, MODALITIES, parameter);

export function parseId(value: string, parameter: string): string {
  if (!isId(value)) throw new InvalidParameterError(parameter, 'must be an id (UUID)');
  return value.toLowerCase();
}

export function parseCountry(value: string, parameter = 'country'): string {
  if (!/^[A-Za-z]{2}$/.test(value.trim())) throw new InvalidParameterError(parameter, 'must be an ISO 3166-1 alpha-2 code such as SY');
  return value.trim().toUpperCase();
}

/** SQL: the ids of a place and of every place inside it (city → region → country). */
export function placeAndContainedSql(placeParam: string): string {
  return `(WITH RECURSIVE inside(id) AS (
      SELECT ${placeParam}::uuid
      UNION SELECT child.id FROM entities child JOIN inside ON child.contained_in_id = inside.id
    ) SELECT id FROM inside)`;
}
