// `akhbar eval`: runs the pipeline on every annotated article of a folder and scores it as eval.md says.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { AkhbarError } from '../../errors.js';
import { loadProjectData } from '../../io/resources.js';
import { decodeArticleText } from '../../io/decode.js';
import { analyze } from '../../pipeline.js';
import { parseGold } from '../../eval/gold.js';
import { predictionOf } from '../../eval/predict.js';
import { scoreArticle, type ArticleCounts } from '../../eval/score.js';
import { figuresOf, formatEntityFigures, formatErrors, formatFigures, sumCounts } from '../../eval/report.js';

interface EvalArgs {
  gold: string;
  json: boolean;
  errors: boolean;
}

export const evalCommand: CommandModule<object, EvalArgs> = {
  command: 'eval',
  describe: 'Score extraction against gold annotations (NN.txt + NN.json)',
  builder: (y) =>
    y
      .option('gold', { type: 'string', demandOption: true, describe: 'Folder of NN.txt articles with NN.json gold files' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the figures as JSON' })
      .option('errors', { type: 'boolean', default: false, describe: 'List missed, spurious and misattributed statements per article' })
      .example('$0 eval --gold ../shared/corpus/dev', 'statement, speaker, entity and event figures per article and overall') as never,
  handler: (args) => {
    if (!existsSync(args.gold)) throw new AkhbarError('E_MISSING', 'no such folder', { file: args.gold });
    const { resources } = loadProjectData();
    const names = readdirSync(args.gold).filter((f) => f.endsWith('.txt') && existsSync(join(args.gold, f.replace(/\.txt$/, '.json')))).sort();
    if (names.length === 0) throw new AkhbarError('E_MISSING', 'no NN.txt with an NN.json gold file', { file: args.gold });
    const scored: { name: string; counts: ArticleCounts; text: string }[] = names.map((file) => {
      const path = join(args.gold, file);
      const text = decodeArticleText(path, readFileSync(path));
      const gold = parseGold(path.replace(/\.txt$/, '.json'), readFileSync(path.replace(/\.txt$/, '.json'), 'utf8'), text);
      const doc = analyze(file.replace(/\.txt$/, ''), text, resources);
      return { name: file.replace(/\.txt$/, ''), counts: scoreArticle(gold, predictionOf(doc)), text };
    });
    const overall = figuresOf(sumCounts(scored.map((s) => s.counts)));
    const rows = [...scored.map((s) => ({ name: s.name, figures: figuresOf(s.counts) })), { name: 'overall', figures: overall }];
    if (args.json) {
      console.log(JSON.stringify({ articles: Object.fromEntries(rows.map((r) => [r.name, r.figures])) }, null, 2));
      return;
    }
    if (args.errors) for (const s of scored) console.log(formatErrors(s.name, s.text, s.counts));
    console.log(formatFigures(rows));
    console.log(`\nentities, overall:\n${formatEntityFigures(overall)}`);
    const s = overall.statements;
    console.log(`statements, overall: ${s.matched} of ${s.gold} gold found, ${s.predicted} predicted`);
  },
};
