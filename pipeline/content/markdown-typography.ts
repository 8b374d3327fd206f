import type MarkdownIt from 'markdown-it';
import type { StateCore } from 'markdown-it';
import { keepUnitsTogether } from './typography.ts';

// Line breaking in the stop bodies, settled at build time (the YAML texts get the same units rule
// in schema.ts).

/** Adds the rules to the renderer of the bodies (markdown.ts). */
export function addTypography(parser: InstanceType<typeof MarkdownIt>): void {
  parser.core.ruler.after('text_join', 'keep_units_together', (state: StateCore) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === 'text') token.content = keepUnitsTogether(token.content);
      }
    }
  });
}
