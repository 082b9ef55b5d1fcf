// Loads article graphs into Virtuoso with its own bulk loader: the graphs are staged as gzipped
// N-Quads files in a folder the server may read; each graph already on the server is removed
// before its file goes on the loader's list (ld_add); loader sessions (rdf_loader_run, several at
// once) take the files while later ones are still being staged; a checkpoint makes it durable; one
// pass over the quad table counts every graph against what was staged. A graph that did not load
// whole is removed, and an interrupted load is finished off by the next one (bulk-folder.ts).
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AkhbarError, isAkhbarError } from '../errors.js';
import { createStagingFolder, graphsOf, otherLoads, type StagingFolder } from './bulk-folder.js';
import { checkServerSeesFolder, clearGraphs, filesUnder, indexDamage, storedCounts, waitingOnList } from './bulk-server.js';
import { CHECKPOINT_SQL, LOAD_ONE_BATCH_SQL, LOGGED_AUTOCOMMIT_SQL, forgetFilesSql, forgetWaitingSql, registerFileSql } from './bulk-sql.js';
import { GRAPH_LIST, checkInput, stageGraphs, writeGraphList, type InputPlan, type StagedFile, type StagedGraph } from './bulk-stage.js';
import type { IsqlSession } from './isql.js';
import type { LoadedGraph } from './load.js';

export interface BulkTarget {
  /** Opens a new SQL session with the server. */
  open: () => Promise<IsqlSession>;
  /** The server, as messages name it. */
  address: string;
  /** A folder the server may read (under DirsAllowed of its ini), the same path for both. */
  bulkDir: string;
  /** Loader sessions working at once. */
  loaders: number;
  /** Triples per staged file. */
  chunkTriples: number;
  /** The longest a short statement (a poll, a registration) may take. */
  timeoutMs: number;
}

export interface BulkReport {
  graphs: number;
  sent: number;
  stored: number;
  files: number;
  /** Graphs an interrupted earlier load had been loading that this one does not include: removed. */
  removedInterrupted: number;
  seconds: { checking: number; loading: number; checkpoint: number; counting: number };
}

export interface BulkOptions {
  onGraph?: (graph: LoadedGraph) => void;
  /** A staged file the loader has finished, with the triples loaded so far and the input's total. */
  onFile?: (file: StagedFile, triplesLoaded: number, triplesTotal: number) => void;
  onNote?: (line: string) => void;
}

/** Where triples outside any named graph would go; Akhbar stages none, so nothing goes there. */
const NO_GRAPH = 'urn:akhbar:bulk-load:no-graph';
/** Loader calls in a row that move nothing on the list while this load's files wait: the server passes over them. */
const STALLED_ROUNDS = 20;

/** How the load stands: what is staged and how far the loader is with each file. */
interface Progress {
  plan: InputPlan;
  graphs: Map<string, StagedGraph>;
  staged: StagedFile[];
  stagingDone: boolean;
  /** Set when staging or a loader failed: the others stop. */
  stopped: boolean;
  /** Staged files by path: their state on the loader's list (0 waiting, 1 loading, 2 done) and the loader's error. */
  states: Map<string, { state: number; error: string }>;
}

