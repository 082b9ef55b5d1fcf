// Progress of a corpus run for a person watching: a bar redrawn in place on a terminal, a plain line
// now and then otherwise (logs, CI), nothing with --quiet.

export interface ProgressState {
  /** Records handed on in this session, and of them failed. */
  records: number;
  failed: number;
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
  /** Records this session is to hand on (with --limit): then the share done is counted in records, not bytes. */
  target?: number;
}

export type ProgressMode = 'bar' | 'lines' | 'off';

const BAR_WIDTH = 24;

/** One line: done, rate, share done (of --limit, else of the input read), time left. */
export function formatProgress(s: ProgressState, mode: Exclude<ProgressMode, 'off'>): string {
  const rate = s.elapsedMs > 0 ? (s.records * 1000) / s.elapsedMs : 0;
  const fraction = s.target !== undefined ? Math.min(1, s.records / Math.max(1, s.target)) : s.totalBytes > 0 ? Math.min(1, s.bytesRead / s.totalBytes) : undefined;
  const eta = fraction !== undefined && fraction > 0 ? (s.elapsedMs * (1 - fraction)) / fraction : undefined;
  const parts = [`${s.records.toLocaleString('en')} articles`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
  if (eta !== undefined) parts.push(`ETA ${clock(eta)}`);
  parts.push(`${s.failed.toLocaleString('en')} failed`);
  if (mode === 'lines') return `akhbar: ${fraction !== undefined ? `${Math.floor(fraction * 100)}% done, ` : ''}${parts.join(', ')}`;
  const filled = Math.round((fraction ?? 0) * BAR_WIDTH);
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${fraction !== undefined ? `${Math.floor(fraction * 100)}% ` : ''}${parts.join(' · ')}`;
}

/** m:ss, or h:mm:ss past an hour. */
export function clock(ms: number): string {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export class ProgressReporter {
  private last = 0;
  private shown = false;

  constructor(
    private readonly mode: ProgressMode,
    private readonly write: (text: string) => void,
    private readonly intervalMs = mode === 'bar' ? 200 : 10_000,
  ) {}

  /** Shows the state if enough time has passed since it was last shown. */
  tick(state: ProgressState): void {
    if (this.mode === 'off' || state.elapsedMs - this.last < this.intervalMs) return;
    this.last = state.elapsedMs;
    this.write(this.mode === 'bar' ? `\r\x1b[2K${formatProgress(state, 'bar')}` : `${formatProgress(state, 'lines')}\n`);
    this.shown = this.mode === 'bar';
  }

  /** Takes the bar off the screen, so other lines can be printed. */
  clear(): void {
    if (this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }
}
