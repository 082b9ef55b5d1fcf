// `akhbar eval`: runs the pipeline on every annotated article of a folder and scores it as eval.md says.
import type { CommandModule } from 'yargs';
import { loadProjectData } from '../../io/resources.js';
import { NER_NAMES_OPTION, parseNerNames } from '../../ner/model-names.js';
import { judgedStatements, scoreFolder } from '../../eval/corpus.js';
import { figuresOf, formatEntityFigures, formatErrors, formatEventFigures, formatFigures, formatReliability, reliabilityOf, sumCounts } from '../../eval/report.js';

interface EvalArgs {
  gold: string;
  json: boolean;
  errors: boolean;
  nerNames?: string;
}

export const evalCommand: CommandModule<object, EvalArgs> = {
  command: 'eval',
  describe: 'Score extraction against gold annotations (NN.txt + NN.json)',
  builder: (y) =>
    y
      .option('gold', { type: 'string', default: '../shared/corpus/dev', describe: 'Folder of NN.txt articles with NN.json gold files (docs/evaluation.md)' })
      .option('ner-names', NER_NAMES_OPTION)
      .option('json', { type: 'boolean', default: false, describe: 'Print the figures as JSON' })
      .option('errors', { type: 'boolean', default: false, describe: 'List missed, spurious and misattributed statements per article' })
      .example('$0 eval --gold ../shared/corpus/dev', 'statement, speaker, entity, event and event-date figures per article and overall') as never,
  handler: (args) => {
    const { resources } = loadProjectData({ nerNames: args.nerNames === undefined ? undefined : parseNerNames(args.nerNames) });
    const scored = scoreFolder(args.gold, resources);
    const total = sumCounts(scored.map((s) => s.counts));
    const overall = figuresOf(total);
    const rows = [...scored.map((s) => ({ name: s.name, figures: figuresOf(s.counts) })), { name: 'overall', figures: overall }];
    if (args.json) {
      console.log(JSON.stringify({ articles: Object.fromEntries(rows.map((r) => [r.name, r.figures])), confidence: reliabilityOf(judgedStatements(scored), overall.statements.gold) }, null, 2));
      return;
    }
    if (args.errors) for (const s of scored) console.log(formatErrors(s.name, s.text, s.counts));
    console.log(formatFigures(rows));
    console.log(`\nentities, overall:\n${formatEntityFigures(overall)}`);
    const s = overall.statements;
    console.log(`statements, overall: ${s.matched} of ${s.gold} gold found, ${s.predicted} predicted`);
    console.log(formatEventFigures(overall, total.events));
    console.log(`\n${formatReliability(reliabilityOf(judgedStatements(scored), s.gold))}`);
  },
};
