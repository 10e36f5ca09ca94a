// What every use case is given rather than finding for itself: the loaded glossary, reviewers'
// decisions, and the aligner's context (its lexicon and the memo of the texts it analysed).
// Caches belong to an object passed down (one per thread or process), never to a module: each
// unit of a large run starts with the context's memo cleared.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { AlignmentContext } from '../align/index.js';
import type { AlignmentDecision, Decision } from '../fix/index.js';
import { defaultGlossaryPath, parseGlossary, readGlossaryText, type Glossary } from '../glossary/index.js';
import type { StageClock } from '../profile.js';

export interface AppContext {
  glossary: Glossary;
  /** Reviewer decisions: rejected findings are left out, accepted and edited ones become fixes. */
  decisions: readonly Decision[];
  /** Reviewers' alignment decisions: links confirmed or corrected, segments with no counterpart. */
  alignmentDecisions?: readonly AlignmentDecision[];
  /** The aligner's lexicon and text memo for this unit of work. */
  alignment: AlignmentContext;
  /** Times the stages of the work (`run --profile`). */
  clock?: StageClock;
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

/**
 * What a thread (or this process) keeps from one job to the next: its glossaries, and one
 * aligner context whose memo each job clears first (a unit's texts do not recur in the next),
 * so that the lexicon is built once.
 */
export interface JobEnvironment {
  glossaries: GlossaryLoader;
  alignment: AlignmentContext;
}

export const newJobEnvironment = (): JobEnvironment => ({ glossaries: new GlossaryLoader(), alignment: new AlignmentContext() });
