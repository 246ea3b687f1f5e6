import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractByline, nameBesideDate, splitByline } from './byline.ts';
import { findDateLine } from './dates.ts';

describe('extractByline', () => {
  const cases: Array<[string, string | null]> = [
    ['By Jane Doe and John Roe, Reuters', 'Jane Doe and John Roe'],
    ['By Friday, talks had stalled', null],
    ['Posted on 2015-04-05 by marc | Leave a comment', 'marc'],
    ['Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot S110, Fotografie | Tags: Abendhimmel, Silhouette', 'gnaddrig'],
    // The name ends at the date that opens the rest, not at one further on that the page ran into the time.
    ['by Jana Berg November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm', 'Jana Berg'],
    // Drupal's "Submitted by … on …" in English and German; a credit among the fields of a line.
    ['Submitted by jdoe on Tue, 03/05/2019 - 10:12', 'jdoe'],
    // A blog's user name alone after "by"; not a phrase in a sentence.
    ['von lupa', 'lupa'],
    ['von Herr_Rein', 'Herr_Rein'],
    ['by far', null],
    ['von admin', null],
    ['Gespeichert von rasos am 24. Juli 2017 - 18:55', 'rasos'],
    ['February 4, 2020 • words written by Jana Berg • Art by Koichi', 'Jana Berg'],
    ['Veröffentlicht am 12. Juni 2017 von gizzmo', 'gizzmo'],
    ['Veröffentlicht von HansG', 'HansG'],
    ['26/12/2019 von revamp-it Webteam', 'revamp-it Webteam'],
    ['Dezember 10, 2019 · von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar', 'freeman1984'],
    ['Von: Wolfgang Schmale', 'Wolfgang Schmale'],
    // Chinese, Japanese and Korean bylines: the reporter's title before the name (after it in Korean), colon or not.
    ['记者 林晓雯', '林晓雯'],
    ['本报记者 林晓雯 王磊', '林晓雯 王磊'],
    ['新华社记者：张三、李四', '张三、李四'],
    ['文/林晓雯', '林晓雯'],
    ['記者 山田太郎', '山田太郎'],
    ['홍길동 기자 gildong@example.co.kr', '홍길동'],
    // Indonesian, Turkish and Vietnamese labels; "oleh" (by) only before a name.
    ['Oleh Budi Santoso', 'Budi Santoso'],
    ['Oleh karena itu kami datang', null],
    ['Penulis: Budi Santoso', 'Budi Santoso'],
    ['Muhabir: Ahmet Yılmaz', 'Ahmet Yılmaz'],
    ['Tác giả: Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Ahmet Yılmaz | 12 Mart 2024', 'Ahmet Yılmaz'],
    ['بقلم أحمد علي', 'أحمد علي'],
    ['كتب: أحمد علي', 'أحمد علي'],
    ['كتب الرئيس رسالة', null],
    ['מאת: דנה לוי', 'דנה לוי'],
    ['记者会在北京举行', null],
    ['中文', null],
    ['Author: Gàbor Muniér, Datum: 03.Mär.19', 'Gàbor Muniér'],
    ['Jana Berg am 18. September 2019', 'Jana Berg'],
    ['Marie Merlet | lundi 9 décembre 2019 à 09h08', 'Marie Merlet'],
    // A slash separates the name from the date as a bar does; a single name after "by" loses the "by".
    ['Von Thilo / 6. November 2023 / Keine Kommentare', 'Thilo'],
    ['By Jana Berg / 5 May 2023', 'Jana Berg'],
    // Each name's part in parentheses: the writer's kept, the photographer's credit dropped.
    ['by Jana Berg (reporting) and Tom Roe (photography)', 'Jana Berg'],
    ['By Jana Berg (text) & Tom Roe (Fotos)', 'Jana Berg'],
    // The name runs into a date without its year (the current one), then the author's follow button.
    ['By Jana Berg March 18 at 3:57 PM Follow @jberg', 'Jana Berg'],
    ['11.12.2019 - Amelie Loevenich', 'Amelie Loevenich'],
    ['23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen', 'Markus Reuter'],
    ['23.06.2016 um 16:14 Uhr - mehr zum Thema - 91 Ergänzungen', null],
    ['04.02.2022 | 15:33 Uhr | Dennis Steimels', 'Dennis Steimels'],
    ['Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com', 'Gunter Frank'],
    ['Posted by the editors', null],
    // Run together with the date or the "By" that linked it.
    ['By Laura June Topolsky July 10, 2015', 'Laura June Topolsky'],
    ['Por Juliet Jimenez 5 mayo, 2022, 6:12 pm', 'Juliet Jimenez'],
    ['By Friday March 3, 2025 talks had stalled', null],
    ['ByJ.R. Stone', 'J.R. Stone'],
    ['Veröffentlicht vonChris Jung 28. Februar 2016', 'Chris Jung'],
    ['Der Film Davon Ging die Welt nicht unter', null],
    ['Bylaw changes', null],
    ['10.12.2022 18:27 von Hinrich Neumann', 'Hinrich Neumann'],
    ['21. Jan 2022 // Dominik Ricker', 'Dominik Ricker'],
    ['Michael Berg, 02.02.2022', 'Michael Berg'],
    ['Im Wortlaut, 02. November 2021', null],
    ['* Von Henrik Lang', 'Henrik Lang'],
    // A long byline line: the name, then a role, the date or a social handle.
    ['By Jana Berg, Senior Staff Technologist, Harbour Privacy and Ferry Technology Project', 'Jana Berg'],
    ['Von Jana Berg | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1', 'Jana Berg'],
    ['by Jana Berg @jberg February 1, 2016: 12:41 PM ET', 'Jana Berg'],
    ['By Jana Berg@jberg Updated Jul 24, 2018, 2:15pm EDT', 'Jana Berg'],
    ['By Jana Berg Last updated Nov 8, 2023 Share with a friend:', 'Jana Berg'],
    ['Author: jana@example.com', 'jana@example.com'],
    ['Eine Kolumne von Jana Berg', 'Jana Berg'],
    ['Artikel von Alexa von Heyden', 'Alexa von Heyden'],
    ['* Post author By Jana Berg', 'Jana Berg'],
    ['Text & Fotos: Jana Berg', 'Jana Berg'],
    ['Auf den Spuren von Rafael Nadal', null],
    ['Ein Interview von Jana Berg mit Tom Roe.', 'Jana Berg'],
    ['By Ela on 31 October 2023', 'Ela'],
    ['von Redaktion, 24. Januar 2022', 'Redaktion'],
    ['12/04/2020 by Kay 24 Comments', 'Kay'],
    ['Dezember 26, 2019 von Andrea Kategorien: Allgemein | Hinterlasse einen Kommentar', 'Andrea'],
    ['Posted by hafenblog under Allgemein', 'hafenblog'],
    ['von Jana Berg Erstellt am 01.01.23 um 08:35', 'Jana Berg'],
    ['By Friday, 3 March 2025, the talks had failed', null],
    ['// By Jana Berg • Nov 11, 2020', 'Jana Berg'],
    ['By Jana Berg for Reuters', 'Jana Berg'],
    ['By Jana Berg And Tom Roe For The Evening Post On Sunday', 'Jana Berg And Tom Roe'],
    ['Jana Berg • 8h', 'Jana Berg'],
    ['Jana Berg | Publicado hace 3 horas', 'Jana Berg'],
    ['An interview by Jana Berg with Tom Roe', 'Jana Berg'],
    ['von Jana Berg Foto: © Hafenarchiv', 'Jana Berg'],
    ['Autorin: Jana Berg, Projektleiterin', 'Jana Berg'],
    ['Von Jana berg und so', null],
    ['By the time the ferry left the harbour, the passengers on the north shore had long given up waiting for it to come.', null],
    ['Breaking News | Live Updates', null],
  ];
  for (const [line, name] of cases) it(`reads ${JSON.stringify(line)}`, () => assert.equal(extractByline(line), name));
});

