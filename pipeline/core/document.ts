/**
 * The one document model: the original text, never rewritten, plus standoff layers that
 * stages add. Every annotation points into `text` with UTF-16 offsets (see ./span.ts).
 */
import type { Diagnostic } from './diagnostics.js';
import type { TextSpan } from './span.js';
import type { Sentence } from '../stages/sentences/types.js';
import type { Token } from '../stages/tokens/types.js';
import type { Entity, Mention } from '../stages/entities/types.js';
import type { Quote } from '../stages/quotes/types.js';
import type { NumberMention } from '../stages/numbers/types.js';
import type { Stance, StanceSummary } from '../stages/stance/types.js';

export type Meta = Record<string, unknown>;

/** What a reader hands the pipeline: an id, the text, and whatever else the input carried. */
export interface InputDocument {
  id: string;
  text: string;
  meta: Meta;
}

export interface LanguageGuess {
  /** ISO 639-1 code ('de', 'en', …) or 'und' when the text is too short or unclear. */
  code: string;
  /** 0–1: how far the best language is ahead of the runner-up. */
  confidence: number;
}

/** Layers by name. A stage declares which of these it needs and which it adds. */
export interface Layers {
  language: LanguageGuess;
  paragraphs: TextSpan[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  stances: Stance[];
  stanceSummary: StanceSummary[];
}
export type LayerName = keyof Layers;

export interface Doc {
  readonly id: string;
  readonly meta: Meta;
  readonly text: string;
  readonly layers: Partial<Layers>;
  readonly diagnostics: Diagnostic[];
  /** Set by the language stage: German analysis is skipped for text in another language. */
  notGerman: boolean;
}

export function createDoc(input: InputDocument): Doc {
  return { id: input.id, meta: input.meta, text: input.text, layers: {}, diagnostics: [], notGerman: false };
}

/** A layer a stage requires; the pipeline guarantees it exists, so absence is a bug. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer '${name}' is missing in document '${doc.id}'`);
  return value;
}
