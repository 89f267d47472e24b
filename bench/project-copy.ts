/**
 * A throw-away copy of the committed project for benchmarks: the files git tracks, plus
 * node_modules hard-linked (Turbopack rejects a symlinked node_modules).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Copies the project at `repo` into a new temporary folder and returns its path. */
export function copyProject(repo: string, prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
  execFileSync('tar', ['-cf', path.join(dir, 'src.tar'), ...files], { cwd: repo, maxBuffer: 1 << 26 });
  execFileSync('tar', ['-xf', 'src.tar'], { cwd: dir });
  rmSync(path.join(dir, 'src.tar'));
  execFileSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(dir, 'node_modules')]);
  return dir;
}
