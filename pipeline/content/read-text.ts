import type { Problem } from './problems.ts';

/**
 * The text of a content file, or undefined after saying in `problems` why it is not UTF-8 text
 * (UTF-16 or UTF-32, binary data, another encoding). Line endings become "\n" whatever the
 * editor wrote (Windows CRLF, old Mac CR), so line numbers match what the editor shows.
 */
export function decodeText(bytes: Buffer, file: string, problems: Problem[]): string | undefined {
  const wide = wideEncoding(bytes);
  if (wide) {
    problems.push({
      file,
      message: `the file is saved as ${wide} text: save it again with the encoding "UTF-8"`,
    });
    return undefined;
  }
  if (bytes.includes(0)) {
    problems.push({
      file,
      message: 'this is not a text file (it contains binary data): save it as UTF-8 text',
    });
    return undefined;
  }
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    problems.push({
      file,
      line,
      message: 'the file is not valid UTF-8 text: save it again with the encoding "UTF-8"',
    });
    return undefined;
  }
  return text;
}

/**
 * UTF-16 or UTF-32, told by the byte order mark or, without one, by the zero bytes that Latin
 * letters, digits and punctuation (all of YAML's and Markdown's syntax) carry in these encodings.
 */
function wideEncoding(bytes: Buffer): 'UTF-16' | 'UTF-32' | undefined {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) return 'UTF-32';
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return 'UTF-16';
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 4));
  if (sample.length < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let index = 0; index < sample.length; index++) if (sample[index] === 0) zeros[index % 4]++;
  const quarter = sample.length / 4;
  const mostlyZero = zeros.map((count) => count >= quarter * 0.6);
  if (mostlyZero.filter(Boolean).length === 3) return 'UTF-32';
  const even = mostlyZero[0] && mostlyZero[2] && !mostlyZero[1] && !mostlyZero[3];
  const odd = mostlyZero[1] && mostlyZero[3] && !mostlyZero[0] && !mostlyZero[2];
  return even || odd ? 'UTF-16' : undefined;
}
