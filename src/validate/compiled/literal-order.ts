// SPARQL's order on literals, as sh:lessThan and the range components use it: numbers of any XSD
// numeric type, dates and date-times, strings of the same language. Integers and decimals compare
// exactly (an xsd:integer past 2^53 is no float); `undefined` means not comparable, which SHACL
// reports as a violation.
import type { Term } from '@rdfjs/types';
import { NS } from '../../rdf/vocabulary.js';

const INTEGERS = ['integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'];
const EXACT = new Set([...INTEGERS, 'decimal'].map((t) => NS.xsd + t));
const FLOATING = new Set(['float', 'double'].map((t) => NS.xsd + t));
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const FLOAT = /^[+-]?((\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|INF)$|^NaN$/;
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$/;

export function compareLiterals(a: Term, b: Term): number | undefined {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return undefined;
  const [ta, tb] = [a.datatype.value, b.datatype.value];
  if (EXACT.has(ta) && EXACT.has(tb)) return compareDecimals(a.value.trim(), b.value.trim());
  if ((EXACT.has(ta) || FLOATING.has(ta)) && (EXACT.has(tb) || FLOATING.has(tb))) return compareNumbers(number(a.value, ta), number(b.value, tb));
  if ((ta === NS.xsd + 'dateTime' || ta === NS.xsd + 'date') && ta === tb) return compareDates(a.value.trim(), b.value.trim(), ta === NS.xsd + 'date');
  if (ta === tb && a.language === b.language && (ta === NS.xsd + 'string' || ta === NS.rdf + 'langString')) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (ta === tb && ta === NS.xsd + 'boolean') {
    const [x, y] = [boolean(a.value), boolean(b.value)];
    return x === undefined || y === undefined ? undefined : Number(x) - Number(y);
  }
  return undefined;
}

function number(text: string, datatype: string): number {
  const t = text.trim();
  if (FLOATING.has(datatype) ? !FLOAT.test(t) : !DECIMAL.test(t)) return Number.NaN;
  return t === 'INF' || t === '+INF' ? Infinity : t === '-INF' ? -Infinity : Number(t);
}

function compareNumbers(x: number, y: number): number | undefined {
  return Number.isNaN(x) || Number.isNaN(y) ? undefined : Math.sign(x - y) || 0;
}

/** Exact comparison of two decimal lexical forms; undefined when either is ill-formed. */
function compareDecimals(x: string, y: string): number | undefined {
  if (!DECIMAL.test(x) || !DECIMAL.test(y)) return undefined;
  const [sx, ix, fx] = parts(x);
  const [sy, iy, fy] = parts(y);
  const zero = (i: string, f: string) => i === '' && f === '';
  if (zero(ix, fx) && zero(iy, fy)) return 0;
  const signX = zero(ix, fx) ? 0 : sx;
  const signY = zero(iy, fy) ? 0 : sy;
  if (signX !== signY) return Math.sign(signX - signY);
  const magnitude = ix.length !== iy.length ? ix.length - iy.length : ix !== iy ? (ix < iy ? -1 : 1) : fx === fy ? 0 : fx.padEnd(fy.length, '0') < fy.padEnd(fx.length, '0') ? -1 : 1;
  return Math.sign(magnitude) * signX;
}

/** Sign, integer digits without leading zeros, fraction digits without trailing zeros. */
function parts(text: string): [number, string, string] {
  const sign = text.startsWith('-') ? -1 : 1;
  const [int = '', frac = ''] = text.replace(/^[+-]/, '').split('.');
  return [sign, int.replace(/^0+/, ''), frac.replace(/0+$/, '')];
}

/** Dates and date-times compare when both or neither have a timezone (otherwise SPARQL leaves the order open). */
function compareDates(x: string, y: string, dateOnly: boolean): number | undefined {
  const [mx, my] = [DATE_TIME.exec(x), DATE_TIME.exec(y)];
  if (!mx || !my || Boolean(mx[4]) === dateOnly || Boolean(my[4]) === dateOnly || Boolean(mx[7]) !== Boolean(my[7])) return undefined;
  const [vx, vy] = [instant(mx), instant(my)];
  return vx === undefined || vy === undefined ? undefined : Math.sign(vx - vy) || 0;
}

function instant(m: RegExpExecArray): number | undefined {
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [number, number, number, number, number];
  const seconds = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || seconds >= 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  let ms = date.getTime() + seconds * 1000;
  const zone = m[7];
  if (zone && zone !== 'Z') ms -= (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  return ms;
}

function boolean(text: string): boolean | undefined {
  const t = text.trim();
  return t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : undefined;
}
