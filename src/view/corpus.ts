// What the index needs of each article, gathered one article at a time so that a corpus of any size
// is read once and never held whole: a line per article and the totals per speaker, outlet and day.
import type { ArticleView } from './model.js';
import { detached } from '../io/detached.js';

export interface ArticleSummary {
  /** The page's path from the site root. */
  page: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD, when the article gives a date. */
  day?: string;
  statements: number;
  /** Speakers by number of statements, most first. */
  speakers: { name: string; count: number }[];
  mentions: number;
  events: number;
}

export interface SpeakerTotal {
  iri: string;
  nameAr?: string;
  nameEn?: string;
  wikidata?: string;
  statements: number;
  /** Page → statements in it. */
  articles: Map<string, number>;
}

export interface CorpusTotals {
  articles: ArticleSummary[];
  speakers: Map<string, SpeakerTotal>;
  perOutlet: Map<string, number>;
  perDay: Map<string, number>;
  statements: number;
}

export const NO_OUTLET = '(outlet not given)';

export function emptyTotals(): CorpusTotals {
  return { articles: [], speakers: new Map(), perOutlet: new Map(), perDay: new Map(), statements: 0 };
}

/** Adds one article to the totals. */
export function addArticle(totals: CorpusTotals, view: ArticleView, pageName: string, titleText: string): void {
  const page = detached(pageName);
  const title = detached(titleText);
  const outlet = detached(outletOf(view));
  const day = detached(/^\d{4}-\d{2}-\d{2}/.exec(view.datePublished ?? '')?.[0]);
  const perSpeaker = new Map<string, number>();
  for (const st of view.statements) for (const sp of st.speakers) perSpeaker.set(sp, (perSpeaker.get(sp) ?? 0) + 1);
  for (const [iri, count] of perSpeaker) {
    const entity = view.entities.get(iri);
    let total = totals.speakers.get(iri);
    if (!total) totals.speakers.set(detached(iri), (total = { iri: detached(iri), nameAr: detached(entity?.nameAr), nameEn: detached(entity?.nameEn), wikidata: detached(entity?.wikidata), statements: 0, articles: new Map() }));
    total.statements += count;
    total.articles.set(page, count);
  }
  const n = view.statements.length;
  totals.statements += n;
  totals.perOutlet.set(outlet, (totals.perOutlet.get(outlet) ?? 0) + n);
  if (day) totals.perDay.set(day, (totals.perDay.get(day) ?? 0) + n);
  const speakers = [...perSpeaker]
    .sort(([a, x], [b, y]) => y - x || byText(a, b))
    .map(([iri, count]) => ({ name: speakerName(totals.speakers.get(iri) as SpeakerTotal), count }));
  totals.articles.push({ page, title, outlet, day, statements: n, speakers, mentions: view.mentions.length, events: view.events.length });
}

/** The outlet: schema:publisher, else the host of schema:url (the ANT corpus gives only URLs). */
export function outletOf(view: Pick<ArticleView, 'publisher' | 'url'>): string {
  if (view.publisher) return view.publisher;
  try {
    if (view.url) return new URL(view.url).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL a browser would open: no outlet to read from it.
  }
  return NO_OUTLET;
}

export function speakerName(s: Pick<SpeakerTotal, 'nameAr' | 'nameEn' | 'iri'>): string {
  return s.nameEn ?? s.nameAr ?? s.iri;
}

/** Articles newest first, undated ones last, then by title and page: the index's order. */
export function indexOrder(a: ArticleSummary, b: ArticleSummary): number {
  if (a.day !== b.day) return a.day === undefined ? 1 : b.day === undefined ? -1 : a.day < b.day ? 1 : -1;
  return byText(a.page, b.page);
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Speakers with most statements first (ties by name), as the index ranks them. */
export function rankedSpeakers(totals: CorpusTotals): SpeakerTotal[] {
  return [...totals.speakers.values()].sort((a, b) => b.statements - a.statements || byText(speakerName(a), speakerName(b)) || byText(a.iri, b.iri));
}
