// Bylines printed as text: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Author: Jane Doe", and the
// blog forms that put a date next to the name: "Posted on March 3, 2025 by helen_m", "Jane Doe | 3 March 2025";
// and the name run into its date ("By Jane Doe July 10, 2015") or printed under its label ("Von" / "Jana Berg").
import { fieldsOf, findDateLine, parseDate } from './dates.ts';

const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
/**
 * A byline that names what it signs before its "by": "Artikel von Jana Berg", "Eine Kolumne von Jana Berg", "Post author
 * By Jana Berg". Only words for a piece of writing may come first ("Auf den Spuren von Rafael Nadal" is a headline), and
 * nothing may follow the name (in a sentence, "Ein Kommentar von Jana Berg zeigt …" goes on) but the guest it was
 * written with ("Ein Interview von Jana Berg mit Tom Roe.").
 */
const WRITING_WORDS = '(?:(?:ein|eine|a|an|un|une|una)\\s+)?(?:blog\\s+)?(?:artikel|beitrag|gastbeitrag|kolumne|kommentar|interview|analyse|reportage|essay|text|post\\s+author|article|column|analysis|story|commentary|opinion|words(?:\\s+written)?|chronique|tribune|columna|artículo)';
const PREFIXED_BYLINE = new RegExp(`^${WRITING_WORDS}\\s+(?:by|von|par|por|door|di|durch)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|da)){1,4})$`, 'iu');
/**
 * After the byline's name on its line: a photo credit ("von Jana Berg Foto: © Hafenarchiv"), or the outlet it was
 * written for ("By Jana Berg And Tom Roe For The Evening Post").
 */
const CREDIT_LABEL = '(?:fotos?|bild(?:er)?|photos?|images?|grafik|illustration)\\s*:';
const BYLINE = new RegExp(`^(?:by|von|par|por|di|door|av|durch|oleh|автор:?)\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|de|van|von|der|da|al|bin|and|&|und|et|y)){0,6})\\s*(?:[,|·•–—/-].*|\\s${CREDIT_LABEL}.*|\\sfor\\s+\\p{Lu}.*)?$`, 'iu');
/** "Author: Jane Doe", "Von: Jana Berg", "责任编辑：焦鹏"; the name ends at the next field ("…, Datum: 03.03.19"). */
const AUTHOR_LABEL = /^(?:author|written by|reporter|autor(?:in|innen|[*/:]in(?:nen)?)?|auteur|von|by|作者|责任编辑|記者|text(?:\s*(?:&|und|and)\s*fotos?)?|texte|penulis|wartawan|yazar|yazan|muhabir|tác giả|phóng viên|συντάκτης)s?\s*[:：]\s*(.{2,80}?)(?:\s*[,|·•]\s.*)?$/iu;
/**
 * A Chinese or Japanese name: two to four Han characters ("林晓雯"), or a foreign name's parts joined by a middle dot
 * ("豪尔赫·比利亚努埃瓦").
 */
const HAN_NAME = '(?:\\p{Script=Han}{1,8}(?:[·・]\\p{Script=Han}{1,8}){1,3}|\\p{Script=Han}{2,4})';
/**
 * Chinese and Japanese bylines, labelled by the reporter's title with or without a colon, the outlet's name before it:
 * "记者 林晓雯", "本报记者 林晓雯 王磊", "新华社记者：张三、李四", "文/林晓雯", "撰文｜林晓雯".
 */
const HAN_BYLINE = new RegExp(
  `^(?:\\p{Script=Han}{0,8}?(?:记者|記者|撰文|作者)\\s*[:：/｜|]?|文\\s*[:：/｜|])\\s*(${HAN_NAME}(?:[\\s、，,]+${HAN_NAME}){0,3})$`,
  'u',
);
/**
 * Arabic and Hebrew bylines: "بقلم أحمد علي" (by the pen of), "كتب: أحمد علي" (wrote; with its colon or dash, since the
 * verb also opens sentences), "מאת: דנה לוי" (by).
 */
