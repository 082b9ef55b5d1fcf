// Finds the articles a user points at (files or folders) and reads each with its JSON sidecar.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { AkhbarError } from '../errors.js';
import type { ArticleMeta } from '../types.js';
import { decodeArticleText, decodeSidecar, type DecodeOptions } from './decode.js';

export interface ArticleInput {
  /** The file name without extension: names the outputs and the article IRI. */
  id: string;
  file: string;
}

export interface LoadedArticle extends ArticleInput {
  text: string;
  meta: ArticleMeta;
}

/** Every `.txt` file under the given paths, in a stable order; a missing path is an error of its own. */
export function collectInputs(paths: readonly string[]): { inputs: ArticleInput[]; errors: AkhbarError[] } {
  const inputs: ArticleInput[] = [];
  const errors: AkhbarError[] = [];
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else if (extname(path) === '.txt') {
      inputs.push({ id: basename(path, '.txt'), file: path });
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) {
      errors.push(new AkhbarError('E_MISSING', 'no such file or directory', { file: path }));
      continue;
    }
    if (statSync(path).isFile() && extname(path) !== '.txt') {
      errors.push(new AkhbarError('E_USAGE', 'not an article: expected a .txt file', { file: path }));
      continue;
    }
    visit(path);
  }
  return { inputs, errors };
}

export function readArticle(input: ArticleInput, options: DecodeOptions = {}): LoadedArticle {
  const file = relative(process.cwd(), input.file) || input.file;
  const text = decodeArticleText(file, readFileSync(input.file), options);
  const sidecar = input.file.replace(/\.txt$/, '.json');
  const meta = existsSync(sidecar) ? decodeSidecar(relative(process.cwd(), sidecar) || sidecar, readFileSync(sidecar)) : {};
  return { ...input, text, meta };
}
