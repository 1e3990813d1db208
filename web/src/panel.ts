import { eventEvidence, eventVerdicts, getJson, query, HttpError, type CitedSource, type EventDto, type GradeView, type NamedId, type VerdictView } from './api';
import { OUTCOME_COLORS } from './colors';
import { PRECISION } from './dates';

export const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The record of one event, found by its day and point through /api/events (no per-key route needed). */
async function findEvent(key: string, day: string, lon: number, lat: number): Promise<EventDto | undefined> {
  const e = 1e-5;
  const q = query({ from: day, to: day, bbox: `${lon - e},${lat - e},${lon + e},${lat + e}`, limit: 1000 });
  const page = await getJson<{ items: EventDto[] }>(`/api/events?${q}`);
  return page.items.find(i => i.key === key);
}

function explanation(v: VerdictView | undefined): string {
  if (!v) return '<p class="muted">no verdict</p>';
  const color = OUTCOME_COLORS[v.outcome] ?? OUTCOME_COLORS.none;
  const text = v.explanation ?? v.summary;
  const facts = (v.facts ?? []).map(f => {
    const url = f.sourceUrl ?? f.source?.url;
    const key = f.sourceKey ?? f.source?.key;
    const source = key ? ` <span class="source">[${url && /^https?:/.test(url) ? `<a href="${esc(url)}" rel="noreferrer" target="_blank">${esc(key)}</a>` : esc(key)}]</span>` : '';
    return `<li>${esc(f.statement)}${source}</li>`;
  }).join('');
  return `<p><span class="badge" style="background:${color}">${esc(v.outcome)}</span> ${v.reason ? `<span class="muted">${esc(v.reason)}</span>` : ''}</p>`
    + (text ? `<p>${esc(text)}</p>` : '') + (facts ? `<ul class="facts">${facts}</ul>` : '');
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The credibility grade (current, with its reason; earlier ones counted) and the sources cited for the event. */
function evidence(grade: GradeView, sources: CitedSource[]): string {
  const current = grade.current;
  const earlier = grade.history.length - (current ? 1 : 0);
  let html = `<dt>Credibility</dt><dd data-testid="grade">${current
    ? `<b>${esc(capital(current.grade))}</b> — ${esc(current.reason)} <span class="muted">(${esc(current.author)}, ${esc(current.recordedAt.slice(0, 10))}${earlier > 0 ? `; ${earlier} earlier grading${earlier > 1 ? 's' : ''}` : ''})</span>`
    : '<span class="muted">not graded</span>'}</dd>`;
  if (sources.length > 0) {
    const items = sources.map(({ source: s }) => {
      const who = s.redacted ? '<i>identity withheld</i>' : esc(s.publisher ?? 'unnamed');
      const link = !s.redacted && s.url && /^https?:/.test(s.url) ? ` <a href="${esc(s.url)}" rel="noreferrer" target="_blank">link</a>` : '';
      const quote = s.quote ? ` “${esc(s.quote)}”` : '';
      const file = s.sha256 ? ` <span class="muted">file ${esc(s.sha256.slice(0, 12))}…</span>` : '';
      return `<li>${who}${s.published ? ` <span class="muted">${esc(s.published)}</span>` : ''}${link}${quote}${file}</li>`;
    }).join('');
    html += `<dt>Cited</dt><dd><ul class="cited" data-testid="cited">${items}</ul></dd>`;
  }
  return html;
}

export async function showEvent(panel: HTMLElement, key: string, day: string, lon: number, lat: number, stakeholders: NamedId[], agreements: NamedId[]): Promise<void> {
  panel.innerHTML = `<h2>${esc(key)}</h2><p class="muted">loading…</p>`;
  const [record, verdicts, cited] = await Promise.allSettled([findEvent(key, day, lon, lat), eventVerdicts(key), eventEvidence(key)]);
  const e = record.status === 'fulfilled' ? record.value : undefined;
  let html = `<h2>Event ${esc(key)}</h2>`;
  if (e) {
    const dates = e.dateEnd !== e.dateStart ? `${e.dateStart} to ${e.dateEnd}` : e.dateStart;
    html += `<dl class="facts-table">
      <dt>Actors</dt><dd>${esc(e.actor1 ?? '?')} → ${esc(e.actor2 ?? '(no target named)')}</dd>
      <dt>Date</dt><dd>${esc(dates)} <span class="muted">(${esc(PRECISION[e.datePrecision] ?? `precision ${e.datePrecision}`)})</span></dd>
      <dt>Place</dt><dd>${esc(e.location ?? '')} <span class="muted">(${e.latitude}, ${e.longitude}; geo precision ${e.geoPrecision})</span></dd>
      <dt>Type</dt><dd>${esc(e.eventType ?? '')}</dd>
      <dt>Fatalities</dt><dd>best <b data-testid="best">${e.best}</b>, low ${e.low}, high ${e.high}</dd>
      <dt>Sources</dt><dd class="sources">${esc(e.sources ?? '—')}</dd>
      ${e.claimedTarget ? `<dt>Claimed target</dt><dd>${esc(e.claimedTarget)}</dd>` : ''}
      ${cited.status === 'fulfilled' ? evidence(cited.value.grade, cited.value.sources) : ''}
    </dl>`;
  } else {
    html += '<p class="muted">record not available</p>';
  }

  if (verdicts.status === 'rejected') {
    const gone = verdicts.reason instanceof HttpError && verdicts.reason.status === 404;
    html += `<p class="muted" data-testid="no-explanation">no explanation available${gone ? '' : ` (${esc((verdicts.reason as Error).message)})`}</p>`;
  } else {
    const byAgreement = new Map<string, VerdictView[]>();
    for (const v of verdicts.value) byAgreement.set(v.agreement, [...(byAgreement.get(v.agreement) ?? []), v]);
    const order = [...agreements.map(a => a.id).filter(id => byAgreement.has(id)), ...[...byAgreement.keys()].filter(id => !agreements.some(a => a.id === id))];
    for (const agreement of order) {
      const list = byAgreement.get(agreement)!;
      const disputed = list.some(v => v.disputed);
      const name = agreements.find(a => a.id === agreement)?.name ?? agreement;
      html += `<h3 title="${esc(name)}">${esc(agreement)} <span class="${disputed ? 'disputed' : 'muted'}">${disputed ? 'disputed' : 'consensus'}</span></h3>
        <table class="verdicts"><thead><tr>${stakeholders.map(s => `<th scope="col">${esc(s.name)}</th>`).join('')}</tr></thead>
        <tbody><tr>${stakeholders.map(s => `<td data-stakeholder="${esc(s.id)}" data-agreement="${esc(agreement)}">${explanation(list.find(v => v.stakeholder === s.id))}</td>`).join('')}</tr></tbody></table>`;
    }
  }
  panel.innerHTML = html;
}
