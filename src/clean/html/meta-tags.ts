// Collects <meta> declarations by their lower-cased name/property/itemprop/http-equiv key.
import { attr, type Element } from './dom.ts';

export type MetaTags = ReadonlyMap<string, readonly string[]>;

export function collectMetaTags(elements: readonly Element[]): MetaTags {
  const tags = new Map<string, string[]>();
  for (const element of elements) {
    if (element.name !== 'meta') continue;
    const content = attr(element, 'content');
    if (content === null || content.trim() === '') continue;
    // Some pages list several keys in one attribute ("og:title twitter:title").
    const keys = [attr(element, 'property'), attr(element, 'name'), attr(element, 'itemprop'), attr(element, 'http-equiv')]
      .flatMap((key) => (key === null ? [] : key.toLowerCase().split(/\s+/)))
      .filter((key) => key !== '');
    for (const key of keys) {
      const list = tags.get(key);
      if (list === undefined) tags.set(key, [content.trim()]);
      else list.push(content.trim());
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
