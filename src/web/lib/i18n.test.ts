import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, ORGANISATION_KINDS, ROLES } from '../../contracts/roles.ts';
import { AUDIT_OUTCOMES, KNOWN_ACTIONS, KNOWN_ENTITY_TYPES } from '../features/audit/api/audit-codes.ts';
import lt from '../locales/lt.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };
import { chooseLanguage, languageFromCookie } from './i18n.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const webRoot = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Keys written literally in the source: t('a.b'), and key: 'a.b' in lists of menu items or cards. */
function keysUsedInSource(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [/\bt\(\s*'([^'$]+)'/g, /\bt\(\s*"([^"$]+)"/g, /\bt\(\s*`([^`$]+)`/g, /\bkey: '([a-zA-Z]+\.[a-zA-Z_.]+)'/g];
  for (const file of sourceFiles(webRoot)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.set(match[1]!, file);
  }
  return used;
}

const catalogues = { lt: flatten(lt as Tree), en: flatten(en as Tree) };

describe('translations', () => {
  it('has the same keys in Lithuanian and English', () => {
    const ltKeys = [...catalogues.lt.keys()].sort();
    const enKeys = [...catalogues.en.keys()].sort();
    expect(ltKeys.filter((k) => !catalogues.en.has(k))).toEqual([]);
    expect(enKeys.filter((k) => !catalogues.lt.has(k))).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      const empty = [...catalogue].filter(([, text]) => text.trim() === '').map(([key]) => `${language}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('has every key the source code uses', () => {
    const used = keysUsedInSource();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !catalogues.lt.has(key) || !catalogues.en.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('names every role, organisation kind, language, audit action, record type and outcome in both languages', () => {
    const keys = [
      ...ROLES.map((role) => `roles.${role}`),
      ...ORGANISATION_KINDS.map((kind) => `organisationKinds.${kind}`),
      ...LANGUAGES.map((language) => `languages.${language}`),
      ...KNOWN_ACTIONS.map((action) => `audit.actions.${action}`),
      ...KNOWN_ENTITY_TYPES.map((type) => `audit.entityTypes.${type}`),
      ...AUDIT_OUTCOMES.map((outcome) => `audit.outcomes.${outcome}`),
    ];
    expect(keys.filter((key) => !catalogues.lt.has(key) || !catalogues.en.has(key))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differ = [...catalogues.lt].filter(([key, text]) => placeholders(text).join() !== placeholders(catalogues.en.get(key) ?? '').join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('gives Lithuanian role names as the programmes use them', () => {
    expect(catalogues.lt.get('roles.case_manager')).toBe('atvejo vadybininkas');
    expect(catalogues.lt.get('roles.ward_elder')).toBe('seniūnas');
  });
});

describe('choosing the language', () => {
  it('reads the kelias_lang cookie among others', () => {
    expect(languageFromCookie('a=1; kelias_lang=en; b=2')).toBe('en');
    expect(languageFromCookie('kelias_lang=ru')).toBeNull();
    expect(languageFromCookie('')).toBeNull();
  });

  it('prefers the cookie, then the saved language, then Lithuanian', () => {
    expect(chooseLanguage('en', 'lt')).toBe('en');
    expect(chooseLanguage(null, 'en')).toBe('en');
    expect(chooseLanguage(null, 'xx')).toBe('lt');
    expect(chooseLanguage(null, undefined)).toBe('lt');
  });
});