const RIGHT_TO_LEFT_BYLINE = /^(?:بقلم\s*[:\-–—]?|(?:كتب|كتبت|إعداد|מאת)\s*[:\-–—])\s*([\p{Script=Arabic}\p{Script=Hebrew}]+(?:\s[\p{Script=Arabic}\p{Script=Hebrew}]+){1,3})$/u;
/** Korean bylines put the title after the name: "홍길동 기자", "홍길동 기자 gildong@example.co.kr". */
const KOREAN_BYLINE = /^(\p{Script=Hangul}{2,4})\s*기자(?:\s+\S+@\S+)?$/u;
/** A byline is a short line; longer lines starting with "By" are sentences ("By Friday, talks had…"). */
const MAX_BYLINE_WORDS = 12;
/** Twelve words of a byline fit in this many characters with room to spare. */
const MAX_BYLINE_CHARS = 160;

/**
 * Lines that announce the author after a date or a verb: "Posted on March 3, 2025 by helen_m",
 * "Veröffentlicht am 6. August 2009 von Jana Berg", "12/03/2025 · von Jana Berg · in Politik".
 */
const POSTED_BY = /^(?:posted|published|written|filed|updated|submitted|veröffentlicht|publiziert|geschrieben|gepostet|erstellt|gespeichert|eingestellt|verfasst|publié|publicado|pubblicato)\b.{0,60}?\s(?:by|von|par|por|di|door|av)\s+(\S.*)$/iu;
const DATED_BY = /^.{0,40}?\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?)?\s*(?:[,·|•–—-]\s*)?(?:by|von|par|por|di|door|av)\s+(\S.*)$/iu;
/**
 * After "posted by", one word is a name too, a user name included ("by marc", "von HansG"); it ends at a separator, a
 * field's label ("Kategorien: …"), "under" its category or the comments' count ("12/04/2020 by Kay 24 Comments").
 */
const ANNOUNCED_NAME = /^([^\s,|·•]{2,40}(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*[,|·•–—-]\s.*|\s+(?:am|on|le|in|im|under|unter)\s.*|\s+\p{Lu}\p{L}+:\s.*|\s+\d+\s+(?:[Cc]omments?|[Kk]ommentare?|[Rr]esponses?|[Rr]eplies|[Aa]ntworten|[Cc]ommentaires?|[Cc]omentarios?)\b.*)?$/u;
/** A name beside the date: "Jane Doe | 3 March 2025", "Jana Berg am 18. September 2019", "Gunter Frank / 22.04.2020 / 06:15". */
const NAME_THEN_DATE = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s*(?:[|·•,/]\\s*|\\s(?:am|on|le|el|il)\\s+)(.+)$`, 'u');
/** Words that start a dateline or a date, not a name: "On Tuesday | …", "Published Monday · …". */
const NOT_NAME_WORDS = /\b(?:on|in|im|am|at|published|updated|posted|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** "11.12.2019 - Jana Berg", "04.02.2022 | 15:33 Uhr | Jana Berg", "23.06.2016 um 16:14 Uhr - Jana Berg - 91 Ergänzungen": the date (and time) before the name, a field or none after. */
const DATE_THEN_NAME = new RegExp(`^(.{6,40}?\\d{4}(?:\\s*[,|·•]?\\s*(?:um\\s+|at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:[Uu]hr|[AaPp]\\.?[Mm]\\.?))?)?)\\s*(?:[|·•–—-]|//?)\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})(?:\\s+[|·•–—-]\\s.*)?$`, 'u');
const NOT_A_NAME = /^(?:the|a|an|der|die|das|le|la|el|il|admin|administrator)$/i;
/** Words a line may say after "by" or "von" alone ("by far", "von heute", "by design"). */
const NOT_A_HANDLE = /^(?:far|now|hand|design|default|heute|hier|oben|unten|innen|außen|mir|uns|dir|ihm|ihr|ihnen|anfang|neuem)$/i;
/** "von lupa", "by zahlenzauberin", "von Herr_Rein": a blog's user name alone after "by", lower case, figures and
 *  underscores allowed (a person's name is read by BYLINE); the whole line, so "by far" in a sentence never is. */
const USER_HANDLE_BYLINE = /^(?:by|von)\s+((?=[\p{L}\d_.-]*[\p{Ll}\d_])[\p{L}][\p{L}\d_.-]{2,29})$/u;

/** "By Jane Doe @janedoe February 1, 2016", "By Jane Doe@janedoe": the author's social handle beside the name. */
const SOCIAL_HANDLE = /\s*@\w+(?![\w.@])/gu;
/** "* By Jane Doe", "// By Jane Doe": a byline set as an item of the article's info list, or styled as a code comment. */
const LIST_BULLET = /^(?:[*•]|\/\/)\s+/;
/** "ByJane Doe", "Veröffentlicht vonChris Jung": a page's text run together where the byline's link began. */
const GLUED_BY = /(^|\s)([Bb]y|[Vv]on|[Pp]ar|[Pp]or)(?=\p{Lu}[\p{Ll}.])/gu;
/**
 * "by Jana Berg (reporting) and Tom Roe (photography)": each name's part in parentheses. The writers' roles are dropped,
 * and so are the names of those credited for the pictures, who did not write the piece.
 */
function withoutParenthesisedRoles(text: string): string {
  return text.replace(PICTURE_CREDIT, '').replace(WRITING_ROLE, '');
}
const PICTURE_CREDIT = /\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b)\s+[^(),]{2,60}?\s*\((?:photography|photos?|pictures?|images?|video|illustrations?|fotos?|bilder?|grafik)\)/giu;
const WRITING_ROLE = /\s*\((?:reporting|words|text|writing|texte|texto)\)/giu;

