import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { formatProblems } from '../../../pipeline/content/problems.ts';
import { hashPin } from '../../../scripts/pin.ts';
import { brokenCopy, edit, problemsOf, VALID } from './content-copy.ts';

describe('loadContent on good content', () => {
  it('loads the valid fixture with its stops, tours, glossary and rendered bodies', () => {
    const result = loadContent(VALID);
    expect(result.problems).toEqual([]);
    const content = result.content!;
    expect(content.stops.map((s) => s.id)).toEqual(['first-stop', 'second-stop']);
    expect(content.tours[0].stops.map((s) => s.stop)).toEqual(['first-stop', 'second-stop']);
    expect(content.glossary).toHaveLength(2);
    expect(content.version).toMatch(/^[0-9a-f]{12}$/);
    const body = content.stops[0].body;
    expect(body.en).toContain('<h2>Heading</h2>');
    expect(body.en).toContain(
      '<button type="button" class="term" data-term="whole-blood">whole blood</button>',
    );
    // Followed by "。", the term is kept on one line with it (markdown-typography.ts).
    expect(body['zh-CN']).toContain(
      '<span class="no-break"><button type="button" class="term" data-term="plasma"><span class="term__label">液体部分</span></button>。</span>',
    );
    expect(content.stops[0].terms).toEqual(['whole-blood', 'plasma']);
    expect(content.stops[0].images[0]).toMatchObject({ width: 400, height: 200, diagram: true });
  });

  it('loads the real content in content/', () => {
    const result = loadContent('content');
    expect(formatProblems(result.problems)).toBe('');
  });
});

