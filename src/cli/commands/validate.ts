// `akhbar validate`: checks Turtle, JSON-LD or N-Quads files against the shapes, with a readable report.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../../errors.js';
import { PROJECT_ROOT, readTurtleFiles, turtleFilesIn } from '../../io/resources.js';
import { readGraph } from '../../io/graph-files.js';
import { createValidator } from '../../validate/validate.js';
import { ENGINES, type EngineName } from '../../validate/engines/engines.js';
import { formatReport, type ValidationOutcome } from '../../validate/report.js';

interface ValidateArgs {
  files: string[];
  shapes?: string;
  engine: EngineName;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <files..>',
  describe: 'Validate Turtle, JSON-LD or N-Quads files against the SHACL shapes',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'Graph files (.ttl, .jsonld, .nq, .nt)' })
      .option('shapes', { type: 'string', describe: 'A shapes file or folder (default: shapes/akhbar.ttl)' })
      .option('engine', { choices: ENGINES, default: 'compiled' as EngineName, describe: 'SHACL engine' })
      .example('$0 validate output/alaska-summit.ttl', 'check one output graph')
      .example('$0 validate ontology/gazetteer/*.ttl --shapes shapes/gazetteer.ttl', 'check the gazetteer') as never,
  handler: async (args) => {
    const shapeFiles = args.shapes ? (statSync(args.shapes).isDirectory() ? turtleFilesIn(args.shapes) : [args.shapes]) : [join(PROJECT_ROOT, 'shapes', 'akhbar.ttl')];
    const validate = createValidator(readTurtleFiles(shapeFiles), { engine: args.engine });
    // Never a verdict from an engine that only partly runs the shapes: say which engine runs instead.
    if (validate.notice) console.error(`akhbar validate: ${validate.notice}`);
    const quads: Quad[] = [];
    for (const file of args.files) quads.push(...(await readGraph(file)));
    // The shapes describe one article's graph: each named graph of N-Quads is validated on its own,
    // as the run validated it (in the union, an entity named across the corpus has every article's
    // spelling of its name).
    const graphs = new Map<string, Quad[]>();
    for (const quad of quads) {
      const graph = graphs.get(quad.graph.value);
      if (graph) graph.push(quad);
      else graphs.set(quad.graph.value, [quad]);
    }
    const outcome: ValidationOutcome = { conforms: true, violations: [] };
    for (const graph of graphs.values()) {
      const own = await validate(graph);
      outcome.conforms &&= own.conforms;
      outcome.violations.push(...own.violations);
    }
    const each = graphs.size > 1 ? ` in ${graphs.size} graphs, each validated on its own` : '';
    console.log(`${args.files.join(', ')}: ${quads.length} triples${each}, ${formatReport(outcome)}`);
    if (!outcome.conforms) throw new AkhbarError('E_NOT_CONFORMING', `${outcome.violations.length} violation(s)`);
  },
};