/** "By Jane Doe July 10, 2015": the name runs into the date with no separator. */
const BY_THEN_REST = /^(?:by|von|par|por|di|door|av)\s+(.+)$/iu;
const MAX_NAME_WORDS = 6;

export function extractByline(line: string): string | null {
  const unbulleted = line.trim().replace(LIST_BULLET, '');
  // Every line of a page is asked; a long one is a sentence, known without splitting it. Parting "By" from a name only
  // lengthens a line, so one too long already, with no social handle to drop, is known before that is done.
  if (unbulleted.length > MAX_BYLINE_CHARS && !unbulleted.includes('@')) return null;
  let t = unbulleted.replace(GLUED_BY, '$1$2 ');
  if (t.includes('(')) t = withoutParenthesisedRoles(t);
  if (t.includes('@')) t = t.replace(SOCIAL_HANDLE, '');
  if (t.length > MAX_BYLINE_CHARS) return null;
  const posted = POSTED_BY.exec(t) ?? DATED_BY.exec(t);
  if (posted) return announcedName(posted[1]!);
  // "By Jane Doe, Senior Technologist, Privacy Project", "Von Jana Berg | 24.10.2023 | Zuletzt geändert: …": a "by" and a
  // name that a separator or the date ends are a byline at any length a byline line has.
  const byName = nameAfterBy(t);
  if (byName !== null) return byName;
  if (t.split(/\s+/).length > MAX_BYLINE_WORDS) return labelledField(t)?.[1]!.trim() ?? null;
  const label = AUTHOR_LABEL.exec(t) ?? labelledField(t) ?? HAN_BYLINE.exec(t) ?? KOREAN_BYLINE.exec(t) ?? RIGHT_TO_LEFT_BYLINE.exec(t);
  if (label) return label[1]!.trim();
  const handle = USER_HANDLE_BYLINE.exec(t)?.[1];
  if (handle !== undefined && !NOT_A_NAME.test(handle) && !NOT_A_HANDLE.test(handle)) return handle;
  const named = NAME_THEN_DATE.exec(t);
  // "Von Thilo / 6. November 2023": a single name after "by" reads as two name words here; the label is not the name.
  if (named && !NOT_NAME_WORDS.test(named[1]!) && (isDate(named[2]!) || isAgeStamp(named[2]!))) return BY_THEN_REST.exec(named[1]!)?.[1] ?? named[1]!;
  const dated = DATE_THEN_NAME.exec(t);
  if (dated && isDate(dated[1]!)) return dated[2]!;
  return null;
}

/** The author's field among a post's fields on one line ("Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Tags: …"). */
function labelledField(t: string): RegExpExecArray | null {
  for (const field of fieldsOf(t)) {
    const label = AUTHOR_LABEL.exec(field) ?? PREFIXED_BYLINE.exec(field);
    if (label) return label;
  }
  return null;
}

