// The loop `akhbar view` and `akhbar serve` share: every article graph of the files becomes a page
// handed to `write`, a graph that cannot be shown is reported with its file and skipped.
import { isAkhbarError } from '../errors.js';
import { readArticleGraphs } from '../io/article-graphs.js';
import { createSiteBuilder, type SiteOptions } from '../view/site.js';

export interface SiteBuild {
  articles: number;
  failed: number;
}

export async function buildSite(files: readonly string[], options: SiteOptions, write: (path: string, content: string) => void): Promise<SiteBuild> {
  const site = createSiteBuilder(options);
  let failed = 0;
  for await (const graph of readArticleGraphs(files)) {
    try {
      if ('error' in graph) throw graph.error;
      const page = site.addArticle(graph.quads, graph.file);
      if (page) write(page.path, page.content);
    } catch (error) {
      if (!isAkhbarError(error) || error.code === 'E_WRITE') throw error;
      console.error(error.toLine());
      failed++;
    }
  }
  for (const file of site.finish()) write(file.path, file.content);
  return { articles: site.articles, failed };
}
