/**
 * Runs a command and measures wall time and peak memory. Peak RSS is measured two ways:
 * - `/usr/bin/time -v` (when present): the kernel's maximum resident set size of the child
 *   (worker threads live in the same process, so this covers them);
 * - sampling: every 100 ms the VmRSS of every process in the child's tree is read from /proc
 *   and summed; the largest sum is kept (covers trees of several processes, may miss a peak
 *   shorter than the interval).
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, readdirSync, closeSync } from 'node:fs';

export interface Measured {
  code: number | null;
  seconds: number;
  stdout: string;
  stderr: string;
  /** MB, from /usr/bin/time -v, or null when it is not installed. */
  peakRssTimeMb: number | null;
  /** MB, the largest sampled sum of VmRSS over the process tree, or null without /proc. */
  peakRssSampledMb: number | null;
  /** User + system CPU seconds of the child (from /usr/bin/time), or null. */
  cpuSeconds: number | null;
}

const TIME = '/usr/bin/time';
export const HAS_TIME = existsSync(TIME);
export const HAS_PROC = existsSync('/proc/self/status');

export function measure(command: string, args: string[], options: { stdoutToNull?: boolean; cwd?: string } = {}): Promise<Measured> {
  const [cmd, argv] = HAS_TIME ? [TIME, ['-v', command, ...args]] : [command, args];
  const nullFd = options.stdoutToNull ? openSync('/dev/null', 'w') : null;
  const started = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', nullFd ?? 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  let peakSampled = 0;
  const sampler = HAS_PROC
    ? setInterval(() => {
        const rss = treeRssKb(child.pid!, HAS_TIME);
        if (rss > peakSampled) peakSampled = rss;
      }, 100)
    : null;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (sampler) clearInterval(sampler);
      if (nullFd !== null) closeSync(nullFd);
      let peakRssTimeMb: number | null = null;
      let cpuSeconds: number | null = null;
      if (HAS_TIME) {
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (match) peakRssTimeMb = Number(match[1]) / 1024;
        stderr = stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '');
      }
      resolve({ code, seconds, stdout, stderr, peakRssTimeMb, peakRssSampledMb: HAS_PROC ? peakSampled / 1024 : null, cpuSeconds });
    });
  });
}

/** Sum of VmRSS (kB) over a process and all its descendants; `skipRoot` leaves out /usr/bin/time. */
function treeRssKb(pid: number, skipRoot: boolean): number {
  let total = 0;
  const stack: Array<[number, boolean]> = [[pid, skipRoot]];
  while (stack.length > 0) {
    const [p, skip] = stack.pop()!;
    try {
      if (!skip) {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
        if (match) total += Number(match[1]);
      }
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) for (const c of children.split(/\s+/)) stack.push([Number(c), false]);
      }
    } catch {
      // the process ended between two reads
    }
  }
  return total;
}
