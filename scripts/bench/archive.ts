/**
 * The benchmark archive: German news text recombined deterministically from the bundled
 * corpus (corpora/*.txt) and the texts of our gold files (corpora/gold/*.jsonl). Paragraphs
 * are drawn with a seeded generator into articles of 3–12 paragraphs until the archive holds
 * the requested number of MB of text; ids are unique (bench-000001 …). The file name carries
 * size, seed and a hash of the sources, so a present archive is reused only when it would be
 * generated identically.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../lib/random.js';

export interface BenchArchive {
  file: string;
  docs: number;
  /** UTF-8 bytes of article text (what MB/s counts). */
  textBytes: number;
  fileBytes: number;
  reused: boolean;
}

export function sourceTexts(root: string): string[] {
  const texts: string[] = [];
  const corpora = join(root, 'corpora');
  for (const name of readdirSync(corpora).sort()) {
    if (name.endsWith('.txt')) texts.push(readFileSync(join(corpora, name), 'utf8'));
  }
  const gold = join(corpora, 'gold');
  if (existsSync(gold)) {
    for (const name of readdirSync(gold).sort()) {
      if (!name.endsWith('.jsonl')) continue;
      for (const line of readFileSync(join(gold, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          const text = (JSON.parse(line) as { text?: unknown }).text;
          if (typeof text === 'string' && text.trim() !== '') texts.push(text);
        } catch {
          // a broken gold line is the evaluator's business, not the benchmark's
        }
      }
    }
  }
  return texts;
}

/** Paragraphs: the corpus writes one paragraph per line (blank lines between are allowed). */
function paragraphs(texts: string[]): string[] {
  return texts.flatMap((t) => t.split(/\n+/)).map((p) => p.trim()).filter((p) => p.length > 0);
}

export async function ensureArchive(root: string, dataDir: string, sizeMb: number, seed = 20241025): Promise<BenchArchive> {
  const texts = sourceTexts(root);
  const pool = paragraphs(texts);
  if (pool.length === 0) throw new Error('no source texts in corpora/');
  const digest = createHash('sha256').update(pool.join('\u0000')).digest('hex').slice(0, 10);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, `archive-${sizeMb}mb-s${seed}-${digest}.jsonl`);
  const metaFile = `${file}.meta.json`;
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Omit<BenchArchive, 'file' | 'reused'>;
    return { file, ...meta, reused: true };
  }
  const next = seededRandom(seed);
  const target = sizeMb * 1e6;
  const temporary = `${file}.tmp`;
  const out = createWriteStream(temporary);
  let docs = 0;
  let textBytes = 0;
  let fileBytes = 0;
  const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  while (textBytes < target) {
    const count = 3 + Math.floor(next() * 10);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(pool[Math.floor(next() * pool.length)]!);
    const text = parts.join('\n\n');
    docs++;
    const day = 1 + Math.floor(next() * 28);
    const month = Math.floor(next() * 12);
    const line =
      JSON.stringify({
        id: `bench-${String(docs).padStart(7, '0')}`,
        title: parts[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 120),
        date: `2024-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        dateline: `${day}. ${months[month]} 2024`,
        text,
      }) + '\n';
    textBytes += Buffer.byteLength(text);
    fileBytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(temporary, file);
  const meta = { docs, textBytes, fileBytes };
  const metaOut = createWriteStream(metaFile);
  await new Promise<void>((resolve) => metaOut.end(JSON.stringify(meta) + '\n', () => resolve()));
  return { file, ...meta, reused: false };
}
