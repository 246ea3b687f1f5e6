// Comparison → readable text (terminal, optionally coloured) or Markdown. Pure: colours come in as functions.
import type { Comparison, ComparisonLink, DiffPart, QuoteGroup } from '../model/comparison.ts';
import { SIMILARITY_DIMENSIONS } from '../model/comparison.ts';
import { COMPARE_CONFIG } from './config.ts';
import { languageName } from '../model/language-name.ts';
import { describeLinkParts } from './describe-link.ts';

export type Paint = (text: string) => string;
export type Palette = { readonly bold: Paint; readonly dim: Paint; readonly added: Paint; readonly removed: Paint; readonly accent: Paint };

const plain: Paint = (text) => text;
/** Without colours, diffs use the `git diff --word-diff` markers. */
export const PLAIN: Palette = { bold: plain, dim: plain, added: (text) => (text.trim() ? `{+${text}+}` : text), removed: (text) => (text.trim() ? `[-${text}-]` : text), accent: plain };

/** Markdown: headings, quotes, and diffs as ~~removed~~ / **added**. */
export const MARKDOWN: Palette = {
  bold: (text) => `**${text}**`,
  dim: (text) => `_${text}_`,
  added: (text) => (text.trim() ? `**+${text.trim()}**` : text),
  removed: (text) => (text.trim() ? `~~${text.trim()}~~` : text),
  accent: plain,
};

export type RenderOptions = { readonly palette?: Palette; readonly markdown?: boolean };

function diffLine(parts: readonly DiffPart[], palette: Palette): string {
  return parts.map((part) => (part.op === 'insert' ? palette.added(part.text) : part.op === 'delete' ? palette.removed(part.text) : part.text)).join('');
}

