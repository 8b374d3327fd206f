// The page a browser shows when it navigates to an address the server cannot answer (a broken QR
// link, a stale bookmark): both languages, a way back to the tour. No script and no style, so the
// strict CSP allows it as it is.

interface Words {
  'zh-CN': string;
  en: string;
}

const TITLES: Readonly<Record<number, Words>> = {
  400: { 'zh-CN': '地址无效', en: 'This address is not valid' },
  404: { 'zh-CN': '页面不存在', en: 'Page not found' },
};
const CLIENT_ERROR: Words = { 'zh-CN': '无法处理此请求', en: 'This request cannot be answered' };
const SERVER_ERROR: Words = {
  'zh-CN': '服务器出错，请稍后再试',
  en: 'Something went wrong, please try again later',
};
const BACK: Words = { 'zh-CN': '返回导览首页', en: 'Back to the tour' };

/** A short bilingual HTML page for an error status. */
export function errorPage(status: number): string {
  const title = TITLES[status] ?? (status >= 500 ? SERVER_ERROR : CLIENT_ERROR);
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title['zh-CN']} · ${title.en}</title>`,
    `<h1>${title['zh-CN']} · <span lang="en">${title.en}</span></h1>`,
    `<p><a href="/">${BACK['zh-CN']} · <span lang="en">${BACK.en}</span></a></p>`,
    `<p>${status}</p>`,
    '',
  ].join('\n');
}
