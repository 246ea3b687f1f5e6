// Heuristic vocabularies for the content scorer and block filters. Kept as data so they can be tuned
// without touching the algorithm; every entry is a general web-publishing convention, never one site's markup.
// Word and phrase lists are regex source compiled by phrasePattern: most entries are plain words, a few keep a
// small pattern ("sponsored( content)?") where one entry stands for several spellings.

import { phrasePattern, type PhrasePatternOptions } from '../phrase-pattern.ts';

/** class/id word lists match anywhere in the attribute: "comment" finds "comment-list" and "post_comments". */
const ANYWHERE: PhrasePatternOptions = { before: '', after: '' };

/** Elements that never hold article text. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'map', 'button', 'select', 'input', 'textarea', 'label', 'nav', 'aside', 'footer', 'menu', 'dialog',
  'link', 'meta', 'title', 'math', 'picture', 'source', 'img', 'area', 'option', 'datalist', 'output', 'progress',
]);

/** ARIA roles of page furniture. */
export const DROPPED_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'menu', 'menubar', 'complementary', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo',
  'search', 'toolbar', 'tablist',
]);

/** class/id words that mark furniture so surely the element is removed before scoring (Readability's
 *  "unlikely candidates", extended with cookie/consent and newsletter widgets). Matched anywhere in the
 *  attribute, so "cookie" also covers "cookiebar". */
const UNLIKELY_CANDIDATE_WORDS: readonly string[] = [
  // page frame and navigation
  'banner', 'breadcrumb', 'cover-wrap', 'footer', 'legends', 'masthead', 'menu', 'navigation', 'navbar',
  'toolbar', 'sidebar', 'pagination', 'pager', 'skip-link', 'skiplink', 'tags', 'taglist',
  // comments and community (de: kommentar)
  'comment', 'community', 'disqus', 'remark', 'replies', 'shoutbox', 'kommentar',
  // related content and recommendation widgets
  'related', 'extra', 'supplemental', 'teaser-list', 'outbrain', 'taboola',
  // advertising and sponsorship
  '-ad-', 'ad-break', 'skyscraper', 'sponsor',
  // share, follow and subscription widgets; a "non-paywall" wrapper holds the free text
  'social', 'share', 'sharing', 'rss', 'newsletter', 'subscribe', '(?<!non-)paywall',
  // cookie/consent notices, overlays, login and browser prompts
  'gdpr', 'consent', 'cookie', 'agegate', 'popup', 'modal', 'overlay', 'lightbox', 'notification', 'login', 'signin',
  'sign-in', 'browser-?update', 'outdated-?browser', 'browserupgrade',
  // print-only and screen-reader-only copies
  'print-only', 'screen-reader', 'sr-only', 'visually-hidden', 'visuallyhidden',
  // graphics exported from Illustrator, laid out as absolutely positioned text
  'ai2html',
  // names of old CMS and portal modules, kept from Readability's list
  'combx', 'yom-remote',
];
export const UNLIKELY_CANDIDATE = phrasePattern(UNLIKELY_CANDIDATE_WORDS, ANYWHERE);

/** …unless the same attribute also says it may be the content. */
export const MAYBE_CANDIDATE = phrasePattern(
  ['and', 'article', 'body', 'column', 'content', 'main', 'mathjax', 'shadow', 'story', 'entry', 'text', 'post'],
  ANYWHERE,
);

/** class/id/itemprop words that raise a container's score. Order matters: blocks.ts finds where the last of these
 *  words ends in a class name with matchAll, where the first listed word that fits at a position wins. */
export const POSITIVE_HINT = phrasePattern([
  'article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'pagination', 'post', 'story', 'text',
  'blog', 'abstract',
  // de
  'beitrag', 'artikel', 'inhalt', 'meldung',
  'news',
], ANYWHERE);

/** class/id words that lower a container's score. Order matters as for POSITIVE_HINT; "foot" also covers
 *  "footer" and "footnote". */
