/**
 * Stance of a span of text in its sentence context: the cues inside the span, each with its
 * target and composed weight, summed into one polarity and score with a main target.
 * `stanceOfSpan` is pure (it only reads the document) so quotes from any source, gold or the
 * quotes layer, can be scored the same way. `authorStances` does the unquoted text.
 */
import type { Doc } from '../../core/document.js';
import { span as makeSpan, type TextSpan } from '../../core/span.js';
import type { Entity, Mention } from '../entities/types.js';
import type { Quote } from '../quotes/types.js';
import type { Token } from '../tokens/types.js';
import { FIRST_PERSON } from './de/modifiers.js';
import { mayHoldAuthorStance } from './prefilter.js';
import { buildSentenceView, cueWeight, type Cue, type NounPhrase, type SentenceView } from './sentence.js';
import { clauseSubject, findTarget, verbObject } from './targets.js';
import type { Holder, Polarity, Stance, StanceTarget } from './types.js';

export const AUTHOR: Holder = Object.freeze({ entity: null, name: 'author' });
/** |score| at or above which a stance is positive or negative. */
export const POLARITY_THRESHOLD = 0.2;

/** Per-document state: sentence views built lazily, mentions sorted for lookup. */
export interface StanceContext {
  doc: Doc;
  sentenceTokens: Token[][];
  views: Array<SentenceView | undefined>;
  mentions: Mention[];
  entities: Map<string, Entity>;
  /** Contributions of each sentence, computed at first use (see sentenceContributions). */
  contributions: Array<Contribution[] | undefined>;
}

const contexts = new WeakMap<Doc, StanceContext>();

/** Forgets the document's sentence views (the stage is done with it): they need not wait for the document to die. */
export function releaseStanceContext(doc: Doc): void {
  contexts.delete(doc);
}

export function stanceContext(doc: Doc): StanceContext {
  let ctx = contexts.get(doc);
  if (ctx) return ctx;
  const sentences = doc.layers.sentences ?? [];
  const sentenceTokens = tokensBySentence(doc.layers.tokens ?? [], sentences.length);
  const mentions = Array.isArray(doc.layers.mentions) ? sortedByStart(doc.layers.mentions) : [];
  const entities = new Map<string, Entity>();
  for (const e of Array.isArray(doc.layers.entities) ? doc.layers.entities : []) entities.set(e.id, e);
  ctx = {
    doc, sentenceTokens, views: new Array(sentences.length), mentions, entities,
    contributions: new Array(sentences.length),
  };
  contexts.set(doc, ctx);
  return ctx;
}

/**
 * The tokens of each sentence. The tokens layer is in text order, so each sentence's tokens
 * are one run, copied with slice; should a token ever be out of order, they are collected one
 * by one.
 */
function tokensBySentence(tokens: readonly Token[], count: number): Token[][] {
  const out: Token[][] = new Array(count);
  let ordered = true;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.sentence < tokens[i - 1]!.sentence) { ordered = false; break; }
  }
  if (!ordered) {
    for (let s = 0; s < count; s++) out[s] = [];
    for (const t of tokens) out[t.sentence]?.push(t);
    return out;
  }
  let i = 0;
  for (let s = 0; s < count; s++) {
    while (i < tokens.length && tokens[i]!.sentence < s) i++;
    const from = i;
    while (i < tokens.length && tokens[i]!.sentence === s) i++;
    out[s] = tokens.slice(from, i);
  }
  return out;
}

/** The mentions by start offset (usually they already are: then no copy and no sort). */
function sortedByStart(mentions: Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}

function view(ctx: StanceContext, s: number): SentenceView {
  let v = ctx.views[s];
  if (!v) {
    v = buildSentenceView(ctx.sentenceTokens[s] ?? [], s, ctx.mentions);
    ctx.views[s] = v;
  }
  return v;
}

/** Sentences overlapping [start, end), by binary search over the sorted sentence layer. */
function sentencesOverlapping(doc: Doc, start: number, end: number): number[] {
  const sentences = doc.layers.sentences ?? [];
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) out.push(i);
  if (out.length === 0 && lo < sentences.length && sentences[lo]!.start <= start) out.push(lo);
  return out;
}

