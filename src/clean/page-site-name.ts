// The outlet's name as a page text prints it: a masthead line at the top, or its copyright line.
import { CONSENT_NOTICE, GENERIC_SECTION_NAME, OUTLET_NAME_WORDS } from './boilerplate.ts';
import { countWords, endsLikeSentence, normaliseWhitespace } from './text-features.ts';

/** Only the first lines of a page can hold the outlet's name. */
const HEADER_LINES_FOR_SITE_NAME = 3;
/** A cookie notice printed above the masthead pushes the name down: it is then looked for in the lines after the notice. */
const HEADER_LINES_AFTER_CONSENT = 6;
const MAX_SITE_NAME_WORDS = 5;
/** The outlet's name as the page's first lines print it, read before anything else of the page is known. */
export function mastheadName(text: string): string | null {
  const first: string[] = [];
  for (const line of text.split(/\r?\n/, HEADER_LINES_AFTER_CONSENT * 4)) {
    const trimmed = normaliseWhitespace(line);
    if (trimmed.length > 0) first.push(trimmed);
    if (first.length === HEADER_LINES_AFTER_CONSENT * 2) break;
  }
  return headerSiteName(first);
}

/** The name among the header's first lines, or, under a cookie notice printed above the masthead, the lines after it. */
export function headerSiteName(header: readonly string[]): string | null {
  return findSiteName(header.slice(0, HEADER_LINES_FOR_SITE_NAME)) ?? findSiteName(linesAfterConsent(header));
}

function linesAfterConsent(header: readonly string[]): string[] {
  const consent = header.slice(0, HEADER_LINES_AFTER_CONSENT).findIndex((l) => CONSENT_NOTICE.test(l));
  return consent < 0 ? [] : header.slice(consent + 1, consent + 1 + HEADER_LINES_AFTER_CONSENT);
}

function findSiteName(lines: readonly string[]): string | null {
  for (const line of lines) if (isSiteName(line)) return displayName(line.replace(/^[-–—•|*>\s]+|[-–—•|*\s]+$/g, ''));
  return null;
}

export function isSiteName(text: string): boolean {
  const words = countWords(text);
  return (words <= MAX_SITE_NAME_WORDS && !endsLikeSentence(text) && OUTLET_NAME_WORDS.test(text) && /^[-–—•|*>\s]*\p{Lu}/u.test(text)
    && !GENERIC_SECTION_NAME.test(text.trim())) || CASELESS_OUTLET_NAME.test(text.trim());
}

/**
 * A Chinese, Japanese or Korean outlet's name, which no capital marks: a short run of the script ending in the word for
 * a paper or broadcaster ("太平洋观察报", "自由時報", "朝日新聞", "한국일보"). Not 新闻 "news": sections say it ("国际新闻").
 */
const CASELESS_OUTLET_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{1,12}(?:报|報|新聞|通讯社|通信社|电视台|電視台|일보|신문)$/u;

/** A masthead set in capitals ("THE MERIDIAN EVENING POST") is a styling; the name is "The Meridian Evening Post". */
function displayName(name: string): string {
  if (countWords(name) < 2 || name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name)) return name;
  return name.toLowerCase().split(' ').map((w, i) => (i > 0 && /^(?:of|the|and|de|du|des|la|le|der|die|das)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/**
 * "© 2013 The Straits Times", "Copyright 2024 Example News. All rights reserved.", "版权所有 © 2025 太平洋观察报": a name in
 * a script without capitals (\p{Lo}) starts as a capitalised one does.
 */
export function findCopyrightName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{Lu}\p{Lo}][\p{L}&.' -]{1,50}?)(?:[.,|。]|\s+all rights|\s*版权所有|\s*版權所有|$)/iu.exec(line);
    if (m && countWords(m[1]!) <= MAX_SITE_NAME_WORDS) return m[1]!.trim();
  }
  return null;
}
