// Reads schema.org JSON-LD blocks: the most explicit metadata a page gives, when it gives it.
import { allElements, attr, elementsNamed, type Document, type Element } from './dom.ts';
import { decodeLeftoverEntities } from './meta-tags.ts';

type JsonObject = Record<string, unknown>;

/** schema.org types describing the article itself, as opposed to the site or a breadcrumb. */
const ARTICLE_TYPES = /article|posting|report|newsarticle|blogposting|liveblogposting|opinion|review|analysisnewsarticle|backgroundnewsarticle|recipe|howto|creativework|scholarly|techarticle/i;
const PAGE_TYPES = /webpage|itempage|aboutpage|collectionpage/i;

export type JsonLdFacts = {
  headline: string | null;
  /** The article's schema.org name (some sites put a summary in headline and the title in name). */
  name: string | null;
  /** The name of the WebPage object: some sites declare the headline as shown only there. */
  pageName: string | null;
  datePublished: string | null;
  dateCreated: string | null;
  authors: string[];
  /** The article's full text, when the page embeds it (often the only copy on script-rendered pages). */
  articleBody: string | null;
  publisherName: string | null;
  /** Personal sites name their owner as publisher: then the publisher is a person, not an outlet. */
  publisherIsPerson: boolean;
  siteName: string | null;
  description: string | null;
  url: string | null;
  language: string | null;
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return decodeLeftoverEntities(value.trim());
  if (Array.isArray(value)) return asString(value[0]);
  if (isObject(value)) return asString(value['@value'] ?? value['name']);
  return null;
}

function typeOf(object: JsonObject): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** Flattens arrays, @graph and nested mainEntity into a list of objects. */
function flatten(value: unknown, out: JsonObject[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], out, depth + 1);
    if (isObject(value['mainEntity'])) flatten(value['mainEntity'], out, depth + 1);
  }
}

function parseLoosely(raw: string): unknown {
  // Some CMSs wrap the JSON in a CDATA section (optionally behind // comments) for old XHTML parsers.
  const text = raw.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
  try {
    return JSON.parse(text);
  } catch {
    // Some CMSs emit raw newlines or a trailing comma inside strings; one cleanup pass recovers most.
    try {
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function authorNames(value: unknown, byId: Map<string, JsonObject>): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') names.push(item.trim());
    else if (isObject(item)) {
      const ref = typeof item['@id'] === 'string' ? byId.get(item['@id']) : undefined;
      const name = asString(item['name']) ?? (ref === undefined ? null : asString(ref['name']));
      const bio = asString(item['description']) ?? (ref === undefined ? null : asString(ref['description']));
      if (name !== null) names.push(bio === null ? name : fullNameFromBio(name, bio));
    }
  }
  return names.filter((name) => name !== '' && !/^https?:\/\//.test(name));
}

/** Surnames after a first name at the start of a bio, up to where the sentence goes on ("Pickert ist …",
 *  "Stahl - Maschinenbauer …"). */
const BIO_SURNAMES = /^((?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*[-–—,:;.(]|\s+\p{Ll}|$)/u;

/** CMSs print an author's display name, which is often the first name alone ("Nils"); the author's bio,
 *  which SEO plugins copy into the Person's description, opens with the full name ("Nils Pickert ist freier
 *  Autor …"). */
function fullNameFromBio(name: string, bio: string): string {
  if (/\s/.test(name) || !bio.startsWith(name)) return name;
  const surnames = BIO_SURNAMES.exec(bio.slice(name.length));
  return surnames === null ? name : name + surnames[1]!.replace(/\s+/g, ' ');
}

export function readJsonLd(document: Document, elements: Element[] = allElements(document)): JsonLdFacts {
  const objects: JsonObject[] = [];
  for (const element of elementsNamed(elements, 'script')) {
    if (!/ld\+json/i.test(attr(element, 'type') ?? '')) continue;
    const text = element.children.map((child) => ('data' in child ? String(child.data) : '')).join('');
    flatten(parseLoosely(text), objects);
  }
  const byId = new Map<string, JsonObject>();
  for (const object of objects) if (typeof object['@id'] === 'string') byId.set(object['@id'], object);

  const article = objects.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o['headline'] !== undefined || o['datePublished'] !== undefined))
    ?? objects.find((o) => PAGE_TYPES.test(typeOf(o)) && (o['headline'] !== undefined || o['datePublished'] !== undefined))
    ?? null;
  const website = objects.find((o) => /website/i.test(typeOf(o))) ?? null;
  const webPage = objects.find((o) => PAGE_TYPES.test(typeOf(o))) ?? null;
  let publisher: JsonObject | null = null;
  if (article !== null && isObject(article['publisher'])) {
    const ref = article['publisher'];
    publisher = typeof ref['@id'] === 'string' && ref['name'] === undefined ? byId.get(ref['@id']) ?? ref : ref;
  }
  return {
    headline: article === null ? null : asString(article['headline']) ?? asString(article['name']),
    name: article === null ? null : asString(article['name']),
    pageName: webPage === null ? null : asString(webPage['name']),
    datePublished: article === null ? null : asString(article['datePublished']),
    dateCreated: article === null ? null : asString(article['dateCreated']),
    authors: article === null ? [] : authorNames(article['author'] ?? article['creator'], byId),
    articleBody: article === null ? null : asString(article['articleBody']) ?? asString(article['text']),
    publisherName: publisher === null ? null : asString(publisher['name']),
    publisherIsPerson: publisher !== null && /\bperson\b/i.test(typeOf(publisher)),
    siteName: website === null ? null : asString(website['name']),
    description: article === null ? null : asString(article['description']),
    url: article === null ? null : asString(article['url']),
    language: article === null ? null : asString(article['inLanguage']),
  };
}
