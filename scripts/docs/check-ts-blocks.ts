/**
 * Type-checks the `ts` and `js` code blocks of the docs against the packages' sources, each
 * block as a module of its own. A block may use the names that surrounding prose has already
 * introduced (`xinghui`, `clientSecret`, `session`…): doc-block-context.d.ts declares them,
 * with the types they have in the guides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { CodeBlock } from './code-blocks.js';
import { repoRoot } from './paths.js';

const CONTEXT = join(repoRoot, 'scripts/docs/doc-block-context.d.ts');

const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['source'],
  // The guides' CDN address (`https://your-cdn/…`) is the CDN file itself.
  paths: {
    'https://your-cdn/@xinghui/elements/dist/xinghui-elements.js': [
      join(repoRoot, 'packages/elements/src/xinghui-elements.ts'),
    ],
  },
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  allowJs: true,
  checkJs: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  // Top-level await, and `import` in every block: each block is a module.
  moduleDetection: ts.ModuleDetectionKind.Force,
  noUnusedLocals: false,
  // `tsx` blocks: React 19 JSX.
  jsx: ts.JsxEmit.ReactJSX,
};

/** A problem in a block: `docs/sdk.md:42: error text`. */
export interface BlockProblem {
  block: CodeBlock;
  message: string;
}

/** The virtual file name of a block. */
function fileNameOf(block: CodeBlock): string {
  const ext =
    block.lang === 'js' || block.lang === 'javascript'
      ? 'mjs'
      : block.lang === 'tsx'
        ? 'tsx'
        : 'mts';
  return join(repoRoot, '.doc-blocks', `${block.file.replace(/[/.]/g, '_')}_${block.line}.${ext}`);
}

/** Type-checks the blocks together (one program), returning every problem by block. */
export function checkTsBlocks(blocks: CodeBlock[]): BlockProblem[] {
  const byName = new Map(blocks.map((block) => [fileNameOf(block), block]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => byName.get(name)?.code ?? readFile(name);
  host.fileExists = (name) => byName.has(name) || fileExists(name);
  host.getSourceFile = (name, version, onError, create) => {
    const block = byName.get(name);
    return block
      ? ts.createSourceFile(name, block.code, version, true)
      : getSourceFile(name, version, onError, create);
  };
  const program = ts.createProgram([CONTEXT, ...byName.keys()], options, host);
  const problems: BlockProblem[] = [];
  for (const [name, block] of byName) {
    const file = program.getSourceFile(name)!;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ];
    for (const d of diagnostics) {
      const where =
        d.start === undefined
          ? ''
          : `line ${file.getLineAndCharacterOfPosition(d.start).line + 1}: `;
      problems.push({
        block,
        message: where + ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      });
    }
  }
  return problems;
}

export const contextFile = () => readFileSync(CONTEXT, 'utf8');
