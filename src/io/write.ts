// Atomic writes: every output goes to a temporary file in the same folder and is renamed into place,
// so a crash or a failure never leaves a half-written file behind.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { AkhbarError } from '../errors.js';

const TEMPORARY_PREFIX = '.akhbar-tmp-';

/**
 * Removes the temporaries a killed run left in a folder: ours by their name, and stale when the
 * process that made them (its pid is in the name) is gone. A live run's, in a folder shared by
 * shards, are left alone.
 */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^\.akhbar-tmp-(\d+)-/.exec(name)?.[1]);
    if (pid && !isAlive(pid)) rmSync(join(dir, name), { force: true });
  }
}

/** A process with this id runs on this machine (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface PendingFile {
  path: string;
  content: string;
}

/** Writes all files or none: temporaries first, then renames; a failed rename takes back the earlier ones. */
export function writeAllOrNothing(files: readonly PendingFile[]): void {
  const temporaries: string[] = [];
  const renamed: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temporary = join(dirname(file.path), `${TEMPORARY_PREFIX}${process.pid}-${basename(file.path)}`);
      temporaries.push(temporary);
      writeFileSync(temporary, file.content);
    }
    files.forEach((file, i) => {
      renameSync(temporaries[i] as string, file.path);
      renamed.push(file.path);
    });
  } catch (cause) {
    for (const path of [...temporaries, ...renamed]) rmSync(path, { force: true });
    throw new AkhbarError('E_WRITE', `cannot write output: ${writeFailure(cause)}`, { file: files[renamed.length]?.path, cause });
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device (ENOSPC)',
  EDQUOT: 'over the disk quota (EDQUOT)',
  EROFS: 'the file system is read-only (EROFS)',
  EACCES: 'permission denied (EACCES)',
};

/** Why a write failed, in words, with the system's code. */
export function writeFailure(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? (cause as Error).message;
}
