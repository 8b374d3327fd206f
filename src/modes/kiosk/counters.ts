// What the kiosk counts, and how the counts become rows and CSV. Anonymous by construction: a
// counter is a metric, an optional content id (language, tour or stop) and a number — nothing
// about a visitor. Stored on the device only (counter-store.ts), never sent anywhere.

export type Metric =
  | 'sessions_started'
  | 'language_chosen'
  | 'tour_started'
  | 'tour_completed'
  | 'stop_views'
  | 'idle_resets';

/** Metrics in the order the staff panel and the CSV list them; `by` names the id column. */
const METRICS: readonly { metric: Metric; by?: 'language' | 'tour' | 'stop' }[] = [
  { metric: 'sessions_started' },
  { metric: 'language_chosen', by: 'language' },
  { metric: 'tour_started', by: 'tour' },
  { metric: 'tour_completed', by: 'tour' },
  { metric: 'stop_views', by: 'stop' },
  { metric: 'idle_resets' },
];

/** The storage key of a counter: `metric` or `metric:id`. */
export function counterKey(metric: Metric, id?: string): string {
  return id ? `${metric}:${id}` : metric;
}

export interface CounterRow {
  metric: Metric;
  id: string;
  count: number;
}

/** The ids each metric is broken down by: every current one is listed, even at zero. */
export interface CounterCatalog {
  language: readonly string[];
  tour: readonly string[];
  stop: readonly string[];
}

/** Every counter as rows: known ids first (in content order), then ids that no longer exist. */
export function counterRows(
  counts: ReadonlyMap<string, number>,
  catalog: CounterCatalog,
): CounterRow[] {
  const rows: CounterRow[] = [];
  for (const { metric, by } of METRICS) {
    if (!by) {
      rows.push({ metric, id: '', count: counts.get(metric) ?? 0 });
      continue;
    }
    const ids = [...catalog[by]];
    for (const key of counts.keys()) {
      const id = key.startsWith(`${metric}:`) ? key.slice(metric.length + 1) : undefined;
      if (id && !ids.includes(id)) ids.push(id);
    }
    for (const id of ids) rows.push({ metric, id, count: counts.get(counterKey(metric, id)) ?? 0 });
  }
  return rows;
}

/** RFC 4180 CSV (CRLF line ends); fields with a comma, quote or line break are quoted. */
export function countersCsv(rows: readonly CounterRow[]): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [['metric', 'id', 'count'], ...rows.map((r) => [r.metric, r.id, r.count])];
  return `${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}

/** `kiosk-counters-YYYY-MM-DD.csv`, dated by the kiosk's local calendar. */
export function countersFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `kiosk-counters-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
