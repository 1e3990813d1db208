// The readiness panel: which conditions for talks hold on the slider's day and since when, with
// what made it so, and a strip per condition over the whole period (holds / fails / unknown).
import { esc } from './panel';
import { toDay } from './dates';
import { conditions, conditionTimeline, type Condition, type ConditionTimeline } from './humanitarian-api';

export const OUTCOME_COLORS: Record<string, string> = { holds: '#1a9850', fails: '#d73027', unknown: '#bdbdbd' };

let timeline: Promise<ConditionTimeline[]> | undefined;
let timelineRange = '';

/** The strips' data, fetched once per period. */
function spans(from: string, to: string): Promise<ConditionTimeline[]> {
  if (!timeline || timelineRange !== `${from}/${to}`) {
    timelineRange = `${from}/${to}`;
    timeline = conditionTimeline(from, to);
    timeline.catch(() => { timeline = undefined; });
  }
  return timeline;
}

function strip(t: ConditionTimeline | undefined, first: number, last: number, day: number): string {
  if (!t) return '';
  const width = Math.max(1, last - first + 1);
  const pct = (d: number) => `${((d - first) / width * 100).toFixed(3)}%`;
  const bars = t.spans.map(s => {
    const a = toDay(s.from);
    const b = toDay(s.to) + 1;
    return `<span class="span ${esc(s.outcome)}" style="left:${pct(a)};width:${pct(first + b - a)};background:${OUTCOME_COLORS[s.outcome] ?? '#999'}" title="${esc(s.outcome)} ${esc(s.from)} – ${esc(s.to)} (${s.days} days)"></span>`;
  }).join('');
  return `<div class="strip" role="img" aria-label="${esc(t.name)}: when it held" data-spans="${t.spans.length}">${bars}<span class="today" style="left:${pct(day)}"></span></div>`;
}

function item(c: Condition, t: ConditionTimeline | undefined, first: number, last: number, day: number): string {
  const since = c.sinceRecordBegins ? `since at least ${esc(c.since)} (where the record begins)` : `since ${esc(c.since)}`;
  const thresholds = [c.agreement ? `agreement ${c.agreement}` : '', c.maxPerDay !== undefined ? `at most ${c.maxPerDay} a day` : '', c.days !== undefined ? `${c.days} days` : ''].filter(Boolean).join(', ');
  return `<li data-condition="${esc(c.id)}" data-outcome="${esc(c.outcome)}">
    <span class="badge" style="background:${OUTCOME_COLORS[c.outcome]}">${esc(c.outcome)}</span> <b>${esc(c.name)}</b>
    <span class="muted" data-testid="since">${since}</span>
    <div class="detail">${esc(c.detail)}</div>
    <div class="muted why" title="${esc(thresholds)}">${esc(c.why)}</div>
    ${strip(t, first, last, day)}</li>`;
}

/** Draws the panel for a day; the strips cover firstDay..lastDay. Returns false when the store holds no conditions (the panel is hidden). */
export async function showReadiness(panel: HTMLElement, day: string, firstDay: string, lastDay: string): Promise<boolean> {
  const list = await conditions(day);
  let strips: ConditionTimeline[] = [];
  try {
    strips = await spans(firstDay, lastDay);
  } catch {
    strips = []; // the list stands without its strips
  }
  const [first, last, today] = [toDay(firstDay), toDay(lastDay), toDay(day)];
  const holding = list.filter(c => c.outcome === 'holds').length;
  panel.innerHTML = `<h2>Readiness for talks <small>${esc(day)}</small></h2>
    <p><b data-testid="holding">${holding} of ${list.length}</b> conditions hold. <span class="muted">Strips: ${esc(firstDay)} – ${esc(lastDay)}; the line is the day.</span></p>
    <ul class="conditions">${list.map(c => item(c, strips.find(t => t.id === c.id), first, last, today)).join('')}</ul>`;
  return list.length > 0;
}