export const NEGATIVE_HINT = phrasePattern([
  '-ad-', 'banner', 'combx', 'comment', 'com-', 'contact', 'foot', 'gdpr', 'masthead', 'meta', 'outbrain',
  'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'caption',
  'credit', 'social', 'subscribe', 'newsletter', 'nav', 'menu', 'teaser', 'byline', 'author', 'dateline', 'timestamp',
  'recommend',
  // de
  'kommentar', 'weitere',
  'advert', 'breadcrumb', 'cookie', 'login', 'signup', 'toolbar', 'rating', 'popular', 'trending',
], ANYWHERE);

/** A container class that is explicitly the article body: trusted over statistical scoring. */
export const ARTICLE_BODY_HINT = phrasePattern([
  'articlebody', 'article-body', 'article__body', 'article_body', 'story-body', 'storybody', 'post-body', 'postbody',
  'entry-content', 'post-content', 'article-content', 'articlecontent', 'article-text', 'articletext',
  'story-content', 'text-content', 'main-content',
], ANYWHERE);

/** Block-level elements: they break inline text into separate paragraphs. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'html', 'frameset',
]);

/** Elements that group other blocks, and are pruned as a unit when they look like furniture. */
export const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  'div', 'section', 'ul', 'ol', 'dl', 'table', 'header', 'form', 'fieldset', 'details', 'center', 'figure',
]);

// Short blocks that are interface text, not reporting. Each phrase is matched against the whole block,
// case-insensitively, trailing punctuation and spaces allowed; ".*" in a phrase lets the block go on after it.

/** Advertising labels over ad slots. */
const ADVERTISING_LABELS: readonly string[] = [
  'advertisement', 'advertising', 'sponsored( content)?', // en
  'anzeige', 'werbung', // de
  'publicité', // fr
  'publicidad', // es
  'reklama', // pl
];

/** Headings of related-content and read-more boxes. */
const RELATED_CONTENT_LABELS: readonly string[] = [
  // en
  'read more', 'read next', 'read also', 'more:', 'see also', 'related( (articles|stories|coverage|posts|content|topics|reading))?',
  'you (may|might) also like.*', 'more from .*', 'recommended for you', 'if you enjoyed (reading )?this.*',
  // de
  'mehr zum thema.*', 'mehr lesen', 'weiterlesen', 'lesen sie auch.*', 'lies auch.*', 'auch interessant.*',
  'das könnte (dich|sie|euch) auch interessieren.*', 'dies könnte (dich|sie) auch interessieren.*',
  'ähnliche (beiträge|artikel|themen)', 'verwandte (beiträge|artikel)',
  'weitere (beiträge|artikel|themen|meldungen|nachrichten|tourentipps|infos)( .*)?', 'weitere informationen',
  'mehr aus der sendung.*', 'entdecke weitere.*', 'entdecken sie (jetzt|mehr)', String.raw`lust auf mehr\??`,
  // es
  'temas relacionados', 'noticias relacionadas', 'te puede interesar', 'lee también.*',
  // fr
  'articles? similaires', 'à lire aussi', 'lire aussi', 'sur le même sujet',
  // it
  'leggi anche', 'potrebbe interessarti',
  // pl
  'zobacz (również|też)', 'czytaj (także|też|więcej)',
];

/** Headings of most-read and trending lists. */
const POPULAR_LIST_LABELS: readonly string[] = [
  'top stories', 'most (read|popular)', 'most (discussed|commented)', 'trending', // en
  'meistgelesen', 'meist-?diskutiert', 'meist-?kommentiert', // de
];

/** Share, like, print, download and cite widgets. */
const SHARE_AND_PRINT_WIDGETS: readonly string[] = [
  // en
  'share( this( article| story)?)?( on .*)?', 'share on', 'tweet', 'e-?mail', 'print', 'like', 'recommend(ed)?',
  'download (this )?(article )?as pdf', 'suggested citation.*',
  // de
  'teilen', 'jetzt teilen', 'drucken', 'empfehlen', 'gefällt mir', '.{0,60}als pdf herunterladen', 'zitiervorschlag.*',
  // de and en: a like button still loading
  '(gefällt mir|liken|like) (wird geladen|lade|loading).*',
];

