import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { keepUnitsTogether } from './typography.ts';

// Line breaking in the stop bodies, settled at build time (the YAML texts get the same units rule
// in schema.ts). A glossary term is a <button>, and browsers may break a line on either side of
// one whatever the text around it: a closing quotation mark or a full stop would start a line
// ("去白细胞" | "”。"). So a term and the punctuation that touches it are wrapped together in a
// `span.no-break`, and the term's words in a `span.term__label` that may still wrap inside the
// button (StopBody.css).

/** Opening punctuation that must not end a line: it stays with the term after it. */
const OPENING = /[“‘（「『《〈【〔([{]+$/u;
/** Closing punctuation that must not start a line: it stays with the term before it. */
const CLOSING = /^[”’）」』》〉】〕。，、；：！？…,.;:!?)\]}]+/u;

/** Adds both rules to the renderer of the bodies (markdown.ts). */
export function addTypography(parser: InstanceType<typeof MarkdownIt>): void {
  parser.core.ruler.after('text_join', 'keep_units_together', (state: StateCore) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === 'text') token.content = keepUnitsTogether(token.content);
      }
    }
  });
  parser.core.ruler.after(
    'keep_units_together',
    'keep_terms_with_punctuation',
    (state: StateCore) => {
      for (const block of state.tokens) {
        if (block.children) block.children = groupTerms(block.children, state);
      }
    },
  );
  parser.renderer.rules.no_break_open = () => '<span class="no-break">';
  parser.renderer.rules.no_break_close = () => '</span>';
}

/** The inline tokens with each glossary term grouped with the punctuation touching it. */
function groupTerms(children: Token[], state: StateCore): Token[] {
  const grouped: Token[] = [];
  for (const [index, token] of children.entries()) {
    const before = grouped.at(-1);
    const after = children[index + 1];
    const opening = token.type === 'glossary_term' ? touching(before, OPENING) : '';
    const closing = token.type === 'glossary_term' ? touching(after, CLOSING) : '';
    if (!opening && !closing) {
      grouped.push(token);
      continue;
    }
    if (before && opening) before.content = before.content.slice(0, -opening.length);
    if (after && closing) after.content = after.content.slice(closing.length);
    grouped.push(new state.Token('no_break_open', 'span', 1));
    if (opening) grouped.push(textToken(state, opening));
    token.meta = { ...token.meta, grouped: true };
    grouped.push(token);
    if (closing) grouped.push(textToken(state, closing));
    grouped.push(new state.Token('no_break_close', 'span', -1));
  }
  return grouped;
}

function touching(token: Token | undefined, punctuation: RegExp): string {
  return token?.type === 'text' ? (punctuation.exec(token.content)?.[0] ?? '') : '';
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}
