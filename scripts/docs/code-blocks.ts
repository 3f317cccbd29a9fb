/**
 * The fenced code blocks of the README files and docs/, for tests/node/doc-code-blocks.test.ts,
 * which type-checks the `ts`/`js` ones, parses the `json` and `html` ones and sends the `curl`
 * commands of `sh` blocks to the sandbox.
 *
 * Info-string words after the language:
 * - `fragment`: a piece that does not stand alone (a snippet of a larger file); not checked;
 * - `expect=<status>`: the HTTP status the `curl` commands of a `sh` block answer (default 2xx).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './paths.js';

export interface CodeBlock {
  /** Path from the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  attributes: Set<string>;
  /** `expect=<status>` */
  expectStatus?: number;
  code: string;
}

function markdownFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'api' && entry.name !== 'images') found.push(...markdownFiles(path));
    } else if (entry.name.endsWith('.md')) found.push(path);
  }
  return found;
}

/** The Markdown files whose code blocks are checked: the READMEs and docs/ (not docs/api). */
export function documentedFiles(): string[] {
  const readmes = [
    'README.md',
    'README.zh-CN.md',
    ...readdirSync(join(repoRoot, 'packages')).map((p) => `packages/${p}/README.md`),
  ].filter((file) => {
    try {
      readFileSync(join(repoRoot, file));
      return true;
    } catch {
      return false;
    }
  });
  const docs = markdownFiles(join(repoRoot, 'docs')).map((path) => relative(repoRoot, path));
  return [...readmes, ...docs.sort()];
}

/** Every fenced code block of a Markdown text. */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence!)) {
      body.push(
        lines[j]!.slice(Math.min(indent!.length, lines[j]!.length - lines[j]!.trimStart().length)),
      );
      j++;
    }
    const [lang = '', ...words] = info!.trim().split(/\s+/);
    const expect = words.find((w) => w.startsWith('expect='));
    blocks.push({
      file,
      line: i + 1,
      lang,
      attributes: new Set(words),
      expectStatus: expect ? Number(expect.slice('expect='.length)) : undefined,
      code: body.join('\n'),
    });
    i = j;
  }
  return blocks;
}

/** Every code block of every checked file. */
export function allCodeBlocks(): CodeBlock[] {
  return documentedFiles().flatMap((file) =>
    codeBlocks(file, readFileSync(join(repoRoot, file), 'utf8')),
  );
}