/** Calls to follow, subscribe or join. */
const SUBSCRIBE_AND_FOLLOW_PROMPTS: readonly string[] = [
  // en
  'follow us.*', 'follow .{1,40} on (twitter|facebook|instagram).*', 'subscribe\\b.*', 'sign up\\b.*', 'newsletter\\b.*',
  'become a member.*',
  // de
  'abonnieren.*', 'werden sie mitglied.*',
  // es
  's[ií]guenos en.*',
];

/** Cookie and consent notices and their buttons. */
const COOKIE_CONSENT: readonly string[] = [
  'we use cookies.*', 'this (web)?site uses cookies.*', 'accept( all)?( cookies)?', // en
  'akzeptieren', // de
  'cookies?.*(accept|akzeptieren|zustimmen).*', // en and de
];

/** Login and registration links. */
const ACCOUNT_LINKS: readonly string[] = [
  'log ?in', 'sign ?in', 'register', // en
  'anmelden', 'registrieren', // de
];

/** Comment counters, prompts and comment-form notices. */
const COMMENT_PROMPTS: readonly string[] = [
  // en
  'comments?', String.raw`\d+ comments?`, 'view comments', 'leave a (comment|reply)', 'add a comment', '(write|post) a comment',
  'you must be logged in to (post|leave) a comment.*',
  // de
  'kommentare?', String.raw`\d+ kommentare?`, 'schreibe einen kommentar', 'kommentare? schreiben',
  '(du musst|sie müssen) (eingeloggt|angemeldet) sein.*',
  // de and en
  String.raw`(kommentare|comments) (insgesamt|total):? \d+`,
];

/** Links and buttons that move around the site or the page. */
const NAVIGATION_LABELS: readonly string[] = [
  // en
  'home', 'menu', 'search', 'close', 'back to top', 'next', 'previous', '(previous|next) (article|post|story)',
  'skip to (main )?content', 'jump to.*', 'click here.*', 'table of contents', 'contents',
  // de
  'startseite', 'menü', 'suche', 'schließen', 'nach oben', 'zurück', 'weiter', 'vorherige?', 'nächste',
  'zum (vorherigen|nächsten) artikel', 'vorschau auf (den|die|das) nächsten? (artikel|beitrag|folge)', 'hier klicken.*',
  'inhaltsverzeichnis',
];

/** Placeholders of content loaded by script, and buttons that load more of it. */
const LOADING_PLACEHOLDERS: readonly string[] = [
  String.raw`loading\.*`, 'load more( stories| articles| posts)?', // en
  'lade weitere inhalte', 'weitere inhalte laden', 'mehr laden', // de
];

/** Labels of media players and galleries. */
const MEDIA_LABELS: readonly string[] = [
  'image', 'photo', 'video', 'audio', 'listen', 'play', 'gallery', 'view gallery', // en
  'bild', 'foto', 'bildergalerie', 'galerie', // de
];

/** Tag, category and filing lines. */
const TAXONOMY_LINES: readonly string[] = [
  'tags?:.*', 'categories?:.*', 'filed under.*', 'posted in.*', // en
  'schlagworte:.*', 'schlagwörter:.*', 'kategorien?:.*', // de
];

/** Copyright notices. */
const LEGAL_NOTICES: readonly string[] = [
  'copyright.*', '©.*', 'all rights reserved.*', // en
  'alle rechte vorbehalten.*', // de
];

/** Rating widgets and reading-time stamps. */
const RATING_AND_READING_TIME: readonly string[] = [
  // de, also in parentheses
  '(noch )?keine bewertungen.*', String.raw`\(noch keine bewertungen\)?`,
  // de and en: a rating widget still loading
  String.raw`\(?(noch keine bewertungen|no ratings yet)\)? (loading|lade).*`,
  String.raw`\d+ min(ute)?s? read`, 'reading time.*', // en
  'lesezeit.*', // de
];

