// The Redis server a distributed run uses, from a redis:// URL, as BullMQ connection options.
import { InputError } from '../errors.js';

export const DEFAULT_QUEUE_NAME = 'silkalign';

export interface QueueConnection {
  host: string;
  port: number;
  db?: number;
  username?: string;
  password?: string;
  /** BullMQ's blocking commands must not time out. */
  maxRetriesPerRequest: null;
}

export function parseRedisUrl(url: string): QueueConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`--queue "${url}" is not a URL; give redis://HOST:PORT`);
  }
  if (parsed.protocol !== 'redis:') throw new InputError(`--queue "${url}": only redis:// URLs are supported`);
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new InputError(`--queue "${url}": the path must be a database number (redis://HOST:PORT/0)`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    maxRetriesPerRequest: null,
  };
}