export interface Contribution {
  cue: Cue;
  sentence: number;
  weight: number;
  target: StanceTarget | null;
  explicit: boolean;
}

export interface SpanStance extends Stance {
  contributions: Contribution[];
}

/**
 * Scores the text in `span` (a quote, or any stretch of text) as `holder`'s stance. Cues
 * are found in the whole sentence (so separated particles and targets outside the span
 * count) but only those that start inside the span contribute.
 */
export function stanceOfSpan(doc: Doc, span: { start: number; end: number }, holder: Holder, quote: string | null = null): SpanStance {
  const ctx = stanceContext(doc);
  const sentences = sentencesOverlapping(doc, span.start, span.end);
  const contributions: Contribution[] = [];
  for (const s of sentences) {
    const v = view(ctx, s);
    for (const c of sentenceContributions(ctx, v)) {
      const start = v.tokens[c.cue.first]!.start;
      const end = v.tokens[c.cue.last]!.end;
      if (start < span.start || end > span.end) continue;
      contributions.push(c);
    }
  }
  const sentence = sentences[0] ?? 0;
  return aggregate(ctx, contributions, holder, quote, sentence, () => fallbackTarget(ctx, sentences, span, holder));
}

/**
 * Every cue of a sentence with its target and weight. A cue inside the target of an attitude
 * verb or noun is part of what is criticised or praised, not a stance of its own ("Zweifel an
 * der Aufrichtigkeit"); an evaluative word without a target of its own in a clause with an
 * attitude takes that attitude's target ("wirft Russland gezielten Terror vor").
 */
function sentenceContributions(ctx: StanceContext, v: SentenceView): Contribution[] {
  const cached = ctx.contributions[v.index];
  if (cached) return cached;
  const all: Array<Contribution & { np: NounPhrase | null }> = [];
  for (const cue of v.cues) {
    const c = contribution(ctx, v, cue);
    if (c) all.push(c);
  }
  const attitudes = all.filter((c) => c.explicit && c.np && (c.cue.entry.role === 'object' || c.cue.entry.role === 'act' || (c.cue.entry.pos === 'verb' && c.np.prep !== null)));
  // what a judged act is done to is presupposed too: "blockiert jeden Fortschritt"
  const actObjects = all
    .filter((c) => c.cue.entry.role === 'subject' && c.cue.entry.pos === 'verb')
    .map((c) => verbObject(v, c.cue, v.clause[c.cue.first]!)?.np)
    .filter((np): np is NounPhrase => np !== undefined);
  const out: Contribution[] = [];
  for (const c of all) {
    const inside = attitudes.some((a) => a !== c && a.np!.first <= c.cue.first && c.cue.last <= a.np!.last) ||
      actObjects.some((np) => np.first <= c.cue.first && c.cue.last <= np.last);
    if (inside) continue;
    if (!c.explicit && (c.cue.entry.role === 'self')) {
      const host = attitudes.find((a) => v.clause[a.cue.first] === v.clause[c.cue.first]);
      if (host) {
        out.push({ ...c, target: host.target, explicit: true });
        continue;
      }
    }
    out.push(c);
  }
  ctx.contributions[v.index] = out;
  return out;
}

function contribution(ctx: StanceContext, v: SentenceView, cue: Cue): (Contribution & { np: NounPhrase | null }) | null {
  if (cue.entry.role === 'report') return null;
  const found = findTarget(v, cue);
  if (cue.entry.requiresPrep) {
    const rule = found?.np.prep ? cue.entry.preps.get(found.np.prep) : undefined;
    if (!rule || !rule.required) return null;
  }
  const base = found?.weight ?? cue.entry.weight;
  const weight = cueWeight(cue, base);
  if (weight === 0) return null;
  const target = found ? resolveTarget(ctx, v, found.np) : null;
  return { cue, sentence: v.index, weight, target, explicit: found?.how === 'explicit', np: found?.np ?? null };
}

