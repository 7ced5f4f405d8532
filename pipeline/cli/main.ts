import { readFileSync } from 'node:fs';
import { recordJsonSchema } from '../schema/record.js';
import { runCheck } from './check.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './exit.js';
import { runExtract } from './extract.js';
import { MAIN_HELP } from './help.js';

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await runExtract(rest);
      case 'check':
        return await runCheck(rest);
      case 'schema':
        process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
        return EXIT_OK;
      case '--version':
      case '-v':
        process.stdout.write(version() + '\n');
        return EXIT_OK;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(MAIN_HELP);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`wortlaut: ${error.message}\nRun 'wortlaut --help' for usage.\n`);
    } else {
      process.stderr.write(`wortlaut: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return EXIT_USAGE;
  }
}

/** package.json sits two folders up from source, three from the compiled dist/. */
function version(): string {
  for (const relative of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'wortlaut') return pkg.version;
    } catch {
      // not here: try the next location
    }
  }
  return 'unknown';
}
