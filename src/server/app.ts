// The review server's routes (Hono): every request must come to the loopback address by name
// (Host), from the page itself if from a page at all (Origin), and carry the token as its first
// path segment; then it may read a file of the output folder, read a report's view, or send a
// change, which is validated (size, JSON, zod) and written to the decisions file.
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { HttpBindings } from '@hono/node-server';
import { AlignmentFileSchema, applyReviewChange, changeRefusal, ReviewChangeSchema, reviewView, type AlignmentFile } from '../app/index.js';
import type { ReviewData } from '../export/index.js';
import { isInputError } from '../errors.js';
import { safeSegment, type DecisionsStore, type OutputFiles } from './files.js';

/** Largest request body: a change adds and removes a few decisions; a whole file's worth is refused. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface ReviewAppOptions {
  token: string;
  /** The port it listens on: Host and Origin must name it. */
  port: number;
  files: OutputFiles;
  decisions: DecisionsStore;
  log?: (line: string) => void;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'text/plain; charset=utf-8',
  md: 'text/plain; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  tsv: 'text/plain; charset=utf-8',
  diff: 'text/plain; charset=utf-8',
  tmx: 'text/xml; charset=utf-8',
  sarif: 'application/json; charset=utf-8',
};

/** Any `.` or `..` segment in the path as sent (plain or percent-encoded), or a backslash. */
const dotSegment = (raw: string): boolean => {
  const path = raw.split('?')[0];
  return /\\|%5c/i.test(path) || path.split('/').some((s) => /^(\.|%2e){1,2}$/i.test(s));
};

export function reviewApp(options: ReviewAppOptions): Hono<{ Bindings: HttpBindings }> {
  const { token, port, files, decisions } = options;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const tokenBytes = Buffer.from(token);
  const refuse = (c: Context, status: 400 | 403 | 404 | 405 | 413 | 415, why: string) => {
    options.log?.(`silkalign review: refused ${c.req.method} (${status}): ${why}`);
    return c.text(`${why}\n`, status);
  };
  const app = new Hono<{ Bindings: HttpBindings }>();

  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', CSP);
    // DNS rebinding: a page of another site that resolves its name to 127.0.0.1 still sends its own name.
    if (!hosts.has(c.req.header('host') ?? '')) return refuse(c, 403, 'this server answers only to 127.0.0.1 and localhost on its port');
    const origin = c.req.header('origin');
    if (origin !== undefined && !origins.has(origin)) return refuse(c, 403, 'requests from other sites are refused');
    if (dotSegment(c.env.incoming.url ?? '')) return refuse(c, 400, 'a path with "." or ".." segments is refused');
    const first = c.req.path.split('/')[1] ?? '';
    const given = Buffer.from(safeDecode(first) ?? '');
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) return refuse(c, 404, 'not found (the URL needs the token silkalign review printed)');
    await next();
  });

  app.get('/:token', (c) => c.redirect(`/${token}/index.html`));
  app.get('/:token/', (c) => c.redirect(`/${token}/index.html`));

  app.get('/:token/api/report/:report', async (c) => {
    const report = await loadReport(files, c.req.param('report'));
    if (!report) return refuse(c, 404, 'no such report');
    return withDecisions(c, async () => c.json(reviewView(report.data, report.alignment, await decisions.load())));
  });

  app.post(
    '/:token/api/report/:report',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => refuse(c, 413, `the request body is larger than ${MAX_BODY_BYTES} bytes`) }),
    async (c) => {
      if (!/^application\/json\b/.test(c.req.header('content-type') ?? '')) return refuse(c, 415, 'send the change as application/json');
      const report = await loadReport(files, c.req.param('report'));
      if (!report) return refuse(c, 404, 'no such report');
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return refuse(c, 400, 'the request body is not valid JSON');
      }
      const parsed = ReviewChangeSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return refuse(c, 400, `invalid change at ${issue.path.join('.') || 'the body'}: ${issue.message}`);
      }
      const refusal = changeRefusal(report.data, parsed.data);
      if (refusal) return refuse(c, 400, refusal);
      return withDecisions(c, async () => {
        const file = await decisions.update((current) => applyReviewChange(current, parsed.data));
        const added = parsed.data.add.decisions.length + parsed.data.add.alignment.length;
        const removed = parsed.data.remove.decisions.length + parsed.data.remove.alignment.length;
        options.log?.(`silkalign review: ${report.name}: ${added} decisions added, ${removed} removed; ${decisions.path} saved`);
        return c.json(reviewView(report.data, report.alignment, file));
      });
    },
  );

  app.get('/:token/*', async (c) => {
    const segments = c.req.path.split('/').slice(2).map(safeDecode);
    if (segments.some((s) => s === undefined)) return refuse(c, 400, 'a malformed path');
    const path = await files.file(segments as string[]);
    if (!path) return refuse(c, 404, 'no such file in the output folder');
    const type = CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    const { readFile } = await import('node:fs/promises');
    return c.body(new Uint8Array(await readFile(path)), 200, { 'Content-Type': type });
  });

  app.all('*', (c) => refuse(c, 405, 'only GET, and POST to a report’s API'));
  // A file-system failure (a read-only corpus folder, a full disk): one line, nothing half-written.
  app.onError((err, c) => {
    options.log?.(`silkalign review: ${c.req.method} failed: ${err.message}`);
    return c.text(`not saved: ${err.message}\n`, 500);
  });
  return app;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** An invalid decisions file (edited by hand meanwhile) is the reviewer's to fix: said, not crashed on. */
async function withDecisions(c: Context, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (err) {
    if (isInputError(err)) return c.text(`${err.message}\n`, 409);
    throw err;
  }
}

interface LoadedReport {
  name: string;
  data: ReviewData;
  alignment?: AlignmentFile;
}

const DATA_BLOCK = /<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/;

/** A report's review data (from its page) and, for a pair, its alignment.json. */
async function loadReport(files: OutputFiles, name: string): Promise<LoadedReport | undefined> {
  if (!safeSegment(name)) return undefined;
  const page = await files.read([name, 'report.html']);
  const block = page && DATA_BLOCK.exec(page.toString('utf8'));
  if (!block) return undefined;
  const data = JSON.parse(block[1]) as ReviewData;
  const json = data.pair === undefined ? undefined : await files.read([name, 'alignment.json']);
  const alignment = json ? AlignmentFileSchema.safeParse(JSON.parse(json.toString('utf8'))) : undefined;
  return { name, data, ...(alignment?.success ? { alignment: alignment.data } : {}) };
}