function aggregate(
  ctx: StanceContext, contributions: Contribution[], holder: Holder, quote: string | null, sentence: number,
  fallback: () => StanceTarget,
): SpanStance {
  let sum = 0;
  let hedged = false;
  for (const c of contributions) {
    sum += c.weight;
    if (c.cue.hedged) hedged = true;
  }
  const score = round(Math.max(-1, Math.min(1, sum)));
  const polarity: Polarity = score >= POLARITY_THRESHOLD ? 'positive' : score <= -POLARITY_THRESHOLD ? 'negative' : 'neutral';
  const target = mainTarget(contributions, holder, Math.sign(sum)) ?? fallback();
  const cues: TextSpan[] = [];
  for (const c of contributions) addCueSpans(ctx, c, cues);
  return { holder, target, polarity, score, hedged: hedged && polarity !== 'neutral', cues, quote, sentence, contributions };
}

/** The target of the strongest cue that agrees with the overall polarity; explicit targets first. */
function mainTarget(contributions: Contribution[], holder: Holder, sign: number): StanceTarget | null {
  const byTarget = new Map<string, { target: StanceTarget; weight: number; explicit: boolean }>();
  for (const c of contributions) {
    if (!c.target || isHolder(c.target, holder)) continue;
    const key = c.target.entity ?? c.target.text.toLowerCase();
    const entry = byTarget.get(key) ?? { target: c.target, weight: 0, explicit: false };
    entry.weight += c.weight;
    entry.explicit ||= c.explicit;
    byTarget.set(key, entry);
  }
  let best: { target: StanceTarget; rank: number } | null = null;
  for (const e of byTarget.values()) {
    const agrees = sign === 0 || Math.sign(e.weight) === sign;
    const rank = Math.abs(e.weight) * (e.explicit ? 1.5 : 1) * (e.target.entity ? 1.2 : 1) * (agrees ? 1 : 0.3);
    if (!best || rank > best.rank) best = { target: e.target, rank };
  }
  return best?.target ?? null;
}

function isHolder(target: StanceTarget, holder: Holder): boolean {
  if (holder.entity !== null && target.entity === holder.entity) return true;
  return FIRST_PERSON.has(target.text.toLowerCase());
}

function addCueSpans(ctx: StanceContext, c: Contribution, out: TextSpan[]): void {
  const v = ctx.views[c.sentence]!;
  out.push(makeSpan(v.tokens[c.cue.first]!.start, v.tokens[c.cue.last]!.end));
  if (c.cue.particle.length) {
    out.push(makeSpan(v.tokens[c.cue.particle[0]!]!.start, v.tokens[c.cue.particle[c.cue.particle.length - 1]!]!.end));
  }
}

/** Third-person pronouns and the articles of the phrases they can take up in the same sentence. */
const ANTECEDENT_ARTICLES: Record<string, string[]> = {
  er: ['der', 'ein', 'dieser'],
  ihn: ['der', 'den', 'ein', 'einen', 'dieser'],
  ihm: ['der', 'dem', 'ein', 'einem', 'dieser', 'das'],
  sie: ['die', 'diese', 'den', 'ihre'],
  es: ['das', 'ein', 'dieses'],
};

/** Noun phrase → target: text, span, and the entity of a mention inside it (pronouns resolved). */
function resolveTarget(ctx: StanceContext, v: SentenceView, np: NounPhrase): StanceTarget {
  let phrase = np;
  const start = v.tokens[phrase.first]!.start;
  const end = v.tokens[phrase.last]!.end;
  const mention = mentionIn(ctx, start, end);
  if (mention?.entity) {
    const entity = ctx.entities.get(mention.entity);
    if (np.pronoun) return { span: makeSpan(start, end), text: entity?.name ?? ctx.doc.text.slice(start, end), entity: mention.entity };
    return { span: makeSpan(start, end), text: ctx.doc.text.slice(start, end), entity: mention.entity };
  }
  // "seien sie nicht akzeptabel": a plural pronoun for a thing named earlier in the sentence
  const pronoun = v.lower[np.first]!;
  const articles = np.pronoun ? ANTECEDENT_ARTICLES[pronoun] : undefined;
  if (articles) {
    const antecedent = [...v.nps].reverse().find((p) => p.last < np.first && !p.pronoun && articles.includes(v.lower[p.first]!));
    if (antecedent) phrase = antecedent;
  }
  const s = v.tokens[phrase.first]!.start;
  const e = v.tokens[phrase.last]!.end;
  const m = phrase === np ? null : mentionIn(ctx, s, e);
  return { span: makeSpan(s, e), text: ctx.doc.text.slice(s, e), entity: m?.entity ?? null };
}