/** Short blocks that are interface text, not reporting: one of the groups above is the whole block. */
export const BOILERPLATE_BLOCK = phrasePattern([
  ...ADVERTISING_LABELS, ...RELATED_CONTENT_LABELS, ...POPULAR_LIST_LABELS, ...SHARE_AND_PRINT_WIDGETS,
  ...SUBSCRIBE_AND_FOLLOW_PROMPTS, ...COOKIE_CONSENT, ...ACCOUNT_LINKS, ...COMMENT_PROMPTS, ...NAVIGATION_LABELS,
  ...LOADING_PLACEHOLDERS, ...MEDIA_LABELS, ...TAXONOMY_LINES, ...LEGAL_NOTICES, ...RATING_AND_READING_TIME,
], { after: String.raw`\W*$` });

/** Photo captions and credits. */
export const CAPTION_BLOCK = /^(vergrößern\b|enlarge\b|zoom\b|(beitragsbild|titelbild|titelfoto|aufmacherbild|headerbild|vorschaubild)\s*:|(abbildung|abb\.|figure|fig\.)\s*\d+[a-z]?\s*:|\(?(photo|photos|foto|fotos|image|images|bild|bilder|picture|pictures|illustration|grafik|graphic|credit|quelle|source|video|getty)\s*(:|by|von|credit|\/|©)|photo( illustration)?(:| by)|©|\(c\)\s|copyright\s)/i;

/** Trailing credit forms like "… (Photo: AP)" or "… / Getty Images" that mark a caption when short. */
export const CAPTION_TAIL = /(\((photo|foto|image|bild|picture)s?\s*:[^)]*\)|getty images|reuters\/[a-z ]+|afp via getty|shutterstock(\.com)?|dpa-bildfunk|picture[- ]alliance|istock(photo)?(\.com)?|imago images|\([^()]{0,60}\/\s*(istock|getty|shutterstock|imago|dpa|afp|reuters|ap|unsplash|pixabay|adobe ?stock)[^()]{0,30}\)|©\s?[^.!?]{2,60}|\b(bild|foto|photo|credit)s?:\s?[^.!?]{2,60})\s*\.?$/i;

/** A block consisting only of a byline, placed by the page near the headline. */
export const BYLINE_LINE = /^(by|von|par|por|di|door|av|af|przez|autor(in)?:?|author:?|written by|text:?)\s+\p{Lu}/u;

/** Utility class names (whole tokens) that hide an element with CSS. */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set(['hidden', 'hide', 'd-none', 'invisible', 'is-hidden', 'visually-hidden', 'visuallyhidden', 'sr-only', 'screen-reader-text', 'element-invisible', 'offscreen']);

/** Month names and abbreviations (en, de, fr, es, it, nl, pt, pl): a short block with one of these and a
 *  number is worth a full date parse. Matched from a word start with no end, so "jan" also finds "januar";
 *  filters.ts extends the pattern to the rest of the word, so the order is kept as it was tuned. */
export const MONTH_WORD = phrasePattern([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', // en
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', // de
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', // fr
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', // es
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', // it
  'januari', 'februari', 'maart', 'mei', 'augustus', // nl
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', // pt
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', // pl
], { before: String.raw`\b`, after: '' });

/** class words of the small line above a headline ("Klimaschutz: …"), which is not part of the headline. */
export const KICKER_HINT = phrasePattern([
  'kicker', 'overline', 'dachzeile', 'roofline', 'eyebrow', 'topline', 'spitzmarke', 'supertitle', 'pretitle', 'pre-title',
  'subject-line',
], ANYWHERE);