function nameAfterBy(t: string): string | null {
  const m = BYLINE.exec(t) ?? PREFIXED_BYLINE.exec(t);
  if (!m) return nameBeforeDate(t);
  const name = m[1]!.trim().replace(WITH_GUEST, '').replace(FOR_OUTLET, '').replace(/\s+(?:and|&|und|et|y)$/i, '');
  return isPersonName(name) ? name : nameBeforeDate(t);
}

/** "… mit Tom Roe.", "… with Tom Roe": an interview's guest after its author's name, who did not write it. */
const WITH_GUEST = /\s+(?:mit|with|avec|con)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** "… for Reuters", "… For The Evening Post": the outlet a byline's author wrote for, which the name patterns read as name words. */
const FOR_OUTLET = /\s+[Ff]or\s+\p{Lu}.*$/u;

/** Name particles and joins written in lower case: "Alexa von Heyden", "Jane Doe and John Roe". */
const LOWER_CASE_NAME_WORD = /^(?:de|van|von|der|da|al|bin|and|&|und|et|y)$/;

/**
 * "By Friday" or "By Reuters staff" is not a person: a name is two or more words, capitalised but for its particles
 * (the patterns ignore case, for "BY JANE DOE" and "by Jane Doe").
 */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w) || LOWER_CASE_NAME_WORD.test(w));
}

/**
 * "By Laura June Topolsky July 10, 2015", "Por Juliet Jimenez 5 mayo, 2022": the longest run of two or more name
 * words after "by" that leaves a date behind it (the month's name is a capitalised word too, so the run is shortened
 * until the rest reads as a date).
 */
function nameBeforeDate(t: string): string | null {
  const rest = BY_THEN_REST.exec(t)?.[1];
  if (rest === undefined) return null;
  const words = rest.split(/\s+/);
  return leadingName(words) ?? singleNameBeforeDate(words);
}

/**
 * After "by", one word is a name too when the date follows it ("By Ela on 31. October, 2023", "by oz on December 4,
 * 2006", "von Redaktion, 24. Januar 2022"): "by" and the date frame it, where "Von Keine Kommentare" has no date; a
 * day's name is the date's ("By Friday, 3 March 2025, …"). With the announced name's ends and the German date labels:
 * eval:pagetext trafilatura authors +7, none lost.
 */