describe('splitByline', () => {
  const cases: Array<[string, string | undefined, string | null]> = [
    ['Von', 'Jana Berg', 'Jana Berg'],
    ['* By', '* Ariel H', 'Ariel H'],
    ['Kommentar von', 'Redaktion', 'Redaktion'],
    ['Von:', '18. Oktober 2023', null],
    ['By', 'the way, nobody asked.', null],
    ['Share', 'Jana Berg', null],
    ['Von', undefined, null],
    ['Disko Von', 'Jana Berg', 'Jana Berg'],
    ['Autor*In', 'Jana Berg', 'Jana Berg'],
    ['Über den Autor', 'Jana Berg', 'Jana Berg'],
    ['Por', 'Ana Torres @atorres', 'Ana Torres'],
    ['präsentiert von', 'Volkswagen', null],
    ['Provisto por', 'Servicios', null],
    ['* Artikel von:', '* hafenblog', 'hafenblog'],
    ['By', 'far', null],
    // The post's date inside the label, its year left out or not; a label whose middle is no date is not one.
    ['Written on Mar 17 by', 'Pippin Lee', 'Pippin Lee'],
    ['Posted on 3 March 2025 by', 'helen_m', 'helen_m'],
    ['Posted on the blog by', 'Jana Berg', null],
  ];
  for (const [label, next, name] of cases) it(`reads ${JSON.stringify(label)} / ${JSON.stringify(next)}`, () => assert.equal(splitByline(label, next), name));
  it('joins a second name printed after a line of its own "and"', () => {
    assert.equal(splitByline('By', 'Jana Berg', ['and', 'Tom Roe']), 'Jana Berg and Tom Roe');
    assert.equal(splitByline('By', 'Jana Berg', ['Transport Editor', 'Tom Roe']), 'Jana Berg');
  });
});

