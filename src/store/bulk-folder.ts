// The staging folders of bulk loads under --bulk-dir: one per load, named for its machine and
// process, with an owner file and the list of the graphs it loads. A folder whose process is gone
// is an interrupted load: the next load stops its loaders and removes the graphs it was loading
// (unless it loads them again itself), so that no half-loaded graph outlives it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AkhbarError } from '../errors.js';
import { isAlive } from '../io/write.js';
import { GRAPH_LIST } from './bulk-stage.js';

const OWNER = 'owner.json';
const FOLDER = /^akhbar-load-/;

interface Owner {
  host: string;
  pid: number;
  started: string;
}

export interface StagingFolder {
  path: string;
  /** Removes the staged files but keeps the owner and graph list: what a later load needs to finish this one off. */
  dropFiles(): void;
  remove(): void;
}

export function createStagingFolder(bulkDir: string): StagingFolder {
  if (!existsSync(bulkDir)) throw new AkhbarError('E_MISSING', 'no such folder: --bulk-dir must be a folder the server may read (DirsAllowed in its virtuoso.ini)', { file: bulkDir });
  const owner: Owner = { host: hostname(), pid: process.pid, started: new Date().toISOString() };
  const path = join(bulkDir, `akhbar-load-${owner.host.replace(/[^A-Za-z0-9.-]/g, '-')}-${owner.pid}-${Date.now()}`);
  try {
    mkdirSync(path);
    writeFileSync(join(path, OWNER), `${JSON.stringify(owner)}\n`);
    writeFileSync(join(path, GRAPH_LIST), '');
  } catch (cause) {
    throw new AkhbarError('E_WRITE', `cannot stage files in this folder: ${(cause as Error).message}`, { file: bulkDir, cause });
  }
  return {
    path,
    dropFiles: () => {
      for (const entry of readdirSync(path)) if (entry !== OWNER && entry !== GRAPH_LIST) rmSync(join(path, entry), { force: true });
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

export interface OtherLoad {
  path: string;
  /** true: its process is gone (an interrupted load); false: running, or on another machine. */
  interrupted: boolean;
  owner?: Owner;
}

/** The other loads' folders under bulkDir, and which of them were interrupted. */
export function otherLoads(bulkDir: string, own: string): OtherLoad[] {
  return readdirSync(bulkDir)
    .filter((entry) => FOLDER.test(entry) && join(bulkDir, entry) !== own)
    .sort()
    .map((entry) => {
      const path = join(bulkDir, entry);
      let owner: Owner | undefined;
      try {
        owner = JSON.parse(readFileSync(join(path, OWNER), 'utf8')) as Owner;
      } catch {
        // An owner file never written: its load died while creating the folder, before loading anything.
        return { path, interrupted: true };
      }
      return { path, owner, interrupted: owner.host === hostname() && !isAlive(owner.pid) };
    });
}

/** The graphs an interrupted load was loading, as its list names them. */
export function graphsOf(folder: string): string[] {
  try {
    return readFileSync(join(folder, GRAPH_LIST), 'utf8').split('\n').filter((g) => g !== '');
  } catch {
    return [];
  }
}
