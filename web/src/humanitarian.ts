// The humanitarian layer and panel: besieged areas on the slider's day (a derived shape, labelled
// so, with the population range across sources and days since the last aid), convoy rows of the
// window as symbols, and every figure with who gave it and its source.
import { Marker, type Map as MapLibre } from 'maplibre-gl';
import { HttpError } from './api';
import { setData, EMPTY } from './map';
import { esc } from './panel';
import {
  access, areaShapes, convoys, convoyGroup, daysSince, people, range, CONVOY_COLORS, STATUS_COLORS, STATUS_TEXT,
  type AreaAccess, type AreaShapes, type ConvoyRow, type Convoys, type SiegeRow, type SourceRef,
} from './humanitarian-api';

/** What was last loaded, for the panel's details and the probe. */
export interface Humanitarian { day: string; areas: AreaAccess[]; shapes: AreaShapes; convoys: Convoys; }

let labels: Marker[] = [];

/** A source as a person can follow it: the row, the public source (link), its words and any caution. */
export function cite(s: SourceRef): string {
  const name = esc(s.key ?? 'source');
  const link = s.url && /^https?:/.test(s.url) ? `<a href="${esc(s.url)}" rel="noreferrer" target="_blank">${name}</a>` : name;
  return `<span class="cite"><span class="muted">${esc(s.file)}#${esc(s.row)}</span> ${link}${s.quote ? ` <q>${esc(s.quote.replace(/^'|'$/g, ''))}</q>` : ''}${s.flag ? ` <span class="flag">${esc(s.flag)}</span>` : ''}</span>`;
}

/** Loads the day's areas and shapes and the window's convoys into the map; null when the store holds no humanitarian record. */
export async function loadHumanitarian(map: MapLibre, day: string, from: string, onArea: (id: string) => void): Promise<Humanitarian | null> {
  let areas, shapes, rows;
  try {
    [areas, shapes, rows] = await Promise.all([access(day), areaShapes(day), convoys(from, day)]);
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) {
      setData(map, 'besieged', EMPTY);
      setData(map, 'convoys', EMPTY);
      labels.forEach(l => l.remove());
      labels = [];
      return null;
    }
    throw e;
  }

  for (const f of shapes.features) f.properties!.color = STATUS_COLORS[f.properties!.status as string] ?? STATUS_COLORS['not-besieged'];
  for (const f of rows.features) (f.properties as ConvoyRow & { color?: string }).color = CONVOY_COLORS[convoyGroup(f.properties.kind)];
  setData(map, 'besieged', shapes);
  setData(map, 'convoys', { type: 'FeatureCollection', features: rows.features.filter(f => f.geometry !== null) } as GeoJSON.FeatureCollection);

  labels.forEach(l => l.remove());
  labels = shapes.features.map(f => {
    const p = f.properties!;
    const el = document.createElement('button');
    el.type = 'button';
    el.className = 'area-label';
    el.dataset.area = String(p.id);
    el.innerHTML = `<b>${esc(p.name)}</b> <span>${esc(STATUS_TEXT[p.status as string] ?? p.status)}</span><br>`
      + `${esc(range(p.populationLow as number | undefined, p.populationHigh as number | undefined))} people <span class="muted">(${esc(p.figures)} figures)</span><br>`
      + `${esc(daysSince(p as { daysSinceDeliveryMin?: number; daysSinceDeliveryMax?: number }))} since aid entered`;
    el.addEventListener('click', e => { e.stopPropagation(); onArea(String(p.id)); });
    return new Marker({ element: el, anchor: 'bottom', offset: [0, -12] }).setLngLat([p.labelLongitude as number, p.labelLatitude as number]).addTo(map);
  });
  return { day, areas, shapes, convoys: rows };
}

