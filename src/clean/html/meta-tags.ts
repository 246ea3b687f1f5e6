// Collects <meta> declarations by their lower-cased name/property/itemprop/http-equiv key.
import { decodeHTML } from 'entities';
import { attr, elementsNamed, type Element } from './dom.ts';

/** Meta content escaped twice by the CMS ("&amp;quot;") still shows an entity after parsing. */
const LEFTOVER_ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

export function decodeLeftoverEntities(text: string): string {
  return LEFTOVER_ENTITY.test(text) ? decodeHTML(text) : text;
}

export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** The keys a key attribute declares, lower-cased: some pages list several in one ("og:title twitter:title"). */
function metaKeys(key: string | null): string[] {
  if (key === null) return [];
  const lower = key.toLowerCase();
  // Most attributes hold one key: no split then.
  if (!/\s/.test(lower)) return lower === '' ? [] : [dublinCoreKey(lower)];
  return lower.split(/\s+/).map(dublinCoreKey).filter((part) => part !== '');
}

/** Dublin Core is written both "dc:title" and "DC.title"; one spelling for both (the regular expressions only for
 *  keys that may be Dublin Core: every meta key of the page is asked). */
function dublinCoreKey(key: string): string {
  return key.startsWith('dc') ? key.replace(/^(dc|dcterms?):/, '$1.').replace(/^dcterm\./, 'dcterms.') : key;
}

export function collectMetaTags(elements: readonly Element[]): MetaTags {
  const tags = new Map<string, string[]>();
  const propertyCounts = new Map<string[], number>();
  for (const element of elementsNamed(elements, 'meta')) {
    const content = attr(element, 'content')?.trim();
    if (content === undefined || content === '') continue;
    const value = decodeLeftoverEntities(content);
    // RDFa "property" declarations (Open Graph, Dublin Core) outrank "name" ones for the same key.
    for (const key of metaKeys(attr(element, 'property'))) {
      const list = tags.get(key);
      if (list === undefined) tags.set(key, [value]);
      else list.splice(propertyCounts.get(list) ?? 0, 0, value);
      const target = tags.get(key)!;
      propertyCounts.set(target, (propertyCounts.get(target) ?? 0) + 1);
    }
    for (const key of [attr(element, 'name'), attr(element, 'itemprop'), attr(element, 'http-equiv')].flatMap(metaKeys)) {
      const list = tags.get(key);
      if (list === undefined) tags.set(key, [value]);
      else list.push(value);
    }
  }
  return tags;
}

/** The first value under any of the keys, in the order given. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}
