/**
 * Progress and failures on stderr, never stdout (stdout carries data).
 * - tty:   one live line, redrawn four times a second (done/total, docs/s, MB/s, failures,
 *          elapsed, ETA);
 * - plain: the same figures as a plain line every few seconds (logs, CI);
 * - json:  one JSON object per line (event: progress | failure | done) for orchestrators;
 * - none:  no progress (--quiet); failures are still named, one line each.
 * A summary closes every run except with --quiet, where it appears only if documents failed.
 */
import type { DocumentFailure } from '../core/extract.js';
import type { InputTotals } from '../io/inputs.js';

export type ProgressMode = 'tty' | 'plain' | 'json' | 'none';
export const PROGRESS_MODES = ['auto', 'tty', 'plain', 'json', 'none'] as const;

/** 'auto': a live line on a terminal, plain lines when stderr is a file/pipe or CI is set. */
export function resolveProgressMode(requested: string, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ProgressMode {
  if (requested !== 'auto') return requested as ProgressMode;
  return stream.isTTY && !env.CI ? 'tty' : 'plain';
}

export interface ProgressOptions {
  mode: ProgressMode;
  /** Seconds between plain/json lines (default 5). */
  intervalSeconds?: number;
  /** Input bytes read so far (for the ETA when the total is known in bytes). */
  readBytes?: () => number;
  /** True when only part of the documents count (sharding): totals in documents are unknown. */
  partial?: boolean;
}

export interface ProgressFigures {
  docs: number;
  failed: number;
  skipped: number;
  total: number | null;
  /** Share of the input bytes read so far (0–100), when the inputs' size is known. */
  percent: number | null;
  textBytes: number;
  elapsedSeconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  etaSeconds: number | null;
}

export class Progress {
  private docs = 0;
  private bytes = 0;
  private failures = 0;
  private skips = 0;
  private totals: InputTotals | null = null;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private lineShown = false;
  readonly byCode = new Map<string, number>();

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly options: ProgressOptions,
  ) {
    const { mode } = options;
    if (mode !== 'none') {
      const interval = (options.intervalSeconds ?? 5) * 1000;
      const every = mode === 'tty' ? Math.min(250, interval) : interval;
      this.timer = setInterval(() => this.tick(), every);
      this.timer.unref();
    }
  }

  setTotals(totals: InputTotals | null): void {
    this.totals = totals;
  }

  done(bytes: number): void {
    this.docs++;
    this.bytes += bytes;
  }

  skipped(): void {
    this.skips++;
  }

  failed(failure: DocumentFailure): void {
    this.failures++;
    const key = `${failure.stage}/${failure.code}`;
    this.byCode.set(key, (this.byCode.get(key) ?? 0) + 1);
    if (this.options.mode === 'json') {
      this.out.write(JSON.stringify({ event: 'failure', ...failure }) + '\n');
      return;
    }
    this.clearLine();
    this.out.write(`wortlaut: FAILED ${failure.id}${failure.source ? ` (${failure.source})` : ''} [${failure.stage}/${failure.code}]: ${failure.message}\n`);
  }

  get failedCount(): number {
    return this.failures;
  }

  /** Stops the timer and prints the summary (and, for json, a final 'done' object). */
  finish(extra: Record<string, unknown> = {}): ProgressFigures {
    if (this.timer) clearInterval(this.timer);
    this.clearLine();
    const figures = this.figures();
    const { mode } = this.options;
    if (mode === 'json') {
      this.out.write(JSON.stringify({ event: 'done', ...figures, failuresByCode: Object.fromEntries(this.byCode), ...extra }) + '\n');
    } else if (mode !== 'none' || this.failures > 0) {
      this.out.write(`wortlaut: finished: ${this.describe(figures, false)}\n`);
      if (this.failures > 0) {
        const codes = [...this.byCode].map(([code, n]) => `${n} ${code}`).join(', ');
        this.out.write(`wortlaut: ${this.failures} document(s) failed (${codes})${extra.errorsFile ? `; listed in ${String(extra.errorsFile)}` : ''}\n`);
      }
    }
    return figures;
  }

  /** The run was stopped by a signal: no summary figures to trust, but say where it stopped. */
  interrupted(signal: string, hint: string | null): void {
    if (this.timer) clearInterval(this.timer);
    this.clearLine();
    const figures = this.figures();
    if (this.options.mode === 'json') {
      this.out.write(JSON.stringify({ event: 'interrupted', signal, ...figures }) + '\n');
      return;
    }
    this.out.write(`wortlaut: interrupted (${signal}) after ${this.describe(figures, false)}${hint ? `; ${hint}` : ''}\n`);
  }

  figures(): ProgressFigures {
    const elapsed = Math.max((Date.now() - this.started) / 1000, 0.001);
    const processed = this.docs + this.failures;
    const total = this.options.partial ? null : (this.totals?.docs ?? null);
    let eta: number | null = null;
    let percent: number | null = null;
    if (this.totals && this.totals.bytes > 0 && this.options.readBytes) {
      percent = Math.min(100, round((100 * this.options.readBytes()) / this.totals.bytes, 1));
    }
    if (total !== null && processed > 0) {
      eta = Math.max(0, total - processed - this.skips) / (processed / elapsed);
    } else if (this.totals && this.options.readBytes) {
      const read = this.options.readBytes();
      if (read > 0 && read <= this.totals.bytes) eta = (elapsed * (this.totals.bytes - read)) / read;
    }
    return {
      docs: this.docs,
      failed: this.failures,
      skipped: this.skips,
      total,
      percent,
      textBytes: this.bytes,
      elapsedSeconds: round(elapsed, 1),
      docsPerSecond: round(processed / elapsed, 1),
      mbPerSecond: round(this.bytes / 1e6 / elapsed, 2),
      etaSeconds: eta === null ? null : Math.round(eta),
    };
  }

  private tick(): void {
    const figures = this.figures();
    switch (this.options.mode) {
      case 'tty':
        this.out.write(`\r\x1b[2Kwortlaut: ${this.describe(figures, true)}`);
        this.lineShown = true;
        break;
      case 'plain':
        this.out.write(`wortlaut: ${this.describe(figures, true)}\n`);
        break;
      case 'json':
        this.out.write(JSON.stringify({ event: 'progress', ...figures }) + '\n');
        break;
      case 'none':
        break;
    }
  }

  private clearLine(): void {
    if (this.lineShown) {
      this.out.write('\r\x1b[2K');
      this.lineShown = false;
    }
  }

  private describe(f: ProgressFigures, withEta: boolean): string {
    const done = f.total !== null ? `${f.docs + f.failed + f.skipped}/${f.total}` : `${f.docs + f.failed + f.skipped}`;
    const parts = [
      `${done} documents${f.percent !== null && f.total === null && withEta ? ` (${f.percent}% read)` : ''}`,
      `${f.failed} failed`,
      ...(f.skipped > 0 ? [`${f.skipped} already done`] : []),
      `${(f.textBytes / 1e6).toFixed(2)} MB`,
      `${f.docsPerSecond} docs/s`,
      `${f.mbPerSecond.toFixed(2)} MB/s`,
      `${clock(f.elapsedSeconds)} elapsed`,
    ];
    if (withEta && f.etaSeconds !== null) parts.push(`ETA ${clock(f.etaSeconds)}`);
    return parts.join(', ');
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
