// Writes ontology/confidence.json: the precision each statement rule (speaker reading, cue kind,
// mode) has on the annotated dev articles — a statement is right when it matches a gold statement
// and names its speakers, as `akhbar eval` counts it. Re-runnable and deterministic; run it after
// any change to extraction, and commit the table with the change.
// Usage: npm run confidence [-- <folder of NN.txt + NN.json>]   (default ../shared/corpus/dev)
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadProjectData } from '../src/io/resources.js';
import { judgedStatements, scoreFolder } from '../src/eval/corpus.js';
import { tallyRules } from '../src/quotes/confidence.js';

/** A rule with fewer dev statements than this takes the figure of its speaker reading, then of all. */
const MINIMUM_SUPPORT = 8;

const folder = resolve(process.argv[2] ?? '../shared/corpus/dev');
if (!existsSync(folder)) {
  console.error(`confidence: no annotated articles at ${folder}; pass the folder of NN.txt + NN.json files`);
  process.exit(2);
}
const target = resolve('ontology/confidence.json');
const { resources } = loadProjectData();
const scored = scoreFolder(folder, resources);
const table = tallyRules(judgedStatements(scored), MINIMUM_SUPPORT);
const data = {
  description:
    'Each statement rule\'s precision on the annotated dev articles, written by scripts/confidence.ts (npm run confidence), never by hand. A rule is the speaker reading (subject: named after the verb; preceding: named before it; described: a title then the name; subject-description, subject-group-of-body, subject-text-owner, subject-head-noun, subject-apposition: read from the subject noun phrase; statement-owner: whoever made the statement a resumptive verb describes (تصريحاته التي قال فيها); relayed: whom a relaying verb quotes (نقلت الوكالة عن فلان قوله); same-sentence, sentence-subject, coordinated-verb, carried-over: no subject of its own; pronoun-subject: لكنه/لكنها before the verb, the subject of the sentence; joint; source; headline), the cue kind and the mode. A statement is right when it matches a gold statement and names its speakers. akh:confidence is the rule\'s precision when the rule has at least minimumSupport dev statements; else, for a rule seen there, that of the rarer rules of its speaker reading taken together (rareRules) when they have that many; else its whole speaker reading\'s; else the overall figure.',
  articles: scored.length,
  ...table,
};
writeFileSync(`${target}.tmp`, `${JSON.stringify(data, null, 1)}\n`);
renameSync(`${target}.tmp`, target);
console.log(`confidence: ${table.overall.statements} statements of ${scored.length} articles, ${Object.keys(table.rules).length} rules, overall precision ${table.overall.precision} → ${target}`);
