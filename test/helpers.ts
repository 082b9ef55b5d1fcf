// Shared by the tests: the project's data loaded once, and an analyse-this-sentence helper.
import { loadProjectData, type ProjectData } from '../src/io/resources.js';
import { analyze } from '../src/pipeline.js';
import type { ArticleDoc, Entity } from '../src/types.js';

let cached: ProjectData | undefined;

export function projectData(): ProjectData {
  cached ??= loadProjectData();
  return cached;
}

export function analyzeText(text: string, id = 'test'): ArticleDoc {
  return analyze(id, text, projectData().resources);
}

/** The entity a statement's or mention's key names, for readable assertions. */
export function entityName(doc: ArticleDoc, key: string): string {
  const entity: Entity | undefined = doc.entities.get(key);
  return entity?.nameEn ?? entity?.nameAr ?? key;
}

export function statementsOf(doc: ArticleDoc): { content: string; mode: string; speakers: string[]; cue: string }[] {
  return doc.statements.map((s) => ({
    content: doc.text.slice(s.content.start, s.content.end),
    mode: s.mode,
    speakers: s.speakers.map((k) => entityName(doc, k)),
    cue: doc.text.slice(s.cue.start, s.cue.end),
  }));
}

export function mentionsOf(doc: ArticleDoc): { text: string; entity: string }[] {
  return doc.mentions.map((m) => ({ text: doc.text.slice(m.start, m.end), entity: entityName(doc, m.entity) }));
}
