// The boilerplate rules (data/boilerplate.json), validated when loaded: each line rule's
// pattern compiles, every example matches it and every `keeps` line does not.
import { z } from 'zod';
import raw from './data/boilerplate.json' with { type: 'json' };

const PatternSchema = z.object({
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsu]*$/).optional(),
  examples: z.array(z.string()).min(1),
  keeps: z.array(z.string()).default([]),
});

export const BoilerplateRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      id: z.string().regex(/^(head|tail|any|edge)\/[a-z0-9-]+$/),
      description: z.string().min(1),
      kind: z.literal('structural'),
      zone: z.enum(['head', 'tail', 'any', 'edge']),
    })
    .strict(),
  z
    .object({
      id: z.string().regex(/^(head|tail|any|edge)\/[a-z0-9-]+$/),
      description: z.string().min(1),
      kind: z.enum(['line', 'cut', 'inline-end']),
      zone: z.enum(['head', 'tail', 'any']),
    })
    .extend(PatternSchema.shape)
    .strict(),
]);

export const BoilerplateDataSchema = z
  .object({
    version: z.literal(1),
    titles: z.array(PatternSchema.strict()),
    rules: z.array(BoilerplateRuleSchema),
  })
  .strict();

export type BoilerplateRule = z.infer<typeof BoilerplateRuleSchema>;
export type BoilerplateData = z.infer<typeof BoilerplateDataSchema>;

export interface CompiledRule {
  id: string;
  description: string;
  kind: BoilerplateRule['kind'];
  zone: 'head' | 'tail' | 'any' | 'edge';
  regex?: RegExp;
}

export interface CompiledRules {
  titles: RegExp[];
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
}

let compiled: CompiledRules | undefined;

/** Compiles a rule set; throws if a pattern does not compile or an example disagrees. */
export function compileRules(data: unknown): CompiledRules {
  const parsed = BoilerplateDataSchema.parse(data);
  const ids = new Set<string>();
  const rules = parsed.rules.map((rule): CompiledRule => {
    if (ids.has(rule.id)) throw new Error(`boilerplate rule ${rule.id} is defined twice`);
    ids.add(rule.id);
    if (rule.kind === 'structural') return { ...rule };
    const regex = new RegExp(rule.pattern, `u${rule.flags ?? ''}`);
    checkExamples(rule.id, regex, rule.examples, rule.keeps);
    return { id: rule.id, description: rule.description, kind: rule.kind, zone: rule.zone, regex };
  });
  const titles = parsed.titles.map((t, i) => {
    const regex = new RegExp(t.pattern, `u${t.flags ?? ''}`);
    checkExamples(`titles[${i}]`, regex, t.examples, t.keeps);
    return regex;
  });
  return { titles, rules, byId: new Map(rules.map((r) => [r.id, r])) };
}

function checkExamples(id: string, regex: RegExp, examples: string[], keeps: string[]): void {
  for (const e of examples) if (!regex.test(e)) throw new Error(`boilerplate ${id}: example does not match: ${e}`);
  for (const k of keeps) if (regex.test(k)) throw new Error(`boilerplate ${id}: a line it must keep matches: ${k}`);
}

export function boilerplateRules(): CompiledRules {
  compiled ??= compileRules(raw);
  return compiled;
}
