import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One user-visible string: where it is, its language when the file or its key says so, and its text. */
export interface CatalogueString {
  where: string;
  language: 'en' | 'it' | null;
  text: string;
}

const ROOT = join(__dirname, '..', '..');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** Every string of a JSON file, in the language of its file name or of its nearest `en`/`it` key. */
function* jsonStrings(node: unknown, where: string, language: 'en' | 'it' | null): Generator<CatalogueString> {
  if (typeof node === 'string') yield { where, language, text: node };
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) yield* jsonStrings(value, `${where}.${key}`, key === 'en' || key === 'it' ? key : language);
}

/** The string literals of a TypeScript file, comments left out (code comments may cite the law as they like). */
function sourceStrings(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0].slice(1, -1));
}

/**
 * The strings a user reads: the shared and renderer catalogues, the letter templates and
 * their labels (assets/templates), and the string literals of the app's code outside tests
 * (localised words kept beside the code, CLI text). `documents` narrows them to what a
 * letter, a notice or a report prints: the templates and the code under
 * electron/core/documents and electron/core/reports.
 */
export function catalogueStrings(scope: 'all' | 'documents'): CatalogueString[] {
  const json = [
    ...(scope === 'all' ? [...filesUnder(join(ROOT, 'electron/shared/pure/i18n'), (n) => n.endsWith('.json')), ...filesUnder(join(ROOT, 'renderer/i18n'), (n) => n.endsWith('.json'))] : []),
    ...filesUnder(join(ROOT, 'assets/templates'), (n) => n.endsWith('.json')),
  ];
  const codeDirs = scope === 'all' ? ['electron', 'renderer'] : ['electron/core/documents', 'electron/core/reports'];
  const code = codeDirs.flatMap((d) => filesUnder(join(ROOT, d), (n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n)));
  return [
    ...json.flatMap((file) => {
      const language = /\.it\.json$|\/it\.json$/.test(file) ? 'it' : /\.en\.json$|\/en\.json$/.test(file) ? 'en' : null;
      return [...jsonStrings(JSON.parse(readFileSync(file, 'utf8')), relative(ROOT, file), language)];
    }),
    ...code.flatMap((file) => sourceStrings(readFileSync(file, 'utf8')).map((text) => ({ where: relative(ROOT, file), language: null, text }))),
  ];
}
