// Where predicted stories and labeled ones disagree: what `parallax eval --errors` lists, so a user tuning thresholds
// on their own labels sees which stories were merged and which were cut in pieces, not only a score.

/** A predicted story holding articles of several labeled stories (a precision error). */
export type MergedStory = { readonly story: string; readonly title: string | null; readonly labels: ReadonlyArray<{ readonly label: string; readonly articles: number }> };

/** A labeled story whose articles ended in several predicted stories (a recall error), largest part first. */
export type SplitStory = { readonly label: string; readonly parts: ReadonlyArray<{ readonly story: string; readonly articles: number }> };

export type StoryErrors = { readonly merged: readonly MergedStory[]; readonly split: readonly SplitStory[] };

/** Counts of the values each key of `from` maps to in `to`, by key of `from`'s value. */
function crossCounts(from: ReadonlyMap<string, string>, to: ReadonlyMap<string, string>): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const [item, group] of from) {
    const other = to.get(item);
    if (other === undefined) continue;
    let row = counts.get(group);
    if (row === undefined) counts.set(group, (row = new Map()));
    row.set(other, (row.get(other) ?? 0) + 1);
  }
  return counts;
}

const byCount = (a: readonly [string, number], b: readonly [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
const total = (row: ReadonlyMap<string, number>): number => [...row.values()].reduce((sum, n) => sum + n, 0);

/**
 * The merged and the split stories, largest first. `predicted` and `gold` map each labeled item to its story;
 * `titleOf` names a predicted story where the store knows its title.
 */
export function storyErrors(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>, titleOf: (story: string) => string | null = () => null): StoryErrors {
  const merged = [...crossCounts(predicted, gold)]
    .filter(([, labels]) => labels.size > 1)
    .sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1))
    .map(([story, labels]) => ({ story, title: titleOf(story), labels: [...labels].sort(byCount).map(([label, articles]) => ({ label, articles })) }));
  const split = [...crossCounts(gold, predicted)]
    .filter(([, stories]) => stories.size > 1)
    .sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1))
    .map(([label, stories]) => ({ label, parts: [...stories].sort(byCount).map(([story, articles]) => ({ story, articles })) }));
  return { merged, split };
}
