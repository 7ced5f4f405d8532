/**
 * The dashboard table: one row per holder–target pair with the mean score, its polarity and
 * the number of stances behind it. Neutral quote stances count (they are statements too).
 */
import { POLARITY_THRESHOLD } from './stance.js';
import type { Stance, StanceSummary } from './types.js';

export function summariseStances(stances: readonly Stance[]): StanceSummary[] {
  const rows = new Map<string, { row: StanceSummary; sum: number }>();
  for (const s of stances) {
    const holderKey = s.holder.entity ?? `name:${s.holder.name.toLowerCase()}`;
    const targetKey = s.target.entity ?? `text:${normaliseTarget(s.target.text)}`;
    const key = `${holderKey}\u0000${targetKey}`;
    const entry = rows.get(key);
    if (entry) {
      entry.sum += s.score;
      entry.row.count++;
    } else {
      rows.set(key, {
        row: { holder: { entity: s.holder.entity, name: s.holder.name }, target: { text: s.target.text, entity: s.target.entity }, polarity: 'neutral', score: 0, count: 1 },
        sum: s.score,
      });
    }
  }
  const out: StanceSummary[] = [];
  for (const { row, sum } of rows.values()) {
    const score = Math.round((sum / row.count) * 1000) / 1000;
    row.score = score;
    row.polarity = score >= POLARITY_THRESHOLD ? 'positive' : score <= -POLARITY_THRESHOLD ? 'negative' : 'neutral';
    out.push(row);
  }
  return out;
}

/** "den Waffenstillstand" and "einen Waffenstillstand" are one target for the table. */
function normaliseTarget(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese[rsnm]?|jede[rsnm]?)\s+/u, '')
    .trim();
}
