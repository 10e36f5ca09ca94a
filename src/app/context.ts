// What every use case is given rather than finding for itself: the loaded glossary, reviewers'
// decisions, and the caches the work may fill. Caches belong to an object passed down (one per
// thread or process), never to a module: a unit of a large run starts with a clean one.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { clearTextMemos } from '../align/index.js';
import type { Decision } from '../fix/index.js';
import { defaultGlossaryPath, parseGlossary, readGlossaryText, type Glossary } from '../glossary/index.js';

/** The aligner's memos of tokenised texts: a unit's texts do not recur in the next unit. */
export interface TextCaches {
  /** Forgets the texts of earlier work; called before each unit of a run and each checked file. */
  startUnit(): void;
}

/** The aligner's memos as they are today: module-level, cleared through the lexicon. */
export const alignerTextCaches = (): TextCaches => ({ startUnit: clearTextMemos });

export interface AppContext {
  glossary: Glossary;
  /** Reviewer decisions: rejected findings are left out, accepted and edited ones become fixes. */
  decisions: readonly Decision[];
  caches: TextCaches;
}

/**
 * Where a job's glossary comes from: a file (undefined: the curated one), and for work done on
 * another machine (the queue) the file's text, since that machine need not have the file.
 */
export interface GlossarySource {
  file?: string;
  text?: string;
}

/** Loads glossaries once each: the CLI's, or a worker thread's for every job it computes. */
export class GlossaryLoader {
  private readonly loaded = new Map<string, Glossary>();

  /** The glossary of `source`, validated; an unreadable or invalid one is an InputError naming it. */
  load(source: GlossarySource = {}): Glossary {
    const file = resolve(source.file ?? defaultGlossaryPath);
    const key = source.text === undefined ? `file:${file}` : `text:${createHash('sha256').update(source.text).digest('hex')}`;
    let glossary = this.loaded.get(key);
    if (!glossary) this.loaded.set(key, (glossary = parseGlossary(source.text ?? readGlossaryText(file).raw, file)));
    return glossary;
  }

  /** The glossary and a source that carries its text: for jobs computed where the file may not be. */
  loadPortable(file?: string): { glossary: Glossary; source: GlossarySource } {
    const { file: path, raw } = readGlossaryText(file);
    return { glossary: this.load({ file: path, text: raw }), source: { file: path, text: raw } };
  }
}

/** What a thread (or this process) keeps from one job to the next: its glossaries and the aligner's text caches. */
export interface JobEnvironment {
  glossaries: GlossaryLoader;
  caches: TextCaches;
}

export const newJobEnvironment = (): JobEnvironment => ({ glossaries: new GlossaryLoader(), caches: alignerTextCaches() });
