// `akhbar run`: builds, validates and writes the graph of every article under the given paths.
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { AkhbarError, isAkhbarError } from '../../errors.js';
import { loadProjectData } from '../../io/resources.js';
import { collectInputs, readArticle } from '../../io/articles.js';
import { writeAllOrNothing } from '../../io/write.js';
import { DEFAULT_MAX_BYTES } from '../../io/decode.js';
import { buildArticle, summarize, type ArticleSummary } from '../../build.js';
import { createValidator } from '../../validate/validate.js';
import { formatReport } from '../../validate/report.js';
import { DEFAULT_BASE } from '../../rdf/vocabulary.js';

interface RunArgs {
  inputs: string[];
  out: string;
  base: string;
  maxBytes: number;
  quiet: boolean;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run [inputs..]',
  describe: 'Build, validate and write the knowledge graph of each article',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, default: ['input'], describe: 'Article .txt files or folders of them' })
      .option('out', { type: 'string', default: 'output', describe: 'Output folder' })
      .option('base', { type: 'string', default: DEFAULT_BASE, describe: 'Base IRI of the data' })
      .option('max-bytes', { type: 'number', default: DEFAULT_MAX_BYTES, describe: 'Refuse articles larger than this' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print only errors' })
      .example('$0 run', 'input/*.txt → output/<name>.ttl, output/<name>.jsonld, output/all.nq')
      .example('$0 run news/ --out graphs --base https://example.org/id/', 'a folder of articles, another base IRI') as never,
  handler: async (args) => {
    const { resources, shapes, context } = loadProjectData();
    const validator = createValidator(shapes);
    const { inputs, errors } = collectInputs(args.inputs);
    const failures: AkhbarError[] = [...errors];
    for (const error of errors) console.error(error.toLine());
    const nquads: string[] = [];
    const totals: ArticleSummary[] = [];
    for (const input of inputs) {
      try {
        const article = readArticle(input, { maxBytes: args.maxBytes });
        const output = await buildArticle(article.id, article.text, article.meta, resources, { base: args.base, context, validator });
        const summary = summarize(output);
        if (!output.outcome.conforms) {
          throw new AkhbarError('E_NOT_CONFORMING', `graph does not conform to the shapes; nothing written\n${formatReport(output.outcome)}`, { file: input.file });
        }
        writeAllOrNothing([
          { path: join(args.out, `${input.id}.ttl`), content: output.turtle },
          { path: join(args.out, `${input.id}.jsonld`), content: output.jsonld },
        ]);
        nquads.push(output.nquads);
        totals.push(summary);
        if (!args.quiet) console.log(`${input.id}: ${describe(summary)} — conforms`);
      } catch (error) {
        if (!isAkhbarError(error)) throw error;
        failures.push(error);
        console.error(error.toLine());
      }
    }
    if (nquads.length > 0) writeAllOrNothing([{ path: join(args.out, 'all.nq'), content: nquads.join('') }]);
    if (!args.quiet) console.log(`${totals.length} of ${inputs.length + errors.length} article(s) written to ${args.out}/${failures.length > 0 ? `, ${failures.length} failed` : ''}`);
    if (failures.length > 0) throw new AkhbarError('E_ARTICLES_FAILED', `${failures.length} article(s) failed`);
  },
};

function describe(s: ArticleSummary): string {
  return `${s.entities} entities (${s.persons} persons, ${s.places} places, ${s.organizations} organisations), ${s.statements} statements (${s.byMode.direct} direct, ${s.byMode.indirect} indirect, ${s.byMode.partial} partial), ${s.events} events, ${s.triples} triples`;
}
