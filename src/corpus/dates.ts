// Dates as corpora write them (RFC 2822 in TREC <TIME>: `Sun, 18 Feb 2018 20:50:44 GMT`) turned into
// the ISO 8601 form of xsd:dateTime, keeping the stated offset.
import { isIsoDate } from '../io/decode.js';
import { isRealDate } from '../calendar.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC_2822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC?|Z|[+-]\d{4})?$/;

/** The ISO 8601 form of an RFC 2822 or ISO 8601 date, or undefined when it is neither or not a real date. */
export function toIsoDateTime(value: string): string | undefined {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const m = RFC_2822.exec(text);
  if (!m) return undefined;
  const [, day, monthName, year, hour, minute, second = '00', zone] = m as unknown as string[];
  const month = MONTHS.indexOf((monthName as string).toLowerCase()) + 1;
  if (month === 0 || !isRealDate(Number(year), month, Number(day)) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return undefined;
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const offset = zone === undefined ? '' : /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : 'Z';
  return `${year}-${pad(month)}-${pad(day as string)}T${hour}:${minute}:${second}${offset}`;
}
