// Vocabularies of page chrome, as data: promos, comment/share widgets, photo credits, outlet-name words.

const SKIP_LINK = String.raw`(?:(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|menu|footer)|(?:zum|zur)\s+(?:hauptinhalt|inhalt|hauptnavigation|navigation|suche|hauptmenü|menü|fußzeile)(?:\s+(?:springen|wechseln|gehen))?|aller\s+au\s+(?:contenu|menu)|ir\s+al\s+contenido|salta(?:re)?\s+al\s+contenuto)`;

/** Promotional or site-function lines ("Subscribe", "Join our Telegram channel…"). Only applied to short lines. */
export const PROMO_PATTERNS: readonly RegExp[] = [
  /\bsubscri(?:be|ption)\b/i,
  /\bjoin\b.{0,40}\b(?:channel|newsletter|community|group|us on)\b/i,
  /\bfollow us\b/i,
  /\bsign (?:up|in)\b|\blog ?in\b|\bregister\b|\bcreate an account\b/i,
  /\bnewsletters?\b/i,
  /\bdownload (?:our|the) app\b/i,
  /\bclick here\b/i,
  /^(?:read|see) (?:more|also)\b|\bread the full\b|\bcontinue reading\b/i,
  /^advertisement$|^sponsored\b|^promoted\b/i,
  /\bcookies?\b.*\b(?:use|accept|policy|consent)\b/i,
  /\ball rights reserved\b|©|\bcopyright\b/i,
  /\bshare (?:this|on|via)\b|^share$|^tweet$|^print$|^e-?mail$/i,
  /\b(?:latest|breaking) news\b.*\b(?:delivered|inbox|updates|stay tuned)\b|\bstay tuned\b|\bget the latest\b/i,
  /\b(?:whatsapp|telegram|facebook|twitter|instagram|tiktok|youtube)\b.{0,30}\b(?:channel|page|follow|join|us)\b/i,
  /\bterms of (?:use|service)\b|\bprivacy policy\b|\bcontact us\b|\babout us\b/i,
  /\bsupport (?:our|independent) journalism\b|\bdonate\b/i,
  // Skip links for keyboard and screen-reader users, alone or in a row ("Skip to content", "Zur Suche springen Zum
  // Inhalt springen", "Aller au contenu"): the whole line, so a subheading "Zur Suche nach dem Täter" stays.
  new RegExp(`^${SKIP_LINK}(?:\\s+${SKIP_LINK})*$`, 'i'),
];

/** Lines after which the article is over: comment widgets, related-content blocks. */
export const END_MARKERS: readonly RegExp[] = [
  /^(?:\d+\s+)?comments?$|^leave a (?:comment|reply)\b|^add (?:a )?comment\b|\bto participate in the discussion\b|^discussion$/i,
  /^(?:related|more)(?: (?:articles?|stories|news|coverage|from|on this topic|in \S+))?:?$/i,
  /^(?:recommended|you (?:may|might) also like|most (?:read|popular|viewed)|trending|top stories|editor'?s picks)\b/i,
  /^(?:tags?|topics?|keywords?)\s*:/i,
];

/** Photo captions and credits: "… -- PHOTO: AP", "(Photo: Reuters)", "Image: Getty Images". */
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /(?:--|—|–|-|\|)\s*(?:file\s+)?(?:photos?|images?|pictures?|video|fotos?|bild)\s*(?:credit)?\s*:\s*\S.{0,60}$/i,
  // "(Photo: Reuters)", "(Foto: dpa)", "(Bildquelle: Neumann)"
  /\((?:file\s+)?(?:photos?|images?|pictures?|fotos?|bild(?:quelle)?)\s*(?:credit)?\s*:?[^)]{0,60}\)\s*$/i,
  // "Photo: …", "Abb.: Collage …" (German "Abbildung")
  /^(?:photos?|images?|pictures?|fotos?|bild|credit|abb\.)\s*:\s*\S/i,
  /\b(?:getty images|shutterstock|ap photo|afp photo|reuters\/|afp\/|epa\/|via getty)\b[^.!?]{0,60}$/i,
  // A description sentence ending in its credit: "… in Reykjavik. Photo: Herald / Ari Magnússon", "… Photo courtesy of the family".
  /[.!?]["”’)]?\s+(?:photos?|photograph|images?|pictures?|fotos?|bild|credit)\s*(?::|courtesy\b|by\b)\s*\S[^.!?]{0,60}$/i,
  // The same with the credit run into the sentence, as a page's text copies a caption and its credit element: "… tragen.Foto: Swen Pfoertner/Reuters".
  /\p{Ll}[.!?](?:Photos?|Fotos?|Bild|Credit):\s*\S[^.!?]{0,60}$/u,
];

/**
 * Every caption pattern names a picture, a credit or a photo agency with one of these words (a new pattern must too):
 * a test of one scan that settles most lines before the patterns are tried, paragraphs of a caption's length included.
 */
const CAPTION_WORD = /photo|image|picture|video|foto|bild|credit|abb\.|getty|shutterstock|reuters\/|afp\/|epa\//i;

/** A photo caption or credit line (CAPTION_PATTERNS). */
export function isCaption(text: string): boolean {
  return CAPTION_WORD.test(text) && matchesAny(CAPTION_PATTERNS, text);
}

/**
 * Consent notices speak as the site ("We and our partners use cookies…", "This website uses cookies", "Wir setzen auf
 * unserer Website Cookies ein", "Nous utilisons des cookies") and run longer than other chrome, so they are recognised
 * at any length up to a caption's; reporting about cookies speaks of others. The languages of the dev sets and their
 * neighbours: the site's first person or "this site", a verb of using or setting, then "cookies" within 60 characters.
 */
