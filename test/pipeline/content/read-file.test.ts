// Only regular files inside the content folder are read, each within the limit of its kind.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../../../pipeline/content/limits.ts';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { addImage, brokenCopy, edit, problemsOf, VALID } from './content-copy.ts';

const SYMLINK = /this is a symbolic link \(a shortcut to something else\)/;

describe('what the content pipeline reads', () => {
  it('refuses an image that is a symbolic link out of the folder, and publishes nothing', () => {
    const dir = brokenCopy((d) => {
      symlinkSync('/etc/passwd', join(d, 'stops/first-stop/passwd.svg'));
      addImage(d, 'passwd.svg');
    });
    const result = loadContent(dir);
    expect(result.content).toBeUndefined();
    expect(problemsOf(dir)).toMatch(
      new RegExp(`^stops/first-stop/passwd\\.svg: ${SYMLINK.source}`, 'm'),
    );
  });

  it('refuses a symbolic link even to a good file inside the folder', () => {
    const dir = brokenCopy((d) =>
      symlinkSync(join(resolve(d), 'tours/main.yaml'), join(d, 'tours/other.yaml')),
    );
    expect(problemsOf(dir)).toMatch(new RegExp(`^tours/other\\.yaml: ${SYMLINK.source}`, 'm'));
  });

  it('refuses text files that are symbolic links (site.yaml, a stop body)', () => {
    const dir = brokenCopy((d) => {
      renameSync(join(d, 'site.yaml'), join(d, '..', `${d.split('/').pop()}-site.yaml`));
      symlinkSync(join(d, '..', `${d.split('/').pop()}-site.yaml`), join(d, 'site.yaml'));
      rmSync(join(d, 'stops/first-stop/body.en.md'));
      symlinkSync('/etc/hostname', join(d, 'stops/first-stop/body.en.md'));
    });
    const problems = problemsOf(dir);
    rmSync(join(dir, '..', `${dir.split('/').pop()}-site.yaml`));
    expect(problems).toMatch(new RegExp(`^site\\.yaml: ${SYMLINK.source}`, 'm'));
    expect(problems).toMatch(
      new RegExp(`^stops/first-stop/body\\.en\\.md: ${SYMLINK.source}`, 'm'),
    );
  });

  it('refuses a stop folder or a tours folder that is a symbolic link', () => {
    const dir = brokenCopy((d) => {
      symlinkSync(resolve(VALID, 'stops/first-stop'), join(d, 'stops/linked-stop'));
      rmSync(join(d, 'tours'), { recursive: true });
      symlinkSync(resolve(VALID, 'tours'), join(d, 'tours'));
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(new RegExp(`^stops/linked-stop: ${SYMLINK.source}`, 'm'));
    expect(problems).toMatch(new RegExp(`^tours: ${SYMLINK.source}`, 'm'));
  });

  it('refuses a pipe where a file is expected, without waiting on it', () => {
    const dir = brokenCopy((d) => {
      rmSync(join(d, 'stops/first-stop/body.en.md'));
      execFileSync('mkfifo', [join(d, 'stops/first-stop/body.en.md')]);
    });
    expect(problemsOf(dir)).toMatch(
      /^stops\/first-stop\/body\.en\.md: this is not an ordinary file \(it is a device, a pipe or a socket\)/m,
    );
  });

  it('refuses a folder where a file is expected', () => {
    const dir = brokenCopy((d) => {
      rmSync(join(d, 'stops/second-stop/diagram.svg'));
      mkdirSync(join(d, 'stops/second-stop/diagram.svg'));
    });
    expect(problemsOf(dir)).toMatch(
      /^stops\/second-stop\/diagram\.svg: this is a folder, but a file is expected here$/m,
    );
  });

  it('never reads an image outside the stop folder', () => {
    const dir = brokenCopy((d) => addImage(d, '../../../../etc/passwd.svg'));
    expect(problemsOf(dir)).toMatch(
      /^stops\/first-stop\/stop\.yaml:\d+: "images\[1\]\.file" must be an image file name/m,
    );
  });
});

describe('size limits', () => {
  const tooBig = (kind: keyof typeof FILE_LIMITS) => FILE_LIMITS[kind] + 1;

  it('refuses a stop body over its limit, naming the file, its size and the limit', () => {
    const dir = brokenCopy((d) =>
      writeFileSync(join(d, 'stops/first-stop/body.en.md'), 'a'.repeat(tooBig('markdown'))),
    );
    expect(problemsOf(dir)).toMatch(
      /^stops\/first-stop\/body\.en\.md: the file is 64 KB, more than the 64 KB a stop body may have: shorten the text, or split it into two stops$/m,
    );
  });

  it('refuses a 54 MB body at once, without reading it', () => {
    const dir = brokenCopy((d) => truncateSync(join(d, 'stops/first-stop/body.en.md'), 54_000_000));
    const started = Date.now();
    expect(problemsOf(dir)).toMatch(/^stops\/first-stop\/body\.en\.md: the file is 54\.0 MB/m);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a YAML file, an SVG and a photo over their limits', () => {
    const dir = brokenCopy((d) => {
      edit(d, 'glossary.yaml', (t) => `${t}# ${'x'.repeat(tooBig('yaml'))}\n`);
      edit(d, 'stops/second-stop/diagram.svg', (t) =>
        t.replace('</svg>', `<desc>${'x'.repeat(tooBig('svg'))}</desc></svg>`),
      );
      writeFileSync(join(d, 'stops/first-stop/photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
      truncateSync(join(d, 'stops/first-stop/photo.jpg'), tooBig('photo'));
      addImage(d, 'photo.jpg');
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(
      /^glossary\.yaml: the file is 256 KB, more than the 256 KB a YAML file may have/m,
    );
    expect(problems).toMatch(
      /^stops\/second-stop\/diagram\.svg: the file is 512 KB, more than the 512 KB a diagram \(SVG\) may have/m,
    );
    expect(problems).toMatch(
      /^stops\/first-stop\/photo\.jpg: the file is 20\.0 MB, more than the 20\.0 MB a photo may have/m,
    );
  });

  it('refuses content whose files add up to more than a phone keeps offline, naming the biggest', () => {
    const dir = brokenCopy((d) => {
      for (let index = 0; index < 5; index++) {
        const name = `big-${index}.svg`;
        writeFileSync(
          join(d, 'stops/first-stop', name),
          `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><desc>${'x'.repeat(450_000 + index)}</desc></svg>`,
        );
        addImage(d, name);
      }
    });
    expect(problemsOf(dir)).toMatch(
      /^: the texts and diagrams add up to 2\.3 MB, more than the 2\.0 MB a phone keeps offline: make the biggest files smaller: \S*stops\/first-stop\/big-4\.svg \(450 KB\), \S*stops\/first-stop\/big-3\.svg/m,
    );
  });

  it('refuses texts with more different characters than the web font can carry', () => {
    const dir = brokenCopy((d) => {
      let rare = '';
      for (let code = 0x4e00; code < 0x4e00 + 5_001; code++) rare += String.fromCodePoint(code);
      writeFileSync(join(d, 'stops/second-stop/body.zh-CN.md'), `${rare}\n`);
    });
    expect(problemsOf(dir)).toMatch(
      /^: the texts use 5,0\d\d different characters, more than the 5,000 the app's font can carry offline: .*: \S*stops\/second-stop\/body\.zh-CN\.md \(5,001 characters\)/m,
    );
  });
});
