import type { StateInline } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { GlossaryTerm, Language } from '../../src/content/types.ts';
import { addTypography } from './markdown-typography.ts';

// Stop bodies are Markdown written by staff; they become sanitised HTML here, at build time,
// so the app ships no Markdown parser and no content can carry script into the page.

type RenderEnv = {
  language: Language;
  glossary: Map<string, GlossaryTerm>;
  usedTerms: string[];
  unknownTerms: string[];
};

const TERM_PATTERN = /^\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
addGlossaryTerms(markdown);
addTypography(markdown);

/** `[[term-id]]` or `[[term-id|shown words]]` → a tappable glossary term. */
export function addGlossaryTerms(parser: InstanceType<typeof MarkdownIt>): void {
  parser.inline.ruler.before('link', 'glossary_term', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const match = TERM_PATTERN.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('glossary_term', '', 0);
      token.meta = { id: match[1].trim(), label: match[2]?.trim() };
    }
    state.pos += match[0].length;
    return true;
  });
}

markdown.renderer.rules.glossary_term = (tokens, index, _options, renderEnv) => {
  const env = renderEnv as RenderEnv;
  const { id, label, grouped } = tokens[index].meta as {
    id: string;
    label?: string;
    grouped?: boolean;
  };
  const term = env.glossary.get(id);
  if (!term) {
    env.unknownTerms.push(id);
    return markdown.utils.escapeHtml(label ?? id);
  }
  if (!env.usedTerms.includes(id)) env.usedTerms.push(id);
  let shown = markdown.utils.escapeHtml(label ?? term.term[env.language]);
  // Kept on one line with its punctuation (markdown-typography.ts), its own words may still wrap.
  if (grouped) shown = `<span class="term__label">${shown}</span>`;
  return `<button type="button" class="term" data-term="${id}">${shown}</button>`;
};

const ALLOWED = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'blockquote',
    'code',
    'br',
    'hr',
    'button',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], button: ['type', 'class', 'data-term'] },
  // A term kept on one line with its punctuation (markdown-typography.ts); no other span.
  allowedClasses: { span: ['no-break', 'term__label'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName: string, attribs: Record<string, string>) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? '')
        ? { ...attribs, rel: 'noopener noreferrer' }
        : attribs,
    }),
  },
} satisfies sanitizeHtml.IOptions;

export interface RenderedBody {
  html: string;
  usedTerms: string[];
  unknownTerms: { id: string; line: number }[];
}

/** Renders a stop body to safe HTML; the page's h1 is the stop title, so headings start at h2. */
export function renderBody(
  source: string,
  language: Language,
  glossary: Map<string, GlossaryTerm>,
): RenderedBody {
  const env: RenderEnv = { language, glossary, usedTerms: [], unknownTerms: [] };
  const tokens = markdown.parse(source, env);
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  const shift = levels.length > 0 ? 2 - Math.min(...levels) : 0;
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  const html = sanitizeHtml(markdown.renderer.render(tokens, markdown.options, env), ALLOWED);
  const lines = source.split('\n');
  const unknownTerms = [...new Set(env.unknownTerms)].map((id) => ({
    id,
    line: lines.findIndex((line) => line.includes(`[[${id}`)) + 1,
  }));
  return { html, usedTerms: env.usedTerms, unknownTerms };
}
