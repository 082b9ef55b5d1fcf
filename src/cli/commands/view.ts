// `akhbar view`: a static site of the graphs — one page per article, an index of the corpus.
import type { CommandModule } from 'yargs';
import { AkhbarError } from '../../errors.js';
import { openSiteFolder } from '../../io/site-output.js';
import { loadViewResources } from '../../io/view-resources.js';
import { collectDataFiles } from '../../store/data-files.js';
import { buildSite } from '../build-site.js';

interface ViewArgs {
  graphs: string[];
  out: string;
  pageSize: number;
  quiet: boolean;
}

export const viewCommand: CommandModule<object, ViewArgs> = {
  command: 'view [graphs..]',
  describe: 'Write an HTML page for each article of the graphs, and an index of them',
  builder: (y) =>
    y
      .positional('graphs', { type: 'string', array: true, default: ['output'], describe: 'Graph files (.ttl, .nt, .nq, .jsonld) or folders of them' })
      .option('out', { type: 'string', default: 'site', describe: 'Folder of the site (replaced as a whole)' })
      .option('page-size', { type: 'number', default: 100, describe: 'Articles per index page' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print only errors' })
      .example('$0 view', 'the graphs in output/ → site/index.html and site/article/<id>.html')
      .example('$0 view graphs/all.nq --out corpus-site', 'a corpus, one page per article') as never,
  handler: async (args) => {
    if (!Number.isInteger(args.pageSize) || args.pageSize < 1) throw new AkhbarError('E_USAGE', '--page-size must be a whole number of at least 1');
    const started = performance.now();
    const files = collectDataFiles(args.graphs);
    const resources = loadViewResources(args.pageSize);
    const site = openSiteFolder(args.out);
    let built;
    try {
      built = await buildSite(files, resources, (path, content) => site.write(path, content));
      if (built.articles === 0) throw new AkhbarError('E_NO_DATA', `no article graph (schema:NewsArticle) in ${args.graphs.join(', ')}`);
      site.commit();
    } catch (error) {
      site.abort();
      throw error;
    }
    if (!args.quiet) {
      const seconds = (performance.now() - started) / 1000;
      console.log(`${built.articles} article page(s) written to ${args.out}/ (open ${args.out}/index.html)${built.failed > 0 ? `, ${built.failed} graph(s) failed` : ''}`);
      console.log(`  ${site.files} files, ${(site.bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s`);
    }
    if (built.failed > 0) throw new AkhbarError('E_ARTICLES_FAILED', `${built.failed} graph(s) failed`);
  },
};