function singleNameBeforeDate(words: readonly string[]): string | null {
  const name = words[0]!.replace(/,$/, '');
  if (words.length < 2 || !SINGLE_NAME.test(name) || NOT_A_NAME.test(name) || NOT_A_HANDLE.test(name) || DATE_LABEL_WORD.test(name) || NOT_NAME_WORDS.test(name)) return null;
  return startsWithDate(words.slice(1).join(' ').replace(LEADING_SEPARATOR, '')) ? name : null;
}
/** A capitalised name or a user name, letters first ("Ela", "oz", "Marianne1", "Herr_Rein"). */
const SINGLE_NAME = /^\p{L}[\p{L}\d_.'’-]{1,29}$/u;

/**
 * The longest run of two or more name words opening `words` that leaves a date or the post's age behind it (after a
 * dash or a bar, if any: "Alex Perry 1 day ago").
 */
function leadingName(words: readonly string[]): string | null {
  let run = 0;
  while (run < Math.min(words.length - 1, MAX_NAME_WORDS) && NAME_WORD_ONLY.test(words[run]!) && !DATE_LABEL_WORD.test(words[run]!)) run++;
  for (let k = run; k >= 2; k--) {
    const rest = words.slice(k).join(' ').replace(LEADING_SEPARATOR, '');
    if (startsWithDate(rest) || isAgeStamp(rest)) return words.slice(0, k).join(' ');
  }
  return null;
}
const LEADING_SEPARATOR = /^[-–—|·•]\s*/;

const NAME_WORD_ONLY = new RegExp(`^${NAME_WORD}$`, 'u');
/** Words that label the date after a name ("By Jane Doe Last updated …"); month names are left to the date test (June is a name too). */
const DATE_LABEL_WORD = /^(?:last|updated|published|posted|on|am|le|el|erstellt|veröffentlicht|aktualisiert|geändert|publié|publicado|pubblicato)$/i;

/**
 * A date that starts the text ("July 10, 2015 at 9:05 am", "Last updated Nov 8, 2023"), not one somewhere inside it. The
 * year may be left out, as news sites do for the current one ("By Jana Berg March 18 at 3:57 PM"): the day and the
 * month after the name end it as well as a full date does.
 */
function startsWithDate(text: string): boolean {
  // Only the opening words are read: a date further on ("8, 2023 | 6:03 pm November 8, 2023") is not where the name ends.
  return /^(?:(?:last\s+)?updated\s+|published\s+|posted\s+|on\s+|(?:erstellt|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\s+(?:(?:am|le|el|il)\s+)?|am\s+|le\s+|el\s+)?(?:\p{L}{3,}\.?\s+\d|\d)/iu.test(text) && givesDayAndMonth(text.split(/\s+/).slice(0, MAX_DATE_WORDS).join(' '));
}
function givesDayAndMonth(text: string): boolean {
  const found = parseDate(text);
  return found.published_at !== null || found.partial_date !== null;
}
/** "Last updated Nov 8, 2023", "10 de julio de 2015": the longest dates opening a text. */
const MAX_DATE_WORDS = 5;

/**
 * A byline's label on a line of its own: "By", "Von:", "* Autor", "Autor*in", "Kommentar von", "Über den Autor" (the
 * name follows on the next line).
 */
const BYLINE_LABEL_LINE = /^[*•]?\s*(?:(?:(?:written|posted|kommentar|artikel|beitrag|text)\s+)?(?:by|von|par|por|door)|author|autor(?:in|[*/:]in|innen|[*/:]innen)?|auteur|verfasser|über den autor(?:in)?|about the author)\s*:?$/iu;
/**
 * A section's kicker run into the label, which keeps its capital ("Disko Von"); a lower-case "by" after a word is a
 * sponsor's credit ("powered by", "präsentiert von", "Provisto por"). With the kicker, the gendered labels, the social
 * handle and the "and" line: eval:pagetext trafilatura authors +4, none lost.
 */
const KICKER_BYLINE_LABEL_LINE = /^[*•]?\s*\p{Lu}\p{L}*\s+(?:By|Von|Par|Por|Door)\s*:?$/u;
/**
 * A post's date printed inside the label ("Written on Mar 17 by" / "Pippin Lee", "Posted on 3 March 2025 by", "Publié le
 * 3 mars 2025 par"): the date between the verb and the "by".
 */
const DATED_BYLINE_LABEL_LINE = /^(?:written|posted|published|veröffentlicht|geschrieben|publié|publicado|pubblicato)\s+(?:on|am|le|el|il)\s+(.{3,40}?)\s+(?:by|von|par|por|da)$/iu;

function isBylineLabelLine(text: string): boolean {
  if (BYLINE_LABEL_LINE.test(text) || KICKER_BYLINE_LABEL_LINE.test(text)) return true;
  const date = DATED_BYLINE_LABEL_LINE.exec(text)?.[1];
  return date !== undefined && givesDayAndMonth(date);
}

/** The name on the line after the label: one to five words, the first capitalised, no figures or sentence marks. */
const NAME_LINE = /^[*•]?\s*(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4})$/u;

/** A name on a line of its own: two to four capitalised words, no figures ("Jana Berg", "Prof. Dr. Rainer Quitzow"). */
const BARE_NAME = new RegExp(`^[*•]?\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})$`, 'u');

/**
 * A name printed alone beside the article's date ("Jana Berg" over "3. März 2025"): the byline of many news pages,
 * given the line and its neighbours. Only asked of the lines under the headline, where section labels seldom sit.
 */
export function nameBesideDate(text: string, neighbours: readonly (string | undefined)[]): string | null {
  const trimmed = text.trim();
  const dated = nameThenDate(trimmed);
  if (dated !== null) return dated;
  const name = BARE_NAME.exec(trimmed)?.[1];
  if (name === undefined || NOT_NAME_WORDS.test(name)) return null;
  return neighbours.some((n) => n !== undefined && n.length <= MAX_BYLINE_CHARS && (RELATIVE_TIME.test(n) || CLOCK_TIME.test(n) || findDateLine([n]).published_at !== null)) ? name : null;
}

/**
 * A stamp that dates a post by its age or gives its reading time, printed beside the byline as a date is: "1 day ago",
 * "vor 2 Stunden", "před 2 hodinami", "hace 3 horas", "il y a 2 heures", "14 min read", "6 Min. Lesezeit". Measured on
 * eval:pagetext: one more right Readability author, no other byline changed.
 */
const RELATIVE_TIME = /^[*•]?\s*(?:[\p{L}]+:?\s+)?(?:(?:vor|hace|il y a|před|há|fa)\s+\d+\s+\p{L}+|\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|days?|weeks?)\.?\s+(?:ago|read)|\d+\s+min\.?\s+(?:lesezeit|lesedauer|lecture|lectura))\b/iu;
/**
 * A time of day alone, with its zone or not ("1:39 PM ET", "10:05 Uhr", "14h30"): a page prints only the time beside the
 * byline of a post from the same day, as it prints its age.
 */
