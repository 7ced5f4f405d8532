/**
 * Output schema of the numbers layer: every numeric expression with its machine value, unit,
 * kind, qualifier, subject and category (see pipeline/stages/numbers/README.md).
 */
import { z } from 'zod';
import { Span } from './span.js';
import { CATEGORIES } from '../stages/numbers/de/categories.js';

export const NumberKind = z
  .enum(['percent', 'currency', 'count', 'duration', 'date', 'year', 'ordinal', 'quantity', 'score', 'other'])
  .describe('percent: % / pp / bp; currency: money (ISO 4217 unit); count: things or people counted; duration: a length of time; date: a calendar date, quarter or time of day; year: a year, year range or decade; ordinal: 3., dritte; quantity: a measure in a physical unit (km, t, °C, MW); score: a result such as 2:1; other: fractions, multiples and bare non-integers.');

export const NumberQualifier = z
  .enum(['about', 'more-than', 'less-than', 'at-least', 'at-most', 'almost', 'exactly', 'since', 'until', 'early', 'mid', 'late', 'vague'])
  .describe('Normalised bound or approximation written before the number: about (rund, etwa, ca.), more-than (über, mehr als, gut), less-than (unter, weniger als), at-least (mindestens, ab), at-most (bis zu, höchstens, binnen), almost (fast, knapp, nahezu), exactly (genau), since/until (seit/bis before dates), early/mid/late (Anfang/Mitte/Ende before dates), vague (Dutzende, Tausende: value is the lower bound).');

export const NumberCategory = z.enum(CATEGORIES).describe('What the number measures, for grouping in dashboards (extensible list in pipeline/stages/numbers/de/categories.ts).');

export const NumberFlag = z
  .enum(['cumulative', 'hypothetical', 'negated', 'delta'])
  .describe('cumulative: a running total restated ("Die Zahl der Todesopfer stieg auf 19"); hypothetical: a possibility ("könnten sterben"), so no casualty category; negated: the event is denied ("niemand wurde verletzt"), so no casualty category; delta: the size of a change ("stieg um 3 Prozent").');

export const NumberMention = z
  .object({
    span: Span.describe('The whole expression, qualifier included ("bis zu fünf Prozent", "zwischen 3 und 5 Milliarden Euro").'),
    value: z.number().describe('Machine value in `unit` (3.200 → 3200, 2,4 Mrd. → 2400000000, 3,17 Cent → 0.0317 EUR, ein Drittel → 0.3333…); the lower bound of a range; the new level of a change; for dates the year (or the day when no year is written); for times of day hours + minutes/60.'),
    max: z.number().optional().describe('Upper bound of a range ("25 bis 50 Prozent" → 50; decades: 1999).'),
    unit: z.string().nullable().describe('"%", "pp" (Prozentpunkte), "bp", "‰"; ISO 4217 code for money; SI-style symbol for measures (km, t, kg, °C, MW, km²); "fraction" and "×" for shares and multiples; the counted noun in plural nominative for counts and durations (Menschen, Tote, Jahre, Stunden, Mal); null when nothing is counted or for dates.'),
    kind: NumberKind,
    qualifier: NumberQualifier.nullable().describe('null when the number is given as exact.'),
    subject: Span.nullable().describe('The phrase the number quantifies: compound head (Hürde in 5-Prozent-Hürde), genitive (BIP in "Prozent des BIP"), cue noun or verb (Strafzöllen, Preis pro Unze, starben), the noun of "Zahl der …", or the counted noun.'),
    category: NumberCategory,
    sentence: z.int().nonnegative().describe('Index of the sentence the number is in.'),
    iso: z.string().optional().describe('ISO 8601 form for dates, years and times: 2017, 2017/2020, 2024-05, 2024-05-03, --05-03 (no year written), 2015-Q4, 2024-H1, 199X (decade), T14:30.'),
    change: z.object({ from: z.number(), to: z.number() }).optional().describe('"von 10 auf 12 Prozent": the level before and after (value = to).'),
    score: z.tuple([z.number(), z.number()]).optional().describe('Both sides of a result: "2:1" → [2, 1] (value = the first).'),
    flags: z.array(NumberFlag).optional().describe('Marks that change how to count the number; absent when none applies.'),
  })
  .describe('A numeric expression.');

export const NumbersLayer = z.array(NumberMention).describe('Every numeric expression of the text, sorted by position.');
