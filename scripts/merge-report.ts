// `npm run merge-report -- OUT/all.nq.gz`: how the persons and organisations the gazetteer lacks
// merge across the articles of a run (docs/archive.md). Reads the run's N-Quads once and prints
//  1. the unlinked persons and organisations: nodes named for the corpus (akh:nameKey) and those
//     kept by their article, and how many corpus nodes two or more articles share;
//  2. the --top (30) most quoted unlinked speakers, by the number of articles that quote them;
//  3. --sample (50) corpus nodes that two or more articles share, drawn by a fixed hash of their
//     IRI, each with every article's outlet, its own title for them and the sentence that names
//     them: the material of the hand check for wrong merges.
// Options: --top N, --sample N, --base IRI (https://w3id.org/akhbar/id/).
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { streamNQuads } from '../src/io/graph-files.js';
import { detached } from '../src/io/detached.js';
import { DEFAULT_BASE, NS } from '../src/rdf/vocabulary.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] as string) : fallback;
};
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((f) => resolve(f));
if (files.length === 0) {
  console.error('usage: npm run merge-report -- OUT/all.nq.gz [--top 30] [--sample 50]');
  process.exit(2);
}
const top = Number(option('top', '30'));
const sampleSize = Number(option('sample', '50'));
const base = option('base', DEFAULT_BASE);
const CORPUS_NODE = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}entity/(person|organization)/[0-9a-f]{16}$`);

interface Node {
  type: 'Person' | 'Organization';
  nameKey?: string;
  linked: boolean;
  /** Per article: its Arabic name, its titles, its first mention's span. */
  articles: Map<string, { name?: string; titles: string[]; mention?: [number, number] }>;
  statements: number;
  quotedIn: Set<string>;
}

interface Article {
  text?: string;
  outlet?: string;
  date?: string;
}

const nodes = new Map<string, Node>();
const articles = new Map<string, Article>();
/** Per article graph, mention IRI → [begin, end, entity]. */
let mentions = new Map<string, { begin?: number; end?: number; entity?: string }>();
let statementSpeakers: string[] = [];
let current = '';

const nodeIn = (iri: string): Node | undefined => nodes.get(iri);
function articleOf(graph: string): Article {
  let article = articles.get(graph);
  if (!article) articles.set(detached(graph), (article = {}));
  return article;
}

/** At the end of an article's graph: its mentions and statements go to their nodes. */
function closeArticle(): void {
  for (const m of mentions.values()) {
    const node = m.entity ? nodeIn(m.entity) : undefined;
    const own = node?.articles.get(current);
    if (own && m.begin !== undefined && m.end !== undefined && (!own.mention || m.begin < own.mention[0])) own.mention = [m.begin, m.end];
  }
  for (const speaker of statementSpeakers) {
    const node = nodeIn(speaker);
    if (!node) continue;
    node.statements++;
    node.quotedIn.add(current);
  }
  mentions = new Map();
  statementSpeakers = [];
}

const P = {
  type: `${NS.rdf}type`,
  name: `${NS.schema}name`,
  jobTitle: `${NS.schema}jobTitle`,
  sameAs: `${NS.owl}sameAs`,
  nameKey: `${NS.akh}nameKey`,
  speaker: `${NS.akh}speaker`,
  isString: `${NS.nif}isString`,
  begin: `${NS.nif}beginIndex`,
  end: `${NS.nif}endIndex`,
  taIdentRef: `${NS.itsrdf}taIdentRef`,
  publisher: `${NS.schema}publisher`,
  url: `${NS.schema}url`,
  date: `${NS.schema}datePublished`,
};

for (const file of files) {
  for await (const quad of streamNQuads(file)) {
    const graph = quad.graph.value;
    if (graph !== current) {
      if (current) closeArticle();
      current = detached(graph);
    }
    const s = quad.subject.value;
    const p = quad.predicate.value;
    const o = quad.object;
    if (p === P.type && (o.value === `${NS.schema}Person` || o.value === `${NS.schema}Organization`)) {
      let node = nodes.get(s);
      if (!node) nodes.set(detached(s), (node = { type: o.value.endsWith('Person') ? 'Person' : 'Organization', linked: false, articles: new Map(), statements: 0, quotedIn: new Set() }));
      if (!node.articles.has(current)) node.articles.set(current, { titles: [] });
    } else if (p === P.sameAs && nodeIn(s)) (nodeIn(s) as Node).linked = true;
    else if (p === P.nameKey && nodeIn(s)) (nodeIn(s) as Node).nameKey = detached(o.value);
    else if (p === P.name && o.termType === 'Literal' && o.language === 'ar' && nodeIn(s)?.articles.get(current)) (nodeIn(s)?.articles.get(current) as { name?: string }).name = detached(o.value);
    else if (p === P.jobTitle && nodeIn(s)?.articles.get(current)) nodeIn(s)?.articles.get(current)?.titles.push(detached(o.value));
    else if (p === P.speaker) statementSpeakers.push(o.value);
    else if (p === P.isString && s === current) articleOf(current).text = o.value;
    else if (p === P.publisher && s === current) articleOf(current).outlet = detached(o.value);
    else if (p === P.url && s === current) articleOf(current).outlet ??= detached(new URL(o.value).host);
    else if (p === P.date && s === current) articleOf(current).date = detached(o.value.slice(0, 10));
    else if (p === P.begin || p === P.end || p === P.taIdentRef) {
      if (!s.includes('#char=')) continue;
      let m = mentions.get(s);
      if (!m) mentions.set(s, (m = {}));
      if (p === P.begin) m.begin = Number(o.value);
      else if (p === P.end) m.end = Number(o.value);
      else m.entity = o.value;
    }
  }
}
if (current) closeArticle();

// The gazetteer's entities (entity/Q…, or entity/<slug> when it knows no Wikidata id) are not the
// ones it lacks: those are named for the corpus (entity/person/…) or under their article's IRI.
const ARTICLE_NODE = `${base}article/`;
const unlinked = [...nodes].filter(([iri, n]) => !n.linked && (CORPUS_NODE.test(iri) || iri.startsWith(ARTICLE_NODE)));
const fmt = (n: number) => n.toLocaleString('en');
console.log(`${fmt(articles.size)} articles; unlinked persons and organisations:`);
for (const type of ['Person', 'Organization'] as const) {
  const all = unlinked.filter(([, n]) => n.type === type);
  const corpus = all.filter(([iri]) => CORPUS_NODE.test(iri));
  const shared = corpus.filter(([, n]) => n.articles.size >= 2);
  const mentionsIn = (list: typeof all) => list.reduce((sum, [, n]) => sum + n.articles.size, 0);
  console.log(
    `  ${type}: ${fmt(all.length)} nodes for ${fmt(mentionsIn(all))} article appearances; named for the corpus ${fmt(corpus.length)} (${fmt(mentionsIn(corpus))} appearances, ` +
      `${((100 * mentionsIn(corpus)) / Math.max(1, mentionsIn(all))).toFixed(0)}%); shared by 2+ articles ${fmt(shared.length)} (${fmt(mentionsIn(shared))} appearances merged into them), the article's own ${fmt(all.length - corpus.length)}`,
  );
}

