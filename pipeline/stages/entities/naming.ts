/**
 * Entity names: the fullest name the document gives. People: the name mention with the most
 * words (given names + surname, genitive removed), never a title or role. Places: the
 * state's name when the document names the state, else the capital or seat ("Kreml").
 * Organisations: the canonical name of a known organisation or the fullest name written.
 * Unnamed people and groups: their first mention without the article ("NATO-Diplomat",
 * "ukrainische Medien").
 */
import type { Candidate } from './detect.js';
import type { EntityDraft } from './coref.js';
import { DETERMINERS } from './de/words.js';

const RANK_ORDER: Readonly<Record<string, number>> = { state: 3, capital: 2, seat: 1, other: 0 };

function withoutArticle(text: string): string {
  const space = text.indexOf(' ');
  if (space > 0 && DETERMINERS.has(text.slice(0, space).toLowerCase())) return text.slice(space + 1);
  return text;
}

function words(s: string): number {
  let n = 1;
  for (let k = s.indexOf(' '); k >= 0; k = s.indexOf(' ', k + 1)) n++;
  return n;
}

export function entityName(d: EntityDraft, cands: readonly Candidate[], text: string): string {
  // (The loops read the candidates through the draft's indices: a bench document has
  // thousands of entities, most with one mention, and a mapped copy per entity added up.)
  const ms = d.mentions;
  if (d.type === 'person') {
    let best: string | null = null;
    for (const i of ms) {
      const c = cands[i];
      if (!c || !c.fullName) continue;
      if (!best || words(c.fullName) > words(best) || (words(c.fullName) === words(best) && c.fullName.length > best.length)) best = c.fullName;
    }
    if (best) return best;
  }
  if (d.type === 'place-as-actor') {
    let best: Candidate | undefined;
    for (const i of ms) {
      const c = cands[i];
      if (!c) continue;
      if (!best || (RANK_ORDER[c.placeRank ?? 'other'] ?? 0) > (RANK_ORDER[best.placeRank ?? 'other'] ?? 0)) best = c;
    }
    if (best?.canonical) return best.canonical;
  }
  if (d.type === 'organisation') {
    let best: string | null = null;
    for (const i of ms) {
      const c = cands[i];
      if (c && c.canonical && (!best || c.canonical.length > best.length)) best = c.canonical;
    }
    if (best) return best;
  }
  let first: Candidate | undefined;
  let any: Candidate | undefined;
  for (const i of ms) {
    const c = cands[i];
    if (!c) continue;
    any ??= c;
    if (c.kind !== 'pronoun') { first = c; break; }
  }
  first ??= any;
  return first ? withoutArticle(text.slice(first.start, first.end)) : '';
}
