// A deadline for synchronous work: V8 stops it wherever it is (node:vm's watchdog terminates the
// running script, and everything it called), so a stage that runs away on some text cannot hold a
// worker, or the main thread, for longer than its article's budget.
import { Script, createContext } from 'node:vm';

export class BudgetExceeded extends Error {
  constructor(readonly ms: number) {
    super(`over the budget of ${ms} ms`);
    this.name = 'BudgetExceeded';
  }
}

let task: () => void = () => undefined;
// One script and one context, made once: each call only starts the watchdog.
const runTask = new Script('runTask()');
const context = createContext({ runTask: () => task() });

/** Runs `work` and returns what it returns, unless it takes longer than `ms`: then BudgetExceeded. */
export function runWithin<T>(ms: number, work: () => T): T {
  if (!(ms > 0)) throw new BudgetExceeded(ms);
  let result: { value: T } | undefined;
  task = () => {
    result = { value: work() };
  };
  try {
    runTask.runInContext(context, { timeout: Math.max(1, Math.ceil(ms)) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new BudgetExceeded(ms);
    throw error;
  } finally {
    task = () => undefined;
  }
  if (!result) throw new Error('runWithin: the work did not run');
  return result.value;
}
