// Writes a site into a scratch folder beside its destination and swaps it into place at the end, so
// a failed or interrupted `akhbar view` never leaves half a site, nor pages of an earlier one.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AkhbarError } from '../errors.js';

/** Marks a folder as written by akhbar view, so that only such a folder is ever replaced. */
export const SITE_MARKER = '.akhbar-view';

export interface SiteWriter {
  write(path: string, content: string): void;
  /** Moves the finished site into place, replacing the earlier one. */
  commit(): void;
  /** Removes the scratch folder; the destination is left as it was. */
  abort(): void;
  readonly bytes: number;
  readonly files: number;
}

export function openSiteFolder(out: string): SiteWriter {
  const target = resolve(out);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new AkhbarError('E_USAGE', 'exists and is not a folder', { file: out });
    if (readdirSync(target).length > 0 && !existsSync(join(target, SITE_MARKER))) {
      throw new AkhbarError('E_USAGE', 'this folder holds files that akhbar view did not write; give an empty or new --out folder', { file: out });
    }
  }
  const scratch = join(dirname(target), `.${basename(target)}.akhbar-tmp-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  let bytes = 0;
  let files = 0;
  const fail = (cause: unknown, file = out): never => {
    rmSync(scratch, { recursive: true, force: true });
    throw new AkhbarError('E_WRITE', `cannot write the site: ${(cause as Error).message}`, { file, cause });
  };
  return {
    get bytes() {
      return bytes;
    },
    get files() {
      return files;
    },
    write(path, content) {
      const file = join(scratch, path);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      } catch (cause) {
        fail(cause, join(out, path));
      }
      bytes += Buffer.byteLength(content);
      files++;
    },
    commit() {
      const previous = `${scratch}-previous`;
      try {
        writeFileSync(join(scratch, SITE_MARKER), 'Written by akhbar view; the next run replaces this folder.\n');
        if (existsSync(target)) renameSync(target, previous);
        renameSync(scratch, target);
      } catch (cause) {
        if (existsSync(previous) && !existsSync(target)) renameSync(previous, target);
        fail(cause);
      }
      rmSync(previous, { recursive: true, force: true });
    },
    abort() {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
