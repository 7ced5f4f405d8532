/**
 * Passes 4–6, sentence by sentence in text order (so that the discourse speaker is always
 * the last one seen): direct and partial quotations, indirect speech after cues, and
 * reported speech that continues in Konjunktiv without a new cue (free indirect).
 */
import type { QuotePair } from './marks.js';
import { findCues, relativeSource, isAuxiliary, isPassive, phraseAfter, phraseBefore, type Cue } from './cues.js';
import { clauseEndOf, clauseStartOf, sentenceSubject, speakerOf, subjectBeforeInsertion, type SpeakerPhrase } from './speaker.js';
import { hasReportedMood } from './mood.js';
import { contentNounPhrase, documentPlace, openingDocument, statementPhrase } from './antecedent.js';
import {
  ADJECTIVE_PARTICIPLES, NON_REFERRING, SPEECH_NOUNS, SPEECH_NOUN_LINKS, CONTENT_CONJUNCTIONS,
  CONDITIONAL_WORDS, EXPLETIVE_ES_VERBS, LABEL_VERB_LEMMAS, POSSESSIVES, SKIPPABLE_ADVERBS, SUBORDINATORS,
  TITLE_NOUNS, TITLE_HEADS, PREPOSITIONS, DETERMINERS, SOURCE_CUE_LEMMAS, QUESTION_LABELS, ANSWER_LABELS,
} from './de/cues.js';
import {
  ATTRIBUTE_LINKS, CAUSAL_LEADS, CONNECTIVES, DEMAND_QUANTIFIERS, SUBJECT_DETERMINERS, DEMONSTRATIVE_SUBJECTS, DETERMINER_START,
  FOCUS_PARTICLES, GENITIVE_ARTICLES, INDEFINITE_PRONOUNS, LABEL_WORDS, NEW_CLAUSE_LEADS, NOMINATIVE_OPENERS,
  OBJECT_PRONOUNS, ORIGIN_ADVERBS, PERSONAL_SUBJECT_PRONOUNS, PREPOSITIONAL_FOLLOWERS, PURPOSE_LEADS,
  RELATIVE_PRONOUNS, SOURCE_ONLY_RELATIVES, PRONOUN_SPEAKERS, ZU_ARTICLES, NAME_FUNCTION_WORDS,
} from './de/function-words.js';
import {
  AUXILIARIES_V2, LASSEN_FORMS, COME_FORMS, CONDITIONAL_VERBS, COPULAS, EXISTENTIAL_FORMS, INDICATIVE_COPULAS,
  FUTURE_AUXILIARIES, PASSIVE_AUXILIARIES, PAST_AUXILIARIES, SOLLEN_FORMS, ZU_SHORT_INFINITIVES,
} from './de/function-verbs.js';
import { ATTITUDE_ADJECTIVES, REPORTING_VERB_LEMMAS } from './de/source-verbs.js';
import { NON_SOURCE_VERB_FORMS, SOURCE_VERB_FORMS, type ListedVerb } from './lexicon.js';
import { NOUN_ROLE } from './de/nouns.js';
import { hasMention, isCapitalized, isClauseBreak, isPunct, isQuoteMark, PARTICIPLE, quotedSubjectName, type SentenceWords, type Word } from './words.js';
import type { Sentence } from '../sentences/types.js';
import type { QuoteType } from './types.js';

/** A speaker before resolution: the phrase's offsets in the text. */
export interface SpeakerRef {
  start: number;
  end: number;
  /** The phrase is a personal pronoun. */
  pronoun: boolean;
  /** The phrase holds a mention of the entities layer (a speaker-capable referent). */
  mention: boolean;
  /** The phrase names a document, medium or statement ("einem Bericht der BBC", "Zeitungsberichten"). */
  document: boolean;
  /**
   * The phrase is headed by a document or statement noun that is no mention ("einer
   * Mitteilung der Polizei", "Verfassung"): the source as written is the whole phrase, its
   * referent (name, entity) the mention inside it, if any.
   */
  documentHead?: boolean;
  /**
   * With `documentHead`: where the referent is looked for when the head noun itself was taken
   * for a name ("laut Angaben der Polizei": the entities layer reads "Angaben" after "laut" as a
   * surname) — the text offset after the head.
   */
  referentFrom?: number;
  /** The phrase cannot refer to a speaker: an adverb, "es", an opinion noun ("Darüber", "der Ansicht"). */
  junk: boolean;
  /**
   * The phrase's only referents stand in an attribute after a head that is none ("Die
   * Ankündigung des Ministers", "Die Pflichten der Union"): as a sentence subject it names what
   * the referent did or has, not a new source.
   */
  attributeOnly?: boolean;
  /**
   * The source as the text writes it at the cue, when that is not the referent's phrase:
   * "Demnach", "wonach", "nach eigenen Angaben" (the referent is the current speaker, the
   * noun before "wonach", or the subject). The output's speaker mention is this span.
   */
  written?: { start: number; end: number };
}

export interface FoundQuote {
  type: QuoteType;
  start: number;
  end: number;
  sentence: number;
  speaker: SpeakerRef | null;
  cue: { start: number; end: number; lemma: string } | null;
  confidence: number;
  /** Quotes with the same group number are parts of one interrupted quotation. */
  group: number;
}

export interface ExtractOptions {
  /** How many sentences a speaker stays "current" for quotes without their own cue. */
  speakerMemory: number;
  /** The entities layer ran: words know whether they lie in a mention. */
  mentions?: boolean;
}

export function extractQuotes(
  text: string,
  sentences: readonly SentenceWords[],
  outerPairs: readonly QuotePair[],
  options: ExtractOptions,
): FoundQuote[] {
  const extraction = new Extraction(text, sentences, outerPairs, options);
  for (let s = 0; s < sentences.length; s++) extraction.sentence(s);
  return extraction.found;
}

/** A speaker as current from a sentence on. */
interface Current {
  speaker: SpeakerRef;
  sentence: number;
}

/** What the passes over one sentence share: its words and cues, and what they found. */
interface SentenceState {
  s: number;
  sentence: Sentence;
  words: readonly Word[];
  cues: readonly Cue[];
  /** The number of words outside quotations in a mood form (SentenceWords.moodWords). */
  moodWords: number;
  /** The sentence reports speech (a quotation, a report or an attribution). */
  reported: boolean;
  /** The sentence has indirect speech after a cue, or attributes the sentence before. */
  indirect: boolean;
  /** A free indirect report was found in the sentence. */
  free: boolean;
  /** The subject of a speech verb without content in a clause in reported mood: made current after the free indirect pass. */
  narrated: SpeakerRef | null;
}

/**
 * One document's extraction: the passes over each sentence, in text order, and the discourse
 * state they carry from sentence to sentence (the current speaker, the last subject, the
 * quote pairs handled). One method per pass keeps each small enough to read and for the
 * engine to compile and optimise on its own.
 */
