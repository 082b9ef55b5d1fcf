// The page of one article: its text right to left with every mention and statement marked, the
// panel of who said what, the events with their places and attendees, and the entities.
import { renderMarks, paragraphSpans, type Mark } from './marks.js';
import { escapeAttr, escapeHtml, labelOf, mainType, nameHtml, plainName, tailOf, wikidataLink, type Labels } from './html.js';
import { compareIris, type ArticleView, type EntityView, type EventView, type StatementView } from './model.js';
import { pageShell } from './shell.js';

/** Distinct speaker colours in the stylesheet (.c0 … .c11); speakers beyond them reuse them in turn. */
export const SPEAKER_COLOURS = 12;
const EXCERPT = 160;

export interface PageOptions {
  labels: Labels;
  /** Relative path from this page to the site's root folder (assets, index). */
  root: string;
  /** The article's short name, shown when it has no headline. */
  id: string;
}

export function renderArticlePage(view: ArticleView, options: PageOptions): string {
  const ctx = context(view, options);
  const title = view.headline ?? options.id;
  const body = `<div class="layout">
<div class="reading">
${metaHeader(view, ctx, title)}
<article id="text" lang="ar" dir="rtl">${articleText(view, ctx)}</article>
${eventsSection(view, ctx)}
${entitiesSection(view, ctx)}
</div>
${whoSaidWhat(view, ctx)}
</div>`;
  return pageShell({ title, root: options.root, bodyClass: 'article-page', nav: `<a href="${options.root}index.html">← All articles</a>`, body });
}

interface Context {
  view: ArticleView;
  labels: Labels;
  /** Speaker IRI → colour class index, in order of first statement. */
  colours: Map<string, number>;
  /** Statement IRI → the id of its mark. */
  ids: Map<string, string>;
  events: Map<string, EventView>;
  entity(iri: string): EntityView | undefined;
}

function context(view: ArticleView, options: PageOptions): Context {
  const colours = new Map<string, number>();
  for (const st of view.statements) for (const sp of st.speakers) if (!colours.has(sp)) colours.set(sp, colours.size % SPEAKER_COLOURS);
  return { view, labels: options.labels, colours, ids: statementIds(view.statements), events: new Map(view.events.map((e) => [e.iri, e])), entity: (iri) => view.entities.get(iri) };
}

/** `statement-N` from the IRI's number when every statement has its own, else by position. */
function statementIds(statements: readonly StatementView[]): Map<string, string> {
  const tails = statements.map((s) => tailOf(s.iri));
  const usable = new Set(tails).size === tails.length && tails.every((t) => /^[A-Za-z0-9_-]+$/.test(t));
  return new Map(statements.map((s, i) => [s.iri, `statement-${usable ? tails[i] : i + 1}`]));
}

function metaHeader(view: ArticleView, ctx: Context, title: string): string {
  const speakers = ctx.colours.size;
  const facts = [
    view.publisher && ['Outlet', escapeHtml(view.publisher)],
    view.datePublished && ['Published', `<time datetime="${escapeAttr(view.datePublished)}">${escapeHtml(view.datePublished)}</time>`],
    view.url && ['Source', `<a href="${escapeAttr(view.url)}">${escapeHtml(view.url)}</a>`],
    ['Graph', `<code>${escapeHtml(view.iri)}</code>`],
  ].filter((f): f is string[] => Array.isArray(f));
  const counts = `${view.statements.length} statement${view.statements.length === 1 ? '' : 's'} by ${speakers} speaker${speakers === 1 ? '' : 's'} · ${view.mentions.length} mentions · ${view.events.length} event${view.events.length === 1 ? '' : 's'}`;
  const legend = (['person', 'place', 'organization', 'event', 'unnamed'] as const).map((k) => `<span class="mention ${k}">${k === 'unnamed' ? 'unnamed source' : k}</span>`).join(' ');
  return `<header class="meta">
<h1 lang="ar" dir="auto">${escapeHtml(title)}</h1>
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p class="counts">${counts}</p>
<p class="legend">Mentions: ${legend} · statements are underlined in their speaker's colour; hover or focus one for its details.</p>
</header>`;
}

