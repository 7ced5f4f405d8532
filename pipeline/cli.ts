#!/usr/bin/env node
/** Entry point of the `wortlaut` command. */
import { setFlagsFromString } from 'node:v8';

// A batch run keeps little alive between documents (some 20–30 MB of lexicons and caches per
// thread), but V8's default heap growth lets the old generation swell to several times that
// before a full collection, and the main thread's young generation commits 2 × 16 MB. Tighter
// growth and a 4 MB semi-space cut peak RSS of a 1-worker run from ~230 to ~160 MB and of a
// 2-worker run from ~330 to ~240 MB, for about the same GC share of CPU (measured with
// /usr/bin/time and --cpu-prof; see the commit that set them). Set before anything is
// imported, so the main isolate's new space and every worker started later use them.
setFlagsFromString('--heap-growing-percent=25');
setFlagsFromString('--max-semi-space-size=4');

const { main } = await import('./cli/main.js');
process.exitCode = await main(process.argv.slice(2));
