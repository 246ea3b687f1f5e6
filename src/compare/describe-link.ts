// The words for a copy link, shared by the CLI and the web UI, so both say as much (and no more) than the dates show.
import type { ComparisonLink } from '../model/comparison.ts';

/** A comparison's link, or a stored one with `dated` worked out: ids as plain strings, as the web UI holds them. */
export type LinkFacts = Pick<ComparisonLink, 'kind' | 'shared' | 'dated'> & { readonly from: string; readonly to: string };

/**
 * "B copies A (81% reused)" where the dates show A came first; otherwise only what the texts show: "B shares 81% of its
 * text with A" (or "B and A print the same text"), since which came first is then only the order they arrived in.
 * Returned as parts around the two articles' labels: the CLI joins them, the web UI makes the labels links.
 */
export function describeLinkParts<L>(link: LinkFacts, label: (id: string) => L): Array<string | L> {
  const [from, to] = [label(link.from), label(link.to)];
  const share = `${Math.round(link.shared * 100)}%`;
  if (link.dated) return [from, ` ${link.kind === 'duplicate' ? 'duplicates' : 'copies'} `, to, `, published earlier (${share} reused)`];
  return link.kind === 'duplicate' ? [from, ' and ', to, ` print the same text (${share} alike)`] : [from, ` shares ${share} of its text with `, to];
}