/** Chinese and Japanese bylines: "责任编辑：焦鹏", "作者：…", "记者 …". */
export const CJK_BYLINE_LABEL = /^(?:责任编辑|作者|记者|编辑|撰文|文)\s*[:：]\s*/u;
/** "Por Agencia EFE", "Par Jean Dupont": Spanish, Portuguese and French bylines (the name must follow on the
 *  same line, since "por"/"par" alone also start ordinary phrases). */
export const ROMANCE_BY = /^[Pp](?:or|ar)\s+(?=\p{Lu})/u;
/** A date stamp followed by the author: "11.12.2019 - Amelie Loevenich", "06.11.2023 13:30 von Olga". */
export const DATED_BYLINE = /^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4},?(?:\s+\d{1,2}:\d{2}(?:\s*uhr)?)?\s*(?:[-–|]\s*|\s+(?:von|by|par|por)\s+)(\S.*)$/i;
/** A credit's label written alone in its cell: "<dt>Auteur</dt><dd>Name</dd>", "<th>Author</th><td>Name</td>",
 *  "<div class="label">Interview</div><div class="value">Name</div>" (a magazine's credits: text, interview, photos…). */
export const CREDIT_LABEL = /^(?:autor(?:in)?|author|auteur|autora|text|texte|words|interview|verfasser(?:in)?|reporter|redaktion)\s*:?$/i;
/** The first characters the byline line patterns (DATED_BYLINE, CREDIT_LABEL, ROMANCE_BY, BYLINE_TEXT_LABEL,
 *  CJK_BYLINE_LABEL) can open with. A text opening otherwise matches none of them, so they are not run (every short
 *  text of a page is asked). vocabulary.test.ts checks every alternative of those patterns against it. */
export const BYLINE_LINE_OPENER = /^[\dabegiprtvw责作记编撰文]/i;
/** A text line that introduces its author ("Von Max Muster", "Autor: …", "Text: …", "Blog Beitrag von …"). */
export const BYLINE_TEXT_LABEL = /^(?:(?:blog[- ]?beitrag|ein beitrag|beitrag|artikel|posted|written|geschrieben|verfasst|veröffentlicht)\s+(?:von|by)|von|by|autor(?:in)?|author|text|redaktion|verfasser(?:in)?|reporter)\b\s*:?\s*/i;
/** Lower-case words allowed inside a person's name (nobiliary particles). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'zu', 'y', 'bin', 'al', 'dos', 'del', 'ten', 'ter', 'und', 'and', 'et']);

/** class words of an article's lead paragraph (standfirst), often placed outside the body container. */
export const LEAD_HINT = /(^|[\s_-])(lead|leadtext|intro|standfirst|summary|abstract|teaser-?text|article-?desc(ription)?|subline|deck|dek|kurztext|vorspann|excerpt|perex|bajada|entradilla|chapo|chapeau|sommario)($|[\s_-])/i;

