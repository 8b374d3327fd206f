// The update and offline notices' strings (namespace "pwa"), in both languages.
import { addStrings } from '../i18n/index.ts';
import en from '../i18n/locales/pwa.en.json';
import zhCN from '../i18n/locales/pwa.zh-CN.json';

addStrings('pwa', { 'zh-CN': zhCN, en });
