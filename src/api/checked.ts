// The library's boundary: a function a user imports checks its arguments with zod before any
// work, and wrong input is an InputError naming the function, the argument (and the field inside
// it) and what it must be: "checkEnglish: text must be a string (got number)". Only calls from
// outside pass through here; the pipeline calls the stages directly, so loops pay nothing.
import type { z } from 'zod';
import { InputError } from '../errors.js';

/** A parameter: its name in messages and its schema (`.optional()` when it may be left out). */
export type Param = readonly [name: string, schema: z.ZodType];

/** `fn` with its arguments checked against `params` (in order) on every call; same signature. */
export function checked<A extends unknown[], R>(name: string, params: readonly Param[], fn: (...args: A) => R): (...args: A) => R {
  const wrapped = (...args: A): R => {
    checkArguments(name, params, args);
    return fn(...args);
  };
  Object.defineProperty(wrapped, 'name', { value: name });
  return wrapped;
}

/** `checked` for a function that returns a promise: wrong input is a rejected promise, as any other failure of it. */
export function checkedAsync<A extends unknown[], R>(name: string, params: readonly Param[], fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const wrapped = async (...args: A): Promise<R> => {
    checkArguments(name, params, args);
    return fn(...args);
  };
  Object.defineProperty(wrapped, 'name', { value: name });
  return wrapped;
}

/** Throws an InputError for the first argument that does not fit its schema. */
export function checkArguments(name: string, params: readonly Param[], args: readonly unknown[]): void {
  for (const [i, [param, schema]] of params.entries()) {
    const result = schema.safeParse(args[i]);
    if (!result.success) throw new InputError(describeIssue(name, param, result.error.issues[0], args[i]));
  }
}

type Issue = z.core.$ZodIssue;

function describeIssue(name: string, param: string, issue: Issue, arg: unknown): string {
  const where = param + issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const value = valueAt(arg, issue.path);
  let what: string;
  if (issue.code === 'invalid_type') what = value === undefined ? `is required: ${article(issue.expected)}` : `must be ${article(issue.expected)}`;
  else if (issue.code === 'unrecognized_keys') what = `has no option ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  else if (issue.code === 'invalid_value') what = `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  else if (issue.code === 'too_small') what = `must be at least ${String(issue.minimum)}${issue.origin === 'array' || issue.origin === 'string' ? ` long` : ''}`;
  else if (issue.code === 'too_big') what = `must be at most ${String(issue.maximum)}${issue.origin === 'array' || issue.origin === 'string' ? ` long` : ''}`;
  else what = `must be ${issue.message}`;
  return issue.code === 'unrecognized_keys' ? `${name}: ${where} ${what}` : `${name}: ${where} ${what} (got ${describeValue(value)})`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

const ARTICLES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  function: 'a function',
  bigint: 'a bigint',
  map: 'a Map',
  set: 'a Set',
};
const article = (type: string): string => ARTICLES[type] ?? type;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (typeof value === 'object') return value.constructor && value.constructor !== Object ? `a ${value.constructor.name}` : 'an object';
  return typeof value;
}
