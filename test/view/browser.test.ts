// `akhbar view` in a real browser: Debian's Chromium (scripts/chromium/install.sh, as CI runs it)
// driven by playwright-core. Every expectation is read from the sample graph itself, so the test
// holds whatever statements the pipeline finds. Screenshots go to test-output/view/ for a person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'n3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { NS } from '../../src/rdf/vocabulary.js';
import { runCli } from '../cli/run-cli.js';

// The page's globals that the functions run inside it (page.evaluate) use: declared here, in this
// module only, because the project compiles without the DOM library (its fetch types differ).
declare const window: { scrollTo(x: number, y: number): void };
declare const document: { activeElement: unknown; getElementById(id: string): { scrollTop: number } | null };
declare const location: { hash: string };
declare function getComputedStyle(element: unknown): { direction: string };

const OUT = resolve('test-output', 'view');
const SITE = join(OUT, 'site');
const CHROMIUM = process.env.AKHBAR_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM && process.env.CI) throw new Error('CI: no Chromium; .ci/run installs it with scripts/chromium/install.sh');
if (!CHROMIUM) console.warn('Skipping the browser tests of akhbar view: no Chromium (install it with scripts/chromium/install.sh; in CI they fail instead)');

/** The sample graph, read here with N3 alone: what the page must show, independent of src/view/. */
function sampleGraph() {
  const quads = new Parser().parse(readFileSync('output/alaska-summit.ttl', 'utf8'));
  const values = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
  const ofType = (cls: string) => [...new Set(quads.filter((q) => q.predicate.value === `${NS.rdf}type` && q.object.value === cls).map((q) => q.subject.value))];
  const statements = ofType(`${NS.akh}Statement`).map((iri) => ({
    iri,
    content: values(iri, `${NS.akh}content`)[0] as string,
    speakers: values(iri, `${NS.akh}speaker`),
    cue: values(iri, `${NS.akh}cue`)[0] as string,
    occasion: values(iri, `${NS.akh}occasion`)[0],
    begin: Number(values(iri, `${NS.nif}beginIndex`)[0]),
    confidence: values(iri, `${NS.akh}confidence`)[0],
  }));
  const name = (iri: string, lang: string) => quads.find((q) => q.subject.value === iri && q.predicate.value === `${NS.schema}name` && q.object.termType === 'Literal' && q.object.language === lang)?.object.value;
  const mentions = ofType(`${NS.nif}Phrase`).map((iri) => values(iri, `${NS.itsrdf}taIdentRef`)[0] as string);
  const linked = quads.filter((q) => q.predicate.value === `${NS.owl}sameAs`).map((q) => q.object.value);
  const events = ofType(`${NS.schema}Event`).map((iri) => ({ iri, locations: values(iri, `${NS.schema}location`), attendees: values(iri, `${NS.schema}attendee`) }));
  return { statements, mentions, linked, events, name };
}

