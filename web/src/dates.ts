// Days as integers (days since 1970-01-01, UTC) so the slider steps by whole days.

const DAY_MS = 86_400_000;

export const toDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

export const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const PRECISION: Record<number, string> = {
  1: 'exact day', 2: 'within 2–6 days', 3: 'within a week', 4: 'within a month', 5: 'more than a month',
};
