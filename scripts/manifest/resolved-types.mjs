// The analyzer reads syntax only, so it writes a field's type as spelled in the source:
// `state: State | FlowState`, where `State` is the class's type parameter. A page (and the
// framework types generated from the manifest) needs the values instead. This plugin asks the
// TypeScript checker for each public field of each custom element and, where the type is a
// union of literals (`'loading' | 'ready' | …`), writes that union as the field's and its
// attribute's type.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageDir = fileURLToPath(new URL('../../packages/elements/', import.meta.url));

/** `'a' | 'b'` for a union of string, number or boolean literals (with `undefined`), else null. */
function literalUnion(/** @type {ts.Type} */ type, /** @type {ts.TypeChecker} */ checker) {
  const parts = type.isUnion() ? type.types : [type];
  const literal = (/** @type {ts.Type} */ part) =>
    part.isLiteral() || (part.flags & (ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Undefined)) !== 0;
  if (parts.length < 2 || !parts.every(literal)) return null;
  // Sorted: the checker orders a union by when it met each member, which varies between runs.
  return parts
    .map((part) =>
      part.isStringLiteral()
        ? `'${part.value.replaceAll("'", "\\'")}'`
        : checker.typeToString(part),
    )
    .sort()
    .join(' | ');
}

function program(/** @type {string[]} */ files) {
  const configPath = `${packageDir}tsconfig.json`;
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram(files, config.options);
}

/** A cem plugin: literal unions for the custom elements' public fields and attributes. */
export const resolvedTypes = {
  name: 'xinghui-resolved-types',
  packageLinkPhase(
    /** @type {{ customElementsManifest: import('./manifest.js').Manifest }} */ {
      customElementsManifest,
    },
  ) {
    const elements = customElementsManifest.modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => ({ declaration, file: packageDir + module.path })),
    );
    const built = program(elements.map(({ file }) => file));
    const checker = built.getTypeChecker();
    for (const { declaration, file } of elements) {
      const source = built.getSourceFile(file);
      const node = source?.statements.find(
        (statement) =>
          ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
      );
      if (!node) throw new Error(`class ${declaration.name} not found in ${file}`);
      const instance = checker.getTypeAtLocation(node);
      for (const member of declaration.members ?? []) {
        if (member.kind !== 'field') continue;
        const symbol = instance.getProperty(member.name);
        if (!symbol) continue;
        const union = literalUnion(checker.getTypeOfSymbolAtLocation(symbol, node), checker);
        if (!union) continue;
        member.type = { text: union };
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.fieldName === member.name) attribute.type = { text: union };
        }
      }
    }
  },
};
