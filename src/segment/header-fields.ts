import { HEADER_FIELD_LABELS } from '../knowledge/header-fields.js';

/** One "label: value" pair found on a header line; offsets are within the line. */
export interface FieldMatch {
  label: string;
  value: string;
  from: number;
  valueFrom: number;
  valueTo: number;
}

// List bullets that pages put before a header label ("• 索引号:").
const BULLET = '[•∙·▪] ?';
// Labels with optional spaces between their characters, longest first so 发布日期 beats 发布.
const LABELS = Object.keys(HEADER_FIELD_LABELS).sort((a, b) => b.length - a.length);
const LABEL_SOURCE = LABELS.map((l) => [...l].join('[ ]{0,3}')).join('|');
// A label is followed by ':' or, in an HTML table row, by a tab.
const LABEL_AT = new RegExp(`(?:^|(?<=[ \\t|]))(${LABEL_SOURCE})[ ]*[:\\t|]`, 'g');

// Most lines are not header lines: a label anchored at the start rejects them quickly.
const LABEL_AT_START = new RegExp(`^(?:${BULLET})?(?:${LABEL_SOURCE})[ ]*[:\\t|]`);
const ONLY_BULLET = new RegExp(`^(?:${BULLET})?$`);
// Law databases print "∙【制定机关】…": one bracketed label and its value.
const BRACKETED = new RegExp(`^(?:${BULLET})?【(${LABEL_SOURCE})】[ ]*`);

/** Folds a label as written ("索 引 号") to its table form ("索引号"). */
export function foldLabel(label: string): string {
  return label.replace(/[ \t]/g, '');
}

/**
 * Reads the header fields on one line, which may hold several ("名  称: … 索 引 号: …") or
 * be an HTML table row ("索引号\t000014349/2018-00205\t主题分类\t…"). Returns null when the
 * line does not start with a known label.
 */
export function readFieldLine(line: string): FieldMatch[] | null {
  const bracketed = BRACKETED.exec(line);
  if (bracketed) {
    const valueFrom = bracketed[0].length;
    return [
      {
        label: foldLabel(bracketed[1]!),
        value: line.slice(valueFrom).trim(),
        from: 0,
        valueFrom,
        valueTo: line.trimEnd().length,
      },
    ];
  }
  if (!LABEL_AT_START.test(line)) return null;
  const found: { label: string; from: number; after: number }[] = [];
  for (const m of line.matchAll(LABEL_AT))
    found.push({ label: m[1]!, from: m.index, after: m.index + m[0].length });
  if (found.length === 0 || !ONLY_BULLET.test(line.slice(0, found[0]!.from).trim())) return null;
  return found.map((f, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.from : line.length;
    let valueFrom = f.after;
    let valueTo = end;
    while (valueFrom < valueTo && /[ \t:|]/.test(line[valueFrom]!)) valueFrom++;
    while (valueTo > valueFrom && /[ \t|]/.test(line[valueTo - 1]!)) valueTo--;
    return {
      label: foldLabel(f.label),
      value: line.slice(valueFrom, valueTo),
      from: f.from,
      valueFrom,
      valueTo,
    };
  });
}
