/**
 * Progress and failures on stderr, never stdout (stdout carries data). Failures are always
 * printed, one line each, naming the document and the reason; progress lines appear every
 * few seconds and a summary at the end, unless --quiet.
 */
import type { DocumentFailure } from '../core/extract.js';

export class Progress {
  private docs = 0;
  private chars = 0;
  private failures = 0;
  private readonly started = Date.now();
  private lastLine = Date.now();

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly options: { quiet: boolean; intervalMs?: number },
  ) {}

  done(chars: number): void {
    this.docs++;
    this.chars += chars;
    const now = Date.now();
    if (!this.options.quiet && now - this.lastLine >= (this.options.intervalMs ?? 5000)) {
      this.lastLine = now;
      this.out.write(`wortlaut: ${this.summary()}\n`);
    }
  }

  failed(failure: DocumentFailure): void {
    this.failures++;
    this.out.write(`wortlaut: FAILED ${failure.id}${failure.source ? ` (${failure.source})` : ''} [${failure.stage}/${failure.code}]: ${failure.message}\n`);
  }

  finish(): void {
    if (!this.options.quiet || this.failures > 0) this.out.write(`wortlaut: finished: ${this.summary()}\n`);
  }

  private summary(): string {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const mb = this.chars / 1e6;
    return `${this.docs} documents, ${this.failures} failed, ${mb.toFixed(2)} MB in ${seconds.toFixed(1)} s (${(this.docs / seconds).toFixed(1)} docs/s, ${(mb / seconds).toFixed(2)} MB/s)`;
  }
}
