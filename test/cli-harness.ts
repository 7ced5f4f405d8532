/** Helpers for the CLI and batch tests: run `wortlaut` as a child process, build archives. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'pipeline', 'cli.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): ChildProcess {
  const env = { ...process.env, ...options.env };
  delete env.CI;
  if (options.env?.CI) env.CI = options.env.CI;
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs `wortlaut <args>` (node --import tsx, faster than npx tsx) with optional stdin. */
export function cli(args: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  const child = startCli(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin!.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function tempDir(prefix = 'wortlaut-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function lines(jsonl: string): Array<Record<string, any>> {
  return jsonl.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, any>);
}

/** Short German news passages written for these tests; recombined into many articles. */
export const PASSAGES = [
  'Berlin – Die Bundesregierung hat am Mittwoch einen Entwurf für das neue Heizungsgesetz vorgelegt. Nach Angaben des Wirtschaftsministeriums sollen Hausbesitzer bis 2028 Zeit für den Umstieg bekommen.',
  '„Wir werden niemanden im Stich lassen“, sagte die Ministerin vor Journalisten. Die Opposition sprach dagegen von einem „handwerklich schlechten Gesetz“.',
  'Die Inflationsrate in Deutschland ist im Oktober auf 3,8 Prozent gesunken. Das teilte das Statistische Bundesamt in Wiesbaden mit. Im September hatte sie noch bei 4,5 Prozent gelegen.',
  'Der Stadtrat von Köln hat mit knapper Mehrheit beschlossen, die Parkgebühren in der Innenstadt zu verdoppeln. Die Händler befürchten weniger Kundschaft.',
  'Nach dem Unwetter vom Wochenende sind in Bayern noch immer rund 12.000 Haushalte ohne Strom. Die Aufräumarbeiten könnten nach Schätzung der Feuerwehr bis Dienstag dauern.',
  'Die Gewerkschaft Verdi hat für Donnerstag zu Warnstreiks im öffentlichen Nahverkehr aufgerufen. Betroffen sind unter anderem Busse und Straßenbahnen in Hamburg, Bremen und Hannover.',
  'Der Vorstandschef des Konzerns, Dr. Martin Weber, kündigte an, bis Ende 2025 rund 1.500 Stellen abzubauen. Der Betriebsrat will dagegen vorgehen.',
  'Die Polizei ermittelt nach einem Einbruch in ein Juweliergeschäft in der Dresdner Altstadt. Die Täter erbeuteten Schmuck im Wert von mehreren Hunderttausend Euro.',
];

/** Deterministic article i: a few passages in a rotating combination. */
export function article(i: number): string {
  const n = PASSAGES.length;
  return [PASSAGES[i % n], PASSAGES[(i * 3 + 1) % n], PASSAGES[(i * 5 + 2) % n]].join('\n\n');
}

export function jsonlArchive(count: number, idOf: (i: number) => string = (i) => `art-${i}`): string {
  let out = '';
  for (let i = 0; i < count; i++) out += JSON.stringify({ id: idOf(i), text: article(i), source: 'test', date: '2024-10-0' + (i % 9 + 1) }) + '\n';
  return out;
}
