// The corpus index: an overview (totals, top speakers, statements per outlet and per day, search by
// speaker) and the articles newest first, a page of them at a time so that 10,000 stay readable.
import { barChart, timeChart } from './chart.js';
import { indexOrder, rankedSpeakers, speakerName, type ArticleSummary, type CorpusTotals } from './corpus.js';
import { escapeAttr, escapeHtml } from './html.js';
import { pageShell } from './shell.js';

export const SPEAKER_INDEX_FILE = 'speakers.js';
const TOP_SPEAKERS = 10;

/** The characters a search folds away or maps, from the project's normalisation table. */
export interface SearchFolding {
  ranges: [string, string][];
  map: Record<string, string>;
}

export interface SiteFile {
  path: string;
  content: string;
}

/** index.html, index-2.html, … and the speaker index the search reads. */
export function renderIndex(totals: CorpusTotals, options: { pageSize: number; folding: SearchFolding }): SiteFile[] {
  const articles = [...totals.articles].sort(indexOrder);
  const pages = Math.max(1, Math.ceil(articles.length / options.pageSize));
  const files: SiteFile[] = [];
  for (let page = 1; page <= pages; page++) {
    const slice = articles.slice((page - 1) * options.pageSize, page * options.pageSize);
    const first = (page - 1) * options.pageSize + 1;
    const list = `<section id="articles"><h2>Articles${pages > 1 ? ` ${first}–${first + slice.length - 1} of ${articles.length}` : ''}</h2>
${pager(page, pages)}${articleTable(slice)}${pager(page, pages)}</section>`;
    const body = page === 1 ? `${overview(totals, articles.length)}\n${list}` : list;
    const nav = page === 1 ? '' : '<a href="index.html">Overview and search</a>';
    files.push({ path: pageFile(page), content: pageShell({ title: page === 1 ? 'Articles' : `Articles, page ${page}`, root: '', bodyClass: 'index-page', nav, body }) });
  }
  files.push({ path: SPEAKER_INDEX_FILE, content: speakerIndex(totals, articles, options.folding) });
  return files;
}

function pageFile(page: number): string {
  return page === 1 ? 'index.html' : `index-${page}.html`;
}

function overview(totals: CorpusTotals, articleCount: number): string {
  const speakers = rankedSpeakers(totals);
  const top = speakers.slice(0, TOP_SPEAKERS).map((s) => {
    const name = speakerName(s);
    return `<tr><td><a href="index.html?speaker=${encodeURIComponent(name)}#search" lang="${s.nameEn ? 'en' : 'ar'}">${escapeHtml(name)}</a>${s.nameEn && s.nameAr ? ` <bdi lang="ar" dir="rtl">${escapeHtml(s.nameAr)}</bdi>` : ''}</td><td class="n">${s.statements}</td><td class="n">${s.articles.size}</td></tr>`;
  });
  const outlets = [...totals.perOutlet].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([label, value]) => ({ label, value }));
  return `<section id="overview">
<h1>${articleCount} article${articleCount === 1 ? '' : 's'} · ${totals.statements} statements · ${speakers.length} speakers</h1>
<section id="search"><h2>Search by speaker</h2>
<form id="speaker-search" role="search"><label for="speaker-query">Speaker (Arabic or English)</label> <input id="speaker-query" name="speaker" type="search" autocomplete="off"> <button type="submit">Search</button></form>
<div id="speaker-results" aria-live="polite"></div>
</section>
<div class="columns">
<section id="top-speakers"><h2>Top speakers</h2>
<table><thead><tr><th>Speaker</th><th>Statements</th><th>Articles</th></tr></thead><tbody>${top.join('')}</tbody></table>
</section>
<section id="charts"><h2>Statements per outlet</h2>${barChart(outlets, 'Statements per outlet')}
<h2>Statements per day</h2>${timeChart(totals.perDay, 'Statements per day of publication') || '<p class="none">No article gives its date.</p>'}</section>
</div>
</section>`;
}

function articleTable(articles: readonly ArticleSummary[]): string {
  const rows = articles.map((a) => {
    const speakers = a.speakers.slice(0, 3).map((s) => `<bdi>${escapeHtml(s.name)}</bdi> (${s.count})`).join(', ') + (a.speakers.length > 3 ? ', …' : '');
    return `<tr><td>${a.day ? `<time datetime="${a.day}">${a.day}</time>` : ''}</td><td>${escapeHtml(a.outlet)}</td><td><a href="${escapeAttr(a.page)}" dir="auto">${escapeHtml(a.title)}</a></td><td class="n">${a.statements}</td><td>${speakers}</td></tr>`;
  });
  return `<table class="articles"><thead><tr><th>Date</th><th>Outlet</th><th>Article</th><th>Statements</th><th>Speakers</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** First, previous, a window of pages around this one, next, last. */
function pager(page: number, pages: number): string {
  if (pages === 1) return '';
  const link = (n: number, text: string, rel = '') => `<a href="${pageFile(n)}"${rel ? ` rel="${rel}"` : ''}>${text}</a>`;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const parts: string[] = [];
  if (page > 1) parts.push(link(page - 1, '‹ previous', 'prev'));
  shown.forEach((n, i) => {
    if (i > 0 && n - (shown[i - 1] as number) > 1) parts.push('<span class="gap">…</span>');
    parts.push(n === page ? `<span aria-current="page">${n}</span>` : link(n, String(n)));
  });
  if (page < pages) parts.push(link(page + 1, 'next ›', 'next'));
  return `<nav class="pager" aria-label="Pages">${parts.join(' ')}</nav>`;
}

/**
 * The data the speaker search reads, as a script beside the pages (a page opened from disk may
 * load a script but not fetch a file): the folding table, the articles, and per speaker its
 * names, Wikidata id, statements and [article, statements] pairs.
 */
function speakerIndex(totals: CorpusTotals, articles: readonly ArticleSummary[], folding: SearchFolding): string {
  const position = new Map(articles.map((a, i) => [a.page, i]));
  const speakers = rankedSpeakers(totals).map((s) => [
    s.nameAr ?? '',
    s.nameEn ?? '',
    s.wikidata ? s.wikidata.slice(s.wikidata.lastIndexOf('/') + 1) : '',
    s.statements,
    [...s.articles].sort(([a, x], [b, y]) => y - x || (position.get(a) as number) - (position.get(b) as number)).flatMap(([page, n]) => [position.get(page) as number, n]),
  ]);
  const data = { folding, articles: articles.map((a) => [a.page, a.title, a.day ?? '', a.outlet]), speakers };
  return `window.akhbarSpeakers = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}