class Extraction {
  readonly found: FoundQuote[] = [];
  private groups = 0;
  private context: Current | null = null;
  private lastReportedSentence = -10;
  private lastFreeSentence = -10;
  private lastSpeechActSentence = -10;
  /**
   * The narrated sentences that may hold the last sentence subject that is a referent (an
   * entities mention), for reported speech that follows a narrated sentence (lastSubjectFor).
   */
  private readonly subjectCandidates: SubjectCandidate[] = [];
  /**
   * The current speaker as a possessive source phrase names them ("Seiner Darstellung
   * zufolge"), for reported speech that goes on from it.
   */
  private possessiveSource: SpeakerRef | null = null;
  private possessiveOf: SpeakerRef | null = null;
  /** Quote pairs whose speaker is carried over from an interrupted quote („A“, sagte X, „B“). */
  private readonly carried = new Map<number, { speaker: SpeakerRef | null; cue: FoundQuote['cue']; group: number }>();
  private readonly handledPairs = new Set<number>();
  private readonly directPairs = new Set<number>();
  /** Quote pairs taken as quoted words after "als", a speech noun or a preceding such quote. */
  private readonly introducedPairs = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly SentenceWords[],
    private readonly outerPairs: readonly QuotePair[],
    private readonly options: ExtractOptions,
  ) {}

  /** Interview turns by the sentence that opens them (interviewTurns), found once per document. */
  private turns: Map<number, Turn> | null = null;
  /** The last sentence of the interview turn being read: its sentences are the turn's words. */
  private turnUntil = -1;
  /** The person answering under "Antwort:", fixed at the first such answer. */
  private interviewee: SpeakerRef | null = null;

  /** All passes over sentence `s`. */
  sentence(s: number): void {
    const { sentence, words, cueWords, moodWords } = this.sentences[s]!;
    if (words.length === 0) return;
    this.turns ??= interviewTurns(this.sentences);
    if (s <= this.turnUntil) return;
    const turn = this.turns.get(s);
    if (turn) {
      this.interviewTurn(s, turn);
      return;
    }
    const here: SentenceState = { s, sentence, words, cues: cueWords > 0 ? findCues(words) : [], moodWords, reported: false, indirect: false, free: false, narrated: null };
    this.directAndPartialQuotes(here);
    this.indirectSpeech(here);
    this.attributionAfterwards(here);
    this.freeIndirect(here);
    if (here.narrated && !here.free) this.remember(here.narrated, s);
    if (here.reported) this.lastReportedSentence = s;
    this.narratedSubject(here);
  }

  /**
   * An interview turn ("Wollenweber: Bei akuten Beschwerden …", "Frage: …", "Antwort: …"):
   * the rest of the paragraph is a direct quotation of the labelled speaker; a question's
   * speaker, the interviewer, is not named, an answer's is the person interviewed.
   */
  private interviewTurn(s: number, turn: Turn): void {
    const { words } = this.sentences[s]!;
    const label = words.slice(0, turn.colon).map((w) => w.lower).join(' ');
    let speaker: SpeakerRef | null = null;
    if (ANSWER_LABELS.has(label)) {
      this.interviewee ??= this.contextSpeaker(s);
      speaker = this.interviewee;
    } else if (!QUESTION_LABELS.has(label)) speaker = refOf(words, { from: 0, to: turn.colon - 1 });
    this.turnUntil = turn.last;
    const start = words[turn.colon]!.end;
    const content = trimmedSpan(this.text, start, this.sentences[turn.last]!.sentence.end);
    if (content) this.found.push({ type: 'direct', ...content, sentence: this.sentences[s]!.sentence.index, speaker, cue: null, confidence: 0.85, group: 0 });
    if (speaker) this.remember(speaker, turn.last);
  }

  private remember(speaker: SpeakerRef | null, sentence: number): void {
    if (!speaker || isIndefinitePronoun(this.text, speaker)) return;
    const current = this.context;
    if (possessed(this.text, speaker)) {
      // "Seiner Darstellung zufolge …" names the current speaker again, it does not replace
      // them; reported speech that goes on from it keeps that source as written (as after
      // "Demnach"), quotations the person.
      if (speaker.document && current && sentence - current.sentence <= this.options.speakerMemory) {
        this.possessiveSource = { ...current.speaker, written: { start: speaker.start, end: speaker.end } };
        this.possessiveOf = current.speaker;
      }
      return;
    }
    // A phrase that cannot speak ("Der Kleinbus sei … abgeraten") does not become the source
    // of the reported speech that follows.
    if (this.options.mentions && !canSpeak(speaker)) return;
    // "Demnach" that found nothing to point back to names no source for later sentences.
    if (speaker.written && speaker.written.start === speaker.start) return;
    // Later quotes keep the source as written ("Demnach", "eigenen Angaben", a relative
    // pronoun) with its referent: the report goes on from that source.
    if (speaker !== this.possessiveOf && speaker !== this.possessiveSource) this.possessiveSource = this.possessiveOf = null;
    this.context = { speaker: speaker === this.possessiveSource ? this.possessiveOf! : speaker, sentence };
  }

  /**
   * Nobody speaks in view: the referent that is the subject of one of the last two sentences
   * ("Die Staatsanwaltschaft hat Anklage erhoben. Der Mann soll …").
   */
  private recentSubject(sentence: number): SpeakerRef | null {
    const last = this.lastSubjectFor(sentence);
    return last && last.sentence < sentence && last.sentence >= sentence - 2 ? last.speaker : null;
  }

  private contextSpeaker(sentence: number): SpeakerRef | null {
    const current = this.context;
    return current && sentence - current.sentence <= this.options.speakerMemory ? current.speaker : null;
  }

  /**
   * A referent that was the subject of the narrated sentence just before, newer than the
   * current speaker, has taken over ("Präsident X ist besorgt. Der Konflikt sei …").
   */
  private newerSubject(sentence: number): SpeakerRef | null {
    const current = this.context;
    if (!current || current.sentence >= sentence - 1 || this.lastReportedSentence >= sentence - 1) return null;
    const last = this.lastSubjectFor(sentence);
    return last && last.sentence === sentence - 1 ? last.speaker : null;
  }

  /** Pass 4: direct and partial quotations that open in this sentence. */
  private directAndPartialQuotes(here: SentenceState): void {
    const words = here.words;
    for (let a = 0; a < words.length; a++) {
      const q = words[a]!.quote;
      // (the opening mark first: no Set lookup for the other words of a quotation)
      if (q < 0 || words[a]!.start !== this.outerPairs[q]!.open || this.handledPairs.has(q)) continue;
      this.handledPairs.add(q);
      this.quotation(here, a, q);
    }
  }

  /** The quotation of outer pair `q`, whose opening mark is word `a` of the sentence. */
  private quotation(here: SentenceState, a: number, q: number): void {
    const { s, sentence, words, cues } = here;
    const { text, options, outerPairs } = this;
    const pair = outerPairs[q]!;
    if (pair.contentEnd <= pair.contentStart) return;
    const end = locateClose(this.sentences, s, a, q, pair);
    const after = end.words;
    const b = end.index;
    const content = { start: pair.contentStart, end: pair.contentEnd };
    const carry = this.carried.get(q);
    if (carry) {
      this.found.push({ type: 'direct', ...content, sentence: sentence.index, speaker: carry.speaker, cue: carry.cue, confidence: 0.9, group: carry.group });
      this.directPairs.add(q);
      this.remember(carry.speaker, end.sentence);
      here.reported = true;
      return;
    }
    let speaker: SpeakerRef | null = null;
    let cue: FoundQuote['cue'] = null;
    let standalone = false;
    let explicit = false;
    let uncued = false;

    // 1. Attribution after the quote: „…“, sagte X / „…“, so X / „…“, hieß es.
    let k = b + 1;
    const separated = after[k] !== undefined && (after[k]!.text === ',' || after[k]!.text === '–');
    if (separated) k++;
    const afterCues = end.sentence === s ? cues : this.sentences[end.sentence]!.cueWords > 0 ? findCues(after) : [];
    const following = separated || endsSentence(text, pair)
      ? afterCues.find((c) => c.index === k && (c.kind === 'verb' && !c.verb?.noun || c.kind === 'so' || c.kind === 'impersonal'))
      : undefined;
    if (following && k < after.length) {
      const sp = speakerOf(after, following);
      speaker = speakerRef(after, sp);
      cue = cueOf(after, following);
      standalone = true;
      explicit = true;
      // Interrupted quotation: „A“, sagte X, „B“.
      const next = outerPairs[q + 1];
      if (next) {
        const tail = Math.max(following.index, following.particle, sp ? sp.to : following.index);
        let t = tail + 1;
        while (t < after.length && after[t]!.quote < 0 && !isPunct(after[t]) && t < tail + 6) t++;
        if (after[t]?.text === ',' && after[t + 1]?.quote === q + 1 && after[t + 1]!.start === next.open) {
          const group = ++this.groups;
          this.carried.set(q + 1, { speaker, cue, group });
          this.found.push({ type: 'direct', ...content, sentence: sentence.index, speaker, cue, confidence: 0.95, group });
          this.directPairs.add(q);
          this.remember(speaker, end.sentence);
          here.reported = true;
          return;
        }
      }
    }
    // 2. Attribution before the quote: X sagte: „…“ / X: „…“.
    const prevWord = a - 1;
    if (!explicit && prevWord >= 0 && words[prevWord]!.text === ':') {
      standalone = true;
      const clauseCue = impersonalBefore(cues, words, prevWord) ?? lastCueBefore(cues, words, prevWord);
      if (clauseCue) {
        speaker = speakerRef(words, speakerOf(words, clauseCue));
        cue = cueOf(words, clauseCue);
        explicit = true;
      } else {
        const cs = clauseStartOf(words, prevWord - 1);
        const np = phraseAfter(words, cs);
        // "Und: „…“" is no speaker: a single word that is no referent continues the current one.
        const lone = np !== null && np[0] === np[1] && options.mentions && !words[np[0]]!.mention;
        if (np && np[1] === prevWord - 1 && !lone) {
          speaker = refOf(words, { from: np[0], to: np[1] });
          explicit = true;
        } else {
          // "Dabei griff sie … an: „…“": the subject of the introducing clause; "Im Entwurf
          // steht der Passus: „…“": the document the words stand in.
          // An introducing clause that is itself reported ("Die Pflichten seien im Vertrag
          // festgelegt: „…“") goes on with the current speaker (below).
          // (A colon opening the sentence leaves no clause before it: cs is -1 then.)
          const from = Math.max(0, cs);
          const reported = hasReportedMood(words, from, prevWord, { konjunktivII: false, reportive: true });
          // A clause after a comma ("Der Leiter der Studie, Paulo P., sieht …: „…“") shares
          // the sentence's subject.
          const subjectFrom = cs > 1 && words[cs - 1]!.text === ',' ? 0 : cs;
          // A referent acting as the subject outranks a document it only mentions ("Zypries
          // sieht in dem Urteil eine Bestätigung: „…“"); a subject that is no referent ("der
          // Passus") leaves the words to the document.
          const own = reported ? null : sentenceSubject(words, subjectFrom, prevWord);
          const ownRef = own && options.mentions ? refOf(words, own) : null;
          const acting = own !== null && ownRef !== null && ownRef.mention && !ownRef.junk && !passiveClause(words, own.from);
          const subject = reported ? null : acting ? own : asPhrase(documentPlace(words, from, prevWord)) ?? own;
          if (subject) speaker = refOf(words, subject);
        }
      }
    }
    // A quoted name as the subject of the sentence: „Muslix64“ erwähnte, „Ärzte ohne Grenzen“ kündigten an.
    if (!explicit && prevWord < 0 && end.sentence === s && quotedSubjectName(words, a, b)) return;
    if (prevWord < 0 || words[prevWord]!.text === '–' || words[prevWord]!.text === '(') standalone = true;
    if (!standalone && endsSentence(text, pair) && pair.contentEnd - pair.contentStart >= MIN_QUOTED_SENTENCE) standalone = true;

    // A phrase introduced as quoted words: "als „Unverschämtheit“ zurückweisen", "Parolen
    // wie „…“", "mit der Aufschrift „…“", "„A“ oder „B“" after such a phrase.
    // After "als", a capitalised phrase is a label only with a speech verb ("als „Fest“
    // bezeichnen"); without one it is a name or title ("als „Stadt der Musik“ ausgezeichnet").
    const opensLower = text[pair.contentStart] !== text[pair.contentStart]!.toUpperCase();
    // "Für den Minister ist die Lage „alarmierend“": the judgement is the für-phrase's.
    const holder = !standalone && options.mentions ? forHolder(words, a) : null;
    const introduced = !standalone && (holder !== null || introducedQuote(words, a, this.introducedPairs, opensLower || cues.some((c) => c.kind === 'verb' && !c.verb?.noun && !ADJECTIVE_PARTICIPLES.has(words[c.index]!.lower))));
    // 3. A cue in the same sentence: partial quotes and embedded direct quotes.
    if (!explicit) {
      const inClause = nearestCue(cues, words, a);
      if (inClause) {
        speaker = speakerRef(words, speakerOf(words, inClause));
        cue = cueOf(words, inClause);
        
        explicit = speaker !== null;
      } else if (!standalone) {
        // No cue: a scare quote, a title or a name — unless it is an evaluative phrase of
        // several words opening in lower case ("rechnen mit „sehr ergiebigen Niederschlägen“").
        // Titles and names start with a capital ("Nackt unter Wölfen", "Gesetz zur …").
        const firstChar = text[pair.contentStart]!;
        const lowerStart = firstChar !== firstChar.toUpperCase();
        const weakPhrase = !lowerStart || pair.contentEnd - pair.contentStart < MIN_UNCUED_PARTIAL;
        if ((weakPhrase && !introduced) || sentence.kind === 'headline' || isTitle(words, a)) return;
        // In reported speech the phrase is the current speaker's; else the subject's
        // ("sieht Osterloh einen „Angriff …“"). Either way it names no new speaker.
        // "In einem Schreiben war von einem „…“ die Rede": the document the words stand in.
        const subject = holder ?? asPhrase(documentPlace(words, 0, a)) ?? sentenceSubject(words, 0, a);
        speaker = holder ? refOf(words, holder) : hasReportedMood(words, 0, words.length, { konjunktivII: true, reportive: true }) ? this.contextSpeaker(s) : subject ? refOf(words, subject) : null;
        uncued = true;
      }
    }
    const labelled = (cue !== null && LABEL_VERB_LEMMAS.has(cue.lemma)) || introduced;
    if (introduced) this.introducedPairs.add(q);
    if (!standalone && !labelled && isTitle(words, a)) return;
    // A name in quotation marks (die „Süddeutsche Zeitung“, „SAR 71“) unless a label verb
    // makes it a quoted word ("nannte den Bericht eine „Zeitungsente“").
    if (!standalone && isNameLike(words, a, pair) && (!labelled || titleHead(words[a - 1]) || naming(words, cue))) return;
    // A quotation standing alone after a narrated sentence whose subject took over speaks for
    // that subject, as reported speech after it does.
    if (!speaker && sentence.kind !== 'headline') speaker = (standalone ? this.newerSubject(s) : null) ?? this.contextSpeaker(s) ?? (standalone ? this.recentSubject(s) : null);
    const type: QuoteType = standalone ? 'direct' : 'partial';
    const confidence = type === 'direct' ? (explicit ? 0.95 : speaker ? 0.75 : 0.6) : explicit ? 0.8 : 0.6;
    this.found.push({ type, ...content, sentence: sentence.index, speaker, cue, confidence: uncued ? 0.5 : confidence, group: 0 });
    if (!uncued) this.remember(speaker, end.sentence);
    if (type === 'direct') {
      here.reported = true;
      this.directPairs.add(q);
    }
  }

  /** Pass 5: indirect speech after the sentence's cues. */
  private indirectSpeech(here: SentenceState): void {
    if (here.cues.length === 0) return;
    const verbCues = new Set(here.cues.filter((c) => c.kind === 'verb' && !c.verb?.noun).map((c) => c.index));
    const contentRanges: Array<[number, number]> = [];
    for (const c of here.cues) this.indirectAfterCue(here, c, verbCues, contentRanges);
  }

  /** The indirect speech after cue `c`, if any; `contentRanges` holds the content after the sentence's earlier cues. */
  private indirectAfterCue(here: SentenceState, c: Cue, verbCues: ReadonlySet<number>, contentRanges: Array<[number, number]>): void {
    const { s, sentence, words, cues } = here;
    const { sentences, options } = this;
    // "Danach" attributes only after a sentence naming a statement or document ("Die Studie
    // wurde heute vorgestellt. Danach …"); else it means "afterwards".
    if (c.lemma === 'danach' && c.kind === 'adverb' && !(s > 0 && sentences[s - 1]!.sentence.kind !== 'headline' && statementPhrase(sentences[s - 1]!.words, 0, sentences[s - 1]!.words.length))) return;
    // A speech-act noun's holder is its genitive ("die Forderung des Ministers, …"), else
    // the clause's subject ("Die Gewerkschaft erhob die Forderung, …").
    const noun = c.verb?.noun === true;
    const sp = noun ? nounHolder(words, c) : speakerOf(words, c);
    const range = contentOf(words, c, verbCues, sp);
    if (noun && !range) return;
    // "Messungen deuten darauf hin, dass …": data is evidence, not a speaker.
    // Inside a report ("Die hohen Raten bedeuteten, dass …" after the source spoke) and in an
    // attribution ("wie sich aus der Auswertung ergab") the verb still reports.
    if (c.verb?.evidence && options.mentions && s - this.lastReportedSentence > 1 && words[clauseStartOf(words, c.index)]!.lower !== 'wie' && !(sp && speakerCanReport(words, sp))) return;
    const passive = c.kind === 'verb' && isPassive(words, c, clauseStartOf(words, c.index));
    // No subject of its own ("und glaubt, dass …", "demnach"): the current speaker.
    const impersonal = c.kind === 'impersonal' || c.lemma === 'bekanntwerden';
    // "Es ist geplant, dass …": an expletive subject names nobody, as a passive does.
    let speaker = speakerRef(words, sp) ?? (passive || impersonal || noun || isExpletiveEs(words, sp) || c.kind === 'source' && !c.ownSource ? null : this.contextSpeaker(s));
    // A passive or impersonal speech act without an agent that is itself reported ("Es werde
    // geschätzt, dass …", "Ausländern sei abgeraten worden, …"): part of the current report.
    // (Right after reported speech also Konjunktiv II and plain "sollen": "Banken sollen dazu
    // ermutigt werden, …".)
    if (!speaker && passive && reportedClause(words, c.index, s - this.lastReportedSentence <= 1)) speaker = this.contextSpeaker(s);
    const cueWord = words[c.index]!;
    if (c.kind === 'adverb') {
      // "Ein Bericht der Agentur, wonach …": the noun before the relative adverb.
      // When that noun is no referent ("berichten über Gerüchte, wonach …"), the speaker of the
      // speech verb before it.
      const before = c.lemma === 'wonach' && words[c.index - 1]?.text === ',' ? phraseBefore(words, c.index - 2) : null;
      let referent = before ? refOf(words, { from: before[0], to: before[1] }) : null;
      if (referent && options.mentions && !referent.mention) {
        const verb = cues.find((v) => v.kind === 'verb' && v.index < c.index);
        referent = (verb ? speakerRef(words, speakerOf(words, verb)) : null) ?? referent;
      }
      if (!referent) {
        const current = this.context;
        referent = anaphoricSource(sentences, s, c, current && current.sentence === s - 1 ? current.speaker : null);
      }
      // "Demnach …" with no speaker in view: the adverb itself is the (anaphoric) source.
      speaker = { ...(referent ?? speaker ?? refOf(words, { from: c.index, to: c.index })!), written: { start: cueWord.start, end: cueWord.end } };
    } else if (c.ownSource && c.source && words[c.source[0]]!.lower.startsWith('eigen') && speaker) {
      // "nach eigenen Angaben": the subject speaks; the text names the source "eigenen Angaben".
      // Only "eigenen Angaben": the source phrase can run on into a quotation.
      const last = Math.min(c.source[1], c.source[0] + 1);
      speaker = { ...speaker, written: { start: words[c.source[0]]!.start, end: words[last]!.end } };
    }
    // A speech verb inside the content of an earlier cue ("sagte, dass die Maus tot gewesen
    // sei, als sie in Kontakt geraten war") is part of what was said, not a new speech act.
    const nested = contentRanges.some((r) => r[0] <= c.index && c.index <= r[1]);
    // Without content of its own ("Jetzt droht ein Streik", "Er kritisierte den Plan") the
    // verb makes its subject the current speaker only when that subject is a referent the
    // entities layer knows (a thing can "drohen" or "belegen" without speaking).
    const referent = !options.mentions || range !== null || speaker?.mention || speaker?.pronoun || speaker?.document || speaker?.written !== undefined;
    if (c.kind === 'verb' && speaker && sp && !nested && referent) {
      // Without content, in a clause that is itself in reported mood, the verb lies inside a
      // cue-less report ("Der Ausschuss werde beraten, die Stadt müsse dann entscheiden"):
      // decided after the free indirect pass.
      const cs = clauseStartOf(words, c.index);
      // Likewise a verb without content in a subordinate clause of a reported sentence ("Grund
      // sei, dass die Behörden einen Anschlag befürchten"): its subject is part of the report.
      const lead = words[cs]!.lower;
      const embedded = !range && cs > 0 && (SUBORDINATORS.has(lead) || CONTENT_CONJUNCTIONS.has(lead)) && hasReportedMood(words, 0, cs, { konjunktivII: true, reportive: true });
      // A verb without content in a relative clause whose pronoun is followed by a subject of
      // its own, also past an object pronoun ("Die Alternative, die der Kämmerer nannte, ist
      // …", "…, das er erwähnte", "Die Summe, die ihm die Anklage vorwirft, sei …"): the
      // pronoun is the object, the clause names something and makes no source.
      const subjectAt = OBJECT_PRONOUNS.has(words[cs + 1]?.lower ?? '') ? cs + 2 : cs + 1;
      const afterPronoun = words[subjectAt];
      const ownSubject = afterPronoun !== undefined && afterPronoun.kind === 'word' && (afterPronoun.upper || NOMINATIVE_OPENERS.has(afterPronoun.lower));
      const relativeMention = !range && sp.from === sp.to && sp.from === cs && RELATIVE_PRONOUNS.has(words[cs]!.lower) && words[cs - 1]?.text === ',' && ownSubject;
      if (!relativeMention && (range || !embedded && !hasReportedMood(words, cs, clauseEndOf(words, c.index), { konjunktivII: true, reportive: true }))) {
        this.remember(speaker, s);
        if (!range && !c.verb?.weak) this.lastSpeechActSentence = s;
      } else if (!relativeMention) here.narrated = speaker;
    }
    if (!range && c.kind === 'verb' && speaker && sp && s > 0 && !nested && sourceReportsBefore(words, c, sp, speaker)) {
      // "… seien Gebäude beschädigt worden. Spiegel Online berichtet vom Einsturz …": a
      // medium that reports in the present or perfect right after cue-less reported speech
      // is that speech's source.
      const prev = sentences[s - 1]!;
      const last = this.found[this.found.length - 1];
      // Not when the report goes on from a speech verb right before it ("Die Feuerwehr sagte,
      // …. Auch seien … Der Sender berichtet …"): that speaker is its source.
      const before = this.found[this.found.length - 2];
      const spoken = before !== undefined && last !== undefined && before.cue !== null && before.sentence >= last.sentence - 1 && !SOURCE_CUE_LEMMAS.has(before.cue.lemma);
      if (last && !spoken && last.cue === null && last.type === 'indirect' && prev.words.length > 0 && last.end >= prev.words[0]!.start) last.speaker = speaker;
    }
    if (!range && c.kind === 'verb' && speaker && sp && s > 0 && pointsBack(words, c, sp)) {
      // "Das erklärte General X am Montag.", "Dies bestätigte der Parteichef.": the statement
      // is the previous sentence. Its quotes without a cue of their own get this speaker;
      // a previous sentence without a quote is itself the reported statement.
      attributePreviousSentence(this.found, sentences[s - 1]!, speaker, cueOf(words, c));
      here.reported = true;
      return;
    }
    if (!range) return;
    for (const r of range) contentRanges.push(r);
    for (const r of range) {
      const span = offsetsOf(words, r[0], r[1]);
      if (!span) continue;
      this.found.push({
        type: 'indirect', ...span, sentence: sentence.index, speaker, cue: cueOf(words, c),
        confidence: c.kind === 'verb' ? 0.85 : 0.8, group: range.length > 1 ? this.groups + 1 : 0,
      });
    }
    if (range.length > 1) this.groups++;
    // "Ursprüngliche Pläne, …": a noun's holder that is no referent does not speak on.
    // "dem Vernehmen nach" is hearsay, no referent: the report around it keeps its source.
    const hearsay = c.kind === 'source' && c.source !== null && (words[c.source[1]]!.nouns & NOUN_ROLE.hearsay) !== 0;
    if ((!noun || speaker?.mention || speaker?.pronoun) && !hearsay) this.remember(speaker, s);
    here.reported = true;
    here.indirect = true;
  }

  /** Attribution afterwards of the sentence before, when nothing in this one was reported. */
  private attributionAfterwards(here: SentenceState): void {
    const { s, sentence, words } = here;
    // "Das ist das Ergebnis einer Umfrage des Instituts X.", "Dies geht aus einem Bericht der
    // Behörde hervor.": a demonstrative subject, the copula or "aus … hervorgehen", and a
    // statement or document phrase attribute what was said in the sentence before, as "Das
    // erklärte X" does.
    if (!here.reported && s > 0 && sentence.kind !== 'headline') {
      const back = statementAfterwards(words);
      const speaker = back ? refOf(words, back.phrase) : null;
      if (back && speaker && !speaker.junk && !speaker.pronoun) {
        attributePreviousSentence(this.found, this.sentences[s - 1]!, speaker, { start: words[back.verb]!.start, end: words[back.verb]!.end, lemma: back.lemma });
        this.remember(speaker, s);
        here.reported = true;
        here.indirect = true;
      }
    }
  }

  /** Pass 6: reported speech continuing without a cue (free indirect). */
  private freeIndirect(here: SentenceState): void {
    const { s, sentence, words, cues } = here;
    // Without a mood form nothing below is reported speech (hasReportedMood): the scans are skipped.
    if (!here.indirect && sentence.kind !== 'headline' && here.moodWords > 0) {
      // Konjunktiv II and plain "soll" continue reported speech only in a sentence without a
      // speech act of its own ("Parallel kündigte Moskau … an: Der Krieg soll weitergehen").
      // A speech act without content of its own ("Die Behörden werfen ihm Betrug vor.",
      // "Eine Empfehlung gab der Sender.") opens reported speech as well.
      const chained = (s - this.lastReportedSentence <= 1 || s - this.lastSpeechActSentence === 1) && !cues.some((c) => c.kind === 'verb' && !c.verb?.noun);
      const run = longestOutsideRun(words, this.directPairs);
      // A hypothetical with nothing but Konjunktiv II ("Falls …, müsste die Stadt zahlen") is
      // the author's reasoning, not the report going on.
      const hypothetical = run !== null && chained && conditional(words, run[0], run[1] + 1) && !hasReportedMood(words, run[0], run[1] + 1, { konjunktivII: false, reportive: true });
      if (run && !hypothetical && hasReportedMood(words, run[0], run[1] + 1, { konjunktivII: chained, reportive: true })) {
        const span = offsetsOf(words, run[0], run[1]);
        if (span) {
          let speaker = this.contextSpeaker(s);
          if (speaker && speaker === this.possessiveOf) speaker = this.possessiveSource;
          // Reported speech right after a sentence whose subject is a referent and which is not
          // itself reported ("Die Staatsanwaltschaft hat Anklage erhoben. Der Mann soll …"):
          // that subject is the source, not a speaker from further back.
          speaker ??= this.recentSubject(s);
          const taken = this.newerSubject(s);
          if (taken) speaker = taken;
          // The reported mood only in a later clause, the first a narrated main clause with a
          // referent as its subject ("Die Schweiz hatte ihren Rückzug damit begründet, dass …
          // habe", "Der Minister hatte versichert, die Teilnehmer würden geschützt"): the
          // subject introduces the content, whatever verb it uses.
          const introducer = introducingSubject(words, run[0], run[1] + 1);
          // A claim noun before the reported clause says it ("trat dem Vorwurf entgegen, das
          // Gericht sei nicht legitim"): the noun phrase is the source, for this sentence only.
          const claim = contentNounPhrase(words, run[0], run[1] + 1, (comma) => comma + 1 < words.length && hasReportedMood(words, comma + 1, clauseEndOf(words, comma + 1), { konjunktivII: true, reportive: true }));
          if (claim) speaker = refOf(words, { from: claim.phrase[0], to: claim.phrase[1] });
          else if (introducer) {
            speaker = introducer;
            this.remember(introducer, s);
          } else if (speaker) {
            // Reported speech that goes on keeps its source current: a long report is not
            // cut off after `speakerMemory` sentences from the speech act that opened it.
            this.remember(speaker, s);
          }
          const previous = this.found[this.found.length - 1];
          if (previous && previous.cue === null && previous.type === 'indirect' && this.lastFreeSentence === s - 1 && previous.speaker === speaker) {
            // Reported speech running on over several sentences is one report.
            previous.end = span.end;
          } else {
            this.found.push({ type: 'indirect', ...span, sentence: sentence.index, speaker, cue: null, confidence: speaker ? 0.6 : 0.5, group: 0 });
          }
          this.lastFreeSentence = s;
          here.reported = true;
          here.free = true;
        }
      }
    }
  }

  /**
   * The subject of a narrated sentence, the source in view for reported speech that follows.
   * The subject of reported speech is part of what was said ("Alle Opfer sollen … gestanden
   * haben"), not a new source: only narrated sentences update the last subject. A sentence
   * whose reported speech has a speaker made that speaker current already; only one with
   * speakerless reports ("Ihm wird vorgeworfen, …") may name a source in its narrated part.
   *
   * Finding the subject costs a parse of the sentence, and it is asked for only within the
   * next two sentences and rarely (a quotation or report without a speaker of its own): the
   * sentence is kept as a candidate and judged when asked for (lastSubjectFor), with what the
   * judgement needs from this moment (the quotes found so far) kept as it is now.
   */
  private narratedSubject(here: SentenceState): void {
    const { s, sentence } = here;
    if (!this.options.mentions || sentence.kind === 'headline' || (here.reported && !speakerlessReport(this.found, sentence.index))) return;
    // Later sentences ask only for a subject of one of the two sentences before them.
    const candidates = this.subjectCandidates;
    while (candidates.length > 0 && candidates[0]!.here.s < s - 1) candidates.shift();
    candidates.push({ here, quotes: here.reported ? lastQuoteSpans(this.found) : null, outcome: undefined });
  }

  /**
   * The last subject as sentence `sentence` sees it, when it is the subject of one of the two
   * sentences before (the only ones its readers take); else null.
   */
  private lastSubjectFor(sentence: number): Current | null {
    const candidates = this.subjectCandidates;
    for (let k = candidates.length - 1; k >= 0; k--) {
      const candidate = candidates[k]!;
      if (candidate.here.s < sentence - 2) break;
      // judged once: the same speaker object every time it is asked for
      if (candidate.outcome === undefined) candidate.outcome = judgeSubject(candidate);
      if (candidate.outcome !== null) return candidate.outcome;
    }
    return null;
  }
}

