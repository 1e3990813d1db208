// Typed calls to the Truce API. Everything is same-origin: no CDN, no tiles, no web fonts.

export interface NamedId { id: string; name: string; }

export interface Bin {
  longitude: number; latitude: number; count: number; best: number;
  violations: number[]; disputed: number[];
}

export interface Bins {
  agreements: NamedId[]; stakeholders: NamedId[];
  firstDay?: string; lastDay?: string; cell: number; events: number; best: number; cells: Bin[];
}

export interface Week { week: string; events: number; best: number; violations: number[]; }
/** Weekly series; events dated only to more than a week are counted apart in broadlyDated, not in any week. */
export interface Series { agreements: NamedId[]; stakeholders: NamedId[]; weeks: Week[]; broadlyDated?: { events: number; best: number } }

export interface EventDto {
  key: string; dataset: string; sourceId: string; dateStart: string; dateEnd: string;
  datePrecision: number; geoPrecision: number; eventType?: string; actor1?: string; actor2?: string;
  location?: string; latitude?: number; longitude?: number; best: number; low: number; high: number;
  sources?: string; claimedTarget?: string;
}

/** A verdict as /api/events/{key}/verdicts gives it; fields beyond these are ignored. */
export interface VerdictView {
  agreement: string; stakeholder: string; outcome: string; reason?: string; disputed?: boolean;
  explanation?: string; summary?: string;
  facts?: { kind?: string; record?: string; statement?: string; sourceKey?: string; sourceUrl?: string; source?: { key?: string; url?: string } }[];
}

export interface ControlChange {
  shape: string; key: string; name?: string; areaKm2: number;
  controllersBefore: string[]; controllersAfter: string[];
}
export interface ControllerChange { controller: string; gainedKm2: number; lostKm2: number; }
export interface ControlDiff { from: string; to: string; changes: ControlChange[]; controllers: ControllerChange[]; }

/** A credibility grading (Airwars' scale) as /api/events/{dataset}/{id}/grade gives it. */
export interface GradingView { grade: string; reason: string; author: string; recordedAt: string; }
export interface GradeView { event: string; current?: GradingView; history: GradingView[]; }

/** A source cited for an event; a confidential one reaches callers who may not see it without publisher and URL (redacted). */
export interface CitedSource {
  source: { id: number; url?: string; publisher?: string; published?: string; quote?: string; sha256?: string; confidential: boolean; redacted: boolean };
  linkedBy: string; linkedAt: string;
}

export class HttpError extends Error {
  constructor(public readonly status: number, message: string) { super(message); }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json, application/geo+json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail ?? detail; } catch { /* not a problem document */ }
    throw new HttpError(response.status, `${path}: ${response.status} ${detail}`);
  }
  return response.json() as Promise<T>;
}

export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

/** The credibility grade and the cited sources of one event (key `dataset:id`). */
export async function eventEvidence(key: string): Promise<{ grade: GradeView; sources: CitedSource[] }> {
  const at = key.indexOf(':');
  const base = `/api/events/${encodeURIComponent(key.slice(0, at))}/${encodeURIComponent(key.slice(at + 1))}`;
  const [grade, sources] = await Promise.all([getJson<GradeView>(`${base}/grade`), getJson<CitedSource[]>(`${base}/sources`)]);
  return { grade, sources };
}

/** The verdicts of one event as /api/events/{key}/verdicts gives them: per agreement, each stakeholder's verdict with its facts. */
interface EventVerdictsBody {
  agreements?: { agreement: string; disputed?: boolean; verdicts: { stakeholder: string; outcome: string; rule?: string; facts?: VerdictView['facts'] }[] }[];
}

/** The verdicts of one event, flattened to one row per agreement and stakeholder. */
export async function eventVerdicts(key: string): Promise<VerdictView[]> {
  const body = await getJson<EventVerdictsBody>(`/api/events/${encodeURIComponent(key)}/verdicts`);
  return (body.agreements ?? []).flatMap(a => a.verdicts.map(v => ({
    agreement: a.agreement, stakeholder: v.stakeholder, outcome: v.outcome, reason: v.rule, disputed: a.disputed, facts: v.facts,
  })));
}
