import { addStrings } from '../../i18n/index.ts';
import en from '../../i18n/locales/handout.en.json';
import zhCN from '../../i18n/locales/handout.zh-CN.json';

// The printed handout's strings (namespace "handout"): the tour page links to the handout, so they
// are registered by both, and the few keys stay in the main bundle.
addStrings('handout', { 'zh-CN': zhCN, en });

export const HANDOUT_NS = 'handout';
