// Colours: verdict outcomes are fixed; controllers get palette colours in the order the server lists them.

export const OUTCOME_COLORS: Record<string, string> = {
  violation: '#d7301f',
  permitted: '#2b8cbe',
  outside: '#7a7a7a',
  indeterminate: '#f0a020',
  'not-applicable': '#c8c8c8',
  none: '#b0b0b0',
};

export const DISPUTED_COLOR = '#8e24aa';
export const CONSENSUS_COLOR = '#b0b0b0';

/** An area whose records that day name different controllers. */
export const DISAGREE_COLOR = '#6d6d6d';

const PALETTE = ['#ff7f00', '#e41a1c', '#984ea3', '#4daf4a', '#377eb8', '#a65628', '#f781bf', '#66c2a5', '#ffd92f', '#1b9e77'];
const assigned = new Map<string, string>();

export function controllerColor(controller: string): string {
  let color = assigned.get(controller);
  if (!color) {
    color = PALETTE[assigned.size % PALETTE.length];
    assigned.set(controller, color);
  }
  return color;
}

export const knownControllers = (): [string, string][] => [...assigned.entries()];

/** Grey to red by the share of violations (or disputed events) in a cell. */
export function shareColor(share: number): string {
  const t = Math.max(0, Math.min(1, share));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(150, 215)}, ${mix(150, 48)}, ${mix(150, 31)})`;
}