/** A narrated sentence whose subject may become the last subject (Extraction.narratedSubject). */
interface SubjectCandidate {
  here: SentenceState;
  /** For a sentence with reported speech: [start, end] of the last quotes found by its end, newest first. */
  quotes: number[] | null;
  /** The subject it makes the last subject; null: it changes nothing; undefined: not judged yet. */
  outcome: Current | null | undefined;
}

/** Offsets of the last eight quotes, newest first: what outsideQuotes looks at. */
function lastQuoteSpans(found: readonly FoundQuote[]): number[] {
  const spans: number[] = [];
  for (let f = found.length - 1; f >= 0 && f >= found.length - 8; f--) spans.push(found[f]!.start, found[f]!.end);
  return spans;
}

/** The last subject a narrated sentence makes (see Extraction.narratedSubject), or null when it changes nothing. */
function judgeSubject(candidate: SubjectCandidate): Current | null {
  const { here, quotes } = candidate;
  const { s, words, cues } = here;
  let outcome: Current | null = null;
  // A document the sentence opens in ("Im Bericht werden … aufgeführt") is the source in
  // view before its grammatical subject.
  let place = openingDocument(words);
  let phrase = place ? { from: place[0], to: place[1] } : afterLabel(words) ?? sentenceSubject(words, 0, words.length);
  // A passive that places what it says in a document ("Die Konflikte werden im Bericht auf
  // … zurückgeführt"): the document, not the passive subject, is the source.
  if (!place && phrase && passiveClause(words, phrase.from)) {
    place = documentPlace(words, 0, clauseEndOf(words, phrase.from));
    if (place) phrase = { from: place[0], to: place[1] };
  }
  const subject = refOf(words, phrase);
  // In a reported sentence only a subject outside what was reported counts ("Die
  // Staatsanwaltschaft hat Anklage erhoben: Ihm wird vorgeworfen, …").
  const narratedSubject = quotes === null || subject !== null && outsideQuotes(quotes, subject);
  // The subject of a passive is what happened to someone ("Die Männer werden beschuldigt"),
  // not a source.
  const acting = place !== null || phrase !== null && !passiveClause(words, phrase.from);
  // Only a subject that finds, publishes, assesses or decides — or speaks — is a source;
  // the subject of an event or state is what the report is about ("Alle Opfer stammen aus
  // dem Ort. Mehrere Verletzte seien …").
  const source = place !== null || phrase === null || sourceVerbIn(words, phrase, cues);
  // A subject whose clause is itself in reported or hypothetical mood ("Die Betreiber
  // hätten ein Interesse daran, …", "Die Taten hätte ein anderer Mann verübt") is part of
  // what is reported, not a narrated source.
  const hypothetical = phrase !== null && hasReportedMood(words, clauseStartOf(words, phrase.from), clauseEndOf(words, phrase.to), { konjunktivII: true, reportive: true });
  if (narratedSubject && subject && (subject.mention || place) && !subject.attributeOnly && !subject.pronoun && !subject.junk && acting && source && !hypothetical) outcome = { speaker: subject, sentence: s };
  // A passive of investigation, publication or speech names its source as the agent ("Gegen
  // den Mann wird von der Staatsanwaltschaft ermittelt. Er soll …").
  if (quotes === null && !place && (!acting || phrase === null)) {
    const agent = passiveSourceAgent(words, cues);
    if (agent) outcome = { speaker: agent, sentence: s };
  }
  return outcome;
}