describe.skipIf(!CHROMIUM)('akhbar view in Chromium', () => {
  const graph = sampleGraph();
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const result = await runCli('view', 'output', '--out', SITE, '--quiet');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Nothing but the site's own files may be asked for: no CDN, no web font, no fetch.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requested.push(url);
      return route.abort();
    });
    page = await context.newPage();
    await page.goto(pathToFileURL(join(SITE, 'article', 'alaska-summit.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the article right to left, in Arabic', async () => {
    const text = page.locator('#text');
    expect(await text.getAttribute('lang')).toBe('ar');
    expect(await text.getAttribute('dir')).toBe('rtl');
    expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  it('marks each statement of the graph as one span whose text is its akh:content', async () => {
    expect(graph.statements.length).toBeGreaterThan(0);
    const marks = await page.$$eval('mark.st', (els) => els.map((el) => ({ iri: el.getAttribute('data-statement'), text: el.textContent, part: el.classList.contains('part'), dir: getComputedStyle(el).direction })));
    expect(marks.filter((m) => m.part)).toEqual([]);
    expect(marks.map((m) => m.iri).sort()).toEqual(graph.statements.map((s) => s.iri).sort());
    for (const st of graph.statements) {
      const mark = marks.find((m) => m.iri === st.iri);
      expect(mark?.text, st.iri).toBe(st.content);
      expect(mark?.dir).toBe('rtl');
    }
  });

  it('highlights every mention by the type of what it names', async () => {
    const spans = await page.$$eval('#text .mention:not(.part)', (els) => els.map((el) => ({ target: el.getAttribute('data-entity') as string, kind: el.classList[1] })));
    expect(spans.map((s) => s.target).sort()).toEqual([...graph.mentions].sort());
    const events = new Set(graph.events.map((e) => e.iri));
    for (const span of spans) if (events.has(span.target)) expect(span.kind).toBe('event');
    expect(new Set(spans.map((s) => s.kind))).toContain('person');
  });

  it('lists every speaker in the panel with each of their statements', async () => {
    const speakers = new Set(graph.statements.flatMap((s) => s.speakers));
    const panel = await page.$$eval('#who-said-what .speaker', (els) => els.map((el) => ({ iri: el.getAttribute('data-speaker') as string, items: el.querySelectorAll('li a.said').length })));
    expect(new Set(panel.map((p) => p.iri))).toEqual(speakers);
    for (const p of panel) expect(p.items, p.iri).toBe(graph.statements.filter((s) => s.speakers.includes(p.iri)).length);
  });

  it('shows speaker, mode, cue, confidence and occasion when a statement has the focus', async () => {
    const st = graph.statements.find((s) => s.occasion) ?? (graph.statements[0] as (typeof graph.statements)[0]);
    await page.locator(`mark[data-statement="${st.iri}"]`).focus();
    const tip = page.locator('#tip');
    expect(await tip.isVisible()).toBe(true);
    const text = (await tip.textContent()) as string;
    for (const speaker of st.speakers) expect(text).toContain(graph.name(speaker, 'en') ?? graph.name(speaker, 'ar'));
    expect(text).toMatch(/Mode: (Direct quote|Indirect speech|Partial quote)/);
    expect(text).toContain(`Cue: ${st.cue}`);
    if (st.occasion) expect(text).toContain('Occasion: ');
    if (st.confidence) expect(text).toContain(`Confidence: ${Number(st.confidence).toFixed(2)}`);
    await page.locator('#text').click({ position: { x: 2, y: 2 } });
  });

  it('shows a statement’s details on hover, over a part of it that no mention covers', async () => {
    const iri = await page.$$eval('mark.st', (els) => els.find((el) => el.children.length === 0)?.getAttribute('data-statement'));
    expect(iri).toBeTruthy();
    await page.locator(`mark[data-statement="${iri}"]`).hover();
    expect(await page.locator('#tip').textContent()).toMatch(/^Speaker: /);
  });

  it('scrolls to a statement and focuses it when its entry in the panel is clicked', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    // The statement furthest down the text, the one most surely out of view at the top.
    const last = graph.statements.reduce((a, b) => (b.begin > a.begin ? b : a));
    const mark = page.locator(`mark[data-statement="${last.iri}"]`);
    const id = await mark.getAttribute('id');
    await page.locator(`#who-said-what a.said[href="#${id}"]`).first().click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await mark.evaluate((el) => el.getBoundingClientRect().toJSON() as { top: number; bottom: number });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
  });

  it('links every entity the graph links to Wikidata', async () => {
    const links = await page.$$eval('#entities a.wd', (els) => els.map((el) => el.getAttribute('href')));
    expect(graph.linked.length).toBeGreaterThan(0);
    for (const wd of graph.linked) expect(links).toContain(`https://www.wikidata.org/wiki/${wd.slice(NS.wd.length)}`);
  });

  it('gives each event its place chain and attendees', async () => {
    const cards = await page.$$eval('#events .event-card', (els) => els.map((el) => el.textContent as string));
    expect(cards).toHaveLength(graph.events.length);
    graph.events.forEach((event, i) => {
      for (const iri of [...event.locations, ...event.attendees]) expect(cards[i]).toContain(graph.name(iri, 'ar') as string);
    });
  });

  it('writes screenshots of the article page and the index for a person to look at', async () => {
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.getElementById('who-said-what') as { scrollTop: number }).scrollTop = 0;
    });
    await page.locator('mark.st').nth(1).focus();
    await page.screenshot({ path: join(OUT, 'alaska-summit.png') });
    await page.locator('#text').click({ position: { x: 2, y: 2 } });
    await page.screenshot({ path: join(OUT, 'alaska-summit-full.png'), fullPage: true });
    const index = await page.context().newPage();
    await index.goto(pathToFileURL(join(SITE, 'index.html')).href);
    await index.screenshot({ path: join(OUT, 'index.png'), fullPage: true });
    await index.close();
    for (const shot of ['alaska-summit.png', 'alaska-summit-full.png', 'index.png']) expect(statSync(join(OUT, shot)).size).toBeGreaterThan(20_000);
  });

  it('finds the sample’s speakers by their Arabic name from the index and opens their article', async () => {
    const index = await page.context().newPage();
    await index.goto(pathToFileURL(join(SITE, 'index.html')).href);
    const speaker = graph.statements[0]?.speakers[0] as string;
    await index.fill('#speaker-query', (graph.name(speaker, 'ar') as string).split(' ').at(-1) as string);
    await index.click('#speaker-search button');
    const result = index.locator('#speaker-results .speaker-result').first();
    await result.waitFor();
    expect(await result.textContent()).toContain(graph.name(speaker, 'en') ?? '');
    await result.locator('a[href^="article/"]').first().click();
    await index.waitForURL(/article\/alaska-summit\.html$/);
    await index.close();
  });

  it('asks the network for nothing', () => {
    expect(requested).toEqual([]);
  });
});
