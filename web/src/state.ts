import type { NamedId } from './api';

/** What the user has chosen; every view redraws from this. */
export interface State {
  stakeholders: NamedId[];
  agreements: NamedId[];
  stakeholder: string; // a stakeholder id or 'disputed'
  agreement: string;
  firstDay: number;
  lastDay: number;
  day: number; // the slider's day; the window ends on it
  window: number; // days
}

export const DISPUTED = 'disputed';

export const windowFrom = (s: State): number => s.day - s.window + 1;
