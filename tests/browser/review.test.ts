// A reviewer's session in a real browser (Debian's chromium, headless, driven by playwright-core)
// against `silkalign review` on a pair built here: reject a finding, merge two beads, split one,
// move a sentence, reload (all kept); `run` and `export` then reflect them; undo restores the
// original. Screenshots of the pair view before and after go to tests/artifacts/ (git-ignored).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startReviewServer, type ReviewServer } from '../../src/server/index.js';
import { parseDecisions } from '../../src/fix/index.js';
import { runCli } from '../helpers/cli.js';
import { pairManifest, removeScratch, scratch, writeFiles } from '../hardening/helpers.js';

// What the functions run in the page use of the DOM (the tests are compiled without its types).
declare const document: { getElementById(id: string): { textContent: string | null } | null };

const executablePath = '/usr/bin/chromium';
const artifacts = join(import.meta.dirname, '..', 'artifacts');
const PAIR = 'talks-zh--talks-en';

// Invented text: two sentences a paragraph, so beads can be merged, split and moved; one garble.
const ZH = [
  '中华人民共和国和哈萨克斯坦共和国联合声明',
  '一、2023年5月18日，双方在西安举行会谈。双方回顾了两国关系的发展。',
  '二、双方同意加强经贸合作。双方将扩大贸易规模。',
  '三、双方愿深化共建“一带一路”合作。双方同意下一次会议在努尔苏丹举行。',
].join('\n\n');
const EN = [
  'Joint Statement of the People’s Republic of China and the Republic of Kazakhstan',
  '1. On 18 May 2023, the two sides held talks in Xi’an. The two sides reviewed the development of relations between the two countries.',
  '2. The two sides agreed to strengthen economic and trade cooperation. The two sides will expand the scale of trade.',
  '3. The two sides are willing to deepen cooperation on the Belt and Road Initiative. The two sides agreed to hold the next meeting in Nur Sudan.',
].join('\n\n');

