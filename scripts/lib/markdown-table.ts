// The bench's output: Markdown tables to paste into a note.

export type Cell = string | number;

/** A titled Markdown table, first column left-aligned, the others right-aligned. */
export function markdownTable(
  title: string,
  head: string[],
  rows: Cell[][],
  note?: string,
): string {
  const line = (cells: Cell[]) => `| ${cells.join(' | ')} |`;
  const align = head.map((_, index) => (index === 0 ? '---' : '--:'));
  return [
    `### ${title}`,
    '',
    line(head),
    line(align),
    ...rows.map(line),
    ...(note ? ['', note] : []),
  ].join('\n');
}
