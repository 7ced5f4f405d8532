/**
 * The machine's own yardstick for the speed-up: `cores.ts compute|memory` times one fixed
 * piece of work and prints its wall seconds as JSON. bench.ts runs it alone, then in as many
 * processes side by side as the pipeline has workers: the ratio says whether the cores are
 * whole cores for this kind of work (two hyperthreads of one physical core, or a host that
 * gives the virtual machine less than it promises, would show well under N×).
 * - compute: an integer hash loop that stays in registers (what the arithmetic of a core gives);
 * - memory: a random walk through a 64 MB cycle, each step waiting for a load from memory
 *   (what a core gets when it is bound by memory latency, as the pipeline's stages are).
 * Neither allocates in its timed part, so neither keeps compiler or garbage-collector threads
 * busy: unlike the segmenter and the pipeline, one process keeps one core busy.
 */
type Work = () => number;

function compute(): Work {
  return () => {
    let h = 0;
    for (let i = 0; i < 1e9; i++) h = Math.imul(h ^ i, 16777619);
    return h;
  };
}

function memory(): Work {
  const n = 1 << 24; // 16 M entries of 4 bytes
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[i] = i;
  // Sattolo's shuffle makes one cycle through every entry, so the walk never settles in the cache.
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % i;
    const t = next[i]!;
    next[i] = next[j]!;
    next[j] = t;
  }
  return () => {
    let p = 0;
    for (let k = 0; k < 2e7; k++) p = next[p]!;
    return p;
  };
}

const kind = process.argv[2];
if (kind !== 'compute' && kind !== 'memory') {
  process.stderr.write('usage: cores.ts compute|memory\n');
  process.exit(2);
}
const work = kind === 'compute' ? compute() : memory(); // set-up outside the timing
const started = process.hrtime.bigint();
const check = work();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ kind, seconds, check: check & 1 }) + '\n');
