/**
 * Discover's full-text index of the projects: BM25+ over a few fields, an OR of the query's words,
 * scored as MiniSearch 7 scores that query (the engine it replaced; tests/unit/discover-text-index
 * holds the two to the same hits, scores and order). Postings live in flat arrays and a query adds
 * into one typed array instead of making an object per matching project, so a query over 100,000
 * projects costs its posting lists, not tens of thousands of allocations (issue 13: ≤ 50 ms).
 */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** A query term's bit in a project's "which words matched" mask. */
const MAX_DISTINCT_TERMS = 32;

export interface TextIndexOptions {
  fields: string[];
  boost?: Record<string, number>;
  processTerm: (term: string) => string | null;
}

export interface TextHit {
  id: number;
  /** The BM25+ sum times the number of the query's words it matched (MiniSearch's "quality"). */
  score: number;
  /** The query's words it matched, in the query's order. */
  terms: string[];
}

interface Postings {
  docs: number[];
  freqs: number[];
}

export class TextIndex {
  private readonly postings: Map<string, Postings>[];
  private readonly lengths: number[][];
  private readonly averages: number[];
  private count = 0;

  constructor(private readonly options: TextIndexOptions) {
    this.postings = options.fields.map(() => new Map());
    this.lengths = options.fields.map(() => []);
    this.averages = options.fields.map(() => 0);
  }

  get documentCount(): number {
    return this.count;
  }

  /** Documents get ids 0, 1, 2… in the order added. */
  addAll(documents: Iterable<Record<string, string | undefined>>): void {
    for (const document of documents) this.add(document);
  }

  private add(document: Record<string, string | undefined>): void {
    const doc = this.count++;
    this.options.fields.forEach((field, f) => {
      const value = document[field];
      if (value == null) return;
      const tokens = value.split(SPACE_OR_PUNCTUATION);
      const length = new Set(tokens).size;
      this.lengths[f]![doc] = length;
      // The running mean, computed as MiniSearch does (the same rounding, so the same scores).
      this.averages[f] = (this.averages[f]! * doc + length) / (doc + 1);
      for (const token of tokens) {
        const term = this.options.processTerm(token);
        if (!term) continue;
        const list = this.postings[f]!.get(term) ?? this.postings[f]!.set(term, { docs: [], freqs: [] }).get(term)!;
        const last = list.docs.length - 1;
        if (list.docs[last] === doc) list.freqs[last]! += 1;
        else (list.docs.push(doc), list.freqs.push(1));
      }
    });
  }

  /** One query word's BM25+ per project, added field by field into `into`; `seen` lists each project once. */
  private scoreTerm(term: string, into: Float64Array, stamp: Uint32Array, mark: number, seen: number[]): void {
    const { k, b, d } = BM25;
    this.options.fields.forEach((field, f) => {
      const list = this.postings[f]!.get(term);
      if (!list) return;
      const boost = this.options.boost?.[field] || 1;
      const matching = list.docs.length;
      const idf = Math.log(1 + (this.count - matching + 0.5) / (matching + 0.5));
      const average = this.averages[f]!;
      const lengths = this.lengths[f]!;
      for (let i = 0; i < matching; i += 1) {
        const doc = list.docs[i]!;
        const tf = list.freqs[i]!;
        const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[doc]!) / average)));
        if (stamp[doc] !== mark) {
          stamp[doc] = mark;
          into[doc] = 0;
          seen.push(doc);
        }
        into[doc] = into[doc]! + boost * raw;
      }
    });
  }

  /** The best `limit` projects for an OR of the query's words, best first (ties: first found first). */
  search(query: string, limit = Infinity): TextHit[] {
    const words = query
      .split(SPACE_OR_PUNCTUATION)
      .map((token) => this.options.processTerm(token))
      .filter((t): t is string => !!t);
    const distinct = [...new Set(words)].slice(0, MAX_DISTINCT_TERMS);
    const total = new Float64Array(this.count);
    const matched = new Uint32Array(this.count);
    const perTerm = new Float64Array(this.count);
    const stamp = new Uint32Array(this.count);
    const order: number[] = [];
    words.forEach((word, position) => {
      const bit = distinct.indexOf(word);
      if (bit < 0) return;
      const seen: number[] = [];
      this.scoreTerm(word, perTerm, stamp, position + 1, seen);
      // Word by word, as MiniSearch combines an OR: the sums round the same way.
      for (const doc of seen) {
        if (matched[doc] === 0) (order.push(doc), (total[doc] = perTerm[doc]!));
        else total[doc] = total[doc]! + perTerm[doc]!;
        matched[doc]! |= 1 << bit;
      }
    });
    const scoreOf = (doc: number) => total[doc]! * (popCount(matched[doc]!) || 1);
    const best = topInOrder(order, scoreOf, limit);
    return best.map((doc) => ({
      id: doc,
      score: scoreOf(doc),
      terms: distinct.filter((_, bit) => matched[doc]! & (1 << bit)),
    }));
  }
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count += 1;
  return count;
}

/** What a stable sort by score (highest first) would put first, without sorting every project. */
function topInOrder(order: number[], scoreOf: (doc: number) => number, limit: number): number[] {
  const scores = Float64Array.from(order, scoreOf);
  let kept = order;
  if (order.length > limit) {
    const sorted = scores.slice().sort();
    const threshold = sorted[sorted.length - limit]!;
    let room = limit - order.filter((_, i) => scores[i]! > threshold).length;
    kept = order.filter((_, i) => scores[i]! > threshold || (scores[i] === threshold && room-- > 0));
  }
  const ranked = kept.map((doc) => [doc, scoreOf(doc)] as const);
  return ranked.sort((x, y) => y[1] - x[1]).map(([doc]) => doc);
}