function articleText(view: ArticleView, ctx: Context): string {
  const marks: Mark[] = paragraphSpans(view.text).map((p) => ({ ...p, rank: 0, open: () => '<p>', close: '</p>' }));
  for (const st of view.statements) marks.push(statementMark(st, ctx));
  for (const m of view.mentions) {
    const tip = escapeAttr(targetTip(m.target, ctx));
    const kind = ctx.events.has(m.target) ? 'event' : (ctx.entity(m.target)?.kind ?? 'other');
    const open = (part: number) => `<span class="mention ${kind}${part > 0 ? ' part' : ''}" data-entity="${escapeAttr(m.target)}" data-tip="${tip}">`;
    marks.push({ start: m.start, end: m.end, rank: 2, open, close: '</span>' });
  }
  return renderMarks(view.text, marks);
}

function statementMark(st: StatementView, ctx: Context): Mark {
  const [first, second] = st.speakers.map((s) => ctx.colours.get(s) ?? 0);
  const classes = ['st', modeClass(st.mode), `c${first ?? 0}`, ...(second === undefined ? [] : ['joint', `d${second}`])].join(' ');
  const attrs = `data-statement="${escapeAttr(st.iri)}" data-speakers="${escapeAttr(st.speakers.join(' '))}" data-tip="${escapeAttr(statementTip(st, ctx))}"`;
  return {
    start: st.start,
    end: st.end,
    rank: 1,
    // Only the first piece of a statement carries its id and takes focus.
    open: (part) => (part === 0 ? `<mark class="${classes}" id="${ctx.ids.get(st.iri)}" tabindex="0" ${attrs}>` : `<mark class="${classes} part" ${attrs}>`),
    close: '</mark>',
  };
}

function statementTip(st: StatementView, ctx: Context): string {
  const lines = [
    `Speaker: ${st.speakers.map((s) => plainName(ctx.entity(s), tailOf(s))).join(' and ') || 'not known'}`,
    `Mode: ${labelOf(st.mode, ctx.labels)}`,
    st.cue && `Cue: ${st.cue}`,
    st.confidence !== undefined && `Confidence: ${st.confidence.toFixed(2)}`,
    st.occasion && `Occasion: ${eventTitle(ctx.events.get(st.occasion), st.occasion, ctx)}`,
  ];
  return lines.filter(Boolean).join('\n');
}

function targetTip(target: string, ctx: Context): string {
  const event = ctx.events.get(target);
  if (event) return eventTitle(event, target, ctx);
  const entity = ctx.entity(target);
  const type = entity ? labelOf(mainType(entity.types) ?? '', ctx.labels) : 'Entity';
  return [`${type}: ${plainName(entity, tailOf(target))}`, entity?.wikidata && `Wikidata: ${tailOf(entity.wikidata)}`].filter(Boolean).join('\n');
}

function eventTitle(event: EventView | undefined, iri: string, ctx: Context): string {
  if (!event) return tailOf(iri);
  const kind = labelOf(mainType(event.types) ?? '', ctx.labels);
  return event.name ? `${kind}: ${event.name}` : kind;
}

