// The studio's own words, in both of its languages (staff read Chinese or English). Kept apart
// from the visitor app's locale files: none of it ships to a visitor.
import { signal } from '@preact/signals';

export type StudioLanguage = 'zh-CN' | 'en';
export const uiLanguage = signal<StudioLanguage>(
  /^zh\b/i.test(globalThis.navigator?.language ?? '') ? 'zh-CN' : 'en',
);

const STRINGS = {
  studio: { 'zh-CN': '导览编辑室', en: 'Tour studio' },
  switchLanguage: { 'zh-CN': 'English', en: '中文' },
  name: { 'zh-CN': '用户名', en: 'Name' },
  password: { 'zh-CN': '密码', en: 'Password' },
  logIn: { 'zh-CN': '登录', en: 'Log in' },
  logOut: { 'zh-CN': '退出', en: 'Log out' },
  loginFailed: { 'zh-CN': '用户名或密码不正确。', en: 'The name or the password is wrong.' },
  slowDown: {
    'zh-CN': '错误次数过多，请几分钟后再试。',
    en: 'Too many wrong attempts: please try again in a few minutes.',
  },
  content: { 'zh-CN': '内容', en: 'Content' },
  stops: { 'zh-CN': '参观点', en: 'Stops' },
  tours: { 'zh-CN': '路线', en: 'Tours' },
  glossary: { 'zh-CN': '术语表', en: 'Glossary' },
  site: { 'zh-CN': '站点文字', en: 'Site texts' },
  problems: { 'zh-CN': '问题', en: 'Problems' },
  noProblems: { 'zh-CN': '没有问题', en: 'No problems' },
  problemCount: { 'zh-CN': '{n} 个问题', en: '{n} problems' },
  showAllProblems: { 'zh-CN': '显示全部问题', en: 'Show all problems' },
  missingIn: { 'zh-CN': '{n} 处文字缺少{lang}', en: '{n} texts have no {lang}' },
  missingHere: { 'zh-CN': '缺少{lang}', en: 'No {lang} yet' },
  publish: { 'zh-CN': '发布', en: 'Publish' },
  history: { 'zh-CN': '发布记录', en: 'History' },
  save: { 'zh-CN': '保存', en: 'Save' },
  saving: { 'zh-CN': '正在保存…', en: 'Saving…' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
  unsaved: { 'zh-CN': '有未保存的修改', en: 'Unsaved changes' },
  savedWithProblems: {
    'zh-CN': '已保存（未完成：有问题时不能发布）',
    en: 'Saved as work in progress: it cannot be published while it has problems',
  },
  checking: { 'zh-CN': '正在检查…', en: 'Checking…' },
  conflictTitle: { 'zh-CN': '别人已修改了此内容', en: 'Someone else changed this meanwhile' },
  conflictText: {
    'zh-CN':
      '{who}于{when}保存了新版本。您的修改没有丢失，仍在下方；请对照两边的文字合并，然后再保存。',
    en: '{who} saved a new version at {when}. Nothing you typed is lost: it is still below. Compare both texts, merge by hand, then save again.',
  },
  someone: { 'zh-CN': '有人', en: 'Someone' },
  theirText: { 'zh-CN': '对方的文字', en: 'Their text' },
  yourText: { 'zh-CN': '您的文字', en: 'Your text' },
  useTheirs: { 'zh-CN': '采用对方的', en: 'Use theirs' },
  mergedSave: { 'zh-CN': '已合并，保存', en: 'Merged: save' },
  preview: { 'zh-CN': '预览', en: 'Preview' },
  layout: { 'zh-CN': '显示方式', en: 'Layout' },
  language: { 'zh-CN': '语言', en: 'Language' },
  phone: { 'zh-CN': '手机', en: 'Phone' },
  kiosk: { 'zh-CN': '自助导览屏', en: 'Kiosk' },
  presenter: { 'zh-CN': '讲解员', en: 'Presenter' },
  moveUp: { 'zh-CN': '上移', en: 'Move up' },
  moveDown: { 'zh-CN': '下移', en: 'Move down' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  add: { 'zh-CN': '添加', en: 'Add' },
  bold: { 'zh-CN': '粗体', en: 'Bold' },
  italic: { 'zh-CN': '斜体', en: 'Italic' },
  list: { 'zh-CN': '列表', en: 'List' },
  link: { 'zh-CN': '链接', en: 'Link' },
  insertTerm: { 'zh-CN': '插入术语', en: 'Insert term' },
  chooseTerm: { 'zh-CN': '选择术语', en: 'Choose a term' },
  uploadPhoto: { 'zh-CN': '上传照片（JPEG、PNG、WebP）', en: 'Upload a photo (JPEG, PNG, WebP)' },
  uploadRefused: {
    'zh-CN': '这不是 JPEG、PNG 或 WebP 照片，或文件过大。',
    en: 'This is not a JPEG, PNG or WebP photo, or it is too large.',
  },
  publishIntro: {
    'zh-CN': '检查内容，构建新版本，然后切换到新版本。参观者的设备会按原有的更新方式收到它。',
    en: 'Checks the content, builds a new version, then switches to it. Visitors’ devices receive it through the usual update.',
  },
  publishing: { 'zh-CN': '正在发布…（约需半分钟）', en: 'Publishing… (about half a minute)' },
  published: { 'zh-CN': '已发布', en: 'Published' },
  publishBlocked: {
    'zh-CN': '内容有问题，不能发布。请先修正：',
    en: 'The content has problems, so it cannot be published. Fix these first:',
  },
  buildFailed: { 'zh-CN': '构建失败，线上版本未改变：', en: 'The build failed; nothing changed:' },
  current: { 'zh-CN': '当前版本', en: 'Live now' },
  installed: {
    'zh-CN': '服务器安装时的版本（首次发布之前）',
    en: 'The version installed with the server (before the first publish)',
  },
  rollBack: { 'zh-CN': '切换回此版本', en: 'Switch back to this version' },
  publishedBy: { 'zh-CN': '发布人', en: 'Published by' },
  publishedAt: { 'zh-CN': '时间', en: 'When' },
  noReleases: { 'zh-CN': '尚未发布过。', en: 'Nothing published yet.' },
  onlyPublishers: {
    'zh-CN': '只有发布人可以发布和回退。',
    en: 'Only publishers can publish and roll back.',
  },
  back: { 'zh-CN': '返回列表', en: 'Back to the list' },
  notFound: { 'zh-CN': '找不到此页面。', en: 'This page does not exist.' },
  sessionEnded: {
    'zh-CN': '登录已过期，请重新登录。',
    en: 'Your session ended: please log in again.',
  },
  error: { 'zh-CN': '出错了，请重试。', en: 'Something went wrong: please try again.' },
  texts: { 'zh-CN': '正文', en: 'Texts' },
  file: { 'zh-CN': '文件', en: 'File' },
  line: { 'zh-CN': '行', en: 'line' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** A string in the studio's language, `{name}` placeholders filled in. */
export function s(key: StringKey, values: Record<string, string | number> = {}): string {
  const text: string = STRINGS[key][uiLanguage.value];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The name of a content language, in the studio's language. */
export function languageName(code: string): string {
  try {
    // "Chinese", not "Chinese (China)": the content names each language by its code's language.
    const language = new Intl.Locale(code).language;
    return new Intl.DisplayNames([uiLanguage.value], { type: 'language' }).of(language) ?? code;
  } catch {
    return code;
  }
}

/** Field labels, by the key in the content files (docs/content-format.md). */
const FIELDS: Record<string, Record<StudioLanguage, string>> = {
  id: { 'zh-CN': '编号', en: 'Id' },
  title: { 'zh-CN': '标题', en: 'Title' },
  summary: { 'zh-CN': '摘要', en: 'Summary' },
  description: { 'zh-CN': '简介', en: 'Description' },
  location: { 'zh-CN': '位置与参观方式', en: 'Location and access' },
  place: { 'zh-CN': '地点', en: 'Place' },
  access: { 'zh-CN': '参观方式', en: 'Access' },
  note: { 'zh-CN': '说明', en: 'Note' },
  facts: { 'zh-CN': '要点', en: 'Key facts' },
  images: { 'zh-CN': '图片', en: 'Images' },
  file: { 'zh-CN': '文件', en: 'File' },
  alt: { 'zh-CN': '替代文字（给看不到图片的人）', en: 'Alt text (for people who cannot see it)' },
  caption: { 'zh-CN': '图注', en: 'Caption' },
  credit: { 'zh-CN': '来源/版权', en: 'Credit' },
  diagram: { 'zh-CN': '示意图', en: 'Diagram' },
  guide: { 'zh-CN': '讲解员备注', en: 'Guide notes' },
  talkingPoints: { 'zh-CN': '讲解要点', en: 'Talking points' },
  pointOut: { 'zh-CN': '指给参观者看', en: 'Point out' },
  safety: { 'zh-CN': '安全提醒', en: 'Safety' },
  questions: { 'zh-CN': '常见问题', en: 'Questions' },
  q: { 'zh-CN': '问题', en: 'Question' },
  a: { 'zh-CN': '回答', en: 'Answer' },
  sources: { 'zh-CN': '资料来源', en: 'Sources' },
  ref: { 'zh-CN': '编号', en: 'Reference' },
  url: { 'zh-CN': '网址', en: 'Web address' },
  stops: { 'zh-CN': '参观点（按顺序）', en: 'Stops (in order)' },
  stop: { 'zh-CN': '参观点', en: 'Stop' },
  minutes: { 'zh-CN': '计划分钟', en: 'Planned minutes' },
  term: { 'zh-CN': '术语', en: 'Term' },
  definition: { 'zh-CN': '释义', en: 'Definition' },
  name: { 'zh-CN': '名称', en: 'Name' },
  shortName: { 'zh-CN': '简称', en: 'Short name' },
  tagline: { 'zh-CN': '标语', en: 'Tagline' },
  publicBaseUrl: { 'zh-CN': '公开网址', en: 'Public address' },
  kiosk: { 'zh-CN': '自助导览屏', en: 'Kiosk' },
  idleSeconds: { 'zh-CN': '无操作秒数', en: 'Idle seconds' },
  countdownSeconds: { 'zh-CN': '倒计时秒数', en: 'Countdown seconds' },
  defaultTour: { 'zh-CN': '默认路线', en: 'Default tour' },
  staffPinHash: { 'zh-CN': '员工 PIN 哈希', en: 'Staff PIN hash' },
  languages: { 'zh-CN': '语言', en: 'Languages' },
  code: { 'zh-CN': '代码', en: 'Code' },
  aliases: { 'zh-CN': '别名', en: 'Aliases' },
  defaultLanguage: { 'zh-CN': '默认语言', en: 'Default language' },
  body: { 'zh-CN': '正文', en: 'Body' },
  depth: { 'zh-CN': '深入了解', en: 'In depth' },
};

export function fieldLabel(key: string | number): string {
  if (typeof key === 'number') return `${key + 1}`;
  return FIELDS[key]?.[uiLanguage.value] ?? key;
}
