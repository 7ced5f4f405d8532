/**
 * What the entities stage knows about a word form independently of its context: its lexical
 * facts (WordInfo, ./phrase.ts), computed once per form of the shared interner
 * (core/forms.ts) instead of once per token, and kept by form id. Only capitalised forms have
 * any (NO_INFO for the rest).
 */
import { FormCache, type Form } from '../../core/forms.js';
import { infoOf, NO_INFO, type WordInfo } from './phrase.js';

const INFO = new FormCache<WordInfo>();

/** The lexical facts of `form` (NO_INFO unless capitalised). */
export function wordInfo(form: Form): WordInfo {
  if (!form.cap) return NO_INFO;
  return INFO.get(form) ?? INFO.set(form, infoOf(form.text));
}
