import './style.css';
import { getJson, query, type Bins, type Series } from './api';
import { controllerColor, knownControllers, shareColor, OUTCOME_COLORS, DISPUTED_COLOR, CONSENSUS_COLOR, DISAGREE_COLOR } from './colors';
import { toDay, toIso } from './dates';
import { createMap, setData, EMPTY, POINT_ZOOM } from './map';
import { showEvent } from './panel';
import { Charts } from './charts';
import { showChanges } from './change';
import { DISPUTED, windowFrom, type State } from './state';
import { initSession, type Me } from './session';
import { loadSites, describeSite } from './sites';
import { loadHumanitarian, summary, areaDetail, convoyDetail, type Humanitarian } from './humanitarian';
import { showReadiness, OUTCOME_COLORS as CONDITION_COLORS } from './readiness';
import { CONVOY_COLORS, STATUS_COLORS } from './humanitarian-api';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface Probe {
  map: ReturnType<typeof createMap>;
  state?: State;
  busy: boolean;
  version: number;
  firstRenderMs?: number;
  errors: string[];
  /** Protected sites drawn (undefined until the first load). */
  sites?: number;
  /** The humanitarian layer last loaded (null: the store holds no humanitarian record). */
  humanitarian?: { day: string; areas: number; convoys: number } | null;
}

const map = createMap($('map'));
const probe: Probe = { map, busy: true, version: 0, errors: [] };
(window as unknown as { truce: Probe }).truce = probe;

const charts = new Charts($('chart-fatalities'), $('chart-violations'), $('chart-note'));
let state: State;
let changedKeys = new Set<string>();
let series: Series | undefined;
let generation = 0;
let aid: Humanitarian | null = null;
let selectedArea: string | undefined;

function bounds(): string {
  const b = map.getBounds();
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map(v => v.toFixed(5)).join(',');
}

/** Cell size in degrees for the zoom: powers of two, about 24 px on screen. */
const cellFor = (zoom: number): number => 360 / 2 ** Math.floor(zoom) / 16;

async function loadControl(): Promise<void> {
  const fc = await getJson<GeoJSON.FeatureCollection & { controllers?: string[] }>(`/api/control/areas?${query({ at: toIso(state.day) })}`);
  (fc.controllers ?? []).forEach(controllerColor); // colours in the server's stable order
  for (const f of fc.features) {
    const p = f.properties!;
    p.color = p.disputed ? DISAGREE_COLOR : p.controller ? controllerColor(p.controller as string) : null;
    p.changed = changedKeys.has(p.key as string);
  }
  setData(map, 'control', fc);
}

async function loadEvents(): Promise<void> {
  const window = { from: toIso(windowFrom(state)), to: toIso(state.day) };
  const a = state.agreements.findIndex(g => g.id === state.agreement);
  const s = state.stakeholders.findIndex(k => k.id === state.stakeholder);
  if (map.getZoom() >= POINT_ZOOM) {
    const fc = await getJson<GeoJSON.FeatureCollection>(`/api/events/geojson?${query({ ...window, bbox: bounds(), stakeholder: state.stakeholder, agreement: state.agreement, limit: 20000 })}`);
    for (const f of fc.features) {
      const p = f.properties!;
      p.color = state.stakeholder === DISPUTED ? (p.disputed ? DISPUTED_COLOR : CONSENSUS_COLOR) : OUTCOME_COLORS[(p.outcome as string) ?? 'none'] ?? OUTCOME_COLORS.none;
    }
    setData(map, 'points', fc);
    setData(map, 'bins', EMPTY);
  } else {
    const bins = await getJson<Bins>(`/api/bins?${query({ ...window, bbox: bounds(), cell: cellFor(map.getZoom()) })}`);
    const n = bins.stakeholders.length;
    const features: GeoJSON.Feature[] = bins.cells.map(c => {
      const hits = state.stakeholder === DISPUTED ? c.disputed[a] ?? 0 : c.violations[a * n + s] ?? 0;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.longitude, c.latitude] },
        properties: { count: c.count, best: c.best, hits, color: shareColor(hits / c.count), radius: 3 + Math.sqrt(c.count) * 1.6 },
      };
    });
    setData(map, 'bins', { type: 'FeatureCollection', features });
    setData(map, 'points', EMPTY);
  }
}

