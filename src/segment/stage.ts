// The normalise and segment stages, as ArticleDoc → ArticleDoc steps.
import type { ArticleDoc } from '../types.js';
import type { Resources } from '../resources.js';
import { rawSpan } from '../normalize/arabic.js';
import { segmentText } from './segment.js';

export function normalizeStage(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const { norm, normToRaw } = resources.normalizer.normalizeText(doc.text);
  return { ...doc, norm, normToRaw };
}

export function segmentStage(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const { normalizer } = resources;
  const quotes = normalizer.table.quotes;
  const segmentation = segmentText({ norm: doc.norm, normToRaw: doc.normToRaw }, doc.text, {
    quoteMarks: quotes.open + quotes.close + quotes.either,
    toRaw: (start, end) => rawSpan(doc.normToRaw, doc.text, start, end, normalizer.isDeleted),
  });
  return { ...doc, ...segmentation };
}
