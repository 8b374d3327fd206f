import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { updateYamlText } from '../../../server/studio/yaml-writer.ts';

const STOP = `# The stop at the bank's briefing point.
id: cord-blood-bank
title:
  zh-CN: 脐带血造血干细胞库 # the sign's wording
  en: Cord blood stem cell bank
facts:
  - zh-CN: 一
    en: "One: first"
  - zh-CN: 二
    en: Two
location: { place: { zh-CN: 区, en: Area }, access: outside }
`;

/** The lines that differ between two texts of the same length in lines, or the whole texts. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`${a.length} lines → ${b.length} lines`];
  return b.filter((line, index) => line !== a[index]);
}

describe('the YAML file writer', () => {
  it('writes the same text back when nothing changed', () => {
    expect(updateYamlText(STOP, parse(STOP))).toBe(STOP);
  });

  it('changes one field as one line: comments, key order, quoting and flow style stay', () => {
    const data = parse(STOP);
    data.title.en = 'Cord blood bank';
    const after = updateYamlText(STOP, data);
    expect(changedLines(STOP, after)).toEqual(['  en: Cord blood bank']);
    expect(after).toContain("# The stop at the bank's briefing point.");
    expect(after).toContain("# the sign's wording");
    expect(after).toContain('en: "One: first"');
    expect(after).toContain('location: { place: { zh-CN: 区, en: Area }, access: outside }');
  });

  it('quotes a new text that needs quotes, so the file still reads back the same', () => {
    const data = parse(STOP);
    data.facts[1].en = 'Two: the second # not a comment';
    const after = updateYamlText(STOP, data);
    expect(parse(after)).toEqual(data);
    expect(changedLines(STOP, after)).toHaveLength(1);
  });

  it('removes a language, adds a list item and a field, keeping the rest in place', () => {
    const data = parse(STOP);
    delete data.title['zh-CN'];
    data.facts.push({ 'zh-CN': '三', en: 'Three' });
    data.summary = { 'zh-CN': '摘要', en: 'Summary' };
    const after = updateYamlText(STOP, data);
    expect(parse(after)).toEqual(data);
    const keys = Object.keys(parse(after));
    expect(keys).toEqual(['id', 'title', 'facts', 'location', 'summary']);
    expect(
      after.startsWith("# The stop at the bank's briefing point.\nid: cord-blood-bank\n"),
    ).toBe(true);
  });

  it("reorders a tour's stops by rewriting only the values that moved", () => {
    const tour =
      'id: t\nstops:\n  - stop: a # first\n    minutes: 5\n  - stop: b\n    minutes: 7\n';
    const data = parse(tour);
    data.stops.reverse();
    const after = updateYamlText(tour, data);
    expect(parse(after)).toEqual(data);
    expect(after.startsWith('id: t\nstops:\n')).toBe(true);
  });
});
