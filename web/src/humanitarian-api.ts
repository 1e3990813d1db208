// Typed calls to the humanitarian endpoints (/api/access, /api/conditions): see docs/openapi.json, tag Humanitarian.
import { getJson, query } from './api';

/** The row of an input file a statement comes from, and the public source that row cites. */
export interface SourceRef { file: string; row: string; key?: string; url?: string; quote?: string; flag?: string; }

/** One siege-table row: a start/end/interruption, or a count of people with who gave it. */
export interface SiegeRow {
  id: string; kind: string; areaName: string; date: string; figureDate?: string; reportingOrg?: string;
  figure?: string; value?: number; low?: number; high?: number; lowerBound?: boolean;
  besiegingParties?: string; dateBasis?: string; dateQualifiers?: string; note?: string; source: SourceRef;
}

/** One convoy-table row, in the source's words. */
export interface ConvoyRow {
  id: string; kind: string; status: string; date: string; dateEnd?: string; dateQualifiers?: string;
  earliest: string; latest: string; destination: string; destinationPcode?: string; area?: string;
  organisation?: string; trucks?: string; beneficiaries?: string; peopleReached?: number; casualties?: string;
  blockingParty?: string; note?: string; place?: string; source: SourceRef;
}

export interface AreaAccess {
  id: string; name: string; isTotal: boolean; status: string; definitionsHolding: number; definitions: number;
  populationLow?: number; populationHigh?: number; latestFigures: SiegeRow[]; figures: SiegeRow[];
  daysSinceDeliveryMin?: number; daysSinceDeliveryMax?: number; lastDeliveries: ConvoyRow[];
  reached: number; reachedIncomplete: boolean; shareReachedLow?: number; shareReachedHigh?: number;
  denialsRecent: number; denialsTotal: number; attacksRecent: number; attacksTotal: number; statusRows: SiegeRow[];
}

export interface Condition {
  id: string; name: string; kind: string; agreement?: string; maxPerDay?: number; days?: number;
  outcome: 'holds' | 'fails' | 'unknown'; since: string; sinceRecordBegins: boolean; detail: string; why: string;
}

export interface ConditionTimeline { id: string; name: string; spans: { from: string; to: string; days: number; outcome: string }[]; }

export type AreaShapes = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon> & { day: string };
export type Convoys = GeoJSON.FeatureCollection<GeoJSON.Point | null, ConvoyRow> & { located: number };

export const access = (at: string): Promise<AreaAccess[]> => getJson(`/api/access?${query({ at })}`);
export const areaShapes = (at: string): Promise<AreaShapes> => getJson(`/api/access/areas.geojson?${query({ at })}`);
export const convoys = (from: string, to: string): Promise<Convoys> => getJson(`/api/access/convoys?${query({ from, to })}`);
export const conditions = (at: string): Promise<Condition[]> => getJson(`/api/conditions?${query({ at })}`);
export const conditionTimeline = (from: string, to: string): Promise<ConditionTimeline[]> => getJson(`/api/conditions/timeline?${query({ from, to })}`);

/** People counts as the sources write them: 250,000 (a fixed locale, not the browser's). */
export const people = (n: number | undefined): string => n === undefined ? '?' : n.toLocaleString('en-US');

/** A range that shows when sources disagree: 250,000–300,000, or one figure when they agree. */
export const range = (low: number | undefined, high: number | undefined, sep = '–'): string =>
  low === undefined ? 'no figure' : low === high ? people(low) : `${people(low)}${sep}${people(high)}`;

/** Days since the last delivery: 112–136 when the dates allow a range. */
export const daysSince = (a: { daysSinceDeliveryMin?: number; daysSinceDeliveryMax?: number }): string =>
  a.daysSinceDeliveryMax === undefined ? 'no delivery recorded'
    : a.daysSinceDeliveryMin === a.daysSinceDeliveryMax ? `${a.daysSinceDeliveryMax} days` : `${a.daysSinceDeliveryMin}–${a.daysSinceDeliveryMax} days`;

/** Convoy kinds grouped for the map's colours. */
export function convoyGroup(kind: string): 'delivered' | 'denied' | 'attacked' | 'evacuation' | 'other' {
  if (kind === 'attacked' || kind === 'delivered-then-attacked') return 'attacked';
  if (kind === 'delivered' || kind === 'distribution') return 'delivered';
  if (kind === 'denied' || kind === 'delayed' || kind === 'suspended') return 'denied';
  if (kind.startsWith('evacuation')) return 'evacuation';
  return 'other';
}

export const CONVOY_COLORS: Record<string, string> = {
  delivered: '#1a9850', denied: '#fdae61', attacked: '#b2182b', evacuation: '#5e3c99', other: '#8c8c8c',
};

/** Siege status colours (fill of the area on the map). */
export const STATUS_COLORS: Record<string, string> = {
  besieged: '#6a1b9a', 'besieged-by-some': '#ab47bc', interrupted: '#ce93d8', reported: '#ab47bc', ended: '#9e9e9e', 'not-besieged': '#bdbdbd',
};

export const STATUS_TEXT: Record<string, string> = {
  besieged: 'besieged', 'besieged-by-some': 'besieged by some definitions', interrupted: 'siege interrupted',
  reported: 'reported besieged', ended: 'siege ended', 'not-besieged': 'not besieged',
};
