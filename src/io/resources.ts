// Loads the language data, gazetteer, shapes and JSON-LD context from the project's folders, once.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';
import type { ConfidenceTable } from '../quotes/confidence.js';
import type { Resources } from '../resources.js';
import { createNormalizer, type NormalizationTable } from '../normalize/arabic.js';
import { compileLexicons, type LexiconData } from '../lexicon/lexicons.js';
import { compileGazetteer } from '../lexicon/gazetteer.js';
import { compileNameScope, type NameScopeData } from '../link/name-scope.js';
import { parseModel } from '../ner/model/serialize.js';
import type { NerModel } from '../ner/model/model.js';
import type { EntityType } from '../types.js';

/** The trained NER model shipped with the project (CC BY-SA 4.0, from ANERcorp). */
export const NER_MODEL_PATH = join('ontology', 'ner', 'anercorp.model');

/** The project root: two levels above this file, in src/io/ and in dist/io/ alike. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ProjectData {
  resources: Resources;
  shapes: Quad[];
  gazetteerQuads: Quad[];
  context: Record<string, unknown>;
}

export function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new AkhbarError('E_DATA', `cannot read data file: ${(cause as Error).message}`, { file, cause });
  }
}

export function readTurtleFiles(files: readonly string[]): Quad[] {
  const quads: Quad[] = [];
  for (const file of files) {
    try {
      quads.push(...new Parser({ baseIRI: `file://${file}` }).parse(readFileSync(file, 'utf8')));
    } catch (cause) {
      throw new AkhbarError('E_RDF_SYNTAX', (cause as Error).message, { file, cause });
    }
  }
  return quads;
}

export function turtleFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.ttl')).sort().map((f) => join(dir, f));
}

/**
 * `nerModel: false` leaves the trained model out (the trainer, which makes it anew); `nerNames`
 * are the types whose names it proposes in the pipeline (default: none).
 */
export function loadProjectData(options: { root?: string; shapesDir?: string; nerModel?: boolean; nerNames?: readonly EntityType[] } = {}): ProjectData {
  const root = options.root ?? PROJECT_ROOT;
  const lexicon = (name: string) => readJson<never>(join(root, 'ontology', 'lexicon', `${name}.json`));
  const normalizer = createNormalizer(lexicon('normalization') as NormalizationTable);
  const data: LexiconData = {
    speechVerbs: lexicon('speech-verbs'),
    titles: lexicon('titles'),
    eventTriggers: lexicon('event-triggers'),
    functionWords: lexicon('function-words'),
    givenNames: lexicon('given-names'),
    commonWords: lexicon('common-words'),
    nameHeads: lexicon('name-heads'),
    dates: lexicon('dates'),
  };
  const gazetteerQuads = readTurtleFiles(turtleFilesIn(join(root, 'ontology', 'gazetteer')));
  const confidence = readJson<ConfidenceTable>(join(root, 'ontology', 'confidence.json'));
  const nerModel = options.nerModel === false ? undefined : loadNerModel(join(root, NER_MODEL_PATH));
  const resources: Resources = { normalizer, lexicons: compileLexicons(data, normalizer), gazetteer: compileGazetteer(gazetteerQuads, normalizer), confidence, nameScope: compileNameScope(lexicon('name-scope') as NameScopeData, normalizer), nerModel, nerNames: options.nerNames };
  const shapes = readTurtleFiles([join(options.shapesDir ?? join(root, 'shapes'), 'akhbar.ttl')]);
  const context = readJson<{ '@context': Record<string, unknown> }>(join(root, 'ontology', 'context.jsonld'))['@context'];
  return { resources, shapes, gazetteerQuads, context };
}

/** The NER model in a file; a missing file is no model (the recogniser then uses the gazetteer and patterns alone). */
export function loadNerModel(file: string, options: { required?: boolean } = {}): NerModel | undefined {
  if (!existsSync(file)) {
    if (options.required) throw new AkhbarError('E_MISSING', 'no such model file', { file });
    return undefined;
  }
  return parseModel(readFileSync(file), file);
}

/** A hash of the data that decides what the pipeline writes (ontology/, shapes/): a resumed run must see the same. */
export function dataFingerprint(root = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  for (const dir of ['ontology', 'shapes']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()) {
      hash.update(entry.slice(root.length)).update(readFileSync(entry));
    }
  }
  return hash.digest('hex');
}
