// `akhbar view` in-process: the files of a site, reruns, a corpus paged, and the errors a user meets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const ARTICLE = 'https://w3id.org/akhbar/id/article/alaska-summit';
const SAMPLE = readFileSync('output/alaska-summit.ttl', 'utf8');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-view-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of a folder, by path, for comparing two runs. */
function contents(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

/** The sample graph again under another article IRI, with the metadata a corpus record has. */
function copyOfSample(n: number, meta: { day: string; outlet: string }): string {
  const iri = `${ARTICLE}-${n}`;
  return `${SAMPLE.replaceAll(`<${ARTICLE}`, `<${iri}`)}\n<${iri}> schema:datePublished "${meta.day}"^^xsd:date; schema:publisher "${meta.outlet}"; schema:headline "نسخة ${n}".\n`;
}

describe('akhbar view', () => {
  it('writes a page per article, the index, the speaker index and the assets, the same bytes every time', async () => {
    const out = join(work, 'site');
    const first = await runCli('view', 'output', '--out', out);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^1 article page\(s\) written to .*site\//);
    expect(Object.keys(contents(out)).sort()).toEqual(['/.akhbar-view', '/akhbar.css', '/akhbar.js', '/article/alaska-summit.html', '/index.html', '/speakers.js']);
    const before = contents(out);
    expect((await runCli('view', 'output', '--out', out, '--quiet')).out).toBe('');
    expect(contents(out)).toEqual(before);
    expect(before['/article/alaska-summit.html']).toContain('<article id="text" lang="ar" dir="rtl">');
  });

  it('pages the index of a corpus, newest first, with the outlets and days in its charts', async () => {
    const corpus = join(work, 'corpus');
    mkdirSync(corpus, { recursive: true });
    for (let n = 1; n <= 25; n++) writeFileSync(join(corpus, `a${String(n).padStart(2, '0')}.ttl`), copyOfSample(n, { day: `2018-02-${String(n).padStart(2, '0')}`, outlet: n % 2 ? 'Outlet A' : 'Outlet B' }));
    const out = join(work, 'corpus-site');
    expect((await runCli('view', corpus, '--out', out, '--page-size', '10')).code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('25 articles');
    expect(index).toContain('Articles 1–10 of 25');
    expect(index).toMatch(/<a href="index-2.html" rel="next">next ›<\/a>/);
    expect(index.indexOf('نسخة 25')).toBeLessThan(index.indexOf('نسخة 24'));
    expect(index).toMatch(/<svg[^>]*aria-label="Statements per outlet">.*Outlet A.*Outlet B/s);
    expect(index).toContain('<title>2018-02-25:');
    expect(readFileSync(join(out, 'index-3.html'), 'utf8')).toContain('Articles 21–25 of 25');
    expect(existsSync(join(out, 'index-4.html'))).toBe(false);
    const search = readFileSync(join(out, 'speakers.js'), 'utf8');
    const data = JSON.parse(search.slice(search.indexOf('{'), search.lastIndexOf('}') + 1)) as { articles: unknown[]; speakers: [string, string, string, number, number[]][] };
    expect(data.articles).toHaveLength(25);
    const putin = data.speakers.find((s) => s[2] === 'Q7747');
    expect(putin?.[4]).toHaveLength(50);
  });

  it('reports a graph it cannot read with its file, writes the other pages, and exits 1', async () => {
    const mixed = join(work, 'mixed');
    mkdirSync(mixed, { recursive: true });
    writeFileSync(join(mixed, 'broken.ttl'), '<a> <b> .');
    writeFileSync(join(mixed, 'good.ttl'), copyOfSample(1, { day: '2018-01-01', outlet: 'X' }));
    const out = join(work, 'mixed-site');
    const result = await runCli('view', mixed, '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken\.ttl: .*\[E_RDF_SYNTAX\]/);
    expect(existsSync(join(out, 'article', 'alaska-summit-1.html'))).toBe(true);
  });

  it('refuses to write into a folder that holds other files, and leaves it as it was', async () => {
    const out = join(work, 'mine');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const result = await runCli('view', 'output', '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/mine: this folder holds files that akhbar view did not write.*\[E_USAGE\]/);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it.each([
    [['nowhere'], /nowhere: no such file or directory \[E_MISSING\]/, 1],
    [['output', '--page-size', '0'], /--page-size must be a whole number/, 2],
  ] as const)('explains %j in one line', async (args, message, code) => {
    const result = await runCli('view', ...args, '--out', join(work, 'never'));
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(existsSync(join(work, 'never'))).toBe(false);
  });
});
