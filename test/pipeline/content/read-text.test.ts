// Text files in any line ending are read as the editor sees them; UTF-16/32 files are named as such.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { formatProblems } from '../../../pipeline/content/problems.ts';
import { brokenCopy, edit, problemsOf, VALID } from './content-copy.ts';

/** Every text file of a content folder, rewritten by `change`. */
function rewriteTexts(dir: string, change: (text: string) => Buffer | string): void {
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile() && /\.(ya?ml|md)$/.test(name)) {
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    }
  }
}

describe('line endings', () => {
  for (const [name, ending] of [
    ['old Mac (CR)', '\r'],
    ['Windows (CRLF)', '\r\n'],
  ]) {
    it(`loads content saved with ${name} line endings exactly like the original`, () => {
      const dir = brokenCopy((d) => rewriteTexts(d, (text) => text.replace(/\n/g, ending)));
      const result = loadContent(dir);
      expect(formatProblems(result.problems)).toBe('');
      const original = loadContent(VALID).content!;
      expect(result.content!.stops).toEqual(
        original.stops.map((stop) => ({
          ...stop,
          images: stop.images.map((image, index) => ({
            ...image,
            files: result.content!.stops.find((s) => s.id === stop.id)!.images[index].files,
          })),
        })),
      );
      expect(result.content!.glossary).toEqual(original.glossary);
    });
  }

  it('gives the line a problem is on in a CR-only file', () => {
    const dir = brokenCopy((d) => {
      edit(d, 'tours/main.yaml', (t) => t.replace('stop: second-stop', 'stop: nowhere'));
      rewriteTexts(d, (text) => text.replace(/\n/g, '\r'));
    });
    expect(problemsOf(dir).split('\n')).toEqual([
      expect.stringMatching(/^tours\/main\.yaml:7: stop "nowhere" does not exist/),
    ]);
  });
});

describe('encodings', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
    return order === 'le' ? le : le.swap16();
  };
  const utf32le = (text: string) => {
    const codes = [...`\uFEFF${text}`].map((char) => char.codePointAt(0)!);
    const buffer = Buffer.alloc(codes.length * 4);
    for (const [index, code] of codes.entries()) buffer.writeUInt32LE(code, index * 4);
    return buffer;
  };
  const cases: [string, (text: string) => Buffer, string][] = [
    ['UTF-16 (little-endian, with a byte order mark)', (t) => utf16(t, 'le', true), 'UTF-16'],
    ['UTF-16 (big-endian, with a byte order mark)', (t) => utf16(t, 'be', true), 'UTF-16'],
    ['UTF-16 without a byte order mark', (t) => utf16(t, 'le', false), 'UTF-16'],
    ['UTF-32', utf32le, 'UTF-32'],
  ];
  for (const [name, encode, encoding] of cases) {
    it(`says a file saved as ${name} must be saved as UTF-8`, () => {
      const dir = brokenCopy((d) => {
        writeFileSync(
          join(d, 'glossary.yaml'),
          encode(readFileSync(join(d, 'glossary.yaml'), 'utf8')),
        );
        const body = join(d, 'stops/first-stop/body.zh-CN.md');
        writeFileSync(body, encode(readFileSync(body, 'utf8')));
      });
      const message = `the file is saved as ${encoding} text: save it again with the encoding "UTF-8"`;
      expect(problemsOf(dir).split('\n')).toEqual([
        `glossary.yaml: ${message}`,
        `stops/first-stop/body.zh-CN.md: ${message}`,
      ]);
    });
  }
});