function modeClass(mode: string): string {
  return tailOf(mode).replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function whoSaidWhat(view: ArticleView, ctx: Context): string {
  const bySpeaker = new Map<string, StatementView[]>();
  for (const st of view.statements) for (const sp of st.speakers.length ? st.speakers : ['']) bySpeaker.set(sp, [...(bySpeaker.get(sp) ?? []), st]);
  const speakers = [...bySpeaker].sort(([a, x], [b, y]) => y.length - x.length || (ctx.colours.get(a) ?? 0) - (ctx.colours.get(b) ?? 0));
  const groups = speakers.map(([iri, said]) => {
    const entity = ctx.entity(iri);
    const role = entity?.jobTitles.length ? `<p class="role" lang="ar" dir="rtl">${entity.jobTitles.map(escapeHtml).join('، ')}</p>` : '';
    const items = said.map((st) => `<li><a class="said" href="#${ctx.ids.get(st.iri)}" data-target="${ctx.ids.get(st.iri)}"><span class="mode ${modeClass(st.mode)}">${escapeHtml(labelOf(st.mode, ctx.labels))}</span> <q lang="ar" dir="rtl">${escapeHtml(excerpt(st.content))}</q></a></li>`);
    return `<section class="speaker c${ctx.colours.get(iri) ?? 0}" data-speaker="${escapeAttr(iri)}">
<h3><span class="swatch"></span>${nameHtml(entity, iri ? tailOf(iri) : 'speaker not known')} ${wikidataLink(entity)} <span class="count">${said.length}</span></h3>
${role}<ol>${items.join('')}</ol>
</section>`;
  });
  const empty = view.statements.length === 0 ? '<p class="none">No statements were found in this article.</p>' : '';
  return `<aside id="who-said-what" aria-label="Who said what">
<h2>Who said what</h2>
${empty}${groups.join('\n')}
</aside>`;
}

function excerpt(text: string): string {
  const points = [...text];
  return points.length <= EXCERPT ? text : `${points.slice(0, EXCERPT).join('').trimEnd()}…`;
}

function eventsSection(view: ArticleView, ctx: Context): string {
  if (view.events.length === 0) return '';
  const items = view.events.map((event) => {
    const rows = [
      ['Where', event.locations.map((place) => placeChain(place, ctx)).join('<br>')],
      ['Attendees', list(event.attendees.map((a) => `${nameHtml(ctx.entity(a), tailOf(a))} ${wikidataLink(ctx.entity(a))}`))],
      ['About', list(event.about.map((a) => nameHtml(ctx.entity(a), tailOf(a))))],
      ['Part of', list(event.superEvents.map((e) => eventLink(e, ctx)))],
      ['Includes', list(event.subEvents.map((e) => eventLink(e, ctx)))],
      ['Said there', saidAt(event, ctx)],
    ].filter(([, html]) => html);
    return `<article class="event-card" id="${eventId(event.iri)}">
<h3>${escapeHtml(labelOf(mainType(event.types) ?? '', ctx.labels))}${event.name ? `: <bdi lang="ar" dir="rtl">${escapeHtml(event.name)}</bdi>` : ''}</h3>
<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
</article>`;
  });
  return `<section id="events"><h2>Events</h2>\n${items.join('\n')}\n</section>`;
}

/** A place and every place it lies in, innermost first, along the longest chain the graph gives. */
function placeChain(place: string, ctx: Context): string {
  const chain = longestChain(place, ctx, new Set());
  return `<ol class="chain">${chain.map((p) => `<li>${nameHtml(ctx.entity(p), tailOf(p))} ${wikidataLink(ctx.entity(p))}</li>`).join('')}</ol>`;
}

function longestChain(place: string, ctx: Context, seen: Set<string>): string[] {
  seen.add(place);
  let best: string[] = [];
  for (const outer of ctx.entity(place)?.containedIn ?? []) {
    if (seen.has(outer)) continue;
    const chain = longestChain(outer, ctx, new Set(seen));
    if (chain.length > best.length) best = chain;
  }
  return [place, ...best];
}

function saidAt(event: EventView, ctx: Context): string {
  const said = ctx.view.statements.filter((s) => s.occasion === event.iri);
  if (said.length === 0) return '';
  return `${said.length} statement${said.length === 1 ? '' : 's'}: ${said.map((s) => `<a href="#${ctx.ids.get(s.iri)}">${escapeHtml(tailOf(s.iri))}</a>`).join(' ')}`;
}

function eventLink(iri: string, ctx: Context): string {
  return `<a href="#${eventId(iri)}">${escapeHtml(eventTitle(ctx.events.get(iri), iri, ctx))}</a>`;
}

function eventId(iri: string): string {
  return `event-${tailOf(iri).replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function list(items: string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
}

function entitiesSection(view: ArticleView, ctx: Context): string {
  const counts = new Map<string, number>();
  for (const m of view.mentions) counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
  const entities = [...view.entities.values()].sort((a, b) => (counts.get(b.iri) ?? 0) - (counts.get(a.iri) ?? 0) || compareIris(a.iri, b.iri));
  if (entities.length === 0) return '';
  const rows = entities.map((e) => `<tr class="${e.kind}"><td>${nameHtml(e, tailOf(e.iri))}</td><td>${escapeHtml(labelOf(mainType(e.types) ?? '', ctx.labels))}</td><td>${counts.get(e.iri) ?? 0}</td><td>${wikidataLink(e) || '<span class="none">not linked</span>'}</td></tr>`);
  return `<section id="entities"><h2>Entities</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Mentions</th><th>Wikidata</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}
