// Heuristic vocabularies for the content scorer and block filters. Kept as data so they can be tuned
// without touching the algorithm; every entry is a general web-publishing convention, never one site's markup.

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
 *  "unlikely candidates", extended with cookie/consent and newsletter widgets). */
export const UNLIKELY_CANDIDATE = /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|consent|cookie|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|share|sharing|teaser-list|(?<!non-)paywall|outbrain|taboola|navigation|navbar|toolbar|masthead|skip-link|skiplink|tags|taglist|kommentar|print-only|screen-reader|sr-only|visually-hidden|visuallyhidden|modal|overlay|lightbox|browser-?update|outdated-?browser|browserupgrade|login|signin|sign-in|cookiebar|notification/i;

/** …unless the same attribute also says it may be the content. */
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow|story|entry|text|post/i;

/** class/id/itemprop words that raise a container's score. */
export const POSITIVE_HINT = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|story|text|blog|abstract|beitrag|artikel|inhalt|meldung|news/i;

/** class/id words that lower a container's score. */
export const NEGATIVE_HINT = /-ad-|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|caption|credit|social|subscribe|newsletter|nav|menu|teaser|byline|author|dateline|timestamp|recommend|kommentar|weitere|advert|breadcrumb|cookie|login|signup|toolbar|rating|popular|trending/i;

/** A container class that is explicitly the article body: trusted over statistical scoring. */
export const ARTICLE_BODY_HINT = /articlebody|article-body|article__body|article_body|story-body|storybody|post-body|postbody|entry-content|post-content|article-content|articlecontent|article-text|articletext|story-content|text-content|main-content/i;

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

/** Short blocks that are interface text, not reporting (matched against the whole, lower-cased block). */
export const BOILERPLATE_BLOCK = /^(advertisement|advertising|anzeige|werbung|publicité|publicidad|reklama|sponsored( content)?|read more|read next|read also|more:|mehr zum thema|mehr lesen|weiterlesen|lesen sie auch|auch interessant|das könnte sie auch interessieren|related( articles| stories)?|see also|share( this( article| story)?)?( on .*)?|teilen|share on|tweet|e-?mail|print|drucken|follow us.*|subscribe.*|sign up.*|abonnieren.*|newsletter.*|we use cookies.*|this (web)?site uses cookies.*|cookies?.*(accept|akzeptieren|zustimmen).*|accept( all)?( cookies)?|akzeptieren|back to top|nach oben|zurück|next|previous|weiter|vorherige?|nächste|skip to (main )?content|click here.*|hier klicken.*|loading\.*|comments?|kommentare?|\d+ comments?|\d+ kommentare?|leave a (comment|reply)|schreibe einen kommentar|add a comment|log ?in|sign ?in|anmelden|registrieren|register|tags?:.*|schlagworte:.*|schlagwörter:.*|categories?:.*|kategorien?:.*|filed under.*|posted in.*|image|bild|foto|photo|video|audio|listen|play|close|schließen|menu|menü|search|suche|home|startseite|copyright.*|©.*|all rights reserved.*|alle rechte vorbehalten.*|(previous|next) (article|post|story)|ähnliche (beiträge|artikel|themen)|verwandte (beiträge|artikel)|das könnte (dich|sie|euch) auch interessieren.*|(dies|das) könnte (dich|sie) auch interessieren.*|auch interessant.*|lesen sie auch.*|lies auch.*|weitere (beiträge|artikel|themen|meldungen|nachrichten|tourentipps|infos)( .*)?|mehr aus der sendung.*|mehr zum thema.*|entdecke weitere.*|lust auf mehr\??|related (coverage|posts|content|topics|reading)|you (may|might) also like.*|more from .*|recommended for you|if you enjoyed (reading )?this.*|temas relacionados|noticias relacionadas|te puede interesar|lee también.*|s[ií]guenos en.*|zobacz (również|też)|czytaj (także|też|więcej)|articles? similaires|à lire aussi|lire aussi|sur le même sujet|leggi anche|potrebbe interessarti|follow (us|.{1,40}) on (twitter|facebook|instagram).*|inhaltsverzeichnis|table of contents|contents|(noch )?keine bewertungen.*|\(?noch keine bewertungen\)?|\d+ min(ute)?s? read|lesezeit.*|reading time.*|zum (vorherigen|nächsten) artikel|jump to.*|view (comments|gallery)|bildergalerie|galerie|gallery|top stories|most (read|popular)|meistgelesen|trending|empfehlen|recommend(ed)?|like|gefällt mir|(gefällt mir|liken|like) (wird geladen|lade|loading).*|\(?(noch keine bewertungen|no ratings yet)\)? (loading|lade).*|lade weitere inhalte|weitere inhalte laden|mehr laden|load more( stories| articles| posts)?|jetzt teilen|.{0,60}als pdf herunterladen|download (this )?(article )?as pdf|suggested citation.*|zitiervorschlag.*|werden sie mitglied.*|become a member.*|weitere informationen|entdecken sie (jetzt|mehr)|vorschau auf (den|die|das) nächsten? (artikel|beitrag|folge)|meist-?diskutiert|meist-?kommentiert|most (discussed|commented)|kommentare? schreiben|(write|post) a comment|(kommentare|comments) (insgesamt|total):? \d+|(du musst|sie müssen) (eingeloggt|angemeldet) sein.*|you must be logged in to (post|leave) a comment.*)\W*$/i;

