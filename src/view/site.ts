// A site of article pages and a corpus index, built one article graph at a time: each page is
// returned as soon as it is rendered, only the index's summaries are kept.
import { createHash } from 'node:crypto';
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';
import { renderArticlePage } from './article-page.js';
import { detached } from '../io/detached.js';
import { addArticle, emptyTotals } from './corpus.js';
import type { Labels } from './html.js';
import { renderIndex, type SearchFolding, type SiteFile } from './index-page.js';
import { readArticleView } from './model.js';
import { ASSET_FILES } from './shell.js';

export interface SiteOptions {
  labels: Labels;
  folding: SearchFolding;
  /** Articles per index page. */
  pageSize: number;
  /** The stylesheet and script every page loads (web/akhbar.css, web/akhbar.js). */
  assets: { css: string; js: string };
}

export interface SiteBuilder {
  /**
   * The page of one article's graph, or undefined when the same graph was already added (an
   * article read from both its .ttl and all.nq). Throws E_DATA for a graph that cannot be shown.
   */
  addArticle(quads: readonly Quad[], file: string): SiteFile | undefined;
  /** The index pages, the speaker index and the assets. */
  finish(): SiteFile[];
  readonly articles: number;
}

export function createSiteBuilder(options: SiteOptions): SiteBuilder {
  const totals = emptyTotals();
  const seen = new Map<string, { digest: string; file: string }>();
  const ids = new Map<string, string>();
  return {
    get articles() {
      return totals.articles.length;
    },
    addArticle(quads, file) {
      let view;
      try {
        view = readArticleView(quads);
      } catch (error) {
        if (error instanceof AkhbarError) throw new AkhbarError(error.code, error.message, { file });
        throw error;
      }
      const digest = graphDigest(quads);
      const earlier = seen.get(view.iri);
      if (earlier) {
        if (earlier.digest === digest) return undefined;
        throw new AkhbarError('E_DATA', `the article ${view.iri} was already read from ${earlier.file} with other triples; give one of the two`, { file });
      }
      seen.set(detached(view.iri), { digest, file: detached(file) });
      const id = uniqueId(articleId(view.iri), view.iri, ids);
      const page = `article/${id}.html`;
      addArticle(totals, view, page, view.headline ?? id);
      return { path: page, content: renderArticlePage(view, { labels: options.labels, root: '../', id }) };
    },
    finish() {
      return [...renderIndex(totals, { pageSize: options.pageSize, folding: options.folding }), { path: ASSET_FILES.css, content: options.assets.css }, { path: ASSET_FILES.js, content: options.assets.js }];
    },
  };
}

/** The article's id from its IRI (…/article/<id>), made safe as a file name. */
export function articleId(iri: string): string {
  const at = iri.lastIndexOf('/article/');
  let tail = at >= 0 ? iri.slice(at + '/article/'.length) : iri.slice(iri.lastIndexOf('/') + 1);
  try {
    tail = decodeURIComponent(tail);
  } catch {
    // A malformed escape stays as written; the file name is made safe below anyway.
  }
  const safe = tail.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return safe === '' ? 'article' : safe;
}

/** Two IRIs that make the same file name (a/b and a-b) get the second one's hash appended. */
function uniqueId(id: string, iri: string, ids: Map<string, string>): string {
  const taken = ids.get(id.toLowerCase());
  const unique = taken === undefined || taken === iri ? id : `${id}-${createHash('sha256').update(iri).digest('hex').slice(0, 8)}`;
  ids.set(detached(unique.toLowerCase()), detached(iri));
  return unique;
}

/** The same triples give the same digest whichever file and graph name they came with. */
function graphDigest(quads: readonly Quad[]): string {
  const lines = quads.map((q) => {
    const o = q.object;
    return `${q.subject.value}\t${q.predicate.value}\t${o.termType}\t${o.value}\t${o.termType === 'Literal' ? `${o.language}\t${o.datatype.value}` : ''}`;
  });
  return createHash('sha256').update([...new Set(lines)].sort().join('\n')).digest('hex');
}