function mentionIn(ctx: StanceContext, start: number, end: number): Mention | null {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | null = null;
  for (let i = Math.max(0, lo - 2); i < ms.length && ms[i]!.start < end; i++) {
    const m = ms[i]!;
    if (m.end <= start || m.start >= end) continue;
    if (m.entity && (!best || !best.entity || m.end - m.start > best.end - best.start)) best = m;
    else if (!best) best = m;
  }
  return best;
}

/** A quote without evaluation is still about something: an entity it names, else its first noun phrase. */
function fallbackTarget(ctx: StanceContext, sentences: number[], span: { start: number; end: number }, holder: Holder): StanceTarget {
  // an entity it names; else its first subject-like phrase; else a phrase without preposition; else any
  let best: { t: StanceTarget; rank: number } | null = null;
  for (const s of sentences) {
    const v = view(ctx, s);
    for (const np of v.nps) {
      const start = v.tokens[np.first]!.start;
      const end = v.tokens[np.last]!.end;
      if (start < span.start || end > span.end || np.pronoun) continue;
      const t = resolveTarget(ctx, v, np);
      if (t.entity && t.entity !== holder.entity) return t;
      const rank = np.nominative ? 0 : np.prep === null ? 1 : 2;
      if (!best || rank < best.rank) best = { t, rank };
    }
  }
  return best?.t ?? { span: null, text: '', entity: null };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** One stance per quote of the quotes layer (neutral when nothing evaluative is said). */
export function quoteStances(doc: Doc, quotes: readonly Quote[]): Stance[] {
  const out: Stance[] = [];
  for (const q of quotes) {
    const holder: Holder = { entity: q.speaker?.entity ?? null, name: q.speaker?.name ?? 'unknown' };
    out.push(strip(stanceOfSpan(doc, q.span, holder, q.id)));
  }
  return out;
}

/** The stance without its contributions (same fields in the same order as aggregate builds them). */
function strip(s: SpanStance): Stance {
  return {
    holder: s.holder, target: s.target, polarity: s.polarity, score: s.score, hedged: s.hedged, cues: s.cues,
    quote: s.quote, sentence: s.sentence,
  };
}

/**
 * Stances in the author's text (outside quotes): evaluations by the author, and attitudes the
 * author reports ("Die USA missbilligen den Verhandlungsstil": holder = the clause subject).
 */
export function authorStances(
  doc: Doc,
  quoted: ReadonlyArray<{ start: number; end: number }>,
  quoteCues: ReadonlyArray<{ start: number; end: number }> = [],
): Stance[] {
  const ctx = stanceContext(doc);
  const sorted = [...quoted].sort((a, b) => a.start - b.start);
  const inQuote = (start: number, end: number) => sorted.some((q) => q.start <= start && end <= q.end);
  // the speech verb of a quote („…“, lobte der Minister) belongs to that quote's stance, not
  // to a second, reported one
  const isQuoteCue = (start: number, end: number) => quoteCues.some((c) => c.start < end && start < c.end);
  const out: Stance[] = [];
  for (let s = 0; s < ctx.sentenceTokens.length; s++) {
    // a sentence without a single candidate word is spared the full analysis
    let v = ctx.views[s];
    if (!v) {
      if (!mayHoldAuthorStance(ctx.sentenceTokens[s]!)) continue;
      v = buildSentenceView(ctx.sentenceTokens[s]!, s, ctx.mentions);
      ctx.views[s] = v;
    }
    if (v.cues.length === 0) continue;
    const contributions = sentenceContributions(ctx, v);
    // (the holders matter only for a contribution)
    if (contributions.length === 0) continue;
    const holders = clauseHolders(ctx, v, contributions);
    const kept: Contribution[] = [];
    const heldBy: Holder[] = [];
    for (const c of contributions) {
      const cue = c.cue;
      // judged acts are events when the author reports them, not the author's stance
      if (cue.entry.role === 'subject') continue;
      const ownHolder = cue.entry.role === 'state' ? AUTHOR : undefined;
      if (inQuote(v.tokens[cue.first]!.start, v.tokens[cue.last]!.end)) continue;
      if (isQuoteCue(v.tokens[cue.first]!.start, v.tokens[cue.last]!.end)) continue;
      const clause = v.clause[cue.first]!;
      const holder = ownHolder ?? holders.get(clause) ?? (cue.entry.role === 'object' || cue.entry.role === 'act' ? null : AUTHOR);
      if (!holder) continue;
      kept.push(c);
      heldBy.push(holder);
    }
    if (kept.length === 1) {
      // one contribution is one group: no keys to build
      addAuthorStance(ctx, out, kept, heldBy[0]!, s);
      continue;
    }
    const groups = new Map<string, { holder: Holder; contributions: Contribution[] }>();
    for (let k = 0; k < kept.length; k++) {
      const c = kept[k]!;
      const holder = heldBy[k]!;
      // one stance per holder and target: "lehnt X ab und erkennt Y nicht an" are two positions
      const key = `${holder.entity ?? holder.name}\u0000${c.target?.entity ?? c.target?.text.toLowerCase() ?? ''}`;
      const g = groups.get(key) ?? { holder, contributions: [] };
      g.contributions.push(c);
      groups.set(key, g);
    }
    for (const g of groups.values()) addAuthorStance(ctx, out, g.contributions, g.holder, s);
  }
  return out;
}

/** The stance of one holder toward one target in sentence s, unless it is neutral. */
function addAuthorStance(ctx: StanceContext, out: Stance[], contributions: Contribution[], holder: Holder, s: number): void {
  const st = aggregate(ctx, contributions, holder, null, s, noTarget);
  if (st.polarity !== 'neutral') out.push(strip(st));
}

function noTarget(): StanceTarget {
  return { span: null, text: '', entity: null };
}

/**
 * Clauses whose evaluation belongs to their subject: those with an attitude verb or noun
 * ("missbilligen", "Kritik an") or a labelling verb ("bezeichnete … als", "sprach von"), and
 * the als-/von-clause right after a labelling verb.
 */
function clauseHolders(ctx: StanceContext, v: SentenceView, contributions: Contribution[]): Map<number, Holder> {
  const out = new Map<number, Holder>();
  const counting = new Set(contributions.map((c) => c.cue));
  for (const cue of v.cues) {
    const role = cue.entry.role;
    if (role !== 'report' && !counting.has(cue)) continue;
    if (!(role === 'object' || role === 'act' || role === 'report')) continue;
    const c = v.clause[cue.first]!;
    const subject = clauseSubject(v, c, cue.entry.pos === 'verb' ? cue.first : null, cue.first, 0, cue.participle);
    if (!subject) continue;
    // an attitude noun is held by a subject before it ("Rubio erhöht den Druck"), not by itself
    if (cue.entry.pos !== 'verb') {
      if (subject.first > cue.first) continue;
      const own = v.npAt[cue.first]!;
      const opener = own >= 0 ? v.lower[v.nps[own]!.first]! : '';
      if (own >= 0 && v.nps[own]!.nominative && ['der', 'die', 'das', 'ein', 'eine'].includes(opener)) continue;
    }
    const w = v.lower[subject.first]!;
    if (subject.pronoun && ['es', 'das', 'dies', 'man'].includes(w)) continue;
    const holder = subjectHolder(ctx, v, subject);
    out.set(c, holder);
    if (role === 'report' && v.lower[v.clauses[c + 1]?.[0] ?? -1] === 'als') out.set(c + 1, holder);
  }
  return out;
}

function subjectHolder(ctx: StanceContext, v: SentenceView, np: NounPhrase): Holder {
  const start = v.tokens[np.first]!.start;
  const end = v.tokens[np.last]!.end;
  const mention = mentionIn(ctx, start, end);
  if (mention?.entity) {
    const entity = ctx.entities.get(mention.entity);
    return { entity: mention.entity, name: entity?.name ?? ctx.doc.text.slice(start, end) };
  }
  return { entity: null, name: ctx.doc.text.slice(start, end) };
}
