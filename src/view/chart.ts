// Two tiny charts drawn as inline SVG by hand (no charting library needed for bars): statements per
// outlet as horizontal bars, statements per day as columns on a continuous time axis.
import { escapeAttr, escapeHtml } from './html.js';

const WIDTH = 720;

/** Horizontal bars, one row per label, longest first as given. */
export function barChart(rows: readonly { label: string; value: number }[], caption: string): string {
  if (rows.length === 0) return '';
  const row = 22;
  const labelWidth = 200;
  const max = Math.max(...rows.map((r) => r.value), 1);
  const scale = (WIDTH - labelWidth - 60) / max;
  const bars = rows.map((r, i) => {
    const y = i * row;
    const w = Math.max(1, Math.round(r.value * scale));
    return `<g><title>${escapeHtml(`${r.label}: ${r.value}`)}</title><text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(clip(r.label, 28))}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 6}"></rect><text x="${labelWidth + w + 4}" y="${y + 15}">${r.value}</text></g>`;
  });
  return figure(caption, rows.length * row, bars.join(''));
}

/**
 * Columns per day from the first day to the last, days without statements left empty; past two
 * years of days the columns would be thinner than a pixel, so they are months instead.
 */
export function timeChart(perDay: ReadonlyMap<string, number>, caption: string): string {
  const days = [...perDay.keys()].sort();
  if (days.length === 0) return '';
  const span = dayNumber(days.at(-1) as string) - dayNumber(days[0] as string) + 1;
  const byMonth = span > 730;
  const bins = new Map<string, number>();
  for (const [day, n] of perDay) bins.set(byMonth ? day.slice(0, 7) : day, (bins.get(byMonth ? day.slice(0, 7) : day) ?? 0) + n);
  const keys = continuous(days[0] as string, days.at(-1) as string, byMonth);
  const height = 120;
  const max = Math.max(...bins.values(), 1);
  const step = WIDTH / keys.length;
  const columns = keys.map((key, i) => {
    const n = bins.get(key) ?? 0;
    const h = Math.round((n / max) * height);
    return n === 0 ? '' : `<rect x="${(i * step).toFixed(2)}" y="${height - h}" width="${Math.max(step - 1, 0.5).toFixed(2)}" height="${h}"><title>${key}: ${n}</title></rect>`;
  });
  const axis = `<text x="0" y="${height + 16}">${keys[0]}</text><text x="${WIDTH}" y="${height + 16}" text-anchor="end">${keys.at(-1)}</text><text x="0" y="10">${max}</text>`;
  return figure(`${caption}${byMonth ? ' (per month: the days span more than two years)' : ''}`, height + 20, columns.join('') + axis);
}

function figure(caption: string, height: number, content: string): string {
  return `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH + 40} ${height}" width="${WIDTH + 40}" height="${height}" role="img" aria-label="${escapeAttr(caption)}">${content}</svg><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** Every day (YYYY-MM-DD) or month (YYYY-MM) from the first to the last, inclusive. */
function continuous(first: string, last: string, byMonth: boolean): string[] {
  const keys: string[] = [];
  const date = new Date(`${byMonth ? first.slice(0, 7) : first}${byMonth ? '-01' : ''}T00:00:00Z`);
  const end = byMonth ? last.slice(0, 7) : last;
  for (;;) {
    const key = date.toISOString().slice(0, byMonth ? 7 : 10);
    keys.push(key);
    if (key >= end) return keys;
    if (byMonth) date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCDate(date.getUTCDate() + 1);
  }
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
