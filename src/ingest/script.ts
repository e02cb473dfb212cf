import { TRADITIONAL_MARKERS } from '../knowledge/traditional-script.js';

// a table by UTF-16 unit: the test runs on every character of every input
const MARKERS = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_MARKERS.length; i++) MARKERS[TRADITIONAL_MARKERS.charCodeAt(i)] = 1;
/**
 * How many marker characters, and what share of the Han characters, make a text traditional; in a
 * short text (a line pasted alone) fewer markers do, when they make a larger share.
 */
const MIN_MARKERS = 10;
const MIN_SHARE = 0.02;
const SHORT_MIN_MARKERS = 5;
const SHORT_MIN_SHARE = 0.1;

/** Whether a text is written in traditional script (a simplified one has next to no markers). */
export function looksTraditional(text: string): boolean {
  let markers = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    markers += MARKERS[c]!;
  }
  return (
    (markers >= MIN_MARKERS && markers >= MIN_SHARE * han) ||
    (markers >= SHORT_MIN_MARKERS && markers >= SHORT_MIN_SHARE * han)
  );
}

/**
 * The text in simplified script, character for character (OpenCC's traditional-to-mainland
 * tables, loaded only for such a text), so that every offset stays where it was. A line whose
 * conversion would change its length (a phrase table entry) is converted one character at a time.
 */
export async function toSimplified(text: string): Promise<string> {
  const convert = await loadConverter();
  return text
    .split('\n')
    .map((line) => {
      const whole = convert(line);
      if (whole.length === line.length) return whole;
      return [...line].map((c) => (convert(c).length === c.length ? convert(c) : c)).join('');
    })
    .join('\n');
}

// the converter, built once: building it reads OpenCC's dictionaries, ~6 ms a time
let converter: Promise<(text: string) => string> | null = null;

function loadConverter(): Promise<(text: string) => string> {
  // the Hong Kong tables: they also read the variants Hong Kong prefers (衞, 綫), as well as standard forms
  converter ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 'hk', to: 'cn' }));
  return converter;
}