describe('nameBesideDate', () => {
  it('reads a name printed alone over or under a date', () => {
    assert.equal(nameBesideDate('Jana Berg', ['Harbour ferry to stop', '3. März 2025']), 'Jana Berg');
    assert.equal(nameBesideDate('* Prof. Dr. Jana Berg', ['* 19.10.19, 08:00 Uhr', undefined]), 'Prof. Dr. Jana Berg');
  });
  it('reads a name with its date on the same line, after a space or a dash or run into it', () => {
    assert.equal(nameBesideDate('Jana Berg December 18, 2020', [undefined, undefined]), 'Jana Berg');
    assert.equal(nameBesideDate('Jana Berg - Apr 16, 2015 8:02 pm UTC', [undefined, undefined]), 'Jana Berg');
    assert.equal(nameBesideDate('Jana Berg3.11.2023', [undefined, undefined]), 'Jana Berg');
    assert.equal(nameBesideDate('Ana Torres Ruiz 3/5/2022 22:41', [undefined, undefined]), 'Ana Torres Ruiz');
    assert.equal(nameBesideDate('Monday December 18, 2020', [undefined, undefined]), null);
    assert.equal(nameBesideDate('Last Updated December 18, 2020', [undefined, undefined]), null);
    assert.equal(nameBesideDate('Jana Berg 1 day ago', [undefined, undefined]), 'Jana Berg');
  });
  it('takes a post\'s age or reading time beside the name for its date', () => {
    assert.equal(nameBesideDate('Jana Berg', [undefined, 'před 2 hodinami']), 'Jana Berg');
    assert.equal(nameBesideDate('Jana Berg', ['Harbour ferry to stop', '14 min read']), 'Jana Berg');
    assert.equal(nameBesideDate('Jana Berg', [undefined, 'Erstellt: vor 4 Stunden']), 'Jana Berg');
    assert.equal(nameBesideDate('Jana Berg', [undefined, '2 Kommentare']), null);
  });
  it('takes the time of day alone beside the name for its date (a post from today)', () => {
    assert.equal(nameBesideDate('* Jana Berg', ['Harbour ferry to stop', '1:39 PM ET']), 'Jana Berg');
    assert.equal(nameBesideDate('Jana Berg', [undefined, '10:05 Uhr']), 'Jana Berg');
    assert.equal(nameBesideDate('Jana Berg', [undefined, '10:05 Uhr Treffpunkt Hafen']), null);
  });
  it('needs the date beside it and a name of two to four capitalised words', () => {
    assert.equal(nameBesideDate('Jana Berg', ['Harbour ferry to stop', 'Share']), null);
    assert.equal(nameBesideDate('Redaktion', [undefined, '3. März 2025']), null);
    assert.equal(nameBesideDate('Published on', [undefined, 'March 3, 2025']), null);
  });
});