export function renderComparison(comparison: Comparison, options: RenderOptions = {}): string {
  const markdown = options.markdown ?? false;
  const palette = options.palette ?? (markdown ? MARKDOWN : PLAIN);
  const { bold, dim, accent } = palette;
  const heading = (text: string) => (markdown ? `\n## ${text}\n` : `\n${bold(text.toUpperCase())}`);
  const item = (text: string) => (markdown ? `- ${text}` : `  • ${text}`);
  const labelOf = new Map(comparison.articles.map((article) => [article.id, article.label]));
  const lines: string[] = [];

  lines.push(markdown ? '# Coverage comparison' : bold('Coverage comparison'));
  lines.push(heading('Outlets and provenance'));
  for (const article of comparison.articles) {
    const dateline = article.dateline ? [article.dateline.place, article.dateline.date, article.dateline.agency && `(${article.dateline.agency})`].filter(Boolean).join(' ') : null;
    const facts = [article.published_at ?? 'no date', dateline && `dateline ${dateline}`, article.agencies.length > 0 && `credits ${article.agencies.join(', ')}`, `${article.word_count} words`].filter(Boolean);
    const ids = [article.id, ...article.copies.map((copy) => `the same text as ${copy}`)].join(', ');
    lines.push(item(`${accent(bold(article.label))}: ${article.title ?? '(untitled)'} ${dim(`(${facts.join(' · ')}; ${ids})`)}`));
  }
  for (const link of comparison.links) lines.push(item(describeLink(link, labelOf)));
  if (comparison.first_report !== null) lines.push(item(`first to report: ${labelOf.get(comparison.first_report)}`));

  lines.push(heading('Consensus'));
  if (comparison.summary.length === 0) lines.push(item(dim('no statement is shared by two outlets')));
  for (const sentence of comparison.summary) lines.push(item(`${sentence.text} ${dim(`(${sentence.support} outlets)`)}`));

  lines.push(heading('Headlines'));
  for (const headline of comparison.headlines) {
    lines.push(item(`${bold(headline.source)}: ${headline.title ?? '(untitled)'}`));
    const foregrounds = [...headline.entities, ...headline.terms.filter((term) => !headline.entities.some((entity) => entity.includes(term)))];
    if (foregrounds.length > 0) lines.push(`    ${dim(`puts forward: ${foregrounds.join(', ')}`)}`);
  }
  for (const emphasis of comparison.emphasis) {
    if (emphasis.entities.length > 0) lines.push(item(`only ${bold(emphasis.source)} names: ${emphasis.entities.join(', ')}`));
  }

  lines.push(heading('Quotes'));
  if (comparison.quotes.length === 0) lines.push(item(dim('no direct quotations')));
  const quotes = [...comparison.quotes].sort((a, b) => b.sources.length - a.sources.length || Number(a.variants[0]?.partial) - Number(b.variants[0]?.partial));
  for (const group of quotes) lines.push(...renderQuote(group, palette, markdown));

  if (comparison.reported_speech.length > 0) {
    lines.push(heading('Reported speech'));
    for (const reported of comparison.reported_speech) lines.push(item(`${bold(reported.speaker)} ${dim(`(${reported.source})`)}: ${reported.text}`));
  }

  lines.push(heading('Only in one outlet'));
  for (const outlet of comparison.unique) {
    const alone = outlet.only_language === null ? '' : ` (in ${languageName(outlet.only_language)}: matched to the others by names and numbers only)`;
    lines.push(markdown ? `\n### ${outlet.source}${alone}\n` : `  ${bold(outlet.source)}${dim(alone)}`);
    if (outlet.facts.length === 0) lines.push(item(dim('nothing the others do not report')));
    for (const fact of outlet.facts.slice(0, COMPARE_CONFIG.uniqueFactsPerOutlet)) {
      const adds = [...fact.entities, ...fact.places, ...fact.numbers];
      const note = fact.status === 'shared' ? `also told elsewhere; adds ${adds.length > 0 ? adds.join(', ') : fact.terms.slice(0, 5).join(', ')}` : adds.length > 0 ? `new: ${adds.join(', ')}` : '';
      lines.push(item(`${fact.text}${note ? ` ${dim(`(${note})`)}` : ''}`));
    }
  }

  lines.push(heading('Similarity'));
  for (const pair of comparison.similarity) {
    const dims = SIMILARITY_DIMENSIONS.map((dimension) => `${dimension} ${pair[dimension].toFixed(2)}`).join(' · ');
    lines.push(item(`${bold(`${labelOf.get(pair.a)} ↔ ${labelOf.get(pair.b)}`)}: overall ${pair.overall.toFixed(2)} ${dim(`(${dims})`)}`));
    if (pair.evidence.entities.shared.length > 0) lines.push(`    ${dim(`both name: ${pair.evidence.entities.shared.join(', ')}`)}`);
  }
  const shared = comparison.sentences.filter((sentence) => sentence.status === 'shared').length;
  lines.push('', dim(`${shared} of ${comparison.sentences.length} sentences are told by more than one outlet.`));
  return lines.join('\n');
}

function renderQuote(group: QuoteGroup, palette: Palette, markdown: boolean): string[] {
  const { bold, dim } = palette;
  const lines: string[] = [];
  const where = group.single_source ? `only in ${group.sources[0]}` : `in ${group.sources.join(', ')}`;
  lines.push(markdown ? `- **${group.speaker ?? 'unattributed'}** _(${where})_` : `  ${bold(group.speaker ?? 'unattributed')} ${dim(`(${where})`)}`);
  // A group holding a remark and its translation says which language each wording is in.
  const translated = new Set(group.variants.map((variant) => variant.language)).size > 1;
  for (const variant of group.variants) {
    const text = `“${variant.text}”`;
    const source = translated && variant.language !== null ? `${variant.source}, in ${languageName(variant.language)}` : variant.source;
    lines.push(markdown ? `  > ${text} — ${source}` : `    ${text} ${dim(`— ${source}${variant.partial ? ', partial' : ''}`)}`);
  }
  for (const diff of group.diffs) {
    const other = group.variants[diff.other];
    if (diff.parts.every((part) => part.op === 'equal')) continue;
    lines.push(`    ${dim(`${other?.source ?? '?'} differs:`)} ${diffLine(diff.parts, palette)}`);
  }
  return lines;
}

function describeLink(link: ComparisonLink, labelOf: ReadonlyMap<string, string | undefined>): string {
  return describeLinkParts(link, (id) => String(labelOf.get(id))).join('');
}
