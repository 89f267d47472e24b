/**
 * `npm run test:prerequisites` (run first by `npm run test:e2e`, so by `npm test` and `.ci/run`):
 * the programs the end-to-end tests need beside Node — Debian's Chromium (Playwright drives it; no
 * browser is ever downloaded), Redis (the shared-cache tests), Java (the W3C Nu HTML checker) and
 * xmllint (the sitemap schemas). When some are missing it installs them with apt-get if it can (as
 * root, on Debian); otherwise it stops at once and prints the one command that installs them.
 * `TEST_PREREQUISITES=check` only checks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Prerequisite = {
  /** What the tests use it for, for the message. */
  what: string;
  /** The Debian package that provides it. */
  debianPackage: string;
  /** True when it is on this machine. */
  present: () => boolean;
};

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && existsSync(path.join(dir, command)));
}

/** Everything `npm run test:e2e` needs that npm does not install. */
export const prerequisites: readonly Prerequisite[] = [
  {
    what: 'Chromium (Playwright drives it)',
    debianPackage: 'chromium',
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  { what: 'Redis (the shared-cache tests)', debianPackage: 'redis-server', present: () => onPath('redis-server') },
  { what: 'Java (the W3C Nu HTML checker)', debianPackage: 'default-jre-headless', present: () => onPath('java') },
  { what: 'xmllint (the sitemap schemas)', debianPackage: 'libxml2-utils', present: () => onPath('xmllint') },
];

/** The one command that installs `missing`. */
export function installCommand(missing: readonly Prerequisite[], asRoot: boolean): string {
  const install = `apt-get install -y ${missing.map((p) => p.debianPackage).join(' ')}`;
  return asRoot ? `apt-get update && ${install}` : `sudo apt-get update && sudo ${install}`;
}

function run(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function main(): void {
  const missing = prerequisites.filter((p) => !p.present());
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  const names = missing.map((p) => p.what).join(', ');
  if (asRoot && onPath('apt-get') && process.env.TEST_PREREQUISITES !== 'check') {
    console.log(`test prerequisites: installing ${missing.map((p) => p.debianPackage).join(' ')} (${names})`);
    const installed =
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', ...missing.map((p) => p.debianPackage)]);
    const still = prerequisites.filter((p) => !p.present());
    if (installed && still.length === 0) return;
    missing.splice(0, missing.length, ...still);
  }
  console.error(
    `The end-to-end tests need ${missing.map((p) => p.what).join(', ')}. Install with:\n\n  ${installCommand(missing, asRoot)}\n`,
  );
  process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