/**
 * The subject of a sentence led by a verbless label and a colon ("Rückschlag für die Forschung:
 * Die Behörden haben … entdeckt"): the clause after the colon is the sentence. A label has
 * nouns, prepositions and determiners only; a lower-case word of another kind is a verb
 * ("Der Minister sagte: …") and the colon then opens what the clause introduces.
 */
function afterLabel(words: readonly Word[]): SpeakerPhrase | null {
  for (let k = 1; k + 1 < words.length && k <= MAX_LABEL_WORDS; k++) {
    const w = words[k]!;
    if (w.text === ':') return words[k + 1]!.quote >= 0 ? null : sentenceSubject(words, k + 1, words.length);
    if (w.quote >= 0 || w.kind !== 'word') return null;
    if (!w.upper && !PREPOSITIONS.has(w.lower) && !LABEL_WORDS.has(w.lower)) return null;
  }
  return null;
}
/** Longest label before a colon, in words: a headline-like phrase, not a clause. */
const MAX_LABEL_WORDS = 8;

/**
 * A conditional in [from, to): a conditional word ("falls", "wenn", "im Falle") or a clause
 * opened by a finite Konjunktiv II or "sollte" followed by a comma ("Hätte er …, so …").
 */
function conditional(words: readonly Word[], from: number, to: number): boolean {
  let clauseStart = true;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.quote >= 0) continue;
    if (CONDITIONAL_WORDS.has(w.lower)) return true;
    if (clauseStart && CONDITIONAL_VERBS.has(w.lower) && clauseEndOf(words, k) < to && words[clauseEndOf(words, k)]!.text === ',') return true;
    clauseStart = isClauseBreak(w);
  }
  return false;
}

/**
 * The subject of a narrated main clause that opens the range [from, to) when the reported
 * mood stands only in a later clause: a referent of the entities layer, a document or a
 * pronoun. Null when the first clause is itself reported or subordinate, or has no such subject.
 */
function introducingSubject(words: readonly Word[], from: number, to: number): SpeakerRef | null {
  const firstEnd = clauseEndOf(words, from);
  if (firstEnd >= to - 1 || words[firstEnd]!.text === ':') return null;
  const lead = words[from]!.lower;
  if (SUBORDINATORS.has(lead) || CONTENT_CONJUNCTIONS.has(lead)) return null;
  if (hasReportedMood(words, from, firstEnd, { konjunktivII: true, reportive: true })) return null;
  // A passive's subject is what happened to someone ("Zwölf Mitglieder wurden verletzt, die
  // Verletzten seien …"), not who speaks.
  for (let k = from; k < firstEnd; k++) if (PASSIVE_AUXILIARIES.has(words[k]!.lower)) return null;
  const subject = refOf(words, sentenceSubject(words, from, firstEnd));
  // A referent only in an attribute ("… stärkten die Lehre der Hochschulen") names what the
  // clause is about, not who introduces the content (as for the sources in view).
  if (!subject || subject.junk || subject.attributeOnly || !(subject.mention || subject.document || subject.pronoun)) return null;
  return subject;
}

/** Shortest quoted phrase (in UTF-16 units) taken as a partial quote without a cue. */
const MIN_UNCUED_PARTIAL = 12;
/** The phrase is "niemand" or "jemand" (sliced only when its length fits: most phrases are longer). */
function isIndefinitePronoun(text: string, speaker: SpeakerRef): boolean {
  const length = speaker.end - speaker.start;
  return length >= INDEFINITE_LENGTHS[0] && length <= INDEFINITE_LENGTHS[1] && INDEFINITE_PRONOUNS.has(text.slice(speaker.start, speaker.end).toLowerCase());
}
const INDEFINITE_LENGTHS = [Math.min(...[...INDEFINITE_PRONOUNS].map((p) => p.length)), Math.max(...[...INDEFINITE_PRONOUNS].map((p) => p.length))] as const;

/** A speaker phrase opened by a possessive or "eigenen" ("seiner Einschätzung", "eigenen Angaben"). */
function possessed(text: string, speaker: SpeakerRef): boolean {
  const space = text.indexOf(' ', speaker.start);
  // (lower-casing never shortens a word: one longer than every possessive is none)
  if (space < 0 || space >= speaker.end || space - speaker.start > POSSESSIVE_LENGTH) return false;
  const first = text.slice(speaker.start, space).toLowerCase();
  return POSSESSIVES.has(first) || first === 'eigenen';
}

const POSSESSIVE_LENGTH = Math.max('eigenen'.length, ...[...POSSESSIVES].map((p) => p.length));

/** The longest run of words outside quotations with at least three words, as [from, to]. */
function longestOutsideRun(words: readonly Word[], directPairs: ReadonlySet<number>): [number, number] | null {
  let best: [number, number] | null = null;
  let bestCount = 2;
  let from = -1;
  let count = 0;
  // The words of a quotation come together: its pair is looked up once, not per word.
  let pair = -1;
  let direct = false;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    // (quote -1, outside any quotation, is never a direct pair: no Set lookup for most words)
    if (w && w.quote >= 0 && w.quote !== pair) {
      pair = w.quote;
      direct = directPairs.has(pair);
    }
    if (w && (w.quote < 0 || !direct)) {
      if (from < 0) from = i;
      if (!isPunct(w)) count++;
      continue;
    }
    if (from >= 0 && count > bestCount) {
      best = [from, i - 1];
      bestCount = count;
    }
    from = -1;
    count = 0;
  }
  return best;
}

/** The sentence and word index of a quote's closing mark. */
function locateClose(sentences: readonly SentenceWords[], s: number, a: number, q: number, pair: QuotePair) {
  for (let t = s; t < sentences.length; t++) {
    const words = sentences[t]!.words;
    for (let i = t === s ? a : 0; i < words.length; i++) {
      if (words[i]!.quote === q && words[i]!.end === pair.close) return { sentence: t, words, index: i };
      if (words[i]!.start >= pair.close) return { sentence: t, words, index: i - 1 };
    }
    if (words.length > 0 && words[words.length - 1]!.end >= pair.close) return { sentence: t, words, index: words.length - 1 };
  }
  const words = sentences[s]!.words;
  return { sentence: s, words, index: words.length - 1 };
}

function endsSentence(text: string, pair: QuotePair): boolean {
  const last = text[pair.contentEnd - 1];
  return last === '.' || last === '!' || last === '?' || last === '…';
}

/** A quoted whole sentence ("Er sagte „Wir gehen jetzt.“") is direct from this length on. */
const MIN_QUOTED_SENTENCE = 20;

/** The last verb cue in the clause before a colon. */
function lastCueBefore(cues: readonly Cue[], words: readonly Word[], colon: number): Cue | null {
  let best: Cue | null = null;
  for (const c of cues) {
    if (c.index >= colon || c.kind !== 'verb' || c.verb?.noun || quoteOrStopIn(words, c.index, colon)) continue;
    // A verb inside a dass/ob/weil clause is not the one introducing the quotation
    // ("Er glaubt, dass das Team gestärkt hervorgegangen sei: „…“").
    const lead = words[clauseStartOf(words, c.index)]!.lower;
    if (best && (SUBORDINATORS.has(lead) || CONTENT_CONJUNCTIONS.has(lead))) continue;
    best = c;
  }
  return best;
}

/** A word in [from, to) lies in a quotation or is a full stop. */
function quoteOrStopIn(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k]!.quote >= 0 || words[k]!.text === '.') return true;
  return false;
}

/** The cue nearest to a quotation inside the same sentence (for partial quotes). */
function nearestCue(cues: readonly Cue[], words: readonly Word[], a: number): Cue | null {
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const c of cues) {
    // A speech-act noun quotes only through its content clause.
    if (c.kind === 'adverb' || c.verb?.noun) continue;
    if (c.kind === 'verb' && c.verb?.weak && !LABEL_VERB_LEMMAS.has(c.verb.lemma) && c.index > a) continue;
    // A cue in the quote's own clause beats a nearer one across a comma ("…, der den Plan als
    // „Irrweg“ bezeichnete, lenkte später ein").
    const d = Math.abs(c.index - a) + (c.kind === 'verb' && c.verb?.weak ? 20 : 0) + (breakBetween(words, a, c.index) ? 30 : 0) + (c.kind === 'verb' && inOtherRelativeClause(words, c.index, a) ? 40 : 0);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The verb at `v` stands in a relative clause that does not hold the quote at `a`:
 * "X kritisierte die Haltung Ys, der zum Sturm aufgerufen haben soll, als „Provokation“" — the
 * label belongs to the main clause's verb, not to the one inside the relative clause.
 */
function inOtherRelativeClause(words: readonly Word[], v: number, a: number): boolean {
  const start = clauseStartOf(words, v);
  if (start === 0 || words[start - 1]!.text !== ',' || start === clauseStartOf(words, a)) return false;
  const lead = words[start]!.lower;
  return RELATIVE_PRONOUNS.has(lead) || PREPOSITIONS.has(lead) && RELATIVE_PRONOUNS.has(words[start + 1]?.lower ?? '');
}

function breakBetween(words: readonly Word[], i: number, j: number): boolean {
  const from = Math.min(i, j);
  const to = Math.max(i, j);
  for (let k = from + 1; k < to; k++) if (isClauseBreak(words[k])) return true;
  return false;
}

/** Quoted content made only of capitalised words, numbers and abbreviations. */
function isNameLike(words: readonly Word[], a: number, pair: QuotePair): boolean {
  let count = 0;
  for (let k = a + 1; k < words.length && words[k]!.end <= pair.contentEnd; k++) {
    const w = words[k]!;
    if (isPunct(w)) continue;
    if (w.kind === 'word' && !/^[\p{Lu}\d]/u.test(w.text) && !NAME_FUNCTION_WORDS.has(w.lower)) return false;
    count++;
  }
  return count > 0 && count <= 8;
}

/**
 * Quoted words introduced as such: after "als" (a label: "als „Fest“ bezeichnen", "als
 * „Unverschämtheit“ zurückweisen"), after a speech noun ("Parolen wie „…“", "mit der
 * Aufschrift „…“", "mit den Worten „…“"), or after "oder/und/," following such a quote.
 */
function introducedQuote(words: readonly Word[], a: number, introducedPairs: ReadonlySet<number>, labelAllowed: boolean): boolean {
  const prev = words[a - 1];
  if (!prev) return false;
  if (prev.lower === 'als') return labelAllowed;
  if ((prev.lower === 'oder' || prev.lower === 'und' || prev.text === ',') && words[a - 2]?.quote !== undefined && words[a - 2]!.quote >= 0 && introducedPairs.has(words[a - 2]!.quote)) return true;
  for (let k = a - 1; k >= 0 && k >= a - 4; k--) {
    const w = words[k]!;
    if (SPEECH_NOUNS.has(w.text)) return true;
    if (!SPEECH_NOUN_LINKS.has(w.lower) && !DETERMINER_START.has(w.lower)) return false;
  }
  return false;
}

/**
 * The holder of a judgement in a copula clause: "Für den Minister ist die Lage „alarmierend“",
 * "… war für die Lehrerverbände „Wortbruch“". The phrase after "für" must be a referent (an
 * entities mention) and the clause must have a form of "sein" outside quotations.
 */
function forHolder(words: readonly Word[], a: number): SpeakerPhrase | null {
  const cs = clauseStartOf(words, a);
  let holder: SpeakerPhrase | null = null;
  let copula = false;
  for (let k = cs; k < a; k++) {
    const w = words[k]!;
    if (w.quote >= 0) continue;
    if (COPULAS.has(w.lower)) copula = true;
    if (w.lower === 'für' && !holder) {
      const np = phraseAfter(words, k + 1, a);
      if (np && np[0] === k + 1 && hasMention(words, np[0], np[1])) holder = { from: np[0], to: np[1] };
    }
  }
  for (let k = a; !copula && k < words.length && !isClauseBreak(words[k]); k++) if (words[k]!.quote < 0 && COPULAS.has(words[k]!.lower)) copula = true;
  return copula ? holder : null;
}

/**
 * A naming use of "nennen": the participle ("genannt „BRD-Video“", "auch „Bonus View“
 * genannt") or the reflexive ("nennt sich „documenta 12“") gives a name, it does not quote.
 */
function naming(words: readonly Word[], cue: FoundQuote['cue']): boolean {
  if (!cue || cue.lemma !== 'nennen') return false;
  const k = words.findIndex((w) => w.start === cue.start);
  if (k < 0) return false;
  const w = words[k]!;
  return w.lower === 'genannt' || w.lower === 'genannte' || w.lower === 'genannten' || words[k + 1]?.lower === 'sich';
}

/** A medium, work or organisation noun, plain or as a compound's head: "Radiosender", "Wochenzeitschrift". */
function titleHead(w: Word | undefined): boolean {
  if (!w || !w.upper) return false;
  const lower = w.lower;
  for (const h of TITLE_HEADS) if (lower === h || (lower.length > h.length + 2 && lower.endsWith(h))) return true;
  return false;
}

/** A quoted title or name: die Sendung „Tagesthemen“, der sogenannte „Deal“. */
function isTitle(words: readonly Word[], a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 2); k--) {
    const w = words[k]!;
    if (TITLE_NOUNS.has(w.text) || TITLE_NOUNS.has(w.lower)) return true;
    if (titleHead(w)) return true;
    if (isPunct(w)) break;
  }
  return false;
}

/**
 * Where a "wonach" clause inside the prefield ends: the main clause goes on after its comma
 * with an indicative finite verb ("Berichte, wonach der Täter geflohen sei, konnte der Minister
 * nicht bestätigen"), which is no content. A clause after a verb ("Er wies Berichte zurück,
 * wonach …, hat …") keeps the content to `to`.
 */
