// The protected-sites layer: drawn only for a caller who may read sites (the monitor: every site;
// a party: its own). Anyone else asks for nothing, and the API would send nothing.
import type { Map as MapLibre, GeoJSONSource } from 'maplibre-gl';
import type { Me } from './session';
import { EMPTY } from './map';

const READERS = ['read-confidential', 'read-own-compartment'];

/** Loads the sites the caller may see into the map's `sites` source (or empties it); returns how many. */
export async function loadSites(map: MapLibre, who: Me): Promise<number> {
  const source = map.getSource('sites') as GeoJSONSource | undefined;
  if (!source) return 0;
  if (!who.user || !who.permissions.some(p => READERS.includes(p))) {
    await source.setData(EMPTY);
    return 0;
  }

  const response = await fetch('/api/sites/geojson', { headers: { Accept: 'application/geo+json' } });
  if (!response.ok) throw new Error(`/api/sites/geojson: ${response.status}`);
  const data = await response.json() as GeoJSON.FeatureCollection;
  await source.setData(data);
  return data.features.length;
}

/** What the panel shows for a clicked site. */
export function describeSite(properties: Record<string, unknown>): string {
  const text = (v: unknown) => String(v ?? '').replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
  return `<h2>Protected site ${text(properties.id)}</h2>
<p><strong>${text(properties.name)}</strong> — ${text(properties.category)}</p>
<p>Owner: ${text(properties.owner ?? 'not stated')} · notified ${text(properties.notifiedAt)}</p>
<p>Protected within ${Math.round(Number(properties.radiusMetres))} m; with the location's uncertainty (${text(properties.precision)}) ${Math.round(Number(properties.reachMetres))} m.</p>
<p class="muted">Visible to the site's owner and the monitor only.</p>`;
}
