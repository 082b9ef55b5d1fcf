// Runs the akhbar command in-process and captures what it prints, for the CLI tests; or as a process of its own.
import { spawn } from 'node:child_process';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await main(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

export interface SpawnedCli {
  done: Promise<{ code: number | null; out: string }>;
  kill: () => void;
  /** What it has printed so far (standard output and error). */
  peek: () => string;
  write: (text: string) => void;
  end: () => void;
}

/** A command as a separate process (by default the compiled CLI), fed `input` on standard input. */
export function spawnCli(args: string[], input?: string, command: string[] = [process.execPath, 'dist/cli/bin.js'], env: NodeJS.ProcessEnv = process.env): SpawnedCli {
  const [program = process.execPath, ...first] = command;
  const child = spawn(program, [...first, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  if (input !== undefined) child.stdin.end(input);
  return {
    done: new Promise((resolve) => child.on('close', (code) => resolve({ code, out }))),
    kill: () => child.kill('SIGKILL'),
    peek: () => out,
    write: (text) => child.stdin.write(text),
    end: () => child.stdin.end(),
  };
}
