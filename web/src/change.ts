import { getJson, query, HttpError, type ControlDiff } from './api';
import { controllerColor } from './colors';

const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const km2 = (v: number): string => v.toFixed(2);
const who = (list: string[]): string => (list.length ? list.join(' | ') : 'unknown');

/** Fetches /api/control/diff and renders it; returns the keys of the polygons that changed hands. */
export async function showChanges(target: HTMLElement, from: string, to: string): Promise<string[]> {
  target.innerHTML = '<p class="muted">comparing…</p>';
  let diff: ControlDiff;
  try {
    diff = await getJson<ControlDiff>(`/api/control/diff?${query({ from, to })}`);
  } catch (e) {
    const missing = e instanceof HttpError && e.status === 404;
    target.innerHTML = `<p class="muted" data-testid="no-diff">${missing ? 'change view unavailable on this server' : esc((e as Error).message)}</p>`;
    return [];
  }

  const areas = diff.changes.filter(c => c.shape === 'area');
  const places = diff.changes.length - areas.length;
  const controllers = [...diff.controllers].sort((a, b) => (b.gainedKm2 - b.lostKm2) - (a.gainedKm2 - a.lostKm2));
  target.innerHTML = `
    <p><b data-testid="changed-areas">${areas.length}</b> areas changed hands between ${esc(diff.from)} and ${esc(diff.to)}${places ? ` (and ${places} places)` : ''}.</p>
    <table class="changes" aria-label="Area per controller">
      <thead><tr><th scope="col">Controller</th><th scope="col">gained km²</th><th scope="col">lost km²</th><th scope="col">net km²</th></tr></thead>
      <tbody>${controllers.map(c => `<tr><td><span class="swatch" style="background:${controllerColor(c.controller)}"></span>${esc(c.controller)}</td><td>${km2(c.gainedKm2)}</td><td>${km2(c.lostKm2)}</td><td>${km2(c.gainedKm2 - c.lostKm2)}</td></tr>`).join('')}</tbody>
    </table>
    <table class="changes" aria-label="Areas that changed hands">
      <thead><tr><th scope="col">Area</th><th scope="col">before</th><th scope="col">after</th><th scope="col">km²</th></tr></thead>
      <tbody>${areas.map(c => `<tr data-key="${esc(c.key)}"><td>${esc(c.name ?? c.key)}</td><td>${esc(who(c.controllersBefore))}</td><td>${esc(who(c.controllersAfter))}</td><td>${km2(c.areaKm2)}</td></tr>`).join('')}</tbody>
    </table>`;
  return areas.map(c => c.key);
}