function wonachEnd(words: readonly Word[], at: number, to: number): number {
  if (words[at - 1]?.text !== ',') return to;
  const noun = phraseBefore(words, at - 2);
  if (!noun) return to;
  // The noun phrase opens the sentence: nothing but prepositions, determiners and adverbs before it.
  for (let k = 0; k < noun[0]; k++) {
    const w = words[k]!;
    if (w.kind === 'word' && !w.upper && !PREPOSITIONS.has(w.lower) && !DETERMINERS.has(w.lower) && !SKIPPABLE_ADVERBS.has(w.lower)) return to;
  }
  for (let k = at + 1; k < to; k++) {
    const next = words[k + 1];
    if (words[k]!.text === ',' && words[k]!.quote < 0 && next && !next.upper && isAuxiliary(next) && !next.mood) return k - 1;
  }
  return to;
}

/**
 * The reported content of a cue, as word ranges (two ranges when the cue interrupts it:
 * "Zwar nehme Moskau …, erklärte er, doch … seien sie nicht akzeptabel").
 */
function contentOf(words: readonly Word[], c: Cue, verbCues: ReadonlySet<number>, ownSubject: SpeakerPhrase | null): Array<[number, number]> | null {
  const n = words.length;
  const lastContent = (from: number): number => {
    let k = from;
    while (k < n && !(words[k]!.quote >= 0 && isQuoteMark(words[k]) && words[k - 1]?.text === ':')) {
      // ", stellte aber klar: …" — a new speech act ends the content.
      if (k > from && words[k]!.text === ',' && (verbCues.has(k + 1) || verbCues.has(k + 2) && CONNECTIVES.has(words[k + 1]!.lower))) break;
      // "…, doch der Sprecher erklärte, …", "… und kündigte an, …": a narrated clause with a
      // speech verb that opens content of its own is a new speech act, not more content.
      if (k > from && (words[k]!.text === ',' || CONNECTIVES.has(words[k]!.lower) && words[k]!.quote < 0) && newSpeechAct(words, k, verbCues)) break;
      k++;
    }
    return k - 1;
  };
  // "…, wonach der Minister zurücktreten wolle": the relative clause after the adverb.
  if (c.kind === 'adverb' && c.lemma === 'wonach' && c.index > 0) {
    const to = wonachEnd(words, c.index, lastContent(c.index + 1));
    return to > c.index ? [[c.index + 1, to]] : null;
  }
  // "Studien, nach denen Homöopathie wirke": the rest of the relative clause.
  if (c.kind === 'source' && c.source && c.source[0] === c.source[1] && words[Math.min(c.index, c.source[0]) - 1]?.text === ',' && RELATIVE_PRONOUNS.has(words[c.source[0]]!.lower) || c.kind === 'source' && c.source && SOURCE_ONLY_RELATIVES.has(words[c.source[0]]!.lower)) {
    const from = Math.max(c.index, c.source[1]) + 1;
    const to = clauseEndOf(words, from) - 1;
    return to >= from && !isDirectOnly(words, from, to) ? [[from, to]] : null;
  }
  if (c.kind === 'source' || c.kind === 'adverb' || c.kind === 'so' || c.kind === 'impersonal') {
    // The clause the attribution belongs to: the sentence minus the cue phrase at its edge.
    let from = 0;
    let to = n - 1;
    const src = c.source;
    const cueFrom = Math.min(c.index, src ? src[0] : c.index);
    const cueTo = Math.max(c.index, src ? src[1] : c.index);
    if (cueFrom <= 1) from = cueTo + 1;
    else if (cueTo >= n - 2) to = cueFrom - 1;
    if (c.kind === 'so' || c.kind === 'impersonal') {
      // "…, so der Minister." / "…, hieß es": the content is before the cue.
      const cs = clauseStartOf(words, c.index);
      const atEnd = clauseEndOf(words, c.index) >= n - 1;
      if (atEnd && cs > 1 && isClauseBreak(words[cs - 1])) to = Math.min(to, cs - 2);
      // "Die Richterin blieb hart: Eine Strafe sei …, so die Richterin.": the narrated clause
      // before a colon is no part of what the postposed source said.
      if (atEnd && c.kind === 'so') from = Math.max(from, afterLastColon(words, from, to));
      // "Hieß es …, " at the start, or "…, in der es heißt, …": the content follows the clause.
      const inRelative = cs > 1 && words[cs - 1]!.text === ',' && PREPOSITIONS.has(words[cs]!.lower) && RELATIVE_PRONOUNS.has(words[cs + 1]?.lower ?? '');
      if (c.kind === 'impersonal' && (cs === 0 || inRelative && clauseEndOf(words, c.index) < n - 1)) {
        const ce = clauseEndOf(words, c.index);
        from = ce + 1;
        to = n - 1;
      }
    }
    if (isDirectOnly(words, from, to)) return null;
    return to >= from ? [[from, to]] : null;
  }
  const verb = c.verb!;
  if (verb.noun) return nounContent(words, c.index, verbCues);
  let cs = clauseStartOf(words, c.index);
  // "wie Burt Rutan, Chef der Firma, mitteilte": the attribution clause began before the apposition.
  if (cs === c.index) cs = wieBeforeApposition(words, cs) ?? cs;
  const ce = clauseEndOf(words, Math.max(c.index, c.particle));
  let leadAt = cs;
  while (leadAt < c.index && SKIPPABLE_ADVERBS.has(words[leadAt]!.lower)) leadAt++;
  const lead = words[leadAt]!.lower;
  // "wie die Polizei mitteilte": the attribution clause; the content is the main clause.
  if (lead === 'wie' || (lead === 'so' && words[leadAt + 1]?.lower === 'wie')) {
    const opensSentence = cs === 0 || words[cs - 1]!.text === ':';
    if (cs > 1 && !(opensSentence && ce + 1 < n)) return isDirectOnly(words, 0, cs - 2) ? null : [[0, cs - 2]];
    if (ce + 1 < n) return isDirectOnly(words, ce + 1, n - 1) ? null : [[ce + 1, lastContent(ce + 1)]];
    return null;
  }
  // Inverted after the content: "Die Lage sei ernst, sagte er." / "…, erklärte er, doch …".
  const breakBefore = words[cs - 1];
  // A clause that ends the sentence may be longer: its subject can carry an apposition or a
  // participle attribute ("…, teilte später der Direktor der Behörde, Bagus P., mit.").
  // (Only with a referent after the verb: "…, droht ihr im Falle einer Verurteilung eine lange
  // Freiheitsstrafe" is no attribution.)
  const endsSentence = ce >= n - 1 || words[ce]!.text === '.';
  // "…, ließ der Sänger über seinen Anwalt erklären.": "lassen" is the inverted finite verb,
  // the speech verb its infinitive closing the clause.
  const head = cs !== c.index && LASSEN_FORMS.has(words[cs]!.lower) && c.index === ce - 1 && c.particle < 0 ? cs : c.index;
  const shortClause = (ce - head <= 8 || endsSentence && ce - head <= 16 && hasMention(words, head + 1, ce - 1)) && (endsSentence || words[ce]!.text === ',' || words[ce]!.text === ':');
  const subjectBefore = ownSubject !== null && ownSubject.to < cs;
  // Not after a subordinate clause ("Nachdem die Funde ausgewertet waren, erklärte der Forscher,
  // dass …"): that clause is the main clause's adverbial; the content, if any, follows.
  // "…, das teilte das Institut mit.": a demonstrative object before the inverted verb points
  // back to the clause before the comma.
  const pointing = cs + 1 === c.index && DEMONSTRATIVE_SUBJECTS.has(words[cs]!.lower) && ce >= n - 2;
  // "…, so bestätigt das Gericht.", "Tatsächlich, so betont die Polizei, ist …": "so" before the
  // inverted verb attributes the sentence around it, an adverbial opening it included.
  const soAside = cs + 1 === c.index && words[cs]!.lower === 'so';
  const inverted = (cs === head || pointing || soAside) && cs > 1 && !verb.weak && shortClause && !subjectBefore && (soAside || !frontedAdverbial(words, cs)) && subjectFollows(words, head) && breakBefore !== undefined && (breakBefore.text === ',' || breakBefore.text === '–') && breakBefore.quote < 0;
  // The sentence's first word, found once for the subordinator test and the content's start.
  const first = inverted ? firstWordAt(words, cs) : 0;
  if (inverted && !subordinateLead(words, first, cs)) {
    const before: [number, number] = [first, cs - 2];
    if (isDirectOnly(words, before[0], before[1])) return null;
    // An aside "…, so betont die Polizei, …" stands inside one statement: one span around it
    // (as "Ein Regierungswechsel, so Trump, würde …").
    if (soAside && ce + 1 < n && words[ce]?.text === ',') return [[first, lastContent(ce + 1)]];
    const out: Array<[number, number]> = [before];
    if (ce + 1 < n && words[ce]?.text === ',' && hasReportedMood(words, ce + 1, n, { konjunktivII: true, reportive: true })) {
      out.push([ce + 1, lastContent(ce + 1)]);
    }
    return out;
  }
  // "hat angekündigt ihr Mandat niederzulegen", "bietet an den Lohn zu erhöhen": a zu-infinitive
  // right after the clause-final participle or particle, without the (optional) comma.
  if (verb.infinitive) {
    const last = Math.max(c.index, c.particle);
    const next = words[last + 1];
    const final = c.particle === last || (c.particle < 0 && hasAuxiliaryBefore(words, cs, c.index));
    if (final && next && next.kind === 'word' && next.quote < 0 && !PURPOSE_LEADS.has(next.lower) && !CONTENT_CONJUNCTIONS.has(next.lower) && hasZuInfinitive(words, last + 1, ce)) return [[last + 1, ce - 1]];
  }
  // Content after the cue's clause: ", dass …", ", er sei …", ": …", ", … zu …".
  const sep = words[ce];
  if (!sep || !(sep.text === ',' || sep.text === ':') || sep.quote >= 0) return null;
  let t = ce + 1;
  if (t >= n || words[t]!.quote >= 0 || isQuoteMark(words[t])) return null;
  // "meldete der Radiosender, Radio Vatikan, dass …": an apposition to the subject after the
  // verb stands between the clause and its content.
  if (sep.text === ',' && isCapitalized(words[t]) && c.particle < 0) {
    const appEnd = clauseEndOf(words, t);
    if (appEnd - t <= 6 && words[appEnd]?.text === ',' && CONTENT_CONJUNCTIONS.has(words[appEnd + 1]?.lower ?? '') && words[appEnd + 1]!.lower !== 'wie' && apposition(words, t, appEnd)) t = appEnd + 1;
  }
  // "wies den Bericht zurück, wonach …": the report's content, attributed by "wonach".
  if (words[t]!.lower === 'wonach') return null;
  // "Die Summe, die ihm die Anklage vorwirft, sei zu hoch": after a relative clause its main
  // clause goes on with the finite verb — no content of the verb in the relative clause.
  if (sep.text === ',' && cs > 0 && words[cs - 1]!.text === ',' && RELATIVE_PRONOUNS.has(words[cs]!.lower) && (words[t]!.mood || AUXILIARIES_V2.has(words[t]!.lower))) return null;
  // "…, die zu wenig berichtet hätten, erklärte die OSZE, …": a speech verb opening the next
  // clause is a speech act of its own, not this cue's content.
  if (verbCues.has(t)) return null;
  const segEnd = clauseEndOf(words, t);
  const conj = words[t]!.lower;
  const articleUse = opensNounPhrase(words, t);
  if ((RELATIVE_PRONOUNS.has(conj) || conj === 'denen') && !articleUse) return null;
  // "verwies auf Studien, nach denen …": a relative clause with a source of its own.
  if (relativeSource(words, t) >= 0) return null;
  // A zu-infinitive ends with its clause: "hielten es für sinnvoll, die Passagiere zu
  // evakuieren, (öffneten sie die Türen)".
  const infEnd = verb.infinitive && sep.text === ',' && !PURPOSE_LEADS.has(conj) && !CONTENT_CONJUNCTIONS.has(conj) ? infinitiveClause(words, t, verbCues) : -1;
  if (infEnd >= 0 && !hasReportedMood(words, t, segEnd, { konjunktivII: true, reportive: true })) {
    const to = Math.min(lastContent(t), infEnd - 1);
    return to >= t ? [[t, to]] : null;
  }
  const clause =
    sep.text === ':' && !verb.weak ||
    CONTENT_CONJUNCTIONS.has(conj) && conj !== 'wie' && conj !== 'was' ||
    // Konjunktiv in the first clause, or further on when it is only a short noun phrase
    // with an apposition ("meinte, Yang Peiyi, die gesungen hatte, …, wären …").
    // (Not when that short clause has a speech verb of its own: "…, indem er sagte, …".)
    (!verb.weak || conj === 'dass') && hasReportedMood(words, t, segEnd - t <= 3 && !hasVerbCue(verbCues, t, segEnd) ? n : segEnd, { konjunktivII: true, reportive: true }) ||
    // Indicative main clause after a strong speech verb: "sagte, er kommt morgen" — not an
    // apposition to the subject or object ("sagte Anna Berg, die Leiterin des Amtes"), nor the
    // next main clause after a zu-infinitive ("um gegen … zu protestieren, viele taten es ihm nach").
    !verb.weak && !verb.directive && !verb.noun && words[c.index - 1]?.lower !== 'zu' && (PERSONAL_SUBJECT_PRONOUNS.has(conj) || ((DETERMINER_START.has(conj) || SUBJECT_DETERMINERS.has(conj)) && articleUse && !apposition(words, t, segEnd))) && segEnd - t >= 3 ||
    // A demand reported with "sollen" in second place, whose preterite forms are also its
    // Konjunktiv II: "forderte, die Beiträge sollten binnen eines Tages geprüft werden",
    // "verlangte, Deutschland soll mehr zahlen".
    verb.directive && !verb.noun && nothingDemandedBefore(words, c, ce, ownSubject) && (PERSONAL_SUBJECT_PRONOUNS.has(conj) || (DETERMINER_START.has(conj) || DEMAND_QUANTIFIERS.has(conj)) && articleUse || isCapitalized(words[t]) && words[t]!.readings === null) && sollenInSecondPlace(words, t, segEnd);
  if (!clause && infEnd < 0) return null;
  const to = Math.min(lastContent(t), clause ? n : infEnd - 1);
  return to >= t ? [[t, to]] : null;
}