describe('loadContent on broken content', () => {
  const cases: { name: string; change: (dir: string) => void; expected: RegExp }[] = [
    {
      name: 'a missing English title',
      change: (dir) =>
        edit(dir, 'stops/first-stop/stop.yaml', (t) =>
          t.replace(/^title: .*$/m, 'title: { zh-CN: 第一站 }'),
        ),
      expected: /^stops\/first-stop\/stop\.yaml:2: "title\.en" is missing: add the English text$/m,
    },
    {
      name: 'an empty Chinese summary',
      change: (dir) =>
        edit(dir, 'stops/first-stop/stop.yaml', (t) =>
          t.replace('zh-CN: 一句话简介。', 'zh-CN: ""'),
        ),
      expected:
        /^stops\/first-stop\/stop\.yaml:3: "summary\.zh-CN" the Chinese \(zh-CN\) text is empty: write it$/m,
    },
    {
      name: 'a tour naming a stop that does not exist',
      change: (dir) =>
        edit(dir, 'tours/main.yaml', (t) => t.replace('stop: second-stop', 'stop: no-such-stop')),
      expected: /^tours\/main\.yaml:7: stop "no-such-stop" does not exist/m,
    },
    {
      name: 'an image file that is missing',
      change: (dir) => rmSync(join(dir, 'stops/second-stop/diagram.svg')),
      expected:
        /^stops\/second-stop\/stop\.yaml:12: image "diagram\.svg" is not in the stop's folder \(stops\/second-stop\/\)/m,
    },
    {
      name: 'a duplicate glossary id',
      change: (dir) =>
        edit(dir, 'glossary.yaml', (t) => t.replace('id: plasma', 'id: whole-blood')),
      expected: /^glossary\.yaml:4: glossary id "whole-blood" is used twice \(first on line 1\)/m,
    },
    {
      name: 'a body using an unknown glossary term',
      change: (dir) =>
        writeFileSync(
          join(dir, 'stops/first-stop/body.en.md'),
          'Intro.\n\nSee [[no-such-term]].\n',
        ),
      expected:
        /^stops\/first-stop\/body\.en\.md:3: glossary term "\[\[no-such-term\]\]" is not in glossary\.yaml/m,
    },
    {
      name: 'a stop id that differs from its folder',
      change: (dir) =>
        edit(dir, 'stops/first-stop/stop.yaml', (t) =>
          t.replace('id: first-stop', 'id: renamed-stop'),
        ),
      expected:
        /^stops\/first-stop\/stop\.yaml:1: "id" is "renamed-stop" but the folder is "first-stop"/m,
    },
    {
      name: 'an id that is not kebab-case',
      change: (dir) => edit(dir, 'tours/main.yaml', (t) => t.replace('id: main', 'id: Main Tour')),
      expected: /^tours\/main\.yaml:1: "id" must be lower-case ASCII letters, digits and hyphens/m,
    },
    {
      name: 'too few key facts',
      change: (dir) =>
        edit(dir, 'stops/first-stop/stop.yaml', (t) =>
          t.replace(/ {2}- \{ zh-CN: 要点三。, en: Fact three\. \}\n/, ''),
        ),
      expected:
        /^stops\/first-stop\/stop\.yaml:8: "facts" a stop needs 3 to 6 key facts: add more$/m,
    },
    {
      name: 'a misspelt field',
      change: (dir) =>
        edit(dir, 'stops/first-stop/stop.yaml', (t) => t.replace('summary:', 'sumary:')),
      expected:
        /^stops\/first-stop\/stop\.yaml:3: unknown field "sumary": remove it or check its spelling/m,
    },
    {
      name: 'half-written YAML',
      change: (dir) =>
        writeFileSync(
          join(dir, 'tours/main.yaml'),
          'id: main\ntitle: { zh-CN: 测试路线, en: Test\nstops:\n  - stop: first-stop\n',
        ),
      expected: /^tours\/main\.yaml:\d+: not valid YAML: /m,
    },
    {
      name: 'an empty file',
      change: (dir) => writeFileSync(join(dir, 'site.yaml'), ''),
      expected: /^site\.yaml: the file is empty: fill it in$/m,
    },
    {
      name: 'a binary file',
      change: (dir) =>
        writeFileSync(
          join(dir, 'glossary.yaml'),
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]),
        ),
      expected: /^glossary\.yaml: this is not a text file \(it contains binary data\)/m,
    },
    {
      name: 'text that is not UTF-8',
      change: (dir) =>
        writeFileSync(
          join(dir, 'stops/second-stop/body.zh-CN.md'),
          Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]),
        ),
      expected: /^stops\/second-stop\/body\.zh-CN\.md:1: the file is not valid UTF-8 text/m,
    },
    {
      name: 'an empty body',
      change: (dir) => writeFileSync(join(dir, 'stops/second-stop/body.en.md'), '  \n'),
      expected: /^stops\/second-stop\/body\.en\.md: the English body is empty: write it$/m,
    },
    {
      name: 'a missing body file',
      change: (dir) => rmSync(join(dir, 'stops/second-stop/body.zh-CN.md')),
      expected: /^stops\/second-stop\/body\.zh-CN\.md: the file is missing/m,
    },
    {
      name: 'a default kiosk tour that does not exist',
      change: (dir) =>
        edit(dir, 'site.yaml', (t) => t.replace('defaultTour: main', 'defaultTour: gone')),
      expected:
        /^site\.yaml:9: "kiosk\.defaultTour" is "gone", which is not a tour: use one of main$/m,
    },
    {
      name: 'an idle time so short that the kiosk resets while a visitor reads',
      change: (dir) =>
        edit(dir, 'site.yaml', (t) => t.replace('idleSeconds: 60', 'idleSeconds: 2')),
      expected: /^site\.yaml:7: "kiosk\.idleSeconds" must be 10 to 3600 seconds/m,
    },
    {
      name: 'a countdown longer than the kiosk timer allows',
      change: (dir) =>
        edit(dir, 'site.yaml', (t) => t.replace('countdownSeconds: 10', 'countdownSeconds: 1e12')),
      expected: /^site\.yaml:8: "kiosk\.countdownSeconds" must be 3 to 120 seconds/m,
    },
    {
      name: 'a plain PIN instead of a hash',
      change: (dir) =>
        edit(dir, 'site.yaml', (t) => t.replace(/staffPinHash: .*/, 'staffPinHash: "1234"')),
      expected:
        /^site\.yaml:10: "kiosk\.staffPinHash" must be a PIN hash made with `npm run pin -- <PIN>` \(never the PIN itself\)$/m,
    },
    {
      name: 'a PIN hash with so many iterations that staff would be locked out',
      change: (dir) => edit(dir, 'site.yaml', (t) => t.replace('$100000$', '$999999999999$')),
      expected:
        /^site\.yaml:10: "kiosk\.staffPinHash" has 999,999,999,999 iterations, but it needs 10,000 to 10,000,000 \(.*\): make a new hash with `npm run pin -- <PIN>`$/m,
    },
    {
      name: 'a PIN hash with so few iterations that the PIN is quick to guess',
      change: (dir) => edit(dir, 'site.yaml', (t) => t.replace('$100000$', '$1$')),
      expected: /^site\.yaml:10: "kiosk\.staffPinHash" has 1 iterations, but it needs 10,000/m,
    },
    {
      name: 'a PIN hash with a short salt',
      change: (dir) =>
        edit(dir, 'site.yaml', (t) => t.replace(/\$[0-9a-f]{32}\$/, '$b2c5b4594972bf3b$')),
      expected: /^site\.yaml:10: "kiosk\.staffPinHash" must be a PIN hash made with `npm run pin/m,
    },
    {
      name: 'a PIN hash that is cut short',
      change: (dir) => edit(dir, 'site.yaml', (t) => t.replace(/[0-9a-f]{8}"/, '"')),
      expected: /^site\.yaml:10: "kiosk\.staffPinHash" must be a PIN hash made with `npm run pin/m,
    },
    {
      name: 'an unquoted text with a comma in a { } map',
      change: (dir) =>
        edit(dir, 'glossary.yaml', (t) =>
          t.replace('en: The liquid part of blood. }', 'en: The liquid part, of blood. }'),
        ),
      expected: /unknown field "\[1\]\.definition\.of blood\.": .*put the whole text in "quotes"/,
    },
  ];

  for (const { name, change, expected } of cases) {
    it(`reports ${name}`, () => {
      expect(problemsOf(brokenCopy(change))).toMatch(expected);
    });
  }

  it('reports every problem at once, not just the first', () => {
    const dir = brokenCopy((d) => {
      edit(d, 'tours/main.yaml', (t) => t.replace('stop: second-stop', 'stop: nowhere'));
      rmSync(join(d, 'stops/first-stop/diagram.svg'));
      writeFileSync(join(d, 'stops/second-stop/body.en.md'), '');
    });
    const lines = problemsOf(dir).split('\n');
    expect(lines).toHaveLength(3);
  });

  it('accepts a PIN hash from `npm run pin` with many more iterations (600,000)', () => {
    const dir = brokenCopy((d) =>
      edit(d, 'site.yaml', (t) =>
        t.replace(
          /staffPinHash: "[^"]*"/,
          `staffPinHash: "${hashPin('2468', undefined, 600_000)}"`,
        ),
      ),
    );
    expect(formatProblems(loadContent(dir).problems)).toBe('');
  });

  it('reports a missing content folder without throwing', () => {
    const result = loadContent(join(tmpdir(), 'sbc-no-such-folder'));
    expect(result.problems[0].message).toBe('the content folder does not exist');
  });
});