export async function bulkLoad(inputs: readonly string[], target: BulkTarget, options: BulkOptions = {}): Promise<BulkReport> {
  let mark = performance.now();
  const plan = await checkInput(inputs);
  const checking = (performance.now() - mark) / 1000;
  const control = await target.open();
  const loaders: IsqlSession[] = [];
  const progress: Progress = { plan, graphs: plan.graphs, staged: [], stagingDone: false, stopped: false, states: new Map() };
  let folder: StagingFolder | undefined;
  try {
    folder = createStagingFolder(target.bulkDir);
    await writeGraphList(folder.path, plan.graphs);
    await checkServerSeesFolder(control, folder.path, target.address);
    await control.query(LOGGED_AUTOCOMMIT_SQL);
    const interrupted = await finishOffInterrupted(control, target, folder.path, options);
    const stale = interrupted.filter((g) => !plan.graphs.has(g));
    // Every graph of the load (and of an interrupted one) goes before the loader starts, and a
    // checkpoint makes that the state a crash returns to. The loader writes no log; a server killed
    // amid its inserts into graphs just emptied came back with quad indexes that disagree.
    await clearGraphs(control, [...plan.graphs.keys(), ...stale], target.timeoutMs * 10);
    await control.query(CHECKPOINT_SQL);
    for (let i = 0; i < target.loaders; i++) loaders.push(await target.open());
    mark = performance.now();
    const loading = runLoaders(loaders, control, folder.path, progress, target, options);
    loading.catch(() => (progress.stopped = true));
    try {
      for await (const file of stageGraphs(inputs, folder.path, progress.graphs, target.chunkTriples)) {
        if (progress.stopped) break;
        await control.query(registerFileSql(file.path, NO_GRAPH), { timeoutMs: target.timeoutMs });
        progress.staged.push(file);
      }
      progress.stagingDone = true;
    } catch (error) {
      progress.stopped = true;
      throw error;
    }
    await loading;
    const loadingSeconds = (performance.now() - mark) / 1000;
    mark = performance.now();
    await control.query(CHECKPOINT_SQL);
    const checkpoint = (performance.now() - mark) / 1000;
    mark = performance.now();
    const stored = await storedCounts(control, progress.graphs);
    const counting = (performance.now() - mark) / 1000;
    const report = await verify(control, progress, stored, target, options);
    await control.query(forgetFilesSql(folder.path), { timeoutMs: target.timeoutMs });
    folder.remove();
    return { ...report, files: progress.staged.length, removedInterrupted: stale.length, seconds: { checking, loading: loadingSeconds, checkpoint, counting } };
  } catch (error) {
    folder?.dropFiles();
    if (!isAkhbarError(error) || error.file !== undefined || error.code === 'E_BULK_DIR') throw error;
    throw new AkhbarError(error.code, `${error.message}; ${loadedBefore(progress)}`, { cause: error });
  } finally {
    await Promise.all([control, ...loaders].map((session) => session.close().catch(() => undefined)));
  }
}

/**
 * Stops what the interrupted loads under --bulk-dir still had on the loader's list, waits for a
 * file a loader had started, and returns the graphs they were loading. This load's list takes them
 * over before their folder goes, so that being interrupted in turn loses none of them.
 */
async function finishOffInterrupted(control: IsqlSession, target: BulkTarget, own: string, options: BulkOptions): Promise<string[]> {
  const graphs: string[] = [];
  for (const load of otherLoads(target.bulkDir, own)) {
    if (!load.interrupted) {
      options.onNote?.(`${load.path}: left alone, the load of ${load.owner?.host} (pid ${load.owner?.pid}) is still running or on another machine`);
      continue;
    }
    await control.query(forgetWaitingSql(load.path), { timeoutMs: target.timeoutMs });
    const deadline = performance.now() + target.timeoutMs * 4;
    while ((await filesUnder(control, load.path, target.timeoutMs)).some((f) => f.state === 1) && performance.now() < deadline) await sleep(250);
    const its = graphsOf(load.path);
    if (its.length > 0) appendFileSync(join(own, GRAPH_LIST), `${its.join('\n')}\n`);
    graphs.push(...its);
    await control.query(forgetFilesSql(load.path), { timeoutMs: target.timeoutMs });
    rmSync(load.path, { recursive: true, force: true });
    options.onNote?.(`${load.path}: an interrupted load of ${its.length} graph(s), finished off (each is loaded again or removed)`);
  }
  return graphs;
}

/**
 * Each loader session calls the loader for one batch at a time while this load has files waiting;
 * the control session reads their states after each. It ends when staging is done and every staged
 * file is loaded. The loader takes whatever the server's list holds, in the list's order.
 */