/** Photo captions and credits. */
export const CAPTION_BLOCK = /^(vergrößern\b|enlarge\b|zoom\b|(beitragsbild|titelbild|titelfoto|aufmacherbild|headerbild|vorschaubild)\s*:|(abbildung|abb\.|figure|fig\.)\s*\d+[a-z]?\s*:|\(?(photo|photos|foto|fotos|image|images|bild|bilder|picture|pictures|illustration|grafik|graphic|credit|quelle|source|video|getty)\s*(:|by|von|credit|\/|©)|photo( illustration)?(:| by)|©|\(c\)\s|copyright\s)/i;

/** Trailing credit forms like "… (Photo: AP)" or "… / Getty Images" that mark a caption when short. */
export const CAPTION_TAIL = /(\((photo|foto|image|bild|picture)s?\s*:[^)]*\)|getty images|reuters\/[a-z ]+|afp via getty|shutterstock(\.com)?|dpa-bildfunk|picture[- ]alliance|istock(photo)?(\.com)?|imago images|\([^()]{0,60}\/\s*(istock|getty|shutterstock|imago|dpa|afp|reuters|ap|unsplash|pixabay|adobe ?stock)[^()]{0,30}\)|©\s?[^.!?]{2,60}|\b(bild|foto|photo|credit)s?:\s?[^.!?]{2,60})\s*\.?$/i;

/** A block consisting only of a byline, placed by the page near the headline. */
export const BYLINE_LINE = /^(by|von|par|por|di|door|av|af|przez|autor(in)?:?|author:?|written by|text:?)\s+\p{Lu}/u;

/** Utility class names (whole tokens) that hide an element with CSS. */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set(['hidden', 'hide', 'd-none', 'invisible', 'is-hidden', 'visually-hidden', 'visuallyhidden', 'sr-only', 'screen-reader-text', 'element-invisible', 'offscreen']);

/** Month names and abbreviations (en, de, fr, es, it, nl, pt, pl): a short block with one of these and a
 *  number is worth a full date parse. */
export const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)/i;

/** class words of the small line above a headline ("Klimaschutz: …"), which is not part of the headline. */
export const KICKER_HINT = /kicker|overline|dachzeile|roofline|eyebrow|topline|spitzmarke|supertitle|pretitle|pre-title|subject-line/i;

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

/** Wire services and generic desk credits: a byline of last resort when the page also names a person. */
export const AGENCY_CREDIT = /^(afp|ap|dpa|reuters|apa|sda|kna|epd|efe|ansa|ats|belga|anp|ritzau|tt|ntb|pap|ctk|mti|agencies|agence france-presse|associated press|staff|redaktion|redacción|rédaction|newsroom|editorial team)$/i;
/** A job title after the name ("Ben Silverman Games Editor"). */
export const TRAILING_ROLE = /(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:editor|correspondent|reporter|writer|columnist|contributor|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?)$/iu;

/** Field labels and form prompts that sit where a byline would. */
export const NOT_A_NAME = /^(datum|date|last|updated|quelle|source|name ?\*?|name \(.*\)|alle beiträge|all posts|published|publiziert( am)?|veröffentlicht( am)?|erstellt( am)?|please .*|bitte .*|name|your name|ihr name|foto:.*|photo:.*|bild:.*|.* (says|sagt|schreibt)|admin|administrator|wordpressadmin|anonymous|anonym|gast|guest)$/i;

/** class/id words of the element holding the author's name. */
export const AUTHOR_HINT = /byline|author|autor|writer|creator|verfasser|reporter|journalist|posted-by|postedby|vcard/i;

/** Comment threads and comment forms have "author" fields of their own. */
export const COMMENT_AREA = /comment|respond|reply|replies|discussion|kommentar/i;

/** class/id words of the element holding the publication date. */
export const DATE_HINT = /date|time|publish|posted|datum|dateline|meta|byline|entry-meta|post-meta|article-info|zeit/i;
