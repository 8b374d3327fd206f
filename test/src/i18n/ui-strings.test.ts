import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { site } from '../../../src/content/index.ts';
import type { LanguageInfo } from '../../../src/content/types.ts';
import { translator } from '../../../src/i18n/index.ts';
import { localeFileOf } from '../../../src/i18n/locale-file.ts';
// Every module that registers a namespace, as the app's chunks import them.
import '../../../src/pwa/strings.ts';
import '../../../src/modes/visitor/handout-strings.ts';
import '../../../src/modes/kiosk/strings.ts';
import '../../../src/modes/guide/strings.ts';
import '../../../src/live/strings.ts';
import { EN, ZH_CN } from '../../support/languages.ts';

// The app's UI strings are found by file name (import.meta.glob), not listed: every file in
// src/i18n/locales/ reaches i18next under its namespace and language, for the content's languages.
const DIR = 'src/i18n/locales';
const codes = site.languages.map((language: LanguageInfo) => language.code);

/** Words only the build uses: the printed QR signs (pipeline/signs/). */
const BUILD_ONLY = ['signs'];

describe('UI strings found by file name', () => {
  const files = readdirSync(DIR)
    .map((name) => ({ name, ...localeFileOf(name)! }))
    .filter((file) => !BUILD_ONLY.includes(file.namespace));

  it.each(files)('registers $name', ({ name, namespace, code }) => {
    expect(codes).toContain(code);
    expect(i18next.getResourceBundle(code, namespace)).toEqual(
      JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')),
    );
  });

  it('registers every namespace a mode registers, in each of the content’s languages', () => {
    const namespaces = [...new Set(files.map((file) => file.namespace))];
    for (const code of codes) {
      for (const namespace of namespaces)
        expect(i18next.hasResourceBundle(code, namespace)).toBe(true);
    }
  });

  it('translates with one translator, namespaced keys for a mode’s strings', () => {
    expect(translator(EN)('glossary')).toBe('Glossary');
    expect(translator(ZH_CN)('glossary')).toBe('术语表');
    expect(translator(EN)('kiosk:touchToBegin')).toBe('Touch to begin');
    expect(translator(EN)('guide:modeName')).toBe('Guide mode');
    expect(translator(ZH_CN)('pwa:update')).toBe('更新');
  });
});
