/**
 * Content tokens of policy text: jieba words (with the policy-term dictionary) minus stop words,
 * single characters, numbers and punctuation. jieba and its 5 MB dictionary load only when a diff
 * first needs them, so `parse` never pays for them.
 */
import { METRIC_SYNONYMS } from '../knowledge/metric-synonyms.js';
import { POLICY_CONTRACTIONS, POLICY_TERMS } from '../knowledge/policy-terms.js';
import { STOP_WORDS } from '../knowledge/stop-words.js';

/** Cuts text into the words two documents are compared by. */
export interface Tokenizer {
  /**
   * Content words of `text` in order, repeats kept (term frequency counts them), each followed
   * by the dictionary words inside it and the words it contracts (文旅 → 文化, 旅游): what
   * passages are compared by.
   */
  tokenize(text: string): string[];
  /** Content words of `text` as written, one per occurrence: what keywords are ranked by. */
  words(text: string): string[];
}

/**
 * A dictionary frequency high enough that jieba keeps a policy term whole against the split
 * its general dictionary prefers (its own compounds such as 大力发展 carry 3).
 */
const POLICY_TERM_FREQUENCY = 2000;
const STOP = new Set(STOP_WORDS);
/** A token worth comparing holds a Han character or a Latin letter (PPP), not only digits. */
const CONTENT = /[\p{Script=Han}A-Za-z]/u;

let loading: Promise<Tokenizer> | null = null;

/** The shared tokenizer; the first call loads jieba (about 0.1–0.2 s), later calls reuse it. */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= createTokenizer();
  return loading;
}

async function createTokenizer(): Promise<Tokenizer> {
  const [{ Jieba }, { dict }] = await Promise.all([
    import('@node-rs/jieba'),
    import('@node-rs/jieba/dict.js'),
  ]);
  const jieba = Jieba.withDict(dict);
  // and the names of statistical indicators (地方一般公共预算收入, not 地方/一般/公共/预算/收入)
  const indicators = METRIC_SYNONYMS.flat().filter((name) => name.length >= 4);
  const terms = [...POLICY_TERMS, ...indicators];
  jieba.loadDict(Buffer.from(terms.map((t) => `${t} ${POLICY_TERM_FREQUENCY} n`).join('\n'), 'utf8'));
  // Search mode adds the dictionary words inside a long word (中医药健康服务 → 中医药, 健康,
  // 服务 …), so a compound and its parts still meet. HMM off: its guesses at unknown words are
  // mostly names (places, people), which the comparison should not hinge on.
  return {
    tokenize: (text) =>
      jieba
        .cutForSearch(text, false)
        .filter(isContentToken)
        .flatMap((t) => [t, ...(POLICY_CONTRACTIONS[t] ?? [])]),
    words: (text) => jieba.cut(text, false).filter(isContentToken),
  };
}

function isContentToken(token: string): boolean {
  return token.length >= 2 && CONTENT.test(token) && !STOP.has(token);
}