/** The humanitarian layer and panels for the day (convoys for the window); hidden when the store has no humanitarian record. */
async function loadAid(): Promise<void> {
  const day = toIso(state.day);
  const from = toIso(windowFrom(state));
  aid = await loadHumanitarian(map, day, from, showArea);
  const panel = $('humanitarian');
  const readiness = $('readiness');
  probe.humanitarian = aid && { day, areas: aid.shapes.features.length, convoys: aid.convoys.located };
  if (!aid) {
    panel.hidden = readiness.hidden = true;
    return;
  }
  panel.hidden = false;
  panel.innerHTML = summary(aid, from);
  if (selectedArea) showArea(selectedArea, false);
  readiness.hidden = !(await showReadiness(readiness, day, toIso(state.firstDay), toIso(state.lastDay)));
}

/** Shows an area's figures, deliveries and status rows (each with its source) under the summary. */
function showArea(id: string, scroll = true): void {
  const area = aid?.areas.find(a => a.id === id);
  const detail = document.getElementById('humanitarian-detail');
  if (!area || !detail) return;
  selectedArea = id;
  map.removeFeatureState({ source: 'besieged' });
  if (aid!.shapes.features.some(f => f.properties?.id === id)) map.setFeatureState({ source: 'besieged', id }, { selected: true });
  detail.innerHTML = areaDetail(area, aid!.shapes.features.find(f => f.properties?.id === id));
  if (scroll) detail.scrollIntoView({ block: 'nearest' });
}

async function loadCharts(): Promise<void> {
  series = await getJson<Series>(`/api/bins/weekly?${query({ bbox: bounds() })}`);
  charts.draw(series, state.agreement, state.day);
}

function legend(): void {
  const outcomes = state.stakeholder === DISPUTED
    ? [['disputed', DISPUTED_COLOR], ['consensus', CONSENSUS_COLOR]]
    : Object.entries(OUTCOME_COLORS).filter(([k]) => k !== 'none');
  $('legend').innerHTML = `<h2>Legend</h2><div class="legend-row">${outcomes.map(([k, c]) => `<span><i style="background:${c}"></i>${k}</span>`).join('')}</div>
    <div class="legend-row">${knownControllers().map(([k, c]) => `<span><i class="area" style="background:${c}"></i>${k}</span>`).join('')}<span><i class="area" style="background:${DISAGREE_COLOR}"></i>records disagree</span><span><i class="area"></i>unknown</span></div>
    ${aid ? `<div class="legend-row"><span><i class="area besieged" style="border-color:${STATUS_COLORS.besieged}"></i>besieged area (dashed: derived from the control record)</span>
      ${Object.entries(CONVOY_COLORS).map(([k, c]) => `<span><i class="convoy" style="background:${c}"></i>convoy: ${k}</span>`).join('')}
      ${Object.entries(CONDITION_COLORS).map(([k, c]) => `<span><i class="area" style="background:${c}"></i>condition ${k}</span>`).join('')}</div>` : ''}
    <p class="muted">Cells at low zoom: size = events, red = share ${state.stakeholder === DISPUTED ? 'disputed' : 'of violations'}.</p>`;
}