/** Month names per chrono locale: chrono is slow, so only the locales whose month names appear are tried. */
export const MONTH_WORDS_BY_LOCALE = {
  en: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i,
  de: /\b(jan|feb|märz|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\.?(?=[\s\d,.]|$)/i,
  fr: /\b(janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)[a-zéû]*\.?(?=[\s\d,.]|$)/i,
  es: /\b(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)[a-z]*\.?(?=[\s\d,.]|$)/i,
  pt: /\b(jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)[a-zç]*\.?(?=[\s\d,.]|$)/i,
  nl: /\b(jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?=[\s\d,.]|$)/i,
  it: /\b(genn|febbr|mar|apr|magg|giu|lug|ago|sett|ott|nov|dic)[a-z]*\.?(?=[\s\d,.]|$)/i,
} as const;

/** Wire services, as they sign. */
export const WIRE_SERVICES: readonly string[] = [
  'afp', 'ap', 'dpa', 'reuters', 'apa', 'sda', 'kna', 'epd', 'efe', 'ansa', 'ats', 'belga', 'anp', 'ritzau', 'tt', 'ntb',
  'pap', 'ctk', 'mti',
];
/** One word naming a wire service ("dpa" of "FR mit dpa"). */
export const WIRE_SERVICE = phrasePattern(WIRE_SERVICES);
/** A wire credit after a comma that ends a byline line ("Max Muster, dpa", "Jana Berg, AFP/Reuters"). */
export const TRAILING_WIRE_CREDIT = phrasePattern(WIRE_SERVICES, { before: ',\\s*', after: '\\b.*$' });
/** Wire services and generic desk credits: a byline of last resort when the page also names a person. The whole
 *  name must be one of these. */
export const AGENCY_CREDIT = phrasePattern([
  ...WIRE_SERVICES, 'agencies', 'agence france-presse', 'associated press',
  // the desk instead of a person (en, de, es, fr)
  'staff', 'redaktion', 'redacción', 'rédaction', 'newsroom', 'editorial team',
]);
const ROLE_WORDS: readonly string[] = [
  'editor', 'correspondent', 'reporter', 'writer', 'columnist', 'contributor', // en
  'redakteur(?:in)?', 'korrespondent(?:in)?', 'journalist(?:in)?', // de
];
/** A job title after the name ("Ben Silverman Games Editor"). */
export const TRAILING_ROLE = phrasePattern(ROLE_WORDS, { before: String.raw`(?:\s+\p{Lu}[\p{L}-]+)?\s+`, flags: 'iu' });
/** A job title set after a comma, of up to four words and possibly a place or outlet ("Senior Political
 *  Correspondent", "Chefredakteurin", "Correspondent in Berlin"). */
export const ROLE_PART = phrasePattern(ROLE_WORDS, {
  before: String.raw`^(?:[\p{L}.-]+\s+){0,3}\p{L}*`, after: String.raw`s?(?:\s+(?:in|for|at|für|bei|in der)\s+.*)?$`, flags: 'iu',
});

/** Field labels and form prompts that sit where a byline would. The whole name must be one of these. */
export const NOT_A_NAME = phrasePattern([
  // field labels of a post's metadata (en, de)
  'date', 'last', 'updated', 'source', 'published', 'all posts', 'photo:.*',
  'datum', 'quelle', 'publiziert( am)?', 'veröffentlicht( am)?', 'erstellt( am)?', 'alle beiträge', 'foto:.*', 'bild:.*',
  // comment-form fields and prompts (en, de)
  String.raw`name ?\*?`, String.raw`name \(.*\)`, 'your name', 'ihr name', 'please .*', 'bitte .*',
  // a comment's header ("Anna says") (en, de)
  '.* (says|sagt|schreibt)',
  // placeholder accounts (en, de)
  'admin', 'administrator', 'wordpressadmin', 'anonymous', 'anonym', 'guest', 'gast',
]);

/** class/id words of the element holding the author's name. */
export const AUTHOR_HINT = phrasePattern([
  'byline', 'author', 'autor', 'writer', 'creator', 'verfasser', 'reporter', 'journalist', 'posted-by', 'postedby', 'vcard',
], ANYWHERE);

/** class/id words of a picture's caption or licence line, whose "author" is the photographer ("license-author"). */
export const PICTURE_CREDIT_AREA = phrasePattern(['caption', 'licen[cs]e', 'copyright'], ANYWHERE);
/** How far up to look for a picture's caption or credit around an author element. */
export const MAX_PICTURE_CREDIT_DEPTH = 4;

/** Comment threads and comment forms have "author" fields of their own. */
export const COMMENT_AREA = phrasePattern(['comment', 'respond', 'reply', 'replies', 'discussion', 'kommentar'], ANYWHERE);
/** How far up to look for a comment area around an element (comment markup nests a few levels deep). */
export const MAX_COMMENT_AREA_DEPTH = 8;

/** class/id words of the element holding the publication date; "date" also covers "dateline", "meta" also
 *  "entry-meta" and "post-meta". */
export const DATE_HINT = phrasePattern(
  ['date', 'time', 'publish', 'posted', 'datum', 'meta', 'byline', 'article-info', 'zeit'],
  ANYWHERE,
);
