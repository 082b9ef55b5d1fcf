// Atomic writes: every output goes to a temporary file in the same folder and is renamed into place,
// so a crash or a failure never leaves a half-written file behind.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export interface PendingFile {
  path: string;
  content: string;
}

/** Writes all files or none: temporaries first, then renames. */
export function writeAllOrNothing(files: readonly PendingFile[]): void {
  const temporaries: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temporary = join(dirname(file.path), `.akhbar-tmp-${process.pid}-${basename(file.path)}`);
      temporaries.push(temporary);
      writeFileSync(temporary, file.content);
    }
    files.forEach((file, i) => renameSync(temporaries[i] as string, file.path));
  } catch (error) {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    throw error;
  }
}