describe.skipIf(!existsSync(executablePath))('a review session in chromium', () => {
  let dir: string;
  let server: ReviewServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const decisionsFile = () => join(dir, 'corpus', 'decisions.json');
  const report = () => `http://127.0.0.1:${server.port}/${server.token}/${PAIR}/report.html`;

  /** The pair view's beads as `zh:en` index lists, e.g. "1,2:1". */
  const beads = async () => {
    const rows = page.locator('table.beads tbody tr');
    const out: string[] = [];
    for (let i = 0, n = await rows.count(); i < n; i++) out.push(`${await rows.nth(i).getAttribute('data-zh')}:${await rows.nth(i).getAttribute('data-en')}`);
    return out;
  };
  const statusStartsWith = (word: string) => page.waitForFunction((w) => (document.getElementById('review-status')?.textContent ?? '').startsWith(w), word, { timeout: 10_000 });
  /** Runs an action and waits until the page says it was saved (or undone). */
  async function saved(action: () => Promise<void>, word = 'Saved'): Promise<void> {
    await page.evaluate(() => {
      const status = document.getElementById('review-status');
      if (status) status.textContent = '';
    });
    await action();
    await statusStartsWith(word);
  }
  const row = (i: number) => page.locator('table.beads tbody tr').nth(i);

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dir = scratch('silkalign-review-browser-');
    writeFiles(dir, {
      'corpus/manifest.json': pairManifest('documents/talks.zh.txt', 'documents/talks.en.txt'),
      'corpus/documents/talks.zh.txt': ZH + '\n',
      'corpus/documents/talks.en.txt': EN + '\n',
    });
    expect(runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: dir }).code).toBe(0);
    server = await startReviewServer({ out: join(dir, 'out'), decisions: decisionsFile(), port: 0 });
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Nothing but the review server.
    await page.route((url) => url.origin !== `http://127.0.0.1:${server.port}`, (route) => {
      errors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(report());
    await statusStartsWith('Connected');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) removeScratch(dir);
  });

  it('shows the aligner’s beads, connected to the server', async () => {
    await expect(beads()).resolves.toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6']);
    await page.screenshot({ path: join(artifacts, 'review-before.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('rejects a finding', async () => {
    await page.locator('mark.finding[data-rule="glossary/known-garble"]').click();
    const f = await page.locator('mark.finding[data-rule="glossary/known-garble"]').getAttribute('data-finding');
    await saved(() => page.locator(`#note-${f} [data-decide="reject"]`).click());
    await expect(page.locator('mark.finding[data-rule="glossary/known-garble"]').getAttribute('class')).resolves.toContain('decided-reject');
    await expect(page.locator(`#note-${f} .decision`).innerText()).resolves.toBe('Rejected');
  });

  it('merges two beads, splits one, moves a sentence', async () => {
    // Merge beads 2 and 3 (sentences 1 and 2), and beads 4 and 5.
    await row(1).locator('td.num').click();
    await saved(() => page.locator('[data-act="merge"]').click());
    await row(2).locator('td.num').click();
    await saved(() => page.keyboard.press('m'));
    await expect(beads()).resolves.toEqual(['0:0', '1 2:1 2', '3 4:3 4', '5:5', '6:6']);
    // Split the second merged bead before Chinese 4 and English 4.
    await page.locator('.seg[data-zh="4"]').click();
    await page.locator('.seg[data-en="4"]').click();
    await saved(() => page.locator('[data-act="split"]').click());
    await expect(beads()).resolves.toEqual(['0:0', '1 2:1 2', '3:3', '4:4', '5:5', '6:6']);
    // Move English 2 down into the next bead.
    await page.locator('.seg[data-en="2"]').click();
    await saved(() => page.locator('[data-act="down"]').click());
    await expect(beads()).resolves.toEqual(['0:0', '1 2:1', '3:2 3', '4:4', '5:5', '6:6']);
    await expect(row(1).locator('td.conf').innerText()).resolves.toContain('reviewed');
  });

  it('keeps every choice over a reload', async () => {
    await page.reload();
    await statusStartsWith('Connected');
    await expect(beads()).resolves.toEqual(['0:0', '1 2:1', '3:2 3', '4:4', '5:5', '6:6']);
    await expect(page.locator('mark.finding[data-rule="glossary/known-garble"]').getAttribute('class')).resolves.toContain('decided-reject');
    await page.screenshot({ path: join(artifacts, 'review-after.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('run and export reflect the review', () => {
    const file = parseDecisions(readFileSync(decisionsFile(), 'utf8'), 'decisions.json');
    expect(file.decisions.map((d) => [d.rule, d.text, d.decision])).toEqual([['glossary/known-garble', 'Nur Sudan', 'reject']]);
    expect(runCli(['run', '--corpus', 'corpus', '--out', 'reviewed', '--quiet'], { cwd: dir }).code).toBe(0);
    const findings = readFileSync(join(dir, 'reviewed', 'talks-en', 'findings.json'), 'utf8');
    expect(findings).not.toContain('glossary/known-garble');
    expect(readFileSync(join(dir, 'out', 'talks-en', 'findings.json'), 'utf8')).toContain('glossary/known-garble');
    const zh = '一、2023年5月18日，双方在西安举行会谈。双方回顾了两国关系的发展。';
    const en = '1. On 18 May 2023, the two sides held talks in Xi’an.';
    const merged = `<prop type="x-source">reviewed</prop>\n      <prop type="x-pair">talks-zh|talks-en</prop>\n      <tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv>\n      <tuv xml:lang="en"><seg>${en}</seg></tuv>`;
    expect(readFileSync(join(dir, 'reviewed', 'parallel.tmx'), 'utf8')).toContain(merged);
    const exported = runCli(['export', '--corpus', 'corpus', '--format', 'tmx', '-o', 'export.tmx', '--quiet'], { cwd: dir });
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'export.tmx'), 'utf8')).toContain(merged);
  });

  it('undo restores the original', async () => {
    for (let k = 0; k < 5; k++) await saved(() => page.keyboard.press('u'), 'Undone');
    await expect(beads()).resolves.toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6']);
    await expect(page.locator('mark.finding[data-rule="glossary/known-garble"]').getAttribute('class')).resolves.not.toContain('decided-reject');
    const file = parseDecisions(readFileSync(decisionsFile(), 'utf8'), 'decisions.json');
    expect(file.decisions).toEqual([]);
    expect(file.alignment).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keys: j goes to the next finding to review, e edits it, u undoes', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('j');
    await expect(page.locator('#review-status').innerText()).resolves.toBe('Finding: a accept · r reject · e edit');
    const f = await page.locator('mark.finding:focus').getAttribute('data-finding');
    await page.keyboard.press('e');
    await page.locator(`#note-${f} input`).fill('three');
    await saved(() => page.locator(`#note-${f} [data-decide="save"]`).click());
    await expect(page.locator(`#note-${f} .decision`).innerText()).resolves.toBe('Edited: “three”');
    const file = parseDecisions(readFileSync(decisionsFile(), 'utf8'), 'decisions.json');
    expect(file.decisions.map((d) => [d.decision, d.replacement])).toEqual([['edit', 'three']]);
    await saved(() => page.keyboard.press('u'), 'Undone');
    expect(parseDecisions(readFileSync(decisionsFile(), 'utf8'), 'decisions.json').decisions).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!existsSync(executablePath))('the static report opened from disk', () => {
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = scratch('silkalign-review-static-');
    writeFiles(dir, {
      'corpus/manifest.json': pairManifest('documents/talks.zh.txt', 'documents/talks.en.txt'),
      'corpus/documents/talks.zh.txt': ZH + '\n',
      'corpus/documents/talks.en.txt': EN + '\n',
    });
    expect(runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: dir }).code).toBe(0);
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) removeScratch(dir);
  });

  it('is read-only, and downloads the choices as a decisions file that run --decisions accepts', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/^(?!file:|blob:)/, (route) => {
      errors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(join(dir, 'out', PAIR, 'report.html')).href);
    await expect(page.locator('p.explain.mode').innerText()).resolves.toContain('Opened from disk: read-only');
    const mark = page.locator('mark.finding[data-rule="glossary/known-garble"]');
    await mark.click();
    await page.locator(`#note-${await mark.getAttribute('data-finding')} [data-decide="reject"]`).click();
    await page.locator('table.beads tbody tr').nth(1).locator('td.num').click();
    await page.keyboard.press('m');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-act="download"]').click()]);
    expect(download.suggestedFilename()).toBe('decisions.json');
    await download.saveAs(join(dir, 'downloaded.json'));
    expect(errors).toEqual([]);
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'reviewed', '--decisions', 'downloaded.json', '--quiet'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'reviewed', 'talks-en', 'findings.json'), 'utf8')).not.toContain('glossary/known-garble');
    const jsonl = readFileSync(join(dir, 'reviewed', 'parallel.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { zh: string; source: string });
    expect(jsonl.filter((s) => s.source === 'reviewed').map((s) => s.zh)).toEqual(['一、2023年5月18日，双方在西安举行会谈。双方回顾了两国关系的发展。']);
  });
});
