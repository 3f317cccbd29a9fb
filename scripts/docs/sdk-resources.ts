/**
 * Renders docs/sdk-resources.md: every resource and method of both SDK clients, read from the
 * SDK's own source with the TypeScript compiler API (no hand-kept list), each method with the
 * endpoint it calls (from the contract's `endpoints`), its parameters and its result type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { endpoints, type Endpoint } from '@xinghui/contract';
import { repoRoot } from './paths.js';

const SDK_SRC = join(repoRoot, 'packages/sdk/src');

/** One method as the table shows it. */
export interface MethodDoc {
  name: string;
  /** `GET /v1/buyers/{id}`, or null for a method that sends no request of its own. */
  endpoint: string | null;
  params: string[];
  returns: string;
  summary: string;
}

/** One resource object of a client (`xinghui.payments`). */
export interface ResourceDoc {
  property: string;
  className: string;
  summary: string;
  methods: MethodDoc[];
}

function sourceFiles(dir: string): ts.SourceFile[] {
  const files: ts.SourceFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(entry.name)) {
      files.push(
        ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
      );
    }
  }
  return files.sort((a, b) => a.fileName.localeCompare(b.fileName));
}

/** The first sentence of a node's TSDoc, on one line. */
function summaryOf(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const comment = docs.at(-1)?.comment;
  const text = (typeof comment === 'string' ? comment : (ts.getTextOfJSDocComment(comment) ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.+?[.:!?])(\s|$)/.exec(text);
  return (sentence?.[1] ?? text).replace(/:$/, '.');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\(\s/g, '(').trim();

function isPublic(member: ts.ClassElement): boolean {
  const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
  const named = member.name && !ts.isPrivateIdentifier(member.name);
  return (
    Boolean(named) &&
    !modifiers.some(
      (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
    )
  );
}

/** The endpoint a method calls: the first `…Endpoints.<name>` in its body that the contract knows. */
function endpointOf(body: ts.Node | undefined): string | null {
  let found: Endpoint | undefined;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isPropertyAccessExpression(node) && Object.hasOwn(endpoints, node.name.text)) {
      found = (endpoints as Record<string, Endpoint>)[node.name.text];
      return;
    }
    ts.forEachChild(node, visit);
  };
  if (body) visit(body);
  return found ? `${found.method} ${found.path}` : null;
}

function paramText(param: ts.ParameterDeclaration): string {
  const optional = param.questionToken || param.initializer ? '?' : '';
  return `${param.name.getText()}${optional}: ${oneLine(param.type?.getText() ?? 'unknown')}`;
}

function methodsOf(declaration: ts.ClassDeclaration): MethodDoc[] {
  return declaration.members
    .filter((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && isPublic(m))
    .map((method) => ({
      name: method.name.getText(),
      endpoint: endpointOf(method.body),
      params: method.parameters.map(paramText),
      returns: oneLine(method.type?.getText() ?? 'void'),
      summary: summaryOf(method),
    }));
}

/** Every class and interface of the SDK's source, by name. */
function declarations(files: ts.SourceFile[]) {
  const classes = new Map<string, ts.ClassDeclaration>();
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  for (const file of files) {
    for (const statement of file.statements) {
      if (ts.isClassDeclaration(statement) && statement.name) {
        classes.set(statement.name.text, statement);
      } else if (ts.isInterfaceDeclaration(statement)) {
        interfaces.set(statement.name.text, statement);
      }
    }
  }
  return { classes, interfaces };
}

/** The class a property's type names, or that its initializer constructs (`= new Webhooks()`). */
function classNameOf(member: ts.PropertyDeclaration | ts.PropertySignature): string | undefined {
  if (member.type && ts.isTypeReferenceNode(member.type)) return member.type.typeName.getText();
  const init = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
  if (init && ts.isNewExpression(init)) return init.expression.getText();
  return undefined;
}

function resourcesOf(
  members: readonly (ts.ClassElement | ts.TypeElement)[],
  classes: Map<string, ts.ClassDeclaration>,
  where: string,
): ResourceDoc[] {
  const resources: ResourceDoc[] = [];
  for (const member of members) {
    if (!ts.isPropertyDeclaration(member) && !ts.isPropertySignature(member)) continue;
    const className = classNameOf(member);
    const declaration = className ? classes.get(className) : undefined;
    if (!className || !declaration) {
      throw new Error(`${where}.${member.name.getText()}: no SDK class found for its type`);
    }
    const summary = summaryOf(member) || summaryOf(declaration);
    resources.push({
      property: member.name.getText(),
      className,
      summary,
      methods: methodsOf(declaration),
    });
  }
  return resources;
}

/** What both clients offer, read from the SDK's source. */
export function readSdkResources(): { server: ResourceDoc[]; browser: ResourceDoc[] } {
  const { classes, interfaces } = declarations(sourceFiles(SDK_SRC));
  const server = classes.get('Xinghui');
  const browser = interfaces.get('XinghuiBrowserClient');
  if (!server || !browser)
    throw new Error('The SDK has no Xinghui class or XinghuiBrowserClient interface');
  return {
    server: resourcesOf(server.members, classes, 'Xinghui'),
    browser: resourcesOf(browser.members, classes, 'XinghuiBrowserClient'),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => '`' + cell(text) + '`';

function renderResource(client: string, resource: ResourceDoc): string {
  const rows = resource.methods.map((m) => {
    const call = `${client}.${resource.property}.${m.name}(${m.params.map((p) => p.split(':')[0]).join(', ')})`;
    return [
      code(call),
      m.endpoint ? code(m.endpoint) : 'no request',
      m.params.length > 0 ? m.params.map(code).join('<br>') : '',
      code(m.returns),
      cell(m.summary),
    ];
  });
  return [
    `### \`${resource.property}\` (\`${resource.className}\`)`,
    '',
    cell(resource.summary),
    '',
    '| method | endpoint | parameters | result | what it does |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/** The Markdown of docs/sdk-resources.md (before Prettier). */
export function renderSdkResources(): string {
  const { server, browser } = readSdkResources();
  const count = (list: ResourceDoc[]) => list.reduce((n, r) => n + r.methods.length, 0);
  const index = (client: string, list: ResourceDoc[]) =>
    list
      .map((r) => `[\`${r.property}\`](#${`${r.property}-${r.className}`.toLowerCase()})`)
      .join(', ');
  return [
    '<!-- Generated by `npm run docs:generate` (scripts/docs/sdk-resources.ts) from packages/sdk/src. Do not edit. -->',
    '',
    '# SDK resources and methods',
    '',
    `Every resource of both clients and every method, with the endpoint it calls: ${count(server)} methods on ${server.length} resources of the server client, ${count(browser)} on ${browser.length} of the browser client.`,
    'Parameters ending in `?` are optional. Every method also takes `options?: RequestOptions` (`idempotencyKey`, `timeout`, `maxRetries`, `signal`) where listed.',
    'A result of `PagePromise<T>` is awaited for one page or walked with `for await` (see [sdk.md](sdk.md#pagination)).',
    'The shapes named here are in [the API reference](https://github.com/xinghui/xinghui/blob/main/docs/openapi.json) and `@xinghui/contract`; errors are in [errors.md](errors.md).',
    '',
    `## Server client: \`new Xinghui({ secretKey })\` from \`@xinghui/sdk/server\``,
    '',
    index('xinghui', server),
    '',
    ...server.map((r) => renderResource('xinghui', r)),
    `## Browser client: \`createClient({ publishableKey })\` from \`@xinghui/sdk\``,
    '',
    "Each method takes the client secret of the session the partner's server created; the session decides what it may do.",
    '',
    index('xinghui', browser),
    '',
    ...browser.map((r) => renderResource('xinghui', r)),
  ].join('\n');
}

export const SDK_RESOURCES_FILE = 'docs/sdk-resources.md';
