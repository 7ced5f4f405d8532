/**
 * Verb forms the quote stage reads by form, not through the speech-verb lexicon: copulas,
 * auxiliaries, modals, conditional Konjunktiv II and a few frequent verbs whose forms decide
 * a rule ("kommen", "geben", "lassen"). Each list is made for one rule; the notes say what it
 * covers and what it leaves out. Lower case. Forms of speech verbs are in
 * verb-forms.generated.ts; Konjunktiv classes shared with mood.ts are in cues.ts
 * (STRONG_KONJUNKTIV, KONJUNKTIV_II_REPORTED, REPORTIVE_MODALS). Hand-written for wortlaut.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

// ─── Copulas ──────────────────────────────────────────────────────────────────────────────

/**
 * Indicative present and past of "sein": the narrator's own "Das ist/war das Ergebnis einer
 * Studie …" (extract.ts, statementAfterwards), which names whose statement the sentence
 * before was. Only the indicative: with "sei", "wäre" that sentence is itself reported
 * speech, not the narrator pointing back to a source.
 */
export const INDICATIVE_COPULAS = words('ist war sind waren');
/**
 * Copulas of a judgement with a "für" holder ("Für den Minister ist die Lage „alarmierend“",
 * "… war für die Lehrerverbände „Wortbruch“", extract.ts, forHolder): INDICATIVE_COPULAS, the
 * Konjunktiv I and II of "sein" (a judgement reported in indirect speech still has its
 * holder) and "bleiben". Not "werden".
 */
export const COPULAS: ReadonlySet<string> = new Set([...INDICATIVE_COPULAS, ...words('sei seien wäre wären'), ...words('bleibt blieb')]);

// ─── Auxiliaries ──────────────────────────────────────────────────────────────────────────

/**
 * Finite auxiliaries and modals (haben, sein, werden, sollen, wollen, können, müssen, dürfen,
 * mögen) in the indicative and Konjunktiv forms of news text: a verb-second finite verb that
 * is no speech verb itself ("hat … gesagt", "soll … erklärt haben"). Not infinitives or
 * participles, and not every person ("habt", "seid" are rare in news).
 */
export const AUXILIARIES = words(`hat hatte haben hatten habe hätte hätten ist war sind waren sei seien wäre wären
  wird wurde werden wurden würde würden werde soll sollen sollte sollten will wollte
  wollen wollten kann konnte können konnten muss musste müssen mussten dürfte dürften könnte
  könnten möchte möchten mag darf`);
/**
 * Finite auxiliaries and modals that, met in the first words of a clause before a form of
 * "sollen", show that "sollen" is not its verb in second place (extract.ts,
 * sollenInSecondPlace). Narrower than AUXILIARIES: indicative present and preterite of haben,
 * sein, werden, and the present of können, müssen, wollen.
 */
export const AUXILIARIES_V2 = words('ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können muss müssen will wollen');
/** Forms of "haben" and "sein": they take a participle or a predicate, never an infinitive. Indicative present and preterite. */
export const HABEN_SEIN_FORMS = words('hat hatte haben hatten ist war sind waren');
/**
 * Past auxiliaries (pluperfect, past of "sein"): a sentence with one tells what happened, so a
 * "berichtet" in it does not point back to a source of what was reported (extract.ts).
 * The preterite part of HABEN_SEIN_FORMS.
 */
export const PAST_AUXILIARIES = words('hatte hatten war waren');
/**
 * Passive "werden" in the indicative and the participle "worden": a passive clause has no agent
 * as its subject. extract.ts (passiveClause, introducingSubject, passiveSourceAgent) looks for
 * one anywhere in a clause; only passiveClause also asks for a participle, and only for the
 * present forms (FUTURE_AUXILIARIES). So the list stays indicative.
 * "werde", "würde(n)" are mostly the auxiliary of the future or the conditional ("man werde
 * klagen", "würde … sehen"), not of a passive. Taken as passive, "Der Minister würde im Urteil
 * eine Bestätigung sehen: „…“" gives the quote to "Urteil", because an introducer in the
 * passive gives the words to the document it names. A clause in Konjunktiv is reported or
 * hypothetical anyway, and the call sites test that first (hasReportedMood), so it needs no
 * passive test. Tried with the Konjunktiv forms in all three rules: the output was identical
 * on SpkAtt and on the project's gold.
 */
export const PASSIVE_AUXILIARIES = words('wurde wurden wird werden worden');
/**
 * The present forms of PASSIVE_AUXILIARIES, which are also the auxiliary of the future ("Der
 * Minister wird im Urteil eine Bestätigung sehen: „…“"): passiveClause (extract.ts) counts
 * them only with a participle in the clause. The preterite "wurde(n)" and "worden" are no
 * future (as a full verb, "wurde Präsident", they stay counted, as before).
 */
export const FUTURE_AUXILIARIES = words('wird werden');
/**
 * Passive "werden" before or after a participle speech verb (cues.ts, isPassive):
 * PASSIVE_AUXILIARIES and the Konjunktiv forms "werde", "würde(n)" ("es werde berichtet",
 * "würde gefordert"). There the speech verb must be a participle, with the auxiliary earlier
 * in its clause or right after it ("gefordert würde"). An infinitive ("werde fordern") is
 * not a participle, so the future and the conditional are not counted. The rules in
 * extract.ts that take PASSIVE_AUXILIARIES stay indicative (see there).
 */
export const PASSIVE_AUXILIARIES_WITH_KONJUNKTIV: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, ...words('würde würden werde')]);

// ─── Modal and conditional forms ──────────────────────────────────────────────────────────

/**
 * Finite verbs that open a conditional clause without "wenn" when a comma follows ("Hätte er
 * …, so …", "Sollte es regnen, …"): Konjunktiv II of haben, sein, werden, können, müssen,
 * kommen, geben and "sollte(n)". Unlike KONJUNKTIV_II_REPORTED (cues.ts) without "dürfte(n)",
 * which does not open such a clause, and with "sollte(n)", which does.
 */
export const CONDITIONAL_VERBS = words('hätte hätten wäre wären würde würden sollte sollten könnte könnten müsste müssten käme kämen gäbe gäben');
/**
 * Finite "sollen" after the first phrase of a clause (a demand or plan: "Die Steuern sollen
 * sinken"). REPORTIVE_MODALS (cues.ts: "soll", "sollen") with the preterite and Konjunktiv II.
 */
export const SOLLEN_FORMS = words('soll sollen sollte sollten');

// ─── Other verbs read by form ─────────────────────────────────────────────────────────────

/** Forms of "kommen" and "vorliegen" ("Von X kommt die Forderung, …", "Von X liegt die Erklärung vor, …"). Finite forms only. */
export const COME_FORMS = words('kommt kommen kam kamen komme käme kämen liegt liegen lag lagen liege');
/** Forms of "es gibt": existential, no subject after the verb. Third person singular only. */
export const EXISTENTIAL_FORMS = words('gibt gab gebe gäbe');
/** Forms of "lassen" as a finite auxiliary ("ließ mitteilen", "lässt ausrichten"), old spelling "läßt" included. */
export const LASSEN_FORMS = words('ließ ließen lässt läßt lassen ließe');
/** Short infinitives after "zu" that do not end in -en/-ern/-eln ("zu sein", "zu tun"). */
export const ZU_SHORT_INFINITIVES = words('sein tun');
