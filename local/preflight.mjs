// `npm start` and `npm test` run through this file with whatever Node is on PATH (keep it plain
// JS): `node local/preflight.mjs <start|test> "<command>" [args …]`. It fetches Node 22 where the
// machine's Node is older (local/node22.mjs, as `.ci/run` does), checks what else the project
// needs and stops with a clear message naming what is missing, installs npm dependencies on first
// use, then runs the command under Node 22.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode22, NODE22_VERSION, needsNode22 } from './node22.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] === 'test' ? 'test' : 'start';
const [command, ...extraArgs] = process.argv.slice(3);
const problems = [];

// Everything started from here (npm, tsx, vitest) finds Node 22 first on PATH.
const env = { ...process.env };
if (needsNode22(process.version)) {
  try {
    const bin = ensureNode22({ log: (line) => console.log(line) });
    env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
    console.log(
      `Node ${process.version} is older than 22: continuing under Node ${NODE22_VERSION} from ${bin}`,
    );
  } catch {
    problems.push(
      `Node.js 22 or newer is required (found ${process.version}), and Node ${NODE22_VERSION} could not be fetched from the npm registry (see above).\n` +
        '    Install Node 22 yourself (e.g. nvm install 22) and run the command again.',
    );
  }
}

const javaVersion = () => {
  try {
    const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (out.error) return undefined;
    const match = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
    if (!match) return undefined;
    const major = Number(match[1]);
    return major === 1 ? Number(match[2]) : major;
  } catch {
    return undefined;
  }
};
const java = javaVersion();
if (java === undefined || java < 17) {
  problems.push(
    `Java 17 or newer is required for DynamoDB Local (${java === undefined ? 'no java found' : `found Java ${java}`}).\n` +
      '    Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless',
  );
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (mode === 'test' && !existsSync(chromium)) {
  problems.push(
    `Chromium is required for the browser tests (not found at ${chromium}).\n` +
      '    Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '    (or set CHROMIUM_PATH to another Chromium binary)',
  );
}

if (problems.length > 0) {
  console.error(`\nCannot run \`npm ${mode}\` yet:\n\n${problems.map((p) => `  - ${p}`).join('\n\n')}\n`);
  process.exit(1);
}

// Dependencies: install on first use, or again when package-lock.json changed since.
const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs)) {
  console.log('Installing dependencies (first run) …');
  try {
    // `npm ci`: exactly the lock file (as .ci/run), never a changed lock.
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
  } catch {
    console.error('\nnpm could not install the dependencies (see above).\n');
    process.exit(1);
  }
}

// The command itself (a shell line from package.json; arguments after `npm start --` appended).
if (command) {
  const quote = (arg) => `'${arg.replaceAll("'", "'\\''")}'`;
  const child = spawn([command, ...extraArgs.map(quote)].join(' '), {
    cwd: root,
    env,
    shell: true,
    stdio: 'inherit',
  });
  // Ctrl-C reaches the child too (same process group); wait for it to stop cleanly.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
