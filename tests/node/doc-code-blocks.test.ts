// Every code block of the READMEs and docs/ is checked (scripts/docs/code-blocks.ts says how
// blocks are marked): `ts`/`js` type-check against the packages, `json` parses, `html` is well
// formed, `curl` commands answer as the docs say from the sandbox (in-process), and the other
// shell commands name scripts and bins that exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox } from '@xinghui/sandbox';
import { describe, expect, it } from 'vitest';
import { checkTsBlocks } from '../../scripts/docs/check-ts-blocks.js';
import { allCodeBlocks, type CodeBlock } from '../../scripts/docs/code-blocks.js';
import { curlRequest, shellCommands, shellWords } from '../../scripts/docs/curl.js';
import { repoRoot } from '../../scripts/docs/paths.js';

const blocks = allCodeBlocks().filter((block) => !block.attributes.has('fragment'));
const where = (block: CodeBlock) => `${block.file}:${block.line}`;
const ofLang = (...langs: string[]) => blocks.filter((block) => langs.includes(block.lang));

/** Languages no check applies to (prose, diagrams, CSS for the reader to adapt). */
const UNCHECKED = new Set(['text', 'css', 'http', '']);

describe('code blocks in the docs', () => {
  it('are all of a checked kind, with few fragments', () => {
    const kinds = new Set('ts typescript tsx js javascript json html sh bash'.split(' '));
    const unknown = blocks.filter((b) => !kinds.has(b.lang) && !UNCHECKED.has(b.lang));
    expect(unknown.map(where)).toEqual([]);
    const fragments = allCodeBlocks().filter((block) => block.attributes.has('fragment'));
    expect(fragments.length).toBeLessThanOrEqual(5);
  });

  it('type-check (ts, tsx, js) against the packages', { timeout: 120_000 }, () => {
    const problems = checkTsBlocks(ofLang('ts', 'typescript', 'tsx', 'js', 'javascript'));
    expect(problems.map((p) => `${where(p.block)}: ${p.message}`)).toEqual([]);
  });

  it('parse (json)', () => {
    for (const block of ofLang('json')) {
      expect(() => JSON.parse(block.code), where(block)).not.toThrow();
    }
  });

  it('are well-formed HTML (html)', () => {
    const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr', 'source', 'base', 'wbr']);
    for (const block of ofLang('html')) {
      const open: string[] = [];
      const text = block.code.replace(/<!--[\s\S]*?-->/g, '');
      for (const [, closing, name, rest] of text.matchAll(/<(\/?)([A-Za-z][\w-]*)([^>]*)>/g)) {
        const tag = name!.toLowerCase();
        expect((rest!.match(/"/g) ?? []).length % 2, `${where(block)}: quotes in <${tag}>`).toBe(0);
        if (closing) expect(open.pop(), `${where(block)}: </${tag}>`).toBe(tag);
        else if (!VOID.has(tag) && !rest!.trimEnd().endsWith('/')) open.push(tag);
      }
      expect(open, `${where(block)}: unclosed`).toEqual([]);
    }
  });

  it('name npm scripts and bins that exist (sh)', () => {
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const bins = new Set(
      ['sandbox', 'sdk', 'elements', 'contract'].flatMap((name) =>
        Object.keys(
          JSON.parse(readFileSync(join(repoRoot, `packages/${name}/package.json`), 'utf8')).bin ??
            {},
        ),
      ),
    );
    for (const block of ofLang('sh', 'bash')) {
      for (const command of shellCommands(block.code).flatMap((c) => c.split(/&&|\|\|/))) {
        const [tool, sub, name] = command.trim().split(/\s+/);
        if (tool === 'npm' && sub === 'run') {
          expect(root.scripts, `${where(block)}: npm run ${name}`).toHaveProperty([name!]);
        } else if (tool === 'npm' && (sub === 'start' || sub === 'test')) {
          expect(root.scripts, `${where(block)}: npm ${sub}`).toHaveProperty([sub]);
        } else if (tool === 'npx' && sub && !sub.startsWith('-')) {
          const known =
            bins.has(sub) ||
            ['tsx', 'typedoc', 'vitest', 'changeset', 'prettier', 'eslint', 'tsc', 'msw'].includes(
              sub,
            );
          expect(known, `${where(block)}: npx ${sub}`).toBe(true);
        }
      }
    }
  });

  it('answer as the docs say from the sandbox (curl)', { timeout: 60_000 }, async () => {
    const { app, close } = createSandbox();
    const base = 'http://127.0.0.1:4400';
    const call = async (path: string, key: string | undefined, body?: unknown) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (key) headers.authorization = `Bearer ${key}`;
      if (body !== undefined) headers['idempotency-key'] = crypto.randomUUID();
      const res = await app.request(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as Record<string, string>;
    };
    const partner = await call('/v1/sandbox/partners', undefined, {});
    const key = partner.secret_key!;
    // A code of its own: the docs create 贝贝母婴生活馆 itself, and a partner has one buyer per code.
    const buyer = await call('/v1/buyers', key, {
      business_name: '贝贝母婴生活馆',
      credit_code: '914403007000000011',
      owner_name: '林晓梅',
      phone: '13800138000',
      industry: 'mother_baby',
    });
    const supplier = await call('/v1/suppliers', key, {
      business_name: '安心母婴用品批发有限公司',
      credit_code: '914403001922038216',
      phone: '13900139000',
      industry: 'mother_baby',
    });
    const session = await call('/v1/checkout_sessions', key, {
      buyer: buyer.id,
      supplier: supplier.id,
      amount: { amount: 100, currency: 'CNY' },
      line_items: [{ name: '试用装', quantity: 1, unit_amount: { amount: 100, currency: 'CNY' } }],
    });
    const vars = {
      XINGHUI: base,
      XINGHUI_SECRET_KEY: key,
      XINGHUI_PUBLISHABLE_KEY: partner.publishable_key!,
      BUYER: buyer.id!,
      SUPPLIER: supplier.id!,
      CLIENT_SECRET: session.client_secret!,
    };
    let sent = 0;
    for (const block of ofLang('sh', 'bash')) {
      for (const command of shellCommands(block.code)) {
        if (!command.startsWith('curl ')) continue;
        const request = curlRequest(shellWords(command, vars, () => String(Date.now())));
        expect(request.url.startsWith(base), `${where(block)}: ${request.url}`).toBe(true);
        const res = await app.request(request.url.slice(base.length), {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        const text = await res.text();
        if (block.expectStatus)
          expect(res.status, `${where(block)}: ${text}`).toBe(block.expectStatus);
        else expect(res.ok, `${where(block)}: ${res.status} ${text}`).toBe(true);
        sent++;
      }
    }
    close();
    expect(sent).toBeGreaterThan(5);
  });
});
