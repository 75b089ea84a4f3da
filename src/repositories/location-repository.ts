/**
 * Places: filtered by bounding box, distance or country, with how many events happened there
 * (in the place itself or any place inside it is left to the event queries; counts here are
 * of the place itself). Also as GeoJSON for maps.
 */
import type { Db } from '../db/client';
import { decodeCursor, keysetPage } from './cursor';
import { parseBbox, parseCountry, parseNear } from './filters';
import { placeOfRow } from './entity-repository';
import type { EntityRef, Page, PlaceView } from './article-repository';
import { SqlBuilder } from './sql-builder';

export interface LocationView extends EntityRef {
  aliases: string[];
  location: PlaceView;
  containedIn: EntityRef | null;
  eventCount: number;
  mentionCount: number;
  /** Distance from the `near` point, when that filter is used. */
  distanceKm: number | null;
}

export interface LocationFilter {
  bbox?: string | null;
  near?: string | null;
  country?: string | null;
}

/** Great-circle distance in km (haversine), from a point given as two SQL parameters. */
function distanceSql(lat: string, lon: string): string {
  return `(2 * 6371.0088 * asin(sqrt(
    power(sin(radians(e.latitude - ${lat}::float8) / 2), 2) +
    cos(radians(${lat}::float8)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - ${lon}::float8) / 2), 2))))`;
}

function locationConditions(filter: LocationFilter): { sql: SqlBuilder; distance: string | null } {
  const sql = new SqlBuilder();
  sql.where(`e.type = 'LOCATION' AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL`);
  if (filter.bbox) {
    const box = parseBbox(filter.bbox);
    sql.where(`e.longitude BETWEEN ${sql.param(box.minLon)} AND ${sql.param(box.maxLon)}`);
    sql.where(`e.latitude BETWEEN ${sql.param(box.minLat)} AND ${sql.param(box.maxLat)}`);
  }
  let distance: string | null = null;
  if (filter.near) {
    const near = parseNear(filter.near);
    distance = distanceSql(sql.param(near.latitude), sql.param(near.longitude));
    sql.where(`${distance} <= ${sql.param(near.km)}`);
  }
  if (filter.country) sql.where(`e.country_code = ${sql.param(parseCountry(filter.country))}`);
  return { sql, distance };
}

const LOCATION_COLUMNS = `e.id, e.name, e.type, e.aliases, e.latitude, e.longitude, e.country_code, e.feature_type, e.geonames_id,
  c.id AS c_id, c.name AS c_name, c.type AS c_type,
  (SELECT count(*)::int FROM events ev WHERE ev.location_id = e.id) AS event_count,
  (SELECT count(*)::int FROM mentions m WHERE m.entity_id = e.id) AS mention_count`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toView(row: any): LocationView {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: row.aliases,
    location: placeOfRow(row)!,
    containedIn: row.c_id ? { id: row.c_id, name: row.c_name, type: row.c_type } : null,
    eventCount: row.event_count,
    mentionCount: row.mention_count,
    distanceKm: row.distance_km ?? null,
  };
}

/** By name; with `near`, nearest first. */
export async function listLocations(db: Db, filter: LocationFilter, limit: number, cursor: string | null): Promise<Page<LocationView>> {
  const { sql, distance } = locationConditions(filter);
  const totalParams = [...sql.params];
  const totalSql = `SELECT count(*)::int AS n FROM entities e ${sql.whereClause()}`;
  const sort = distance ?? 'lower(e.name)';
  if (cursor) {
    const [key, id] = decodeCursor(distance ? 'locations-near' : 'locations', cursor, [distance ? 'number' : 'string', 'uuid']);
    sql.where(`(${sort}, e.id) > (${sql.param(key)}${distance ? '::float8' : ''}, ${sql.param(id)}::uuid)`);
  }
  const pageSql = `SELECT ${LOCATION_COLUMNS}, ${sort} AS sort_key${distance ? `, ${distance} AS distance_km` : ''}
    FROM entities e LEFT JOIN entities c ON c.id = e.contained_in_id ${sql.whereClause()}
    ORDER BY sort_key, e.id LIMIT ${sql.param(limit + 1)}`;
  const [page, total] = await Promise.all([db.pool.query(pageSql, sql.params), db.pool.query<{ n: number }>(totalSql, totalParams)]);
  const served = keysetPage(distance ? 'locations-near' : 'locations', page.rows, limit);
  return {
    items: served.rows.map(toView),
    nextCursor: served.nextCursor,
    totalCount: total.rows[0]?.n ?? 0,
  };
}

export const GEOJSON_MAX_FEATURES = 10_000;

/** A GeoJSON FeatureCollection of the places matching the filter, most eventful first. */
export async function locationsGeoJson(db: Db, filter: LocationFilter) {
  const { sql } = locationConditions(filter);
  const { rows } = await db.pool.query(
    `SELECT ${LOCATION_COLUMNS} FROM entities e LEFT JOIN entities c ON c.id = e.contained_in_id ${sql.whereClause()}
     ORDER BY event_count DESC, mention_count DESC, e.id LIMIT ${GEOJSON_MAX_FEATURES}`,
    sql.params,
  );
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((row) => {
      const view = toView(row);
      return {
        type: 'Feature' as const,
        id: view.id,
        geometry: { type: 'Point' as const, coordinates: [view.location.longitude, view.location.latitude] },
        properties: {
          id: view.id,
          name: view.name,
          countryCode: view.location.countryCode,
          featureType: view.location.featureType,
          geonamesId: view.location.geonamesId,
          eventCount: view.eventCount,
          mentionCount: view.mentionCount,
        },
      };
    }),
  };
}