describe('findDateLine', () => {
  const cases: Array<[string, string | null]> = [
    // Dotted figures are day first wherever they are written; the English parser alone read 05.01 as May 1.
    ['Veröffentlicht: 05.01.2020 | Autor: gnaddrig', '2020-01-05'],
    ['Associated PressDecember 2, 2016', '2016-12-02'],
    // A post's dates of publication and change run together, and a label run into the day.
    ['2. Februar 20202. Februar 2020 Jana Berg 1 Kommentar', '2020-02-02'],
    ['Posted on28. Juli 201928. Juli 2019AuthorJana Berg4 Kommentare', '2019-07-28'],
    ['Original Research7 April 2020', '2020-04-07'],
    ['Jana Berg3.11.2023', '2023-11-03'],
    // A German day without its dot.
    ['14 Januar 2022', '2022-01-14'],
    // A German month's name in the English order.
    ['Posted on Oktober 25, 2023 by Jana Berg', '2023-10-25'],
    // A post's fields on one line, longer than a date line: each field is read alone.
    ['Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot S110, Fotografie | Tags: Abendhimmel, Gegenlicht, Silhouette |5 Kommentare', '2020-01-05'],
    ['The talks ended on 05.01.2020 after the two ministers agreed on a plan for the region, which the committee is to discuss next week.', null],
    ['* 13. 1. 2020', '2020-01-13'],
    ['Frank Hahn am 18. September 2019', '2019-09-18'],
    ['26 Okt 2018', '2018-10-26'],
    ['Published: 9 August 2013, 10:31 AM', '2013-08-09'],
    ['31.02.2020', null],
    ['Version 4.10.12.1', null],
    // The year run into the time by a page's text.
    ['miércoles, 4 de mayo de 202200:00 hs', '2022-05-04'],
    // Chinese, Japanese and Korean dates with the year's, month's and day's signs, a time after them.
    ['2025年3月10日 21:15', '2025-03-10'],
    ['发布时间：2024年12月05日 08:15 来源：太平洋观察报', '2024-12-05'],
    ['2023년 11월 2일 오후 3:20', '2023-11-02'],
    ['2025年2月30日', null],
    // Languages chrono does not parse, by ICU's month names, in their orders; Arabic-Indic digits read as digits.
    ['Opublikowano: 12 marca 2024, 10:15', '2024-03-12'],
    ['12 Mart 2024 Salı', '2024-03-12'],
    ['12 Maret 2024', '2024-03-12'],
    ['الثلاثاء 12 مارس 2024', '2024-03-12'],
    ['١٢ آذار ٢٠٢٤', '2024-03-12'],
    ['12 تشرين الأول 2024', '2024-10-12'],
    ['12 במרץ 2024', '2024-03-12'],
    ['12. března 2024', '2024-03-12'],
    ['12 οκτωβρίου 2024', '2024-10-12'],
    ['2024. március 12.', '2024-03-12'],
    ['2024 m. kovo 12 d.', '2024-03-12'],
    ['Marso 12, 2024', '2024-03-12'],
    ['12 tháng 3 năm 2024', '2024-03-12'],
    // Spanish reads "mar" in it as March with no year; Portuguese reads the whole date.
    ['12 de março de 2024', '2024-03-12'],
    // Polish November and Croatian October both decline to "listopada": no date rather than a wrong one.
    ['12 listopada 2024', null],
    ['12 Tomatoes 2024', null],
  ];
  for (const [line, date] of cases) it(`reads ${JSON.stringify(line)}`, () => assert.equal(findDateLine([line]).published_at, date));
  it('reads a dotted date with a two-digit year in the order of the page\'s language', () => {
    assert.equal(findDateLine(['04.05.20 14:50'], 'day-first').published_at, '2020-05-04');
    assert.equal(findDateLine(['11.03.17 in Gadgetry'], 'month-first').published_at, '2017-11-03');
    assert.equal(findDateLine(['24.05.20'], 'month-first').published_at, '2020-05-24');
  });
});
