// `silkalign review`'s server: the output folder's reports on 127.0.0.1, behind a random token,
// saving reviewers' choices to the decisions file. The public entry of src/server.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { reviewApp } from './app.js';
import { DecisionsStore, OutputFiles } from './files.js';

export { MAX_BODY_BYTES } from './app.js';

export interface ReviewServerOptions {
  /** The output folder of a run (its reports). */
  out: string;
  /** The decisions file: read, and the only file written. */
  decisions: string;
  /** 0: any free port. */
  port: number;
  log?: (line: string) => void;
}

export interface ReviewServer {
  /** The index page, token included. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const files = await OutputFiles.open(options.out);
  const decisions = new DecisionsStore(options.decisions);
  // Refuse an invalid decisions file before serving anything.
  await decisions.load();
  const token = randomBytes(24).toString('base64url');
  // Routes are made once the port is known (0: the system chooses); nothing is served before.
  const routes: { app?: ReturnType<typeof reviewApp> } = {};
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: (request, env) => routes.app!.fetch(request, env), port: options.port, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  routes.app = reviewApp({ token, port, files, decisions, log: options.log });
  return {
    url: `http://127.0.0.1:${port}/${token}/index.html`,
    token,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