/** Redraws what depends on the state; parts: control areas, events, charts. */
async function refresh(parts: { control?: boolean; events?: boolean; charts?: boolean; aid?: boolean }): Promise<void> {
  const mine = ++generation;
  probe.busy = true;
  $('day-label').textContent = `${toIso(windowFrom(state))} – ${toIso(state.day)}`;
  const url = new URL(location.href);
  url.searchParams.set('day', toIso(state.day));
  url.searchParams.set('stakeholder', state.stakeholder);
  url.searchParams.set('agreement', state.agreement);
  history.replaceState(null, '', url);
  try {
    await Promise.all([
      parts.control ? loadControl() : undefined,
      parts.aid ? loadAid() : undefined,
      parts.events ? loadEvents() : undefined,
      parts.charts ? loadCharts() : series && charts.draw(series, state.agreement, state.day),
    ]);
    legend();
  } catch (e) {
    probe.errors.push((e as Error).message);
    console.error(e);
  }
  if (mine !== generation) return; // a newer refresh owns the busy flag
  map.once('idle', () => {
    if (mine !== generation) return;
    probe.busy = false;
    probe.version++;
  });
  map.triggerRepaint();
}

function controls(): void {
  const options = $('stakeholder-options');
  const choices = [...state.stakeholders, { id: DISPUTED, name: 'Disputed only' }];
  options.innerHTML = choices.map(s => `<label><input type="radio" name="stakeholder" value="${s.id}" ${s.id === state.stakeholder ? 'checked' : ''}> ${s.name}</label>`).join('');
  options.addEventListener('change', e => {
    state.stakeholder = (e.target as HTMLInputElement).value;
    void refresh({ events: true });
  });

  const agreement = $<HTMLSelectElement>('agreement');
  agreement.innerHTML = state.agreements.map(a => `<option value="${a.id}" title="${a.name.replace(/"/g, '&quot;')}">${a.id} — ${a.name.slice(0, 48)}</option>`).join('');
  agreement.value = state.agreement;
  agreement.addEventListener('change', () => {
    state.agreement = agreement.value;
    void refresh({ events: true, charts: true });
  });

  const slider = $<HTMLInputElement>('day');
  slider.min = String(state.firstDay);
  slider.max = String(state.lastDay);
  slider.value = String(state.day);
  slider.setAttribute('aria-valuetext', toIso(state.day));
  slider.addEventListener('input', () => {
    state.day = Number(slider.value);
    slider.setAttribute('aria-valuetext', toIso(state.day));
    void refresh({ control: true, events: true, aid: true });
  });

  const windowSelect = $<HTMLSelectElement>('window');
  windowSelect.value = String(state.window);
  windowSelect.addEventListener('change', () => {
    state.window = Number(windowSelect.value);
    void refresh({ events: true, aid: true });
  });

  const play = $<HTMLButtonElement>('play');
  let timer: number | undefined;
  play.addEventListener('click', () => {
    if (timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    } else {
      timer = window.setInterval(() => {
        if (state.day >= state.lastDay) {
          play.click();
          return;
        }
        slider.value = String(state.day + 1);
        slider.dispatchEvent(new Event('input'));
      }, 400);
    }
    const playing = timer !== undefined;
    play.textContent = playing ? '❚❚' : '▶';
    play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    play.setAttribute('aria-pressed', String(playing));
  });

  const view = $('change-view');
  $('open-change').addEventListener('click', () => {
    view.hidden = false;
    $<HTMLInputElement>('change-from').value ||= toIso(state.day - 30);
    $<HTMLInputElement>('change-to').value ||= toIso(state.day);
    $<HTMLInputElement>('change-from').focus();
  });
  $('close-change').addEventListener('click', () => {
    view.hidden = true;
    changedKeys = new Set();
    void refresh({ control: true });
  });
  $('change-form').addEventListener('submit', async e => {
    e.preventDefault();
    probe.busy = true;
    changedKeys = new Set(await showChanges($('change-result'), $<HTMLInputElement>('change-from').value, $<HTMLInputElement>('change-to').value));
    await refresh({ control: true });
  });

  map.on('moveend', () => void refresh({ events: true, charts: true }));
  map.on('click', 'points', e => {
    const f = e.features?.[0];
    if (!f) return;
    const p = f.properties as { key: string; day: string };
    const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
    map.removeFeatureState({ source: 'points' });
    map.setFeatureState({ source: 'points', id: p.key }, { selected: true });
    void showEvent($('event-panel'), p.key, p.day, lon, lat, state.stakeholders, state.agreements);
  });
  map.on('click', 'bins', e => {
    const f = e.features?.[0];
    if (f) map.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom: Math.max(map.getZoom() + 2, POINT_ZOOM) });
  });
  map.on('click', 'convoys', e => {
    const ids = new Set((e.features ?? []).map(f => String(f.properties?.id)));
    const rows = (aid?.convoys.features ?? []).map(f => f.properties).filter(r => ids.has(r.id));
    const detail = document.getElementById('humanitarian-detail');
    if (rows.length === 0 || !detail) return;
    detail.innerHTML = convoyDetail(rows, aid!.convoys.features.map(f => f.properties));
    detail.scrollIntoView({ block: 'nearest' });
  });
  map.on('click', 'besieged-fill', e => {
    if (map.queryRenderedFeatures(e.point, { layers: ['convoys', 'points'] }).length > 0) return; // the symbol on top wins
    const f = e.features?.[0];
    if (f) showArea(String(f.properties?.id));
  });
  $('humanitarian').addEventListener('click', e => {
    const button = (e.target as HTMLElement).closest<HTMLElement>('button[data-area]');
    if (button) showArea(button.dataset.area!);
  });
  for (const layer of ['points', 'bins', 'convoys', 'besieged-fill']) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }
}

