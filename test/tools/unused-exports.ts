import path from 'node:path';
import ts from 'typescript';

/**
 * Lists exports used nowhere: no other file imports them (tests count as users) and their
 * own file does not use them either (an exported type that names a parameter is in use).
 * The unused-export half
 * of `npm run lint`. It reads the same two programs the typecheck builds (node and web) with
 * the compiler's own resolution, so re-exports through barrels and `import type` are
 * followed to the declaration. Entry points (what a bundler or a runner loads) are not
 * reported. Exits 1 when any export is unused.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const entryPoints = [
  /^electron\/main\/index\.ts$/,
  /^electron\/preload\/index\.ts$/,
  /^electron\/cli\/index\.ts$/,
  /^electron\/loopback\/serve\.ts$/,
  /^renderer\/main\.tsx$/,
  /^db\/migrations\/\d{4}-[a-z-]+\.ts$/,
  /^test\//,
  /\.test\.tsx?$/,
  /\.d\.ts$/,
  /^[^/]+\.config\.ts$/,
];

function program(configName: string): ts.Program {
  const configPath = path.join(root, configName);
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');
const key = (symbol: ts.Symbol, name: string): string | undefined => {
  const declaration = symbol.declarations?.[0];
  return declaration ? `${relative(declaration.getSourceFile().fileName)}#${name}` : undefined;
};

const declared = new Map<string, { label: string; usedInModule: boolean }>();
const used = new Set<string>();

for (const configName of ['tsconfig.node.json', 'tsconfig.web.json']) {
  const p = program(configName);
  const checker = p.getTypeChecker();
  const original = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const markModule = (specifier: ts.Expression) => {
    const moduleSymbol = checker.getSymbolAtLocation(specifier);
    if (!moduleSymbol) return;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const k = key(original(exported), exported.name);
      if (k) used.add(k);
    }
  };
  for (const source of p.getSourceFiles()) {
    if (source.isDeclarationFile || source.fileName.includes('node_modules')) continue;
    const file = relative(source.fileName);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol && !entryPoints.some((pattern) => pattern.test(file))) {
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const target = original(exported);
        const k = key(target, exported.name);
        if (k?.startsWith(`${file}#`)) {
          const mentions = source.text.match(new RegExp(`\\b${exported.name}\\b`, 'g'))?.length ?? 0;
          declared.set(k, { label: `${file}: ${exported.name}`, usedInModule: mentions > 1 });
        }
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        if (symbol) {
          const target = original(symbol);
          const k = key(target, target.name === 'default' ? 'default' : (node.propertyName ?? node.name).text);
          if (k) used.add(k);
        }
      } else if (ts.isImportClause(node) && node.name) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const k = symbol && key(original(symbol), 'default');
        if (k) used.add(k);
      } else if (ts.isNamespaceImport(node) && ts.isImportDeclaration(node.parent.parent)) {
        markModule(node.parent.parent.moduleSpecifier);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
        markModule(node.arguments[0]);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && node.qualifier) {
        const symbol = checker.getSymbolAtLocation(node.qualifier);
        const k = symbol && key(original(symbol), ts.isIdentifier(node.qualifier) ? node.qualifier.text : node.qualifier.right.text);
        if (k) used.add(k);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

const unused = [...declared]
  .filter(([k, export_]) => !used.has(k) && !export_.usedInModule)
  .map(([, export_]) => export_.label)
  .sort();
for (const line of unused) console.log(line);
console.log(unused.length === 0 ? 'No unused exports.' : `${unused.length} unused export(s): export only what another file imports.`);
process.exitCode = unused.length === 0 ? 0 : 1;