const nameOf = (n: Node) => [...n.articles.values()].map((a) => a.name).find((x) => x) ?? '';
const speakers = unlinked.filter(([, n]) => n.statements > 0).sort(([a, x], [b, y]) => y.quotedIn.size - x.quotedIn.size || y.statements - x.statements || (a < b ? -1 : 1));
console.log(`\nThe ${top} most quoted unlinked speakers (articles that quote them, statements):`);
for (const [iri, n] of speakers.slice(0, top)) {
  const titles = new Map<string, number>();
  for (const a of n.articles.values()) for (const t of a.titles) titles.set(t, (titles.get(t) ?? 0) + 1);
  const commonest = [...titles].sort((x, y) => y[1] - x[1]).slice(0, 2).map(([t]) => t);
  console.log(`  ${String(n.quotedIn.size).padStart(4)} ${String(n.statements).padStart(5)}  ${n.type === 'Person' ? 'P' : 'O'} ${nameOf(n)}${commonest.length ? ` — ${commonest.join('، ')}` : ''}${CORPUS_NODE.test(iri) ? '' : ' (the article’s own)'}`);
}

/** The sentence of the article around a span, on one line. */
function sentenceAround(text: string, [begin, end]: [number, number]): string {
  const chars = [...text];
  let from = begin;
  while (from > 0 && !/[.!؟?\n]/.test(chars[from - 1] as string) && begin - from < 160) from--;
  let to = end;
  while (to < chars.length && !/[.!؟?\n]/.test(chars[to] as string) && to - end < 160) to++;
  return `${chars.slice(from, begin).join('')}[${chars.slice(begin, end).join('')}]${chars.slice(end, to + 1).join('')}`.replace(/\s+/g, ' ').trim();
}

const merged = unlinked.filter(([iri, n]) => CORPUS_NODE.test(iri) && n.articles.size >= 2);
const drawn = merged.map(([iri, n]) => [createHash('sha256').update(iri).digest('hex'), iri, n] as const).sort(([a], [b]) => (a < b ? -1 : 1)).slice(0, sampleSize);
console.log(`\n${drawn.length} of the ${fmt(merged.length)} nodes shared by 2+ articles, drawn by the hash of their IRI (for the hand check):`);
drawn.forEach(([, iri, n], i) => {
  console.log(`\n${i + 1}. ${n.type} «${n.nameKey ?? nameOf(n)}» in ${n.articles.size} articles (${iri.slice(base.length)})`);
  for (const [graph, own] of [...n.articles].slice(0, 4)) {
    const article = articles.get(graph) ?? {};
    const context = article.text && own.mention ? sentenceAround(article.text, own.mention) : '(no mention)';
    console.log(`   - ${graph.slice(base.length + 'article/'.length)} ${article.outlet ?? ''} ${article.date ?? ''}${own.titles.length ? ` [${own.titles.join('، ')}]` : ''}: ${context}`);
  }
  if (n.articles.size > 4) console.log(`   - … ${n.articles.size - 4} more`);
});
