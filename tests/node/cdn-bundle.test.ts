// What the CDN file (packages/elements/dist/xinghui-elements.js) must leave out: the schemas of
// calls a page never makes, and lit's development build. Built in memory, unminified, so the
// assertions read source text; `npm run size` measures the minified file against its budget.
import { rollup } from 'rollup';
import { beforeAll, expect, it } from 'vitest';
import { cdnConfig } from '../../scripts/rollup.config.mjs';

let code = '';
beforeAll(async () => {
  const config = cdnConfig();
  const bundle = await rollup({
    ...config,
    plugins: (config.plugins as { name: string }[]).filter((plugin) => plugin.name !== 'terser'),
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ ...config.output, sourcemap: false });
  await bundle.close();
  code = output.map((file) => (file.type === 'chunk' ? file.code : '')).join('\n');
}, 60_000);

it('carries the response schemas of the calls a page makes', () => {
  expect(code).toContain('/v1/client/checkout_session/confirm');
  expect(code).toContain('must be a masked mobile number'); // ClientCheckoutSession.buyer
});

it('leaves out the schemas only the partner’s server and the sandbox use', () => {
  // CreateCheckoutSessionParams, the sandbox's partner and code queries, the event union.
  expect(code).not.toContain('must equal the sum of quantity');
  expect(code).not.toContain('must be an origin such as');
  expect(code).not.toContain('name exactly one session');
  expect(code).not.toContain('checkout_session.completed');
  expect(code).not.toContain('/v1/buyers');
});

it('leaves out request schemas: the bank checks requests, the SDK checks responses', () => {
  expect(code).not.toContain('must be the 6-digit code sent by SMS'); // ConfirmCheckoutSessionParams
  expect(code).not.toContain('must be an offered term'); // LoanTermParams
  expect(code).not.toContain('must be a unified social credit code'); // CreateClientCreditApplicationParams
});

it('carries no zod: the answers are checked by the validators generated from the schemas', () => {
  // zod's classes are made by `$constructor("$ZodType", …)`; its config holds `jitless`.
  expect(code).not.toMatch(/\$Zod[A-Z]/);
  expect(code).not.toContain('jitless');
  expect(code).toContain("'GET /v1/client/checkout_session'".replaceAll("'", '"'));
});

it('uses lit’s production build', () => {
  expect(code).not.toContain('Lit is in dev mode');
});

/** The view each component loads on demand, when the shop opens it (`<name>.<view>.view.ts`). */
const VIEWS: Record<string, string> = {
  'one-click-loan': 'enrolment',
  'credit-wallet': 'details',
};

it('is a small loader whose components come in chunks of their own', async () => {
  const config = cdnConfig();
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate({ ...config.output, sourcemap: false });
  await bundle.close();
  const [loader, ...chunks] = output.filter((file) => file.type === 'chunk');
  expect(loader?.isEntry).toBe(true);
  // The loader imports nothing at once: every component (with the SDK) comes with `import()`.
  expect(loader?.imports).toEqual([]);
  expect(loader?.dynamicImports.length).toBe(4); // one per component; the configuration is in the registry
  expect(loader?.code).not.toContain('Lit');
  for (const name of ['pay-button', 'one-click-loan', 'credit-wallet', 'provider']) {
    const own = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`${name}.ts`));
    expect(own).toBeDefined();
    // The loader names each tag's whole static graph, to ask for it at once (modulepreload),
    // then (after `|`) the chunks of the views the component loads when the shop opens them.
    const [atOnce, onDemand] = new RegExp(`xh-${name}=([^;"'|]*)\\|([^;"']*)`)
      .exec(loader!.code)
      ?.slice(1)
      .map((files) => (files ? files.split(',') : [])) ?? [[], []];
    const needed = new Set<string>();
    const walk = (file: string) => {
      if (needed.has(file) || file === loader!.fileName) return;
      needed.add(file);
      for (const next of chunks.find((chunk) => chunk.fileName === file)?.imports ?? []) walk(next);
    };
    walk(own!.fileName);
    expect(new Set(atOnce)).toEqual(needed);
    const views = chunks.filter((chunk) =>
      chunk.facadeModuleId?.endsWith(`components/${name}/${name}.${VIEWS[name]}.view.ts`),
    );
    expect(onDemand).toEqual(views.map((chunk) => chunk.fileName));
    // A view loads nothing a page of its component has not loaded already: one request.
    for (const view of views)
      expect(view.imports.every((file) => needed.has(file) || file === loader!.fileName)).toBe(
        true,
      );
  }
  expect(loader?.code).not.toContain('__XH_CHUNK_GRAPH__');
}, 60_000);

it('keeps the English words out of what a Chinese page loads: they come with `import()`', async () => {
  const config = cdnConfig();
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate({ ...config.output, sourcemap: false });
  await bundle.close();
  const chunks = output.flatMap((file) => (file.type === 'chunk' ? [file] : []));
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const payButton = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('pay-button.ts'));
  // What the pay button's chunk imports at once, and what it may load later.
  const atOnce = [payButton, ...(payButton?.imports ?? []).map((name) => byName.get(name))];
  const later = (payButton?.dynamicImports ?? []).map((name) => byName.get(name));
  expect(atOnce.map((chunk) => chunk?.code).join('\n')).toContain('剩余付款时间');
  expect(atOnce.map((chunk) => chunk?.code).join('\n')).not.toContain('Time left to pay');
  expect(later.map((chunk) => chunk?.code).join('\n')).toContain('Time left to pay');
}, 60_000);
