// Atomic writes: every output goes to a temporary file in the same folder and is renamed into place,
// so a crash or a failure never leaves a half-written file behind.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { AkhbarError } from '../errors.js';

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
      const temporary = join(dirname(file.path), `.akhbar-tmp-${process.pid}-${basename(file.path)}`);
      temporaries.push(temporary);
      writeFileSync(temporary, file.content);
    }
    files.forEach((file, i) => {
      renameSync(temporaries[i] as string, file.path);
      renamed.push(file.path);
    });
  } catch (cause) {
    for (const path of [...temporaries, ...renamed]) rmSync(path, { force: true });
    throw new AkhbarError('E_WRITE', `cannot write output: ${(cause as Error).message}`, { file: files[renamed.length]?.path, cause });
  }
}
