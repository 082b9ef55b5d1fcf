// `akhbar ner`: the trained tagger on its own — CoNLL tokens in, token<TAB>TAG out; Arabic text
// in, entities with their offsets out; or a tagged CoNLL file scored with conlleval's rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { AkhbarError, isAkhbarError } from '../../errors.js';
import { PROJECT_ROOT, NER_MODEL_PATH, loadNerModel, loadProjectData } from '../../io/resources.js';
import { STDIN_PATH } from '../../io/sources.js';
import { decodeArticleText, decodeUtf8 } from '../../io/decode.js';
import { emptyDoc } from '../../pipeline.js';
import { normalizeStage, segmentStage } from '../../segment/stage.js';
import { codePointOffsets } from '../../rdf/iris.js';
import { formatConll, parseConll, tokensOfSentences } from '../../ner/conll.js';
import { addSentence, emptyScores, formatScores, precisionRecall, type ConllScores } from '../../ner/conlleval.js';
import { tagEntities, taggerOf } from '../../ner/statistical.js';
import type { Tagger } from '../../ner/model/model.js';
import type { Resources } from '../../resources.js';

interface NerArgs {
  files: string[];
  conll: boolean;
  eval?: string;
  format: 'table' | 'json';
  model?: string;
}

interface FoundEntity {
  text: string;
  type: string;
  start: number;
  end: number;
}

export const nerCommand: CommandModule<object, NerArgs> = {
  command: 'ner [files..]',
  describe: 'Tag Arabic text or CoNLL tokens with the trained named-entity model',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, default: [], describe: 'Text or CoNLL files; none or - reads standard input' })
      .option('conll', { type: 'boolean', default: false, describe: 'Read a token per line (first column), a blank line between sentences; write token<TAB>TAG' })
      .option('eval', { type: 'string', describe: 'Score the model on a CoNLL file whose last column is the gold tag (conlleval rules)' })
      .option('format', { choices: ['table', 'json'] as const, default: 'table' as const, describe: 'How to print the entities of a text, or the scores of --eval' })
      .option('model', { type: 'string', describe: `A model file [default: ${NER_MODEL_PATH}]` })
      .example('$0 ner article.txt', 'the entities of an article with their offsets')
      .example('$0 ner --conll tokens.txt > tagged.txt', 'token<TAB>TAG per line')
      .example('$0 ner --eval test.txt', 'precision, recall and F1 per type') as never,
  handler: async (args) => {
    const { resources } = loadProjectData();
    const model = args.model ? loadNerModel(args.model, { required: true }) : resources.nerModel;
    if (!model) throw new AkhbarError('E_MISSING', 'no NER model (run npm run train-ner)', { file: join(PROJECT_ROOT, NER_MODEL_PATH) });
    const tagger = taggerOf({ ...resources, nerModel: model }) as Tagger;
    if (args.eval !== undefined) return printScores(scoreFile(args.eval, readFileSync(args.eval), tagger, resources), args.format);
    const inputs = args.files.length === 0 ? [STDIN_PATH] : args.files;
    const failures: AkhbarError[] = [];
    const found: { file: string; entities: FoundEntity[] }[] = [];
    for (const path of inputs) {
      const file = path === STDIN_PATH ? '-' : path;
      try {
        const bytes = file === '-' ? await readStdin() : readInput(file);
        if (args.conll) console.log(tagConll(file, bytes, tagger, resources).replace(/\n$/, ''));
        else found.push({ file, entities: tagText(file, bytes, tagger, resources) });
      } catch (error) {
        if (!isAkhbarError(error)) throw error;
        console.error(error.toLine());
        failures.push(error);
      }
    }
    if (args.format === 'json' && !args.conll) console.log(JSON.stringify(found, null, 1));
    else for (const { file, entities } of found) console.log(formatEntities(file, entities, inputs.length > 1));
    if (failures.length > 0) throw new AkhbarError('E_ARTICLES_FAILED', `${failures.length} of ${inputs.length} input(s) failed`);
  },
};

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new AkhbarError('E_MISSING', 'cannot read the file', { file, cause });
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** token<TAB>TAG for every token of a CoNLL file, its sentence breaks kept. */
function tagConll(file: string, bytes: Buffer, tagger: Tagger, resources: Resources): string {
  const sentences = parseConll(decodeUtf8(file, bytes), file);
  const { tokens, sentences: ranges } = tokensOfSentences(sentences, resources.normalizer);
  const tags = tagger.tagDocument(tokens, ranges);
  return formatConll(sentences.map(({ words }, i) => ({ words, tags: tags[i] as Uint8Array })));
}

/** The entities of an article's text, offsets in code points as in the graph. */
function tagText(file: string, bytes: Buffer, tagger: Tagger, resources: Resources): FoundEntity[] {
  const text = decodeArticleText(file, bytes);
  const doc = segmentStage(normalizeStage(emptyDoc(file, file, text), resources), resources);
  const points = codePointOffsets(text);
  return tagEntities(doc.tokens, doc.sentences, tagger).map((span) => ({ text: text.slice(span.start, span.end), type: span.type, start: points(span.start), end: points(span.end) }));
}

function formatEntities(file: string, entities: readonly FoundEntity[], named: boolean): string {
  const rows = entities.map((e) => `${String(e.start).padStart(6)} ${String(e.end).padStart(6)}  ${e.type.padEnd(4)}  ${e.text}`);
  return [...(named ? [`${file}:`] : []), ' start    end  type  text', ...rows, `(${entities.length} entit${entities.length === 1 ? 'y' : 'ies'})`].join('\n');
}

export function scoreFile(file: string, bytes: Buffer, tagger: Tagger, resources: Resources): ConllScores {
  const scores = emptyScores();
  const sentences = parseConll(decodeUtf8(file, bytes), file, { withTags: true });
  const { tokens, sentences: ranges } = tokensOfSentences(sentences, resources.normalizer);
  tagger.tagDocument(tokens, ranges).forEach((predicted, i) => addSentence(scores, sentences[i]?.tags ?? [], predicted));
  return scores;
}

function printScores(scores: ConllScores, format: 'table' | 'json'): void {
  if (format === 'table') return console.log(formatScores(scores));
  const figures = (counts: ConllScores['overall']) => ({ ...counts, ...precisionRecall(counts) });
  const byType = Object.fromEntries(Object.keys(scores.byType).sort().map((t) => [t, figures(scores.byType[t] as ConllScores['overall'])]));
  console.log(JSON.stringify({ tokens: scores.tokens, accuracy: scores.tokens === 0 ? 0 : scores.correctTags / scores.tokens, overall: figures(scores.overall), byType }, null, 2));
}