/** The day's summary: every area some row calls besieged, its population range and days since aid. */
export function summary(h: Humanitarian, from: string): string {
  const places = h.areas.filter(a => !a.isTotal && a.status !== 'not-besieged');
  const totals = h.areas.filter(a => a.isTotal && a.populationLow !== undefined);
  const unlocated = h.convoys.features.filter(f => f.geometry === null);
  return `<h2>Sieges and aid <small>${esc(h.day)}</small></h2>
    ${places.length === 0 ? '<p class="muted">No area is recorded as besieged on this day.</p>' : `<ul class="areas">${places.map(a => `
      <li><button type="button" class="link" data-area="${esc(a.id)}">${esc(a.name)}</button> — ${esc(STATUS_TEXT[a.status] ?? a.status)}${a.definitions > 0 ? ` (${a.definitionsHolding} of ${a.definitions} start definitions)` : ''}<br>
        <span data-testid="population">${esc(range(a.populationLow, a.populationHigh))}</span> people${a.figures.length > 1 ? ` <span class="muted">(range across ${a.figures.length} figures)</span>` : ''};
        <span data-testid="days-since">${esc(daysSince(a))}</span> since the last delivery${a.lastDeliveries.length > 1 ? ` <span class="muted">(${a.lastDeliveries.length} rows date it differently)</span>` : ''}</li>`).join('')}</ul>`}
    ${totals.map(t => `<p class="muted">${esc(t.name)}: ${esc(range(t.populationLow, t.populationHigh))} (${t.figures.map(f => `${esc(f.id)} ${esc(f.reportingOrg ?? '')}`).join('; ')})</p>`).join('')}
    <p class="muted">Convoy rows ${esc(from)} – ${esc(h.day)}: ${h.convoys.features.length}, ${h.convoys.located} on the map${unlocated.length ? ` (not placed: ${unlocated.map(f => esc(f.properties.id)).join(', ')} — ${esc(unlocated[0].properties.place ?? '')})` : ''}.</p>
    <div id="humanitarian-detail" data-testid="humanitarian-detail"></div>`;
}

function figureRow(f: SiegeRow, low?: number, high?: number): string {
  const ends = low === high ? [] : [(f.value ?? f.low ?? f.high) === low ? 'lowest' : '', (f.value ?? f.high ?? f.low) === high ? 'highest' : ''].filter(Boolean);
  return `<tr data-figure="${esc(f.id)}"${ends.length ? ` class="${ends.join(' ')}"` : ''}><td>${esc(f.id)}</td><td>${esc(f.reportingOrg ?? '')}</td>
    <td class="num">${esc(f.figure ?? '')}${ends.length ? ` <small>(${ends.join(', ')})</small>` : ''}</td>
    <td>${esc(f.figureDate ?? f.date)}${f.dateQualifiers ? ` <span class="muted">${esc(f.dateQualifiers)}</span>` : ''}</td></tr>
    <tr class="cite-row"><td></td><td colspan="3">${cite(f.source)}</td></tr>`;
}