async function runLoaders(loaders: IsqlSession[], control: IsqlSession, dir: string, progress: Progress, target: BulkTarget, options: BulkOptions): Promise<void> {
  let stalled = 0;
  let loadedTriples = 0;
  let reading: Promise<number> | undefined;
  const byPath = new Map<string, StagedFile>();
  /** Reads the states of this load's files; returns how many files wait on the whole list. */
  const refresh = (): Promise<number> =>
    (reading ??= (async () => {
      for (const { file, state, error } of await filesUnder(control, dir, target.timeoutMs)) {
        const before = progress.states.get(file)?.state;
        progress.states.set(file, { state, error });
        for (const f of progress.staged) byPath.set(f.path, f);
        const staged = byPath.get(file);
        if (state !== 2 || before === 2 || !staged) continue;
        loadedTriples += staged.triples;
        options.onFile?.(staged, loadedTriples, progress.plan.triples);
      }
      return waitingOnList(control, target.timeoutMs);
    })().finally(() => (reading = undefined)));
  const stateOf = (f: StagedFile) => progress.states.get(f.path)?.state ?? 0;
  const finished = () => progress.stagingDone && progress.staged.every((f) => stateOf(f) === 2);
  const ours = (state: number) => progress.staged.filter((f) => stateOf(f) === state).length;
  await Promise.all(
    loaders.map(async (loader) => {
      for (;;) {
        const listed = await refresh();
        if (finished() || progress.stopped) return;
        if (ours(0) === 0) {
          await sleep(100);
          continue;
        }
        const waitingBefore = ours(0);
        await loader.query(LOAD_ONE_BATCH_SQL);
        const listedAfter = await refresh();
        const moved = ours(0) < waitingBefore || ours(1) > 0 || listedAfter < listed;
        stalled = moved ? 0 : stalled + 1;
        if (stalled >= STALLED_ROUNDS) {
          const unseen = progress.staged.filter((f) => stateOf(f) === 0).map((f) => f.path);
          throw new AkhbarError('E_BULK_DIR', `the loader of ${target.address} passes over ${unseen.length} staged file(s) (${unseen[0]}${unseen.length > 1 ? ', …' : ''}): the server cannot read them`);
        }
      }
    }),
  );
}

/**
 * Every graph must hold what was staged for it (a graph given in pieces at most that, since its
 * pieces may repeat a triple). One that does not is removed, and the load fails naming it and what
 * the loader said of its file.
 */
async function verify(control: IsqlSession, progress: Progress, stored: Map<string, number>, target: BulkTarget, options: BulkOptions): Promise<Pick<BulkReport, 'graphs' | 'sent' | 'stored'>> {
  const report = { graphs: 0, sent: 0, stored: 0 };
  const wrong: string[] = [];
  for (const [graph, staged] of progress.graphs) {
    const held = stored.get(graph) ?? 0;
    report.graphs++;
    report.sent += staged.sent;
    report.stored += held;
    options.onGraph?.({ graph, sent: staged.sent, stored: held, parts: staged.parts });
    if (staged.parts === 1 ? held !== staged.sent : held === 0 || held > staged.sent) wrong.push(graph);
  }
  if (wrong.length === 0) return report;
  await clearGraphs(control, wrong, target.timeoutMs * 10);
  await control.query(CHECKPOINT_SQL);
  const said = [...progress.states].filter(([, s]) => s.error !== '').map(([file, s]) => `${file}: ${s.error}`);
  const damage = await indexDamage(control);
  const first = wrong[0] as string;
  const example = `<${first}>: ${progress.graphs.get(first)?.sent} triples staged, ${stored.get(first) ?? 0} stored`;
  const why = [said.length > 0 ? `the loader said: ${said.slice(0, 3).join('; ')}` : '', damage].filter((w) => w !== '');
  throw new AkhbarError('E_REJECTED', `${wrong.length} of ${progress.graphs.size} graph(s) did not load whole and were removed (${example}${wrong.length > 1 ? '; …' : ''})${why.map((w) => `; ${w}`).join('')}`);
}

/** "none of 7 graph(s) loaded", or which graphs the loaded files hold, in input order. */
function loadedBefore(progress: Progress): string {
  const done = progress.staged.filter((f) => progress.states.get(f.path)?.state === 2 && progress.states.get(f.path)?.error === '');
  const total = `${progress.plan.graphs.size} graph(s)`;
  if (done.length === 0) return `none of ${total} loaded`;
  // Runs of graphs in input order: a file's new graphs follow one another, and so do those of consecutive files.
  const runs: { first: string; last: string; count: number; end: number }[] = [];
  for (const file of done) {
    if (file.newGraphs.length === 0) continue;
    const previous = runs.at(-1);
    const last = file.newGraphs.at(-1) as string;
    if (previous && previous.end + 1 === file.firstPosition) Object.assign(previous, { last, count: previous.count + file.newGraphs.length, end: file.firstPosition + file.newGraphs.length - 1 });
    else runs.push({ first: file.newGraphs[0] as string, last, count: file.newGraphs.length, end: file.firstPosition + file.newGraphs.length - 1 });
  }
  const count = runs.reduce((sum, run) => sum + run.count, 0);
  const spans = runs.map((run) => (run.count === 1 ? `<${run.first}>` : `<${run.first}> to <${run.last}>`)).join(', ');
  return `${count} of ${total} loaded before it (${done.length} of ${progress.staged.length} staged file(s); in input order, ${spans}), not yet made durable by a checkpoint: a server that stopped may have kept fewer, and the next load replaces them all`;
}
