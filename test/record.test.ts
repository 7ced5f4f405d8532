import { describe, expect, it } from 'vitest';
import { codePointOffsets, codePointToUtf16 } from '../pipeline/core/offsets.js';
import { createDoc } from '../pipeline/core/document.js';
import { toRecord } from '../pipeline/core/record.js';
import { span, TextSpan } from '../pipeline/core/span.js';
import { annotate, sliceCodePoints } from './helpers/run.js';

describe('code point offsets at the output edge', () => {
  it('maps UTF-16 offsets after astral characters to code points', () => {
    const text = 'A😀B👍🏽C';
    const map = codePointOffsets(text);
    expect(map.toCodePoint(0)).toBe(0);
    expect(map.toCodePoint(1)).toBe(1); // before 😀
    expect(map.toCodePoint(3)).toBe(2); // after 😀 (two code units)
    expect(map.toCodePoint(text.length)).toBe([...text].length);
  });

  it('round-trips through codePointToUtf16', () => {
    const text = 'Putin 🇷🇺 und Selenskyj 🇺🇦 – e\u0301 ✓';
    const map = codePointOffsets(text);
    for (let i = 0; i <= text.length; i++) {
      const isLowSurrogate = i > 0 && /[\udc00-\udfff]/.test(text[i] ?? '') && /[\ud800-\udbff]/.test(text[i - 1]!);
      if (isLowSurrogate) continue;
      expect(codePointToUtf16(text, map.toCodePoint(i))).toBe(i);
    }
  });

  it('writes every TextSpan in any layer as {start, end, text} in code points', () => {
    const doc = createDoc({ id: 'x', text: '😀 Die Uhr läuft.', meta: {} });
    doc.diagnostics.push({ code: 'truncated', severity: 'info', stage: 'test', message: 'm', span: span(3, 6) });
    const record = toRecord(doc);
    expect(record.diagnostics[0]!.span).toEqual({ start: 2, end: 5, text: 'Die' });
  });

  it('keeps the fields of span subclasses after start, end and text', () => {
    class Labelled extends TextSpan {
      constructor(start: number, end: number, readonly label: string) {
        super(start, end);
      }
    }
    const doc = createDoc({ id: 'x', text: 'ab😀cd', meta: {} });
    doc.diagnostics.push({ code: 'truncated', severity: 'info', stage: 't', message: 'm', span: new Labelled(4, 6, 'L') });
    expect(JSON.stringify(toRecord(doc).diagnostics[0]!.span)).toBe('{"start":3,"end":5,"text":"cd","label":"L"}');
  });

  it('refuses invalid spans', () => {
    expect(() => span(5, 2)).toThrow(RangeError);
    expect(() => span(-1, 2)).toThrow(RangeError);
    expect(() => span(0.5, 2)).toThrow(RangeError);
  });

  it('sentence offsets slice the record text by code points, emoji included', () => {
    const text = 'Der Minister 😀 sagte: „Gut.“ Dann 👍🏽 ging er. Die Frau e\u0301 blieb.';
    const record = annotate(text);
    expect(record.sentences.map((s) => s.text)).toEqual(['Der Minister 😀 sagte: „Gut.“', 'Dann 👍🏽 ging er.', 'Die Frau e\u0301 blieb.']);
    for (const s of record.sentences) expect(sliceCodePoints(record.text, s.start, s.end)).toBe(s.text);
  });
});

describe('document diagnostics', () => {
  const codes = (text: string) => annotate(text).diagnostics.map((d) => d.code);

  it.each([
    ['Der Minister sagte am Montag, die Verhandlungen seien gescheitert. Man werde nun', true],
    ['Die Regierung kündigte an, die Steuern im kommenden Jahr zu senken. Details folgen […]', true],
    ['Der Ausschuss hat am Dienstag nach langer Debatte über den Haushalt des kommenden Jahres und die geplanten Kürzungen bei', true],
    ['Haushalt beschlossen\nDer Bundestag hat den Haushalt beschlossen.', false],
    ['Haushalt beschlossen', false],
    ['„Wir sind bereit“, sagte sie.', false],
  ])('truncated: %s → %s', (text, truncated) => {
    expect(codes(text).includes('truncated')).toBe(truncated);
  });

  it('names control characters but still analyses the text', () => {
    const record = annotate('Der Minister sagte\u0007, er sei zufrieden.');
    expect(record.diagnostics.map((d) => d.code)).toContain('control-characters');
    expect(record.sentences).toHaveLength(1);
  });

  it('names an empty document', () => {
    expect(codes('   \n ')).toContain('empty-text');
  });
});