/**
 * Nothing between a directive verb and its comma but its particle, its subject and adverbs: the
 * clause after it is the demand ("forderte die Gewerkschaft, …"), not a clause of its own after
 * what was demanded ("forderte höhere Löhne, die Beschäftigten sollten …").
 */
function nothingDemandedBefore(words: readonly Word[], c: Cue, ce: number, subject: SpeakerPhrase | null): boolean {
  for (let k = c.index + 1; k < ce; k++) {
    if (k === c.particle || subject && k >= subject.from && k <= subject.to) continue;
    const w = words[k]!;
    if (w.upper || w.inflected || w.kind !== 'word' || OBJECT_PRONOUNS.has(w.lower)) return false;
  }
  return true;
}

/**
 * A form of "sollen" as the finite verb after the first phrase of the clause: at most five
 * words in, past a relative clause on that phrase ("alle Beiträge, die gemeldet wurden, sollten …").
 */
function sollenInSecondPlace(words: readonly Word[], t: number, end: number): boolean {
  let phrase = 0;
  for (let k = t + 1; k < words.length && phrase < 5; k++, phrase++) {
    const w = words[k]!;
    if (SOLLEN_FORMS.has(w.lower)) return true;
    if (w.text === ',' && RELATIVE_PRONOUNS.has(words[k + 1]?.lower ?? '')) {
      const close = clauseEndOf(words, k + 1);
      if (words[close]?.text !== ',' || close - k > 20) return false;
      k = close;
      continue;
    }
    if (k >= end) return false;
    if (isClauseBreak(w) || w.readings !== null || AUXILIARIES_V2.has(w.lower)) return false;
  }
  return false;
}

/** An interview turn: the index of the colon after its label, and its paragraph's last sentence. */
interface Turn {
  colon: number;
  last: number;
}

/**
 * The turns of an interview printed as "Label: …" paragraphs: a paragraph whose first one to
 * three words are capitalised and followed by a colon ("Frage:", "Antwort:", "Wollenweber:").
 * Only a document with at least three such paragraphs under at least two labels, one of them
 * used twice, is laid out as an interview — not a dateline ("Berlin: …") or a single
 * "Hintergrund: …".
 */
function interviewTurns(sentences: readonly SentenceWords[]): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  const labels = new Map<string, number>();
  for (let s = 0; s < sentences.length; s++) {
    const { sentence, words } = sentences[s]!;
    if (s > 0 && sentences[s - 1]!.sentence.paragraph === sentence.paragraph) continue;
    let colon = 0;
    while (colon < 3 && colon < words.length && words[colon]!.kind === 'word' && words[colon]!.upper && words[colon]!.quote < 0) colon++;
    if (colon === 0 || words[colon]?.text !== ':' || colon + 1 >= words.length && sentences[s + 1]?.sentence.paragraph !== sentence.paragraph) continue;
    let last = s;
    while (last + 1 < sentences.length && sentences[last + 1]!.sentence.paragraph === sentence.paragraph) last++;
    turns.set(s, { colon, last });
    const label = words.slice(0, colon).map((w) => w.lower).join(' ');
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const repeated = [...labels.values()].some((n) => n >= 2);
  return turns.size >= 3 && labels.size >= 2 && repeated ? turns : new Map();
}

/** [start, end) without the white space at its edges, or null when nothing is left. */
function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The word after the last colon outside quotations in [from, to], or `from` without one. */
function afterLastColon(words: readonly Word[], from: number, to: number): number {
  for (let k = to; k > from; k--) if (words[k]!.text === ':' && words[k]!.quote < 0) return k + 1;
  return from;
}

/** The index of the first word of the sentence before `cs` that is no punctuation (a quotation mark counts). */
function firstWordAt(words: readonly Word[], cs: number): number {
  let first = 0;
  while (first < cs - 1 && isPunct(words[first]) && !isQuoteMark(words[first])) first++;
  return first;
}

/**
 * The sentence before the clause at `cs`, whose first word is at `first` (firstWordAt), opens
 * with a subordinator — not with a word that is
 * also a preposition used as one: before "zu/zum/zur" or a dative or genitive determiner
 * ("Bis zu der Beerdigung seien …", "Seit dem Frühjahr seien …", "Während des Spiels sei …",
 * but "Während die Polizei ermittelte, …").
 */
function subordinateLead(words: readonly Word[], first: number, cs: number): boolean {
  // "Selbst wenn …", "Auch wenn …", "Nur weil …": a focus particle before the subordinator.
  const at = FOCUS_PARTICLES.has(words[first]!.lower) && first + 1 < cs - 1 ? first + 1 : first;
  const lead = words[at]!.lower;
  if (!SUBORDINATORS.has(lead)) return false;
  if (!PREPOSITIONS.has(lead) && lead !== 'bis') return true;
  // The first word of that form: the lead, or the focus particle before it when it is the same
  // word (punctuation before `first` is none).
  const word = at > first && words[first]!.lower === lead ? first : at;
  // "Seit Montag ist die Kamera ausgefallen": a noun and a finite verb in second place make it
  // a main clause opened by a prepositional phrase.
  const third = words[word + 2];
  if (isCapitalized(words[word + 1]) && third !== undefined && (AUXILIARIES_V2.has(third.lower) || third.mood)) return false;
  return !PREPOSITIONAL_FOLLOWERS.has(words[word + 1]?.lower ?? '');
}

/**
 * Who holds a speech-act noun's content: its genitive ("die Forderung des Ministers"), else the
 * subject of its clause ("Die Gewerkschaft erhob die Forderung"); when the noun heads that
 * subject itself ("Ursprüngliche Pläne, …, wurden verworfen"), the noun phrase — and nobody
 * for "Es gibt Zweifel daran, ob …".
 */
function nounHolder(words: readonly Word[], c: Cue): SpeakerPhrase | null {
  if (c.source) return { from: c.source[0], to: c.source[1] };
  const cs = clauseStartOf(words, c.index);
  // "Mit der Ankündigung, …, hat der Präsident …": a fronted manner phrase with "mit".
  const frontedManner = c.index - 2 === cs && words[cs]!.lower === 'mit' && DETERMINERS.has(words[c.index - 1]!.lower);
  if (POSSESSIVES.has(words[c.index - 1]?.lower ?? '') || frontedManner) {
    // "Mit seiner Ankündigung, …, hat Donald Trump …": the possessor is the subject after the
    // finite verb that follows the fronted phrase and its content.
    const ce = clauseEndOf(words, c.index);
    const range = nounContent(words, c.index, new Set());
    const after = range ? range[0]![1] + 1 : ce;
    if (words[after]?.text === ',' && (isAuxiliary(words[after + 1]) || words[after + 1]?.readings)) {
      const np = phraseAfter(words, after + 2);
      if (np) return { from: np[0], to: np[1] };
    }
    return null;
  }
  let np = phraseBefore(words, c.index);
  // phraseBefore takes a capitalised preposition opening the sentence ("Trotz der …") along.
  if (np && PREPOSITIONS.has(words[np[0]]!.lower)) np = np[0] < c.index ? [np[0] + 1, np[1]] : null;
  if (np && np[0] <= cs) return { from: cs, to: c.index };
  // "Trotz der Ankündigung, …": a noun inside an adverbial names no holder. The noun's own
  // article opens its phrase ("bei ihrer Versammlung den Beschluss" is two phrases).
  const own = np && DETERMINERS.has(words[c.index - 1]?.lower ?? '') ? c.index - 1 : np?.[0];
  // "wandte sich an seine Anhänger mit der Aufforderung, …", "begründete dies mit dem Hinweis,
  // dass …": "mit" makes the noun the manner of the subject's own act, so the subject holds
  // it — not in a passive ("wurde mit der Forderung konfrontiert").
  const manner = own !== undefined && own - 1 > cs && words[own - 1]!.lower === 'mit' && !passiveClause(words, c.index);
  if (own !== undefined && PREPOSITIONS.has(words[own - 1]?.lower ?? '') && !manner) return null;
  // "Aus der Opposition kamen Aufrufe, …", "Von der Polizei kam die Forderung, …": where the
  // noun came from holds it.
  const origin = originBefore(words, cs, own ?? c.index);
  if (origin) return origin;
  const sp = sentenceSubject(words, cs, c.index);
  // "Die Gewerkschaft, die seit Wochen streikt, erhob die Forderung": before the insertion.
  if (!sp && cs > 1 && words[cs - 1]!.text === ',' && !isCapitalized(words[cs])) return subjectBeforeInsertion(words, cs - 1);
  // "Es ziehen 47 Prozent der Befragten die Schlussfolgerung, …": a placeholder "es" opens the
  // clause and the subject follows the verb — not after "es gibt" (nobody holds the noun).
  if (sp && sp.from === sp.to && words[sp.from]!.lower === 'es' && own !== undefined) {
    const verb = words[sp.from + 1];
    if (!verb || verb.upper || verb.kind !== 'word' || EXISTENTIAL_FORMS.has(verb.lower)) return null;
    const np = phraseAfter(words, sp.from + 2, own);
    return np && np[0] === sp.from + 2 && np[1] === own - 1 ? { from: np[0], to: np[1] } : null;
  }
  if (!sp || sp.to >= c.index || (sp.from === sp.to && words[sp.from]!.lower === 'es')) return null;
  // "Unterstützung erhält der Vorschlag, …": an opening phrase that is no referent, the noun's
  // own phrase right after the finite verb — that phrase is the subject, the noun holds itself.
  if (own !== undefined && own === sp.to + 2 && DETERMINERS.has(words[own]!.lower) && !hasMention(words, sp.from, sp.to) && !words[sp.to + 1]!.upper && words[sp.to + 1]!.kind === 'word') return { from: own, to: c.index };
  return sp;
}

