/**
 * `npm run eval -- <stage> [options]`: precision, recall and F1 of one stage against gold.
 * Each evaluator lives in scripts/eval/<stage>.ts and exports `run(args)`, returning an exit
 * code. `npm run eval -- all` runs every evaluator whose data is present.
 */
import { readdirSync } from 'node:fs';

const here = new URL('./eval/', import.meta.url);
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const [stage, ...args] = process.argv.slice(2);
if (!stage || stage === '--help' || stage === '-h') {
  console.log(`Usage: npm run eval -- <${[...available, 'all'].join('|')}> [options]`);
  process.exit(stage ? 0 : 2);
}
const stages = stage === 'all' ? available : [stage];
let exitCode = 0;
for (const name of stages) {
  if (!available.includes(name)) {
    console.error(`eval: no evaluator '${name}' (have: ${available.join(', ')})`);
    process.exit(2);
  }
  const module = (await import(new URL(`${name}.ts`, here).href)) as { run(args: string[]): Promise<number> };
  exitCode = Math.max(exitCode, await module.run(args));
}
process.exit(exitCode);
