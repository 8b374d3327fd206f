import { addStrings } from '../../i18n/index.ts';
import en from '../../i18n/locales/handout.en.json';
import zhCN from '../../i18n/locales/handout.zh-CN.json';

// The printed handout's strings (namespace "handout"): the tour page links to the handout, so both
// register them; the bundler gives them a small chunk of their own, outside the initial JS of "/".
addStrings('handout', { 'zh-CN': zhCN, en });