// The sites layer follows the session: drawn for the monitor and a site's owner, emptied on sign-out.
window.addEventListener('truce-session', e => {
  const who = (e as CustomEvent<Me>).detail;
  const load = () => loadSites(map, who).then(n => { probe.sites = n; }, err => { probe.errors.push((err as Error).message); });
  if (map.loaded()) void load();
  else map.once('load', () => void load());
});
map.on('click', 'sites', e => {
  const f = e.features?.[0];
  if (f) $('event-panel').innerHTML = describeSite(f.properties as Record<string, unknown>);
});

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  await initSession($('session'));
  const [info] = await Promise.all([
    getJson<Bins>('/api/bins?cell=10'),
    new Promise(resolve => map.once('load', resolve)),
  ]);
  const firstDay = info.firstDay ? toDay(info.firstDay) : toDay(new Date().toISOString().slice(0, 10));
  const lastDay = info.lastDay ? toDay(info.lastDay) : firstDay;
  const day = params.get('day') ? Math.min(lastDay, Math.max(firstDay, toDay(params.get('day')!))) : firstDay;
  const stakeholder = params.get('stakeholder') ?? info.stakeholders[0]?.id ?? DISPUTED;
  state = {
    stakeholders: info.stakeholders,
    agreements: info.agreements,
    stakeholder,
    agreement: params.get('agreement') ?? info.agreements[0]?.id ?? '',
    firstDay, lastDay, day, window: 7,
  };
  probe.state = state;
  controls();
  if (params.get('center') && params.get('zoom')) {
    map.jumpTo({ center: params.get('center')!.split(',').map(Number) as [number, number], zoom: Number(params.get('zoom')) });
  }
  await refresh({ control: true, events: true, charts: true, aid: true });
}

// First render: the map idle with the basemap drawn (from navigation start, in ms).
map.on('idle', function first() {
  if (probe.firstRenderMs === undefined && map.isSourceLoaded('basemap') && map.querySourceFeatures('basemap').length > 0) {
    probe.firstRenderMs = performance.now();
    map.off('idle', first);
  }
});

start().catch(e => {
  probe.errors.push((e as Error).message);
  $('event-panel').innerHTML = `<p class="error">The map could not start: ${(e as Error).message}</p>`;
});
