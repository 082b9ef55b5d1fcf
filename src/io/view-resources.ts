// What the pages need from the project's files: the ontology's labels, the normalisation table the
// speaker search folds with, and the stylesheet and script beside the pages (web/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AkhbarError } from '../errors.js';
import type { NormalizationTable } from '../normalize/arabic.js';
import { NS } from '../rdf/vocabulary.js';
import type { SiteOptions } from '../view/site.js';
import { PROJECT_ROOT, readJson, readTurtleFiles } from './resources.js';

export function loadViewResources(pageSize: number, root = PROJECT_ROOT): SiteOptions {
  const labels = new Map<string, { en?: string; ar?: string }>();
  for (const q of readTurtleFiles([join(root, 'ontology', 'akhbar.ttl')])) {
    if (q.predicate.value !== `${NS.rdfs}label` || q.object.termType !== 'Literal') continue;
    const lang = q.object.language;
    if (lang === 'en' || lang === 'ar') labels.set(q.subject.value, { ...labels.get(q.subject.value), [lang]: q.object.value });
  }
  const table = readJson<NormalizationTable>(join(root, 'ontology', 'lexicon', 'normalization.json'));
  const asset = (name: string): string => {
    const file = join(root, 'web', name);
    try {
      return readFileSync(file, 'utf8');
    } catch (cause) {
      throw new AkhbarError('E_MISSING', 'cannot read the page asset', { file, cause });
    }
  };
  return { labels, folding: { ranges: table.delete.ranges, map: table.map }, pageSize, assets: { css: asset('akhbar.css'), js: asset('akhbar.js') } };
}
