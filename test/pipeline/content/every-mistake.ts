// One mistake of each class issue 10 found in content inputs, for the CLI and the build tests.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addImage } from './content-copy.ts';

/** One mistake of each class the check must name (issue 10), in one folder. */
export function makeEveryMistake(dir: string): void {
  symlinkSync('/etc/passwd', join(dir, 'stops/first-stop/passwd.svg'));
  addImage(dir, 'passwd.svg');
  writeFileSync(
    join(dir, 'glossary.yaml'),
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdef']
      .map((name, index) =>
        index === 0 ? name : `${name}: &${name} [${Array(9).fill(`*${'abcdef'[index - 1]}`)}]`,
      )
      .join('\n'),
  );
  writeFileSync(
    join(dir, 'stops/second-stop/body.en.md'),
    'Intro.\n\nSee <img src=x onerror="alert(1)"> and [this](javascript:alert(2)).\n',
  );
  writeFileSync(
    join(dir, 'stops/second-stop/diagram.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2" onload="alert(3)"><rect width="4" height="2"/></svg>',
  );
}

/** The lines of the problem list every mistake above must give (paths end with these). */
export const EVERY_MISTAKE = [
  /glossary\.yaml:2: this file repeats too much through YAML aliases/,
  /stops\/first-stop\/passwd\.svg: this is a symbolic link/,
  /stops\/second-stop\/body\.en\.md:3: raw HTML \("<img src=x onerror="alert\(1\)">"\) is not allowed/,
  /stops\/second-stop\/body\.en\.md:3: the link "javascript:alert\(2\)" is not allowed/,
  /stops\/second-stop\/diagram\.svg:1: the drawing contains an event handler \(onload="…"\)/,
];
