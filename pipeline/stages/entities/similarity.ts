/**
 * Jaro–Winkler similarity from natural, imported by submodule path: the package root prints
 * dotenv banners to stdout and reads .env (see ../../../../shared LIBRARIES.md), the
 * distance module alone does neither. Used to match spelling variants of one surname in a
 * document (Selenskyj ~ Selensky 0.98, Dmitrijew ~ Dmitriev 0.93).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jaroWinklerImpl = require('natural/lib/natural/distance/jaro-winkler_distance') as (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerImpl(a, b);
}
