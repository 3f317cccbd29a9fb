/**
 * `createSandbox({ rules })`: the sandbox decides credit with the rule set it is given (the
 * example file shipped in the package, or one that refers every shop), and a rule set that does
 * not load is refused before anything starts.
 */
import type { Buyer, CreditApplication } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './risk/compile.js';
import { DEFAULT_RULES, RuleSetError } from './risk/index.js';
import EXAMPLE_RULES from './risk/example-rules.json' with { type: 'json' };
import { createSandbox, type SandboxOptions } from './sandbox.js';
import { SHOP, newPartner } from './testing/harness.js';

async function applyWith(rules: SandboxOptions['rules']) {
  const { app } = createSandbox({ rules });
  const { server } = await newPartner(app);
  const shop = (
    await server.post<Buyer>('/v1/buyers', { ...SHOP, business_name: '贝贝母婴生活馆' })
  ).body;
  await server.post('/v1/consents', {
    buyer: shop.id,
    type: 'credit_query',
    template_version: '2026-11-01',
    locale: 'zh-CN',
  });
  const { body } = await server.post<CreditApplication>('/v1/credit_applications', {
    buyer: shop.id,
    months_trading: 48,
  });
  return body;
}

const referEveryone = {
  ...DEFAULT_RULES,
  version: 'refer-all-1',
  rules: [
    {
      id: 'refer_all',
      description: { 'zh-CN': '全部转人工', en: 'Refer every application' },
      applies_to: 'application' as const,
      then: { reason: 'score_borderline', outcome: 'refer' as const },
    },
  ],
};

describe('createSandbox({ rules })', () => {
  it('decides credit applications with the rule set given, as JSON or compiled', async () => {
    const referred = await applyWith(referEveryone);
    expect(referred.status).toBe('referred');
    expect(referred.decision).toMatchObject({
      rule_set: 'refer-all-1',
      rules_fired: ['refer_all'],
    });

    const example = await applyWith(compileRuleSet(EXAMPLE_RULES, { mode: 'codegen' }));
    expect(example.status).toBe('approved');
    expect(example.decision).toMatchObject({ rule_set: 'example-2026-12' });
    expect(example.decision?.rules_fired).toContain('score_tenure_3y');
  });

  it('decides with the shipped rules by default', async () => {
    const application = await applyWith(undefined);
    expect(application.decision?.rule_set).toBe(DEFAULT_RULES.version);
  });

  it('refuses a rule set that does not load, naming the rule', () => {
    const broken = {
      ...referEveryone,
      rules: [{ ...referEveryone.rules[0]!, when: { indicator: 'orders_90', op: '>', value: 1 } }],
    };
    expect(() => createSandbox({ rules: broken as never })).toThrow(RuleSetError);
    expect(() => createSandbox({ rules: broken as never })).toThrow(
      'rule "refer_all" at rules[0].when.indicator: unknown indicator "orders_90"',
    );
  });
});