/** "Aus X kamen …" / "Von X kam …" right before the noun phrase at `own`: the phrase X. */
function originBefore(words: readonly Word[], cs: number, own: number): SpeakerPhrase | null {
  let k = cs;
  while (k < own && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  const prep = words[k]?.lower ?? '';
  if (prep !== 'aus' && prep !== 'von' && prep !== 'vom') return null;
  const np = phraseAfter(words, k + 1, own);
  if (!np || np[0] !== k + 1) return null;
  // "Von dem Minister selbst liegt lediglich die Erklärung vor, …": "selbst" after the phrase,
  // adverbs before the noun's article.
  let verb = np[1] + 1;
  if (words[verb]?.lower === 'selbst') verb++;
  if (verb >= own || !COME_FORMS.has(words[verb]!.lower)) return null;
  for (let a = verb + 1; a < own; a++) if (!SKIPPABLE_ADVERBS.has(words[a]!.lower) && !ORIGIN_ADVERBS.has(words[a]!.lower)) return null;
  return { from: prep === 'vom' ? k : np[0], to: np[1] };
}

/**
 * The word at `t` ("die", "der", "denen" …) is an article, not a relative pronoun: a
 * capitalised noun follows, or an inflected adjective and then one ("…, die neue Regelung
 * …"), but no object pronoun ("…, die ihnen Recht gab").
 */
function opensNounPhrase(words: readonly Word[], t: number): boolean {
  const second = words[t + 1];
  return isCapitalized(second) || (isCapitalized(words[t + 2]) && second !== undefined && second.inflected && !OBJECT_PRONOUNS.has(second.lower));
}

/**
 * The content clause of a speech-act noun after its comma ("die Forderung, die Löhne zu
 * erhöhen", "der Vorwurf, dass …", "die Ankündigung, man werde …"): a dass/ob clause, the
 * clauses up to the first zu-infinitive, or clauses in reported mood. The sentence's own main
 * clause after it ("…, wurde zurückgewiesen") is not part of it.
 */
function nounContent(words: readonly Word[], noun: number, verbCues: ReadonlySet<number>): Array<[number, number]> | null {
  const n = words.length;
  const t = clauseEndOf(words, noun) + 1;
  if (t >= n || words[t]!.quote >= 0 || isQuoteMark(words[t]) || verbCues.has(t)) return null;
  const conj = words[t]!.lower;
  if ((RELATIVE_PRONOUNS.has(conj) || conj === 'denen' || conj === 'wonach') && !opensNounPhrase(words, t)) return null;
  if (SUBORDINATORS.has(conj) || PURPOSE_LEADS.has(conj) || relativeSource(words, t) >= 0) return null;
  const segEnd = clauseEndOf(words, t);
  if (conj === 'dass' || conj === 'daß' || conj === 'ob') return [[t, segEnd - 1]];
  // Up to three clauses (a relative clause may stand inside) ending in the zu-infinitive.
  let from = t;
  for (let hop = 0; hop < 3 && from < n; hop++) {
    const end = clauseEndOf(words, from);
    if (hasZuInfinitive(words, from, end)) return [[t, end - 1]];
    if (words[end]?.text !== ',') break;
    from = end + 1;
  }
  if (!hasReportedMood(words, t, segEnd, { konjunktivII: true, reportive: true })) return null;
  let to = segEnd;
  while (words[to]?.text === ',' && to + 1 < n && !verbCues.has(to + 1) && hasReportedMood(words, to + 1, clauseEndOf(words, to + 1), { konjunktivII: true, reportive: true })) to = clauseEndOf(words, to + 1);
  return [[t, to - 1]];
}

/**
 * After a comma or connective at `k`: a clause in the indicative holding a speech verb and
 * ending in a comma or colon ("doch der Sprecher erklärte,", "und kündigte an,") — a speech act
 * of its own. Not an attribution ("wie X betonte"), a relative, content or subordinate clause,
 * or reported speech ("er habe erklärt,").
 */
function newSpeechAct(words: readonly Word[], k: number, verbCues: ReadonlySet<number>): boolean {
  let m = k + 1;
  if (words[k]!.text === ',' && CONNECTIVES.has(words[m]?.lower ?? '')) m++;
  const lead = words[m]?.lower ?? '';
  // "…, die der Verband erhob" is a relative clause; "…, doch die Polizei erklärte" is not.
  const relative = RELATIVE_PRONOUNS.has(lead) && m === k + 1 && !isCapitalized(words[m + 1]);
  if (!lead || lead === 'wie' || lead === 'so' || relative || CONTENT_CONJUNCTIONS.has(lead) || SUBORDINATORS.has(lead) || PURPOSE_LEADS.has(lead)) return false;
  const e = clauseEndOf(words, m);
  const end = words[e];
  if (!end || !(end.text === ',' || end.text === ':') || e + 1 >= words.length) return false;
  if (!hasVerbCue(verbCues, m, e) || hasReportedMood(words, m, e, { konjunktivII: true, reportive: true })) return false;
  return true;
}

/**
 * The start of "wie X, <apposition>, mitteilte" when the verb at `cs` opens its clause after
 * the apposition: a segment "wie" + noun phrase, then at most two appositions, then the verb.
 */
function wieBeforeApposition(words: readonly Word[], cs: number): number | null {
  let end = cs - 1; // the comma before the verb
  for (let hop = 0; hop < 3 && end > 1 && words[end]!.text === ','; hop++) {
    const seg = clauseStartOf(words, end - 1);
    const lead = words[seg]!.lower;
    if (lead === 'wie') {
      const np = phraseAfter(words, seg + 1, end);
      return hop > 0 && np && np[0] === seg + 1 && np[1] >= end - 1 ? seg : null;
    }
    // An apposition: a short noun phrase without a verb of its own.
    const np = phraseAfter(words, seg, end);
    if (!np || np[0] !== seg || end - seg > 10) return null;
    end = seg - 1;
  }
  return null;
}

/**
 * "Das erklärte General X", "Dies bestätigte der Parteichef am Abend": a demonstrative object
 * opens the sentence, the speech verb (or its auxiliary) follows, and the subject stands after
 * it — the sentence attributes what was said just before.
 */
function pointsBack(words: readonly Word[], c: Cue, subject: SpeakerPhrase): boolean {
  const first = words[0]!.lower;
  if (first !== 'das' && first !== 'dies' && first !== 'dieses') return false;
  const verbAt = c.index === 1 || (isAuxiliary(words[1]) && c.index > 1);
  return verbAt && subject.from > 1 && !words.some((w) => w.quote >= 0);
}

/**
 * "Das ist das Ergebnis einer Studie der Universität X", "Dies war die Botschaft des
 * Ministers", "Das geht aus einem Bericht der Behörde hervor": a sentence that opens with a
 * demonstrative subject and says whose statement or document the sentence before was. The
 * phrase must be headed by a noun of saying or documenting (de/nouns.ts: source, document,
 * statement) and the sentence must hold nothing but it (and a relative clause on it).
 */
function statementAfterwards(words: readonly Word[]): { phrase: SpeakerPhrase; verb: number; lemma: string } | null {
  if (words.length < 4 || !DEMONSTRATIVE_SUBJECTS.has(words[0]!.lower) || words.some((w) => w.quote >= 0)) return null;
  const verb = words[1]!;
  let from = 2;
  let lemma = 'sein';
  if (verb.lower === 'geht' || verb.lower === 'ging') {
    if (words[2]!.lower !== 'aus') return null;
    from = 3;
    lemma = 'hervorgehen';
  } else if (!INDICATIVE_COPULAS.has(verb.lower)) return null;
  while (from < words.length && SKIPPABLE_ADVERBS.has(words[from]!.lower)) from++;
  const np = phraseAfter(words, from);
  if (!np || np[0] !== from) return null;
  // The head: the first capitalised word of the phrase (after determiners and adjectives).
  let head = -1;
  for (let k = np[0]; k <= np[1]; k++) if (words[k]!.upper && words[k]!.kind === 'word') { head = k; break; }
  if (head < 0 || (words[head]!.nouns & STATEMENT_HEADS) === 0) return null;
  // Nothing after the phrase but "hervor", a relative clause or apposition after a comma, and the final dot.
  let end = np[1] + 1;
  if (lemma === 'hervorgehen') {
    while (end < words.length && SKIPPABLE_ADVERBS.has(words[end]!.lower)) end++;
    if (words[end]?.lower !== 'hervor') return null;
    end++;
  }
  const rest = words[end];
  if (rest && rest.text !== ',' && !(isPunct(rest) && end === words.length - 1)) return null;
  return { phrase: { from: np[0], to: np[1] }, verb: 1, lemma };
}
const STATEMENT_HEADS = NOUN_ROLE.source | NOUN_ROLE.document | NOUN_ROLE.statement;

/**
 * "Trotz aller Kritik an den Sendern, die …, erklärte die OSZE": the sentence opens with a
 * prepositional phrase whose first clause has no Konjunktiv — an adverbial, not a statement
 * ("Nach Ansicht der Experten sei die Lage ernst, sagte er" is one).
 */
function frontedAdverbial(words: readonly Word[], cs: number): boolean {
  let first = 0;
  while (first < cs - 1 && isPunct(words[first]) && !isQuoteMark(words[first])) first++;
  if (!PREPOSITIONS.has(words[first]!.lower)) return false;
  const end = clauseEndOf(words, first);
  return end < cs - 1 && !hasReportedMood(words, first, end, { konjunktivII: true, reportive: true });
}

function hasAuxiliaryBefore(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isAuxiliary(words[k])) return true;
  return false;
}

function hasVerbCue(verbCues: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (verbCues.has(k)) return true;
  return false;
}

/** "sagte er", "erklärte zudem der Minister": an inverted verb with its subject after it. */
function subjectFollows(words: readonly Word[], v: number): boolean {
  let m = v + 1;
  while (m < words.length && m < v + 4 && SKIPPABLE_ADVERBS.has(words[m]!.lower)) m++;
  return phraseAfter(words, m) !== null;
}

/**
 * A zu-infinitive clause opening at `t`: the zu-infinitive in its first clause, or after an
 * embedded relative clause or apposition ("den Plan, der … vorsieht, zu stoppen") — not in a
 * later clause of its own ("wie geplant 13 Minuten, doch …, um … zu gelangen").
 */
function infinitiveClause(words: readonly Word[], t: number, verbCues: ReadonlySet<number>): number {
  let from = t;
  for (let hop = 0; hop < 4 && from < words.length; hop++) {
    let end = clauseEndOf(words, from);
    // A time or score ("19:55 Uhr") is no colon of the sentence.
    while (words[end]?.text === ':' && words[end - 1]?.kind === 'number' && words[end + 1]?.kind === 'number') end = clauseEndOf(words, end + 1);
    if (hasZuInfinitive(words, from, end)) return infinitiveEnd(words, end);
    if (words[end]?.text !== ',') return -1;
    // A reason or time clause with a speech verb of its own ("…, da die Partei angekündigt
    // hatte, … zu verhandeln"): the infinitive after it is that verb's content.
    if (CAUSAL_LEADS.has(words[from]!.lower) && hasVerbCue(verbCues, from, end)) return -1;
    from = end + 1;
    // A clause of its own follows ("…, doch …", "…, um … zu …"): the infinitive is not ours.
    if (NEW_CLAUSE_LEADS.has(words[from]?.lower ?? '')) return -1;
  }
  return -1;
}

/**
 * Where a zu-infinitive clause ending at `end` stops: before a following clause opened by a
 * finite verb ("…, öffneten sie die Türen") — not before a further infinitive, a relative
 * clause or a "um … zu" that may still belong to it.
 */
function infinitiveEnd(words: readonly Word[], end: number): number {
  const next = words[end + 1];
  if (words[end]?.text === ',' && next && (isAuxiliary(next) || next.readings !== null && !next.inflected || FINITE_AFTER_COMMA.test(next.lower)) && !hasZuInfinitive(words, end + 1, clauseEndOf(words, end + 1))) return end;
  return words.length;
}
const FINITE_AFTER_COMMA = /^\p{Ll}+(te|ten|t)$/u;

/** The words [t, end) are one noun phrase: an apposition, not a clause. */
function apposition(words: readonly Word[], t: number, end: number): boolean {
  const np = phraseAfter(words, t, end);
  return np !== null && np[1] >= end - 1;
}

function hasZuInfinitive(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.quote >= 0) continue;
    const next = words[k + 1];
    // "zu sein", "zu tun" end otherwise than other infinitives; "zu den Wahlen" is a preposition.
    if (w.lower === 'zu' && next && next.quote < 0 && !next.upper && !DETERMINER_START.has(next.lower) && !ZU_ARTICLES.has(next.lower) && (/(en|ern|eln)$/.test(next.lower) || ZU_SHORT_INFINITIVES.has(next.lower))) return true;
    // Separable verbs take zu inside: abzubauen, bereitzustellen, einzuleiten, zurückzutreten, zuzugeben.
    if (/^\p{Ll}{2,}zu\p{Ll}{2,}(en|ern|eln)$/u.test(w.text)) return true;
  }
  return false;
}

/** A range that is nothing but a direct quotation (already a quote of its own). */
function isDirectOnly(words: readonly Word[], from: number, to: number): boolean {
  let outside = 0;
  for (let k = from; k <= to; k++) if (words[k]!.quote < 0 && !isPunct(words[k])) outside++;
  return outside === 0;
}

/**
 * Attribution afterwards ("Das erklärte X.", "Das ist das Ergebnis einer Umfrage des X."): the
 * previous sentence's quotes without a cue or speaker of their own get this speaker and cue; a
 * previous sentence without a quote is itself the reported statement.
 */
function attributePreviousSentence(found: FoundQuote[], prev: SentenceWords, speaker: SpeakerRef, cue: FoundQuote['cue']): void {
  // found is in text order: look back only over the previous sentence's quotes.
  const prevQuotes: FoundQuote[] = [];
  for (let f = found.length - 1; f >= 0 && found[f]!.sentence >= prev.sentence.index; f--) {
    const q = found[f]!;
    if (q.sentence === prev.sentence.index && (q.cue === null || q.speaker === null)) prevQuotes.push(q);
  }
  if (prevQuotes.length > 0) {
    for (const f of prevQuotes) {
      f.speaker = speaker;
      f.cue = cue;
    }
  } else if (prev.sentence.kind !== 'headline' && !(found.length > 0 && found[found.length - 1]!.sentence >= prev.sentence.index) && prev.words.filter((w) => !isPunct(w)).length >= 4) {
    const span = offsetsOf(prev.words, 0, prev.words.length - 1);
    if (span) found.push({ type: 'indirect', ...span, sentence: prev.sentence.index, speaker, cue, confidence: 0.7, group: 0 });
  }
}

function offsetsOf(words: readonly Word[], from: number, to: number): { start: number; end: number } | null {
  while (from <= to && (isPunct(words[from]) && !isQuoteMark(words[from]))) from++;
  while (to >= from && (isPunct(words[to]) && !isQuoteMark(words[to]) && words[to]!.text !== ')')) to--;
  if (to < from) return null;
  return { start: words[from]!.start, end: words[to]!.end };
}

function refOf(words: readonly Word[], phrase: SpeakerPhrase | null): SpeakerRef | null {
  if (!phrase) return null;
  let { from, to } = phrase;
  // A source named in quotation marks („Reuters“): the name without the marks.
  if (isQuoteMark(words[from]) && to > from + 1) {
    from++;
    to--;
  }
  // "der „Arbeitskreis Datenschutz“ der Polizei": a quoted name is the head; the genitive
  // after it is an attribute, not the speaker.
  if (to > from + 2 && DETERMINER_START.has(words[from]!.lower) && isQuoteMark(words[from + 1]) && words[from + 1]!.quote >= 0) {
    const q = words[from + 1]!.quote;
    let close = from + 2;
    while (close < to && !(words[close]!.quote === q && isQuoteMark(words[close]))) close++;
    if (close < to) to = close;
  }
  const first = words[from]!;
  // A relative pronoun ("…, der den Plan als „Irrweg“ bezeichnete", "Studien, nach denen …"):
  // the mention is the pronoun as written, the referent its antecedent before the comma.
  if (from === to && !first.mention) {
    const antecedent = antecedentOf(words, from);
    if (antecedent) {
      const ref = refOf(words, { from: antecedent[0], to: antecedent[1] })!;
      return { ...ref, written: { start: first.start, end: first.end } };
    }
  }
  let mention = false;
  let document = false;
  let documentHead = false;
  let headSeen = false;
  let headMention = false;
  let headStatement = false;
  let referentFrom: number | undefined;
  for (let k = from; k <= to; k++) {
    const w = words[k]!;
    if (w.mention) mention = true;
    if (w.upper && !document && (w.nouns & NOUN_ROLE.document) !== 0) document = true;
    // The head: the first capitalised word (determiners and adjectives before it are lower case).
    if (!headSeen && w.upper && w.kind === 'word' && !(k === from && DETERMINER_START.has(w.lower))) {
      headSeen = true;
      documentHead = !w.mention && (w.nouns & NOUN_ROLE.document) !== 0;
      // A source or statement noun followed by a genitive ("Angaben der Polizei", "Vorschlag
      // des Ministers") is no name even when the entities layer made it a mention: its
      // referent is in the attribute.
      const attribute = words[k + 1];
      if (w.mention && !documentHead && k < to && (w.nouns & (NOUN_ROLE.source | NOUN_ROLE.statement)) !== 0 && attribute && GENITIVE_ARTICLES.has(attribute.lower)) {
        documentHead = true;
        referentFrom = words[k + 1]!.start;
      }
      headMention = w.mention && !documentHead;
      // A statement noun's genitive names the speaker ("die Ankündigung des Ministers").
      headStatement = (w.nouns & NOUN_ROLE.statement) !== 0;
    }
  }
  const pronoun = from === to && PRONOUN_SPEAKERS.has(first.lower);
  // A single word that cannot refer ("Darüber", "Monatelang"; not a web domain: "ndr.de"), or an opinion noun taken
  // for its holder ("der Ansicht"): no speaker.
  const head = words[to]!;
  const junk = !mention && !document && ((from === to && relativeComma(words, from) < 0 && (NON_REFERRING.has(first.lower) || first.lowerInitial && !pronoun && !first.domain || first.adverbEnding)) || (head.nouns & NOUN_ROLE.opinion) !== 0);
  // "es" before a form of sein/werden or "drohen" is expletive or stands for a proposition
  // ("Es ist geplant, dass …", "Es wurde bekannt", "Es drohe …"); before another verb it can
  // stand for a neuter referent ("Das Gericht … Es weist den Vorwurf zurück").
  const expletive = pronoun && isExpletiveEs(words, phrase);
  const attributeOnly = mention && headSeen && !headMention && !document && !headStatement && mentionsOnlyInAttribute(words, from, to);
  const ref: SpeakerRef = { start: first.start, end: words[to]!.end, pronoun, mention, document, junk: junk || expletive, documentHead, attributeOnly };
  if (referentFrom !== undefined) ref.referentFrom = referentFrom;
  return ref;
}

