/**
 * Per-layer comparison of an expected and an actual record, for `wortlaut check`.
 * Annotations are matched by where they are (their span, or the span under `span`), else by
 * `id`, else by their whole content; what is left over is reported as appeared or vanished,
 * or as moved when the same text now sits at another offset.
 */
export interface LayerDiff {
  layer: string;
  appeared: string[];
  vanished: string[];
  moved: string[];
  changed: string[];
}

type Json = unknown;

export const COMPARED_LAYERS = ['language', 'sentences', 'entities', 'quotes', 'numbers', 'stances', 'stanceSummary', 'diagnostics'] as const;

export function diffRecords(expected: Record<string, Json>, actual: Record<string, Json>): LayerDiff[] {
  const out: LayerDiff[] = [];
  const layers = new Set<string>([...COMPARED_LAYERS].filter((l) => l in expected || l in actual));
  for (const name of layers) {
    const diff = diffLayer(name, expected[name], actual[name]);
    if (diff.appeared.length + diff.vanished.length + diff.moved.length + diff.changed.length > 0) out.push(diff);
  }
  return out;
}

function diffLayer(layer: string, expected: Json, actual: Json): LayerDiff {
  const diff: LayerDiff = { layer, appeared: [], vanished: [], moved: [], changed: [] };
  if (!Array.isArray(expected) || !Array.isArray(actual)) {
    if (stable(expected) !== stable(actual)) diff.changed.push(`${stable(expected)} → ${stable(actual)}`);
    return diff;
  }
  const before = new Map(expected.map((item) => [keyOf(item), item]));
  const after = new Map(actual.map((item) => [keyOf(item), item]));
  const vanished: Json[] = [];
  for (const [key, item] of before) {
    const now = after.get(key);
    if (now === undefined) vanished.push(item);
    else if (stable(now) !== stable(item)) diff.changed.push(`${describe(item)}: ${fieldChanges(item, now).join('; ')}`);
  }
  const appeared = [...after].filter(([key]) => !before.has(key)).map(([, item]) => item);
  for (const item of vanished) {
    const twin = appeared.findIndex((a) => textOf(a) !== undefined && textOf(a) === textOf(item));
    if (twin >= 0) {
      diff.moved.push(`${describe(item)} → ${where(appeared[twin])}`);
      appeared.splice(twin, 1);
    } else {
      diff.vanished.push(describe(item));
    }
  }
  diff.appeared.push(...appeared.map(describe));
  return diff;
}

function spanOf(item: Json): { start: number; end: number; text?: string } | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const o = item as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') return o as { start: number; end: number; text?: string };
  return spanOf(o.span);
}

function keyOf(item: Json): string {
  const s = spanOf(item);
  if (s) return `@${s.start}-${s.end}`;
  const o = item as Record<string, unknown>;
  if (o && typeof o === 'object' && typeof o.id === 'string') return `#${o.id}`;
  return stable(item);
}

function textOf(item: Json): string | undefined {
  return spanOf(item)?.text;
}

function where(item: Json): string {
  const s = spanOf(item);
  return s ? `[${s.start}-${s.end}]` : '';
}

function describe(item: Json): string {
  const s = spanOf(item);
  if (s) return `[${s.start}-${s.end}] ${JSON.stringify(clip(s.text ?? ''))}`;
  return clip(stable(item));
}

function clip(text: string, max = 90): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function fieldChanges(before: Json, after: Json): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [`${stable(before)} → ${stable(after)}`];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => stable(b[k]) !== stable(a[k])).map((k) => `${k}: ${clip(stable(b[k]), 60)} → ${clip(stable(a[k]), 60)}`);
}

function stable(value: Json): string {
  return JSON.stringify(value) ?? 'undefined';
}
