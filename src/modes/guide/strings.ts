// Guide mode's own UI strings (namespace "guide"), registered when the guide chunk loads.
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../content/types.ts';
import { addStrings } from '../../i18n/index.ts';
import en from '../../i18n/locales/guide.en.json';
import zhCN from '../../i18n/locales/guide.zh-CN.json';

addStrings('guide', { 'zh-CN': zhCN, en });

/** A translate function for guide strings in `lang`. */
export function guideTranslator(lang: Language): TFunction {
  return i18next.getFixedT(lang, 'guide');
}
