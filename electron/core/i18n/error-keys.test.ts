import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import messagesEn from '../../shared/pure/i18n/messages.en.json';
import messagesIt from '../../shared/pure/i18n/messages.it.json';

/**
 * A static scan of the code that raises errors: every `new AppError(…)` in core and the CLI
 * takes a catalogue message (the type requires one; this also catches a cast), and every
 * `msg('msg.…')` those folders build names a key that exists in English and Italian and
 * gives each of its placeholders. A new error without a key, or a key without its Italian,
 * fails here before anyone reads English in the Italian app.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FOLDERS = ['electron/core', 'electron/cli'];

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix: string, out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path.replace(/_(one|other)$/, ''), value);
    else leaves(value, path, out);
  }
  return out;
}

const catalogues = { en: leaves(messagesEn, 'msg'), it: leaves(messagesIt, 'msg') };

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  /** The key, or a pattern for a key built with `${…}`. */
  key: string | RegExp;
  /** The parameter names given, when the parameters are an object literal. */
  params: string[] | null;
}

function keyOf(node: ts.Expression): string | RegExp | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escape(node.head.text)}${node.templateSpans.map((span) => `[\\w-]+${escape(span.literal.text)}`).join('')}$`);
  }
  return null;
}

function paramNames(node: ts.Expression | undefined): string[] | null {
  if (!node) return [];
  if (!ts.isObjectLiteralExpression(node)) return null;
  const names: string[] = [];
  for (const property of node.properties) {
    if (ts.isSpreadAssignment(property)) return null;
    if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) names.push(property.name.text);
  }
  return names;
}

function scan(): { messages: Found[]; errors: { where: string; first: string }[] } {
  const messages: Found[] = [];
  const errors: { where: string; first: string }[] = [];
  for (const path of FOLDERS.flatMap(sources)) {
    const file = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative('.', path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'AppError') {
        const second = node.arguments?.[1];
        errors.push({ where: where(node), first: second ? second.getText(file) : '' });
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        const [keyNode, paramsNode] = node.arguments;
        const key = keyNode ? keyOf(keyNode) : null;
        if (key !== null) messages.push({ where: where(node), key, params: paramNames(paramsNode) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { messages, errors };
}

const { messages, errors } = scan();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '');

describe('every error core and the CLI raise has a catalogue key', () => {
  it('finds the errors and the messages (the scan works)', () => {
    expect(errors.length).toBeGreaterThan(100);
    expect(messages.length).toBeGreaterThan(errors.length);
  });

  it.each(errors)('$where raises an AppError from a catalogue message, not a sentence', ({ first }) => {
    expect(first).not.toMatch(/^['"`]/);
    expect(first).not.toBe('');
  });

  it.each(messages.filter((m) => typeof m.key === 'string'))('$where: $key is in English and Italian, with every placeholder given', ({ key, params }) => {
    for (const language of ['en', 'it'] as const) {
      const text = catalogues[language].get(key as string);
      expect(text, `${key} missing in ${language}`).toBeDefined();
      if (params !== null && text !== undefined) {
        const needed = placeholders(text).filter((name) => name !== 'count' || !params.includes('count'));
        expect(needed.filter((name) => !params.includes(name)), `${key} (${language}) placeholders not given`).toEqual([]);
      }
    }
  });

  it.each(messages.filter((m) => m.key instanceof RegExp))('$where: a key built at run time ($key) matches keys in both languages', ({ key }) => {
    const pattern = key as RegExp;
    const en = [...catalogues.en.keys()].filter((k) => pattern.test(k));
    const it_ = [...catalogues.it.keys()].filter((k) => pattern.test(k));
    expect(en.length).toBeGreaterThan(0);
    expect(it_.sort()).toEqual(en.sort());
  });
});
