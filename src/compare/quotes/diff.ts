// Word-level diff of two quote variants: the texts split into words and punctuation marks (each carrying the spaces
// after it, which never count as a difference), the longest common subsequence over token ids (quotes are a few
// dozen words, so the full table is small), and runs of one operation merged into parts, deletions before
// insertions. Built for many short pairs: a story of 50 outlets diffs hundreds of quote variants.
import type { DiffOp, DiffPart } from '../../model/comparison.ts';

/** A word or a punctuation mark, then the spaces after it. */
const TOKEN = /([\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}])(\s*)/gu;

function tokens(text: string, ids: Map<string, number>): { texts: string[]; ids: Int32Array } {
  const texts: string[] = [];
  const cores: number[] = [];
  const leading = /^\s*/u.exec(text)?.[0] ?? '';
  for (const match of text.matchAll(TOKEN)) {
    const core = match[1]!;
    let id = ids.get(core);
    if (id === undefined) {
      id = ids.size;
      ids.set(core, id);
    }
    texts.push(texts.length === 0 ? leading + match[0] : match[0]);
    cores.push(id);
  }
  return { texts, ids: Int32Array.from(cores) };
}

/** Parts that turn `from` into `to`: equal runs, deletions from `from`, insertions from `to`, in text order. */
export function diffTokens(from: string, to: string): DiffPart[] {
  const dictionary = new Map<string, number>();
  const a = tokens(from, dictionary);
  const b = tokens(to, dictionary);
  const n = a.ids.length;
  const m = b.ids.length;
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i:] and b[j:].
  const width = m + 1;
  const lcs = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a.ids[i] === b.ids[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    const last = parts[parts.length - 1];
    if (last !== undefined && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a.ids[i] === b.ids[j]) {
      push('equal', a.texts[i]!);
      i++;
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) push('delete', a.texts[i++]!);
    else push('insert', b.texts[j++]!);
  }
  return parts;
}
