// `silkalign review`'s server: every kind of request it must refuse is refused with nothing
// written (no token, a foreign Host or Origin, `..` in the path, a link out of the output
// folder, an oversized, malformed or invalid body, a decision for another pair); a valid change
// is written atomically to the decisions file, which `run` then accepts, and undoing it restores
// the view. Requests go through node:http so that Host and Origin can be anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReviewServer, type ReviewServer } from '../../src/server/index.js';
import { parseDecisions } from '../../src/fix/index.js';
import { runCli } from '../helpers/cli.js';
import { listTree, PAIR_EN, PAIR_ZH, pairManifest, removeScratch, scratch, writeFiles } from '../hardening/helpers.js';

const PAIR = 'talks-zh--talks-en';
let dir: string;
let server: ReviewServer;
let outputBefore: string[];
let sentences: { zh: string[]; en: string[] };
const decisionsPath = () => join(dir, 'corpus', 'decisions.json');

interface Reply {
  status: number;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, agent: false, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // The server may answer (413) before the whole body is sent.
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? resolve({ status: -1, body: '' }) : reject(err)));
    req.end(options.body);
  });
}

const api = () => `/${server.token}/api/report/${PAIR}`;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  send(api(), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const none = { decisions: [], alignment: [] };
const merge = () => ({ pair: PAIR, zh: [sentences.zh[1], sentences.zh[2]], en: [sentences.en[1], sentences.en[2]], decision: 'link' });

beforeAll(async () => {
  dir = scratch('silkalign-review-server-');
  writeFiles(dir, {
    'corpus/manifest.json': pairManifest('documents/talks.zh.txt', 'documents/talks.en.txt'),
    'corpus/documents/talks.zh.txt': PAIR_ZH,
    // One machine-translation slip (a doubled word), so that the English document has a finding to decide on.
    'corpus/documents/talks.en.txt': PAIR_EN.replace('held talks', 'held talks talks'),
    'secret.txt': 'outside the output folder\n',
  });
  expect(runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: dir }).code).toBe(0);
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'out', 'link-out.txt'));
  const a = JSON.parse(readFileSync(join(dir, 'out', PAIR, 'alignment.json'), 'utf8')) as { zh: { sentences: string[] }; en: { sentences: string[] } };
  sentences = { zh: a.zh.sentences, en: a.en.sentences };
  outputBefore = listTree(join(dir, 'out'));
  server = await startReviewServer({ out: join(dir, 'out'), decisions: decisionsPath(), port: 0 });
});
afterAll(async () => {
  await server?.close();
  removeScratch(dir);
});