export const CONSENT_NOTICE = new RegExp(
  [
    String.raw`\b(?:we|this (?:web)?site|our (?:web)?site)(?: and (?:our|selected|third[- ]party) (?:\w+ )?partners)? (?:use|uses|store|set)\b.{0,60}\bcookies\b`,
    String.raw`\bby continuing to (?:browse|use)\b|\bcookies (?:must|need to) be enabled\b|\benable cookies in your browser\b`,
    // de
    String.raw`\b(?:wir|diese[sr]? (?:web)?seite|diese website|unsere (?:web)?seite|unsere website)(?: und unsere partner)? (?:verwende[nt]|nutze[nt]?|nutzt|setze[nt]|benutze[nt])\b.{0,60}\bcookies\b`,
    // fr, es, pt, it
    String.raw`\b(?:nous|ce site|notre site)(?: et nos partenaires)? (?:utilisons|utilise)\b.{0,60}\bcookies\b`,
    String.raw`\b(?:utilizamos|usamos|este sitio(?: web)? (?:utiliza|usa)|este site (?:utiliza|usa))\b.{0,60}\bcookies\b`,
    String.raw`\b(?:utilizziamo|usiamo|questo sito(?: web)? (?:utilizza|usa))\b.{0,60}\bcookies?\b`,
    // nl, pl
    String.raw`\b(?:wij|we|deze (?:web)?site) (?:gebruiken|gebruikt|plaatsen|plaatst)\b.{0,60}\bcookies\b`,
    String.raw`\b(?:używamy|wykorzystujemy|ta strona (?:używa|wykorzystuje))\b.{0,60}\bcookies?\b`,
  ].join('|'),
  'i',
);

/** A consent manager's notice can run to a hundred words and more ("Wir setzen auf unserer Website Cookies … ein.
 *  Zudem ermöglichen Cookies …"): past a caption's length it counts only when it opens with the site's cookie
 *  sentence, so a long paragraph that quotes one further in stays. */
const MAX_CONSENT_NOTICE_WORDS = 150;
const CONSENT_OPENING_CHARS = 120;

/** Every consent notice names cookies or says "by continuing to": a cheap test that settles almost every line. */
const CONSENT_WORD = /cookie|by continuing to/i;

/** `wordCount` is asked only of lines that name cookies (counting words is the costlier test). */
export function isConsentNotice(text: string, wordCount: () => number): boolean {
  if (!CONSENT_WORD.test(text)) return false;
  const words = wordCount();
  if (words > MAX_CONSENT_NOTICE_WORDS) return false;
  return CONSENT_NOTICE.test(words <= MAX_CAPTION_WORDS ? text : text.slice(0, CONSENT_OPENING_CHARS));
}

/**
 * A legal footer line: a copyright sign or word with its year ("© 2023", "Copyright 2010-2023", "2023 ©"), or "all rights
 * reserved" in one of the common languages. A photo credit names its holder first ("© Markus Leitner … im Juni 2022").
 */
export const LEGAL_FOOTER = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?\d{4}\b|\b\d{4}\s*©|\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados|wszelkie prawa zastrzeżone)\b|все права защищены/iu;

/** Words typical of outlet names, to recognise the site name in a page header ("Sputnik International"). */
export const OUTLET_NAME_WORDS = /\b(?:news|times|post|herald|tribune|journal|daily|gazette|chronicle|telegraph|guardian|observer|independent|express|mail|press|international|today|sputnik|reuters|bbc|cnn|agency|media|radio|tv|television|zeitung|spiegel|monde|figaro|pravda|izvestia|standard|star|sun|mirror|insider|wire|report|review|examiner|courier|dispatch|bulletin|magazine|weekly|online|echo|evening|morning|ledger|sentinel|advertiser|record|register|globe|enquirer|inquirer|argus|mercury|citizen|messenger|courant|kurier|rundschau|anzeiger|nachrichten|allgemeine|presse|tagblatt|tageblatt|abendblatt|courrier|matin|nouvelles|diario|peri[oó]dico|correo|noticias|heraldo|observador|corriere|gazzetta|stampa|krant|dagblad|avisen|tidning|sanomat|gazeta|wiadomo[sś]ci|novosti|vedomosti)\b/i;

/** Section names that are outlet words on their own ("News", "Today"): a line of one of these is a menu item, not a site name. */
export const GENERIC_SECTION_NAME = /^(?:news|today|video|radio|tv|online|weekly|magazine|report|review|media|international|press|daily|insider|wire|opinion|world|business|evening|morning|record)$/i;

/** A line under this many words with no sentence ending is navigation, a label or a widget, not prose. */
export const MIN_PROSE_WORDS = 8;
/** Promo and caption vocabularies are only trusted on lines this short; longer ones are reporting. */
export const MAX_CHROME_WORDS = 30;
/** Captions run longer than other chrome (a full descriptive sentence plus the credit). */
export const MAX_CAPTION_WORDS = 60;
/**
 * Body segment scoring: a prose line adds its word count, any other line subtracts this many words, an
 * end marker (comments, "Related") far more. Calibrated on the trafilatura and Readability pages rendered
 * as text (npm run eval:pagetext): a menu of ten items outweighs a one-line tagline, a share bar does not
 * outweigh the paragraphs after it.
 */
export const CHROME_LINE_PENALTY = 4;
export const END_MARKER_PENALTY = 40;
/** A paragraph with this share of its words inside another kept paragraph is a repeat (a lede or caption printed twice). */
export const REPEAT_CONTAINMENT = 0.9;
/** A line seen on at least this many pages of an outlet, and on this share of them, is the outlet's template. */
export const TEMPLATE_MIN_PAGES = 3;
export const TEMPLATE_MIN_SHARE = 0.5;

export const matchesAny = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));