/** An area's detail: every figure with who gave it (the range's ends marked), the rows that may be the last delivery, the status rows, the shape's basis. */
export function areaDetail(a: AreaAccess, shape: GeoJSON.Feature | undefined): string {
  const p = shape?.properties ?? {};
  const parts = (p.neighbourhoods ?? []) as { pcode: string; name: string; contested: boolean }[];
  const contested = parts.filter(n => n.contested);
  const derived = p.derived ? `<p class="derived">Shape derived, not mapped: ${esc(p.derivedFrom)} — ${parts.length} neighbourhoods${contested.length ? `, ${contested.length} contested that day (${contested.map(n => esc(n.name)).join(', ')})` : ''}. No source drew this siege line.</p>` : '';
  const disagree = a.populationLow !== undefined && a.populationLow !== a.populationHigh
    ? `<p><b>Sources disagree:</b> from ${esc(people(a.populationLow))} to ${esc(people(a.populationHigh))}. Every figure is kept; none is averaged.</p>` : '';
  const deliveries = a.lastDeliveries.map(d => `<li><b>${esc(d.id)}</b> ${esc(d.date)}${d.dateQualifiers ? ` <span class="muted">${esc(d.dateQualifiers)}</span>` : ''} — ${esc(d.organisation ?? '')}: ${esc(d.status)}${d.note ? ` <span class="muted">${esc(d.note)}</span>` : ''}<br>${cite(d.source)}</li>`).join('');
  const statusRows = a.statusRows.map(r => `<li><b>${esc(r.id)}</b> ${esc(r.kind)} ${esc(r.date)}${r.reportingOrg ? ` — ${esc(r.reportingOrg)}` : ''}${r.besiegingParties ? ` (besieging: ${esc(r.besiegingParties)})` : ''}<br>${cite(r.source)}</li>`).join('');
  return `<h3>${esc(a.name)}</h3>
    <p>${esc(STATUS_TEXT[a.status] ?? a.status)}${a.definitions > 0 ? `: ${a.definitionsHolding} of ${a.definitions} sources' start definitions have begun` : ''}.
      Reached in 30 days: ${esc(people(a.reached))}${a.reachedIncomplete ? ' or more (some rows give no count)' : ''}; denials ${a.denialsRecent} (30 days) / ${a.denialsTotal}; attacks ${a.attacksRecent} / ${a.attacksTotal}.</p>
    ${derived}
    <h4>People: ${esc(range(a.populationLow, a.populationHigh))} <small class="muted">(figures dated within 90 days)</small></h4>
    ${disagree}
    <table class="figures" aria-label="Population figures"><thead><tr><th>row</th><th>who said it</th><th>figure</th><th>as of</th></tr></thead>
      <tbody>${a.figures.map(f => figureRow(f, a.populationLow, a.populationHigh)).join('')}</tbody></table>
    <h4>Last delivery: ${esc(daysSince(a))} ago</h4>
    ${deliveries ? `<ul class="rows">${deliveries}</ul>` : '<p class="muted">no delivery recorded before this day</p>'}
    <h4>Status rows</h4>${statusRows ? `<ul class="rows">${statusRows}</ul>` : '<p class="muted">none</p>'}`;
}

/** Convoy rows at a clicked point: everything the source states, and the other rows about the same incident. */
export function convoyDetail(rows: ConvoyRow[], all: ConvoyRow[]): string {
  const ids = new Set(rows.map(r => r.id));
  const others = all.filter(o => !ids.has(o.id) && rows.some(r => r.earliest === o.earliest && r.destination === o.destination));
  const one = (r: ConvoyRow) => `<li data-convoy="${esc(r.id)}"><b>${esc(r.id)}</b> <span class="badge" style="background:${CONVOY_COLORS[convoyGroup(r.kind)]}">${esc(r.status)}</span>
    <dl class="facts-table">
      <dt>Date</dt><dd>${esc(r.date)}${r.dateEnd ? ` to ${esc(r.dateEnd)}` : ''}${r.dateQualifiers ? ` <span class="muted">${esc(r.dateQualifiers)}</span>` : ''}</dd>
      <dt>Destination</dt><dd>${esc(r.destination)}${r.destinationPcode ? ` (${esc(r.destinationPcode)})` : ''}</dd>
      <dt>Organisation</dt><dd>${esc(r.organisation ?? 'not stated')}</dd>
      <dt>Trucks</dt><dd>${esc(r.trucks ?? 'not stated')}</dd>
      <dt>People</dt><dd>${esc(r.beneficiaries ?? 'not stated')}</dd>
      <dt>Casualties</dt><dd>${esc(r.casualties ?? 'not stated')}</dd>
      <dt>Blocked by</dt><dd>${esc(r.blockingParty ?? 'not stated')} <span class="muted">(as the source states)</span></dd>
      ${r.note ? `<dt>Note</dt><dd>${esc(r.note)}</dd>` : ''}
      <dt>Source</dt><dd data-testid="convoy-source">${cite(r.source)}</dd>
      <dt>On the map</dt><dd class="muted">${esc(r.place ?? '')}</dd>
    </dl></li>`;
  return `<h3>Convoy rows here</h3><ul class="convoys">${rows.map(one).join('')}</ul>`
    + (others.length ? `<h4>Other sources on the same incident</h4><ul class="convoys">${others.map(one).join('')}</ul>` : '');
}