describe('the review server', () => {
  it('listens on the loopback address only, and serves the reports with the token', async () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/[A-Za-z0-9_-]{32}/index\\.html$`));
    const index = await send(`/${server.token}/index.html`);
    expect(index.status).toBe(200);
    expect(index.body).toContain(`${PAIR}/report.html`);
    expect((await send(`/${server.token}/${PAIR}/report.html`)).body).toContain('id="review-data"');
    expect((await send(`/${server.token}/index.html`, { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('gives a report’s view: the aligner’s beads and no decision yet', async () => {
    const view = JSON.parse((await send(api())).body) as { beads: Array<{ zh: number[]; reviewed: boolean }>; findings: unknown[] };
    expect(view.beads.map((b) => b.zh)).toEqual([[0], [1], [2], [3], [4]]);
    expect(view.beads.some((b) => b.reviewed)).toBe(false);
    expect(view.findings.every((f) => f === null)).toBe(true);
  });

  describe('refuses, writing nothing', () => {
    const refusals: Array<[string, () => Promise<Reply>, number]> = [
      ['no token', () => send('/index.html'), 404],
      ['a wrong token', () => send('/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/index.html'), 404],
      ['a wrong token on the API', () => send(`/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/api/report/${PAIR}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ add: { ...none, alignment: [merge()] }, remove: none }) }), 404],
      ['a foreign Host (DNS rebinding)', () => send(`/${server.token}/index.html`, { headers: { Host: `attacker.example:${server.port}` } }), 403],
      ['a Host on another port', () => send(`/${server.token}/index.html`, { headers: { Host: '127.0.0.1:1' } }), 403],
      ['a foreign Origin', () => post({ add: { ...none, alignment: [merge()] }, remove: none }, { Origin: 'http://attacker.example' }), 403],
      ['the null Origin', () => post({ add: { ...none, alignment: [merge()] }, remove: none }, { Origin: 'null' }), 403],
      ['a path with ..', () => send(`/${server.token}/../secret.txt`), 400],
      ['a path with ..', () => send(`/${server.token}/${PAIR}/../../secret.txt`), 400],
      ['a path with encoded ..', () => send(`/${server.token}/%2e%2e/secret.txt`), 400],
      ['a path with an encoded slash', () => send(`/${server.token}/${PAIR}%2F..%2F..%2Fsecret.txt`), 404],
      ['a link out of the output folder', () => send(`/${server.token}/link-out.txt`), 404],
      ['an oversized body', () => post(JSON.stringify({ add: { decisions: [], alignment: [{ ...merge(), note: 'x'.repeat(300_000) }] }, remove: none })), 413],
      ['a malformed body', () => post('{"add": '), 400],
      ['a body of another shape', () => post({ add: none, remove: none, extra: 1 }), 400],
      ['an invalid decision', () => post({ add: { decisions: [], alignment: [{ ...merge(), en: [] }] }, remove: none }), 400],
      ['a decision for another pair', () => post({ add: { decisions: [], alignment: [{ ...merge(), pair: 'other--pair' }] }, remove: none }), 400],
      ['a body not sent as JSON', () => post(JSON.stringify({ add: none, remove: none }), { 'Content-Type': 'text/plain' }), 415],
      ['another method', () => send(`/${server.token}/index.html`, { method: 'PUT', body: 'x' }), 405],
    ];
    it.each(refusals)('%s', async (_what, make, status) => {
      const reply = await make();
      // -1: the connection closed while the oversized body was still being sent.
      expect(status === 413 ? [413, -1] : [status]).toContain(reply.status);
      expect(reply.body).not.toContain('outside the output folder');
      expect(existsSync(decisionsPath())).toBe(false);
      expect(listTree(join(dir, 'out'))).toEqual(outputBefore);
    });
  });

  describe('a valid change', () => {
    it('is written to the decisions file at once, and the view shows the merged bead', async () => {
      const reply = await post({ add: { decisions: [], alignment: [merge()] }, remove: none }, { Origin: `http://127.0.0.1:${server.port}` });
      expect(reply.status).toBe(200);
      const view = JSON.parse(reply.body) as { beads: Array<{ zh: number[]; en: number[]; reviewed: boolean }> };
      expect(view.beads.map((b) => [b.zh, b.en, b.reviewed])).toEqual([[[0], [0], false], [[1, 2], [1, 2], true], [[3], [3], false], [[4], [4], false]]);
      const file = parseDecisions(readFileSync(decisionsPath(), 'utf8'), 'decisions.json');
      expect(file.alignment).toEqual([merge()]);
      // Atomic: no temporary file left beside it; the output folder untouched.
      expect(readdirSync(join(dir, 'corpus')).sort()).toEqual(['decisions.json', 'documents', 'manifest.json']);
      expect(listTree(join(dir, 'out'))).toEqual(outputBefore);
    });

    it('is what `run` applies', () => {
      const r = runCli(['run', '--corpus', 'corpus', '--out', 'out2', '--quiet'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, 'out2', 'parallel.jsonl'), 'utf8')).toContain(`"source":"reviewed"`);
    });

    it('can be undone: the inverse change restores the aligner’s beads', async () => {
      const reply = await post({ add: none, remove: { decisions: [], alignment: [merge()] } });
      const view = JSON.parse(reply.body) as { beads: Array<{ zh: number[]; reviewed: boolean }> };
      expect(view.beads.map((b) => b.zh)).toEqual([[0], [1], [2], [3], [4]]);
      expect(parseDecisions(readFileSync(decisionsPath(), 'utf8'), 'd').alignment).toEqual([]);
    });

    it('an English document’s report: finding decisions only', async () => {
      const docApi = `/${server.token}/api/report/talks-en`;
      const view = JSON.parse((await send(docApi)).body) as { beads: unknown[]; findings: unknown[] };
      expect(view.beads).toEqual([]);
      expect(view.findings.length).toBeGreaterThan(0);
      const headers = { 'Content-Type': 'application/json' };
      const link = await send(docApi, { method: 'POST', headers, body: JSON.stringify({ add: { decisions: [], alignment: [merge()] }, remove: none }) });
      expect(link.status).toBe(400);
      expect(link.body).toContain('this report has no alignment to decide');
      const reject = { rule: 'artifact/doubled-word', text: 'talks talks', before: '', after: '', decision: 'reject' };
      const decided = JSON.parse((await send(docApi, { method: 'POST', headers, body: JSON.stringify({ add: { decisions: [reject], alignment: [] }, remove: none }) })).body) as { findings: unknown[] };
      expect(decided.findings.filter((f) => f !== null)).toEqual([reject]);
      expect(parseDecisions(readFileSync(decisionsPath(), 'utf8'), 'd').decisions).toEqual([reject]);
    });

    it('a decisions file that cannot be written: 500 and one line, no temporary file left', async () => {
      const lines: string[] = [];
      const other = await startReviewServer({ out: join(dir, 'out'), decisions: join(dir, 'no-such-folder', 'decisions.json'), port: 0, log: (l) => lines.push(l) });
      try {
        const reply = await new Promise<Reply>((resolve, reject) => {
          const req = request(
            { host: '127.0.0.1', port: other.port, agent: false, path: `/${other.token}/api/report/${PAIR}`, method: 'POST', headers: { Host: `127.0.0.1:${other.port}`, 'Content-Type': 'application/json' } },
            (res) => {
              let body = '';
              res.on('data', (c: Buffer) => (body += c.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify({ add: { decisions: [], alignment: [merge()] }, remove: none }));
        });
        expect(reply.status).toBe(500);
        expect(reply.body).toMatch(/^not saved: ENOENT/);
        expect(lines).toEqual([expect.stringMatching(/^silkalign review: POST failed: ENOENT/)]);
        expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
      } finally {
        await other.close();
      }
    });

    it('a decisions file edited by hand into invalid JSON is reported, not overwritten', async () => {
      writeFileSync(decisionsPath(), '{ not json');
      const reply = await post({ add: { decisions: [], alignment: [merge()] }, remove: none });
      expect(reply.status).toBe(409);
      expect(reply.body).toContain('decisions.json: not valid JSON');
      expect(readFileSync(decisionsPath(), 'utf8')).toBe('{ not json');
    });
  });
});