/** Every mention in [from, to] stands after a genitive article or "von" that follows the head. */
function mentionsOnlyInAttribute(words: readonly Word[], from: number, to: number): boolean {
  let attached = false;
  for (let k = from + 1; k <= to; k++) {
    const w = words[k]!;
    if (ATTRIBUTE_LINKS.has(w.lower)) attached = true;
    if (w.mention && !attached) return false;
  }
  return attached;
}

/**
 * A speaker phrase that can speak: a mention of the entities layer (person, organisation,
 * group, place as actor), a personal or relative pronoun, a source written as "demnach" or
 * "eigenen Angaben", or a document or medium. Not an adverb ("Darüber", "Monatelang"), an
 * object or a thing ("Der Kleinbus", "ein Streik") that word order put where a subject stands.
 */
/** The speaker phrase of a cue as a reference, or null when the phrase cannot speak. */
function speakerRef(words: readonly Word[], phrase: SpeakerPhrase | null): SpeakerRef | null {
  const ref = refOf(words, phrase);
  return ref && canSpeak(ref) ? ref : null;
}

/** "Es ist geplant", "Es wurde bekannt", "Es drohe": "es" before sein, werden or drohen; generic "man". */
function isExpletiveEs(words: readonly Word[], phrase: SpeakerPhrase | null): boolean {
  if (phrase === null || phrase.from !== phrase.to) return false;
  const lower = words[phrase.from]!.lower;
  // Generic "man" names nobody either, like an agentless passive ("geht man davon aus, dass …").
  if (lower === 'man') return true;
  return lower === 'es' && EXPLETIVE_ES_VERBS.has(words[phrase.from + 1]?.lower ?? '');
}

/** The subject of an evidence verb that can report: a referent, a pronoun or a document. */
function speakerCanReport(words: readonly Word[], sp: SpeakerPhrase): boolean {
  const ref = refOf(words, sp);
  return ref !== null && !ref.junk && (ref.mention || ref.pronoun || ref.document || ref.written !== undefined);
}

function canSpeak(ref: SpeakerRef): boolean {
  return ref.written !== undefined || !ref.junk;
}

/**
 * The antecedent of a relative pronoun at `i`: the noun phrase right before the comma that
 * opens the relative clause ("die Feministin Alice Schwarzer, die …", "Studien der Charité,
 * nach denen …"), or null when `i` is no relative pronoun in that position.
 */
function antecedentOf(words: readonly Word[], i: number): [number, number] | null {
  const comma = relativeComma(words, i);
  if (comma < 1) return null;
  const np = phraseBefore(words, comma - 1);
  return np && np[1] === comma - 1 ? np : null;
}

/** The comma opening the relative clause of a relative pronoun at `i` (", der", ", nach denen"), or -1. */
function relativeComma(words: readonly Word[], i: number): number {
  if (!RELATIVE_PRONOUNS.has(words[i]!.lower) && !SOURCE_ONLY_RELATIVES.has(words[i]!.lower)) return -1;
  let comma = i - 1;
  const before = words[comma]?.lower ?? '';
  if (PREPOSITIONS.has(before) || before === 'laut' || before === 'gemäß') comma--;
  return comma >= 0 && words[comma]!.text === ',' ? comma : -1;
}

function cueOf(words: readonly Word[], c: Cue): FoundQuote['cue'] {
  const w = words[c.index]!;
  return { start: w.start, end: w.end, lemma: c.lemma };
}

/**
 * The referent of "Demnach …" or of "…, wonach …" after a verb: a statement or document
 * phrase earlier in the sentence ("Vorwürfe wurden laut, …, sie wären demnach …", "hat
 * Meldungen der Zeitung zurückgewiesen, wonach …"), else in the sentence before ("Das geht aus
 * dem Urteil hervor. Demnach …"). A document that the previous sentence's speaker only
 * published or gave ("veröffentlichte einen Bericht") yields that speaker. After "wonach"
 * with no statement in view, the sentence's subject ("hatte der Minister die Erlaubnis
 * gegeben, …, wonach …").
 */
function anaphoricSource(sentences: readonly SentenceWords[], s: number, c: Cue, previousSpeaker: SpeakerRef | null): SpeakerRef | null {
  const words = sentences[s]!.words;
  const here = c.index > 1 ? statementPhrase(words, 0, c.index) : null;
  if (here) return refOf(words, { from: here.phrase[0], to: here.phrase[1] });
  if (c.lemma === 'wonach') {
    const subject = refOf(words, sentenceSubject(words, 0, c.index));
    return subject && subject.mention ? subject : null;
  }
  const prev = s > 0 ? sentences[s - 1]! : null;
  const there = prev && prev.sentence.kind !== 'headline' ? statementPhrase(prev.words, 0, prev.words.length) : null;
  if (there && there.own) return refOf(prev!.words, { from: there.phrase[0], to: there.phrase[1] });
  if (previousSpeaker || !there) return previousSpeaker;
  // "Das Amt gab einen Kommentar ab. Demnach …": the one who gave the statement.
  const giver = refOf(prev!.words, sentenceSubject(prev!.words, 0, there.phrase[0]));
  return giver && giver.mention && !giver.pronoun ? giver : refOf(prev!.words, { from: there.phrase[0], to: there.phrase[1] });
}

function asPhrase(range: [number, number] | null): SpeakerPhrase | null {
  return range ? { from: range[0], to: range[1] } : null;
}

/**
 * The phrase lies outside the last quotes found (those of this sentence and the ones before),
 * given by their offsets (lastQuoteSpans). A free indirect run merged over several sentences
 * starts early but reaches this one, so look back over the last few quotes rather than this
 * sentence's only.
 */
function outsideQuotes(quotes: readonly number[], ref: SpeakerRef): boolean {
  for (let k = 0; k < quotes.length; k += 2) if (quotes[k]! < ref.end && ref.start < quotes[k + 1]!) return false;
  return true;
}

/** The clause of word `i` is passive: a form of "werden" with the participle ("Die Männer werden beschuldigt"). */
function passiveClause(words: readonly Word[], i: number): boolean {
  const start = clauseStartOf(words, i);
  const end = clauseEndOf(words, i);
  let present = false;
  for (let k = start; k < end; k++) {
    const lower = words[k]!.lower;
    if (!PASSIVE_AUXILIARIES.has(lower)) continue;
    if (!FUTURE_AUXILIARIES.has(lower)) return true;
    present = true;
  }
  // "wird"/"werden" is a passive only with a participle; without one it is the future
  return present && hasParticiple(words, start, end);
}

/**
 * A lower-case word of words[from, to) in the shape of a past participle: ge-…-t/-en
 * ("gesehen", "angekündigt"), -iert ("kritisiert"), or an inseparable prefix with -t or -en
 * ("bestätigt", "beschlossen") that is not the infinitive of a speech verb ("wird erklären").
 */
function hasParticiple(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.upper || w.kind !== 'word') continue;
    const shape = w.facts.participle;
    if ((shape & PARTICIPLE.ge) !== 0 || w.lower.endsWith('iert')) return true;
    if ((shape & PARTICIPLE.inseparable) !== 0 && !isSpeechInfinitive(w)) return true;
    if ((shape & PARTICIPLE.t) !== 0 && INSEPARABLE_T.test(w.lower)) return true;
  }
  return false;
}

/** An inseparable prefix, a stem and -t: a weak participle without ge- ("erklärt", "verkauft"; not "erst"). */
const INSEPARABLE_T = /^(?:be|ver|er|ent|zer|emp|miss)\p{L}{3,}t$/u;

/** The word is the lemma of one of its speech-verb readings: an infinitive ("erklären"). */
function isSpeechInfinitive(w: Word): boolean {
  const readings = w.readings;
  if (readings === null) return false;
  for (const r of readings) if (r.verb.lemma === w.lower) return true;
  return false;
}

/** The clause of word `i` is in reported mood (Konjunktiv I or reportive "soll"). */
function reportedClause(words: readonly Word[], i: number, chained: boolean): boolean {
  return hasReportedMood(words, clauseStartOf(words, i), clauseEndOf(words, i), { konjunktivII: chained, reportive: true });
}

/** "…, in der es heißt: „…“", "Darin hieß es: „…“": "heißt es" in the clause before the colon. */
function impersonalBefore(cues: readonly Cue[], words: readonly Word[], colon: number): Cue | null {
  const start = clauseStartOf(words, colon - 1);
  for (const c of cues) if (c.kind === 'impersonal' && c.index >= start && c.index < colon) return c;
  return null;
}

/** A quote of sentence `index` has no speaker (found is in text order: look back over that sentence). */
function speakerlessReport(found: readonly FoundQuote[], index: number): boolean {
  for (let f = found.length - 1; f >= 0 && found[f]!.sentence >= index; f--) if (found[f]!.speaker === null) return true;
  return false;
}

/** Word `k` is a form of the list, its particle (if split) later in [k, end), its companion (if any) in [from, end). */
function verbFormAt(words: readonly Word[], k: number, from: number, end: number, forms: ReadonlyMap<string, readonly ListedVerb[]>): boolean {
  const readings = forms.get(words[k]!.lower);
  if (!readings) return false;
  for (const r of readings) {
    if (r.particle !== '' && !hasWord(words, k + 1, end, r.particle)) continue;
    if (r.requires.length > 0 && !r.requires.some((c) => hasWord(words, from, end, c))) continue;
    return true;
  }
  return false;
}

function hasWord(words: readonly Word[], from: number, end: number, lower: string): boolean {
  for (let j = from; j < end; j++) if (words[j]!.lower === lower) return true;
  return false;
}

/**
 * The clause of the subject `phrase` (outside quotations and the phrase) makes the subject a
 * source: it has a speech verb, a verb of investigation, publication, assessment or decision,
 * or a predicative adjective of attitude; or it has no verb of state, origin, possession,
 * transfer or motion (de/source-verbs.ts).
 */
function sourceVerbIn(words: readonly Word[], phrase: SpeakerPhrase, cues: readonly Cue[]): boolean {
  const from = clauseStartOf(words, phrase.from);
  const end = clauseEndOf(words, phrase.to);
  for (const c of cues) if (c.kind === 'verb' && c.index >= from && c.index < end) return true;
  let state = false;
  for (let k = from; k < end; k++) {
    if (k >= phrase.from && k <= phrase.to) continue;
    const w = words[k]!;
    if (w.quote >= 0 || w.upper) continue;
    if (ATTITUDE_ADJECTIVES.has(w.lower) || verbFormAt(words, k, from, end, SOURCE_VERB_FORMS)) return true;
    if (verbFormAt(words, k, from, end, NON_SOURCE_VERB_FORMS)) state = true;
  }
  return !state;
}

/**
 * The agent of a passive clause whose verb makes a source ("wird von der Staatsanwaltschaft
 * ermittelt", "wurden von der Polizei festgenommen", "wurde vom Ministerium veröffentlicht"):
 * "von/vom" and a referent of the entities layer, in a clause with a passive auxiliary and a
 * speech verb or a verb of investigation, publication, assessment or decision. Not "von" after
 * the noun of a prepositional phrase ("unter der Leitung von X").
 */
function passiveSourceAgent(words: readonly Word[], cues: readonly Cue[]): SpeakerRef | null {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || (w.lower !== 'von' && w.lower !== 'vom')) continue;
    const prev = words[k - 1];
    if (prev && prev.upper && prev.kind === 'word' && k >= 2 && (PREPOSITIONS.has(words[k - 2]!.lower) || DETERMINERS.has(words[k - 2]!.lower))) continue;
    const np = phraseAfter(words, k + 1);
    if (!np || np[0] !== k + 1) continue;
    const agent = refOf(words, { from: np[0], to: np[1] });
    if (!agent || !agent.mention || agent.pronoun || agent.junk) continue;
    const from = clauseStartOf(words, k);
    const end = clauseEndOf(words, k);
    let passive = false;
    let source = cues.some((c) => c.kind === 'verb' && c.index >= from && c.index < end);
    for (let j = from; j < end; j++) {
      if (PASSIVE_AUXILIARIES.has(words[j]!.lower)) passive = true;
      if (!source && !words[j]!.upper && verbFormAt(words, j, from, end, SOURCE_VERB_FORMS)) source = true;
    }
    if (passive && source) return agent;
  }
  return null;
}

/**
 * "Spiegel Online berichtet vom Einsturz …", "Die Zeitung hat über … berichtet": a sentence
 * opened by its subject, a referent or document, with a verb of reporting
 * (`REPORTING_VERB_LEMMAS`) in the present or perfect and no content of its own or quotation —
 * an attribution of what was just reported. Not the preterite or pluperfect ("Die Zeitung
 * hatte im Juli berichtet"): that tells an earlier report.
 */
function sourceReportsBefore(words: readonly Word[], c: Cue, sp: SpeakerPhrase, speaker: SpeakerRef): boolean {
  if (sp.from !== 0 || !REPORTING_VERB_LEMMAS.has(c.lemma) || speaker.pronoun || !(speaker.mention || speaker.document)) return false;
  const verb = words[c.index]!.lower;
  if (verb.endsWith('te') || verb.endsWith('ten')) return false;
  for (const w of words) if (w.quote >= 0 || PAST_AUXILIARIES.has(w.lower)) return false;
  return true;
}
