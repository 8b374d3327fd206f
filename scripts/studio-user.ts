// `npm run studio:user -- add <name> --role editor|publisher`, `passwd <name>`, `remove <name>`,
// `list`: the studio's accounts (STUDIO_DATA_DIR, default studio-data/). The password is read from
// the terminal without echo, or from standard input when it is not a terminal (scripts, tests).
import { stdin, stdout } from 'node:process';
import { loadConfig } from '../server/config.ts';
import { ACCOUNT_NAME, AccountStore, ROLES, type Role } from '../server/studio/accounts.ts';
import {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from '../server/studio/password.ts';
import { makeSessionSecret } from '../server/studio/plugin.ts';

const USAGE = `usage: npm run studio:user -- add <name> --role editor|publisher
       npm run studio:user -- passwd <name>
       npm run studio:user -- remove <name>
       npm run studio:user -- list`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** One line from the terminal with echo off, or all of standard input's first line. */
async function readPassword(prompt: string): Promise<string> {
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += chunk;
    return text.split(/\r?\n/)[0];
  }
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const onData = (key: string) => {
      for (const char of key) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') process.exit(130); // Ctrl+C
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function newPassword(): Promise<string> {
  const password = await readPassword('Password: ');
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    fail(`The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
  }
  if (stdin.isTTY && (await readPassword('Again: ')) !== password) {
    fail('The two passwords differ: nothing was changed.');
  }
  return password;
}

const [command, name, ...rest] = process.argv.slice(2);
const { studio } = loadConfig(process.env);
const store = new AccountStore(studio.dataDir);

if (command === 'list') {
  const accounts = store.read();
  if (accounts === undefined) fail(`${store.file} is damaged: fix or remove it.`);
  for (const account of accounts)
    console.log(`${account.name}\t${account.role}\t${account.created}`);
  if (accounts.length === 0) console.log('(no accounts)');
} else if (command === 'add' || command === 'passwd') {
  if (!name || !ACCOUNT_NAME.test(name)) {
    fail(`The name must be 2 to 32 lower-case letters, digits, ".", "-" or "_".\n${USAGE}`);
  }
  const existing = store.find(name);
  let role: Role;
  if (command === 'add') {
    const roleAt = rest.indexOf('--role');
    const given = roleAt === -1 ? undefined : rest[roleAt + 1];
    if (!given || !(ROLES as readonly string[]).includes(given)) fail(USAGE);
    if (existing) fail(`"${name}" exists already: use passwd to change the password.`);
    role = given as Role;
  } else {
    if (!existing) fail(`There is no account "${name}".`);
    role = existing.role;
  }
  const passwordHash = await hashPassword(await newPassword());
  makeSessionSecret(studio.dataDir);
  store.put({ name, role, passwordHash, created: existing?.created ?? new Date().toISOString() });
  console.log(command === 'add' ? `Added ${name} (${role}).` : `Changed the password of ${name}.`);
} else if (command === 'remove') {
  if (!name) fail(USAGE);
  if (!store.remove(name)) fail(`There is no account "${name}".`);
  console.log(`Removed ${name}.`);
} else {
  fail(USAGE);
}