const CLOCK_TIME = /^[*•]?\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:uhr|[a-z]{1,4}t|gmt|utc)?$/iu;
/**
 * The stamp alone after a name and its separator: "1 day ago", "8h" ("James Akinaka • 8h"). With the "//" bullet:
 * eval:pagetext authors trafilatura +1, Readability +2, none lost.
 */
const isAgeStamp = (text: string): boolean => RELATIVE_TIME.test(text) || COMPACT_AGE.test(text);
const COMPACT_AGE = /^\d{1,2}\s*[hmd]$/i;

/**
 * A name and the date on one line with no separator but a space or a dash ("Mike Conley December 18, 2020", "Dan
 * Goodin - Apr 16, 2015 8:02 pm UTC"), or run together where the page's copy lost the space ("Tanja Karrasch3.11.2023").
 * Measured on eval:pagetext: authors trafilatura +3, Readability +2, none lost.
 */
function nameThenDate(text: string): string | null {
  if (text.length > MAX_BYLINE_CHARS) return null;
  const name = leadingName(text.replace(LIST_BULLET, '').replace(GLUED_DATE, '$1 $2').split(/\s+/));
  return name === null || NOT_NAME_WORDS.test(name) ? null : name;
}
/** A lower-case letter run into a figure: a name's last letter and its date's first ("Karrasch3.11.2023"). */
const GLUED_DATE = /(\p{Ll})(\d)/u;

/**
 * The name of a byline printed over two lines ("Von" / "Jana Berg", "Por" / "Ana Torres @atorres"), given the label line
 * and the line after it; a second name printed after a line of its own "and" (`later`: the lines after the next) joins it.
 */
export function splitByline(label: string, next: string | undefined, later: readonly string[] = []): string | null {
  if (next === undefined || !isBylineLabelLine(label.trim())) return null;
  const name = nameLine(next);
  if (name === null || !AND_LINE.test(later[0] ?? '')) return name;
  const second = later[1] === undefined ? null : nameLine(later[1]);
  return second === null ? name : `${name} and ${second}`;
}

/** A line that is a name, its social handle aside ("Ana Torres @atorres"). */
function nameLine(text: string): string | null {
  const line = text.replace(SOCIAL_HANDLE, '').trim();
  return NAME_LINE.exec(line)?.[1] ?? userHandle(line.replace(LIST_BULLET, ''));
}

/**
 * A blog's or forum's user name alone ("hausinfo", "delta201"), not a word a line says after "by" ("far"): under a
 * label line it names the author as a capitalised name does. Measured with the credit label, the gendered "Autorin:",
 * the guest and the glued "Geschrieben vonJana": eval:pagetext trafilatura authors +5, none lost.
 */
function userHandle(text: string): string | null {
  const handle = USER_HANDLE.exec(text)?.[0];
  return handle === undefined || NOT_A_NAME.test(handle) || NOT_A_HANDLE.test(handle) ? null : handle;
}
const USER_HANDLE = /^(?=[\p{L}\d_.-]*[\p{Ll}\d_])[\p{L}][\p{L}\d_.-]{2,29}$/u;
/** A line of its own joining two names of a byline ("By" / "Jana Berg" / "and" / "Tom Roe"). */
const AND_LINE = /^(?:and|&|und|et|y|e)$/i;

function announcedName(text: string): string | null {
  const full = extractByline(`by ${text}`);
  if (full) return full;
  const m = ANNOUNCED_NAME.exec(text.trim());
  return m && !NOT_A_NAME.test(m[1]!) ? m[1]! : null;
}

function isDate(text: string): boolean {
  return findDateLine([text]).published_at !== null;
}
