import { Map as MapLibre, setWorkerUrl, type GeoJSONSource, type StyleSpecification, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Zoom at and above which single events are drawn instead of grid cells. */
export const POINT_ZOOM = 9;

// No glyphs or sprites: the map draws no text, so it needs nothing beyond the API.
const style: StyleSpecification = {
  version: 8,
  sources: {
    basemap: { type: 'geojson', data: EMPTY },
    control: { type: 'geojson', data: EMPTY, promoteId: 'key' },
    bins: { type: 'geojson', data: EMPTY },
    points: { type: 'geojson', data: EMPTY, promoteId: 'key' },
    sites: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    besieged: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    convoys: { type: 'geojson', data: EMPTY },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#dde5ea' } },
    { id: 'admin2-fill', type: 'fill', source: 'basemap', filter: ['==', ['get', 'level'], 'admin2'], paint: { 'fill-color': '#f5f2ea' } },
    { id: 'admin2-line', type: 'line', source: 'basemap', filter: ['==', ['get', 'level'], 'admin2'], paint: { 'line-color': '#c9c1ae', 'line-width': 0.6 } },
    { id: 'admin1-line', type: 'line', source: 'basemap', filter: ['==', ['get', 'level'], 'admin1'], paint: { 'line-color': '#7d7565', 'line-width': 1.4 } },
    {
      id: 'control-fill', type: 'fill', source: 'control',
      paint: { 'fill-color': ['coalesce', ['get', 'color'], 'rgba(0,0,0,0)'], 'fill-opacity': ['case', ['get', 'known'], 0.5, 0] },
    },
    { id: 'control-line', type: 'line', source: 'control', paint: { 'line-color': '#555', 'line-width': 0.5, 'line-opacity': 0.6 } },
    {
      id: 'control-changed', type: 'line', source: 'control',
      filter: ['boolean', ['get', 'changed'], false],
      paint: { 'line-color': '#111', 'line-width': 3, 'line-dasharray': [2, 1] },
    },
    // Besieged areas on the day (derived shapes are dashed: the control record's, not a mapped siege line).
    { id: 'besieged-fill', type: 'fill', source: 'besieged', paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.18 } },
    {
      id: 'besieged-line', type: 'line', source: 'besieged',
      paint: { 'line-color': ['get', 'color'], 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2.5], 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'bins', type: 'circle', source: 'bins', maxzoom: POINT_ZOOM,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['get', 'radius'],
        'circle-opacity': 0.8,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: 'points', type: 'circle', source: 'points', minzoom: POINT_ZOOM,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['interpolate', ['linear'], ['get', 'best'], 0, 5, 10, 8, 100, 13],
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000', '#fff'],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1],
      },
    },
    // Protected sites: only for their owner and the monitor (the API sends nothing to anyone else).
    // The reach (radius + location uncertainty) drawn to scale: metres per pixel at zoom z and
    // latitude 36° (Aleppo) is 78271.5 · cos 36° / 2^z = 63,323 / 2^z.
    {
      id: 'sites-reach', type: 'circle', source: 'sites',
      paint: {
        'circle-color': '#1b7837',
        'circle-opacity': 0.12,
        'circle-stroke-color': '#1b7837',
        'circle-stroke-width': 1,
        'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 0, ['/', ['get', 'reachMetres'], 63323], 22, ['/', ['*', ['get', 'reachMetres'], 4194304], 63323]],
      },
    },
    {
      id: 'sites', type: 'circle', source: 'sites',
      paint: { 'circle-color': '#1b7837', 'circle-radius': 4, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 },
    },
    // Convoy rows of the window: a square-ish marker (thick dark ring) apart from the events' circles.
    {
      id: 'convoys', type: 'circle', source: 'convoys',
      paint: { 'circle-color': ['get', 'color'], 'circle-radius': 8, 'circle-stroke-color': '#222', 'circle-stroke-width': 2.5 },
    },
  ],
};

export function createMap(container: HTMLElement): MapLibre {
  // The basemap is fetched here (not by the source) to fit the view to its bbox first.
  const basemap = fetch('/api/basemap').then(r => r.json() as Promise<GeoJSON.FeatureCollection>);
  const map = new MapLibre({
    container,
    style,
    center: [38.5, 35.0],
    zoom: 5.8,
    attributionControl: { compact: true, customAttribution: 'Boundaries: OCHA COD-AB · Events: UCDP GED (CC BY 4.0)' },
    canvasContextAttributes: { preserveDrawingBuffer: true }, // screenshots of the canvas
  });
  map.once('load', async () => {
    const data = await basemap;
    const [w, s, e, n] = data.bbox ?? [-180, -85, 180, 85];
    if (!new URLSearchParams(location.search).has('center')) map.fitBounds([[w, s], [e, n]], { padding: 20, duration: 0 });
    setData(map, 'basemap', data);
  });
  return map;
}

export function setData(map: MapLibre, source: string, data: GeoJSON.FeatureCollection): void {
  (map.getSource(source) as GeoJSONSource).setData(data);
}

export type { MapGeoJSONFeature, MapLibre };
