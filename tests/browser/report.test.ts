// The HTML review report in a real browser (Debian's chromium, headless, driven by
// playwright-core): rows are there, clicking a finding shows its suggestion, filters hide what
// they should, the hostile <script> stays text. Saves a screenshot under tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatReportHtml } from '../../src/export/index.js';
import { sampleReport } from '../export/report-fixture.js';

const executablePath = '/usr/bin/chromium';
const artifacts = join(import.meta.dirname, '..', 'artifacts');

describe.skipIf(!existsSync(executablePath))('review report in chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'report.html');
    writeFileSync(file, formatReportHtml(sampleReport()));
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Anything that tries the network fails the test.
    await page.route(/^(?!file:)/, (route) => {
      errors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows one row per bead and runs without errors or network', async () => {
    await expect(page.locator('table.beads tbody tr').count()).resolves.toBe(5);
    await expect(page.locator('tr.zh-only td.en').innerText()).resolves.toBe('no English counterpart');
    await expect(page.title()).resolves.toBe('Pair: first-meeting zh ↔ en');
    await expect(page.locator('#shown').innerText()).resolves.toBe('3 of 3 findings shown');
    expect(errors).toEqual([]);
  });

  it('shows the hostile script as text', async () => {
    await expect(page.locator('table.beads tbody tr').nth(2).locator('td.en').innerText()).resolves.toContain('<script>document.title="pwned"</script> & more.');
    await expect(page.locator('table.beads tbody tr').nth(2).locator('td.zh').innerText()).resolves.toBe('注：<script>alert(1)</script>');
  });

  it('clicking a finding shows its message and suggestion', async () => {
    const note = page.locator('#note-0');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.locator('mark#mark-0').click();
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.innerText()).resolves.toContain('Safe fix: replace with Nur-Sultan');
    await page.locator('mark#mark-1').click();
    await expect(page.locator('#note-1').innerText()).resolves.toContain('Suggestion: mutually beneficial');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
  });

  it('the rule filter hides that rule’s findings, and with "only rows with findings" their rows', async () => {
    await page.locator('input[name="rule"][value="style/calque"]').uncheck();
    await expect(page.locator('#shown').innerText()).resolves.toBe('1 of 3 findings shown');
    await expect(page.locator('#note-1').isVisible()).resolves.toBe(false);
    await expect(page.locator('mark#mark-1').getAttribute('class')).resolves.toContain('filtered');
    await expect(page.locator('table.list tr[data-rule="style/calque"]').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('table.list tr[data-rule="glossary/known-garble"]').isVisible()).resolves.toBe(true);
    await page.locator('#only-findings').check();
    const visibleRows = await page.locator('table.beads tbody tr:visible').count();
    expect(visibleRows).toBe(1);
    await expect(page.locator('table.beads tbody tr:visible td.en mark').innerText()).resolves.toBe('Nur Sudan');
  });

  it('the severity filter hides errors', async () => {
    await page.locator('input[name="rule"][value="style/calque"]').check();
    await page.locator('input[name="severity"][value="error"]').uncheck();
    await expect(page.locator('#shown').innerText()).resolves.toBe('2 of 3 findings shown');
    await expect(page.locator('table.beads tbody tr:visible').count()).resolves.toBe(2);
    await expect(page.locator('table.list tr[data-severity="error"]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});
