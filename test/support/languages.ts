// The languages of the shipped content and of the test fixture, typed as the app's own: a code
// the content declares (src/content/types.ts), which only the build's checked list can make.
import type { Language } from '../../src/content/types.ts';

export const ZH_CN = 'zh-CN' as Language;
export const EN = 'en' as Language;
export const FR = 'fr' as Language;
