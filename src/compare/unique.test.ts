import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../analyze/index.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import type { Article } from '../model/index.ts';
import { compareArticles } from './compare.ts';

const compareOf = (articles: readonly Article[]) => compareArticles(articles, articles.map((article) => analyzeArticle(article)));

test('a number another outlet gives, written otherwise, is no new fact', () => {
  const comparison = compareOf([
    makeArticle({ id: 'en', source: 'Wire', language: 'en', text: 'The government approved a package of 17 trillion yen. It cuts taxes by 40,000 yen per person. Officials expect 12 new projects.' }),
    makeArticle({ id: 'de', source: 'Zeitung', language: 'de', text: 'Die Regierung beschloss ein Paket über 17 Billionen Yen. Die Steuern sinken um 40.000 Yen je Person.' }),
    makeArticle({ id: 'zh', source: '通讯社', language: 'zh', text: '日本政府批准了约17万亿日元的经济刺激计划。每人减免4万日元。' }),
  ]);
  const newNumbers = (source: string) => comparison.unique.find((outlet) => outlet.source === source)!.facts.flatMap((fact) => fact.numbers);
  assert.deepEqual(newNumbers('Wire'), ['12']);
  assert.deepEqual(newNumbers('Zeitung').filter((number) => number.startsWith('40')), []);
  assert.deepEqual(newNumbers('通讯社'), []);
});

test("an outlet alone in its language says so: its sentences meet the others' only through names and numbers", () => {
  const comparison = compareOf([
    makeArticle({ id: 'en1', source: 'Wire', language: 'en', text: 'The government approved a package of 17 trillion yen on Friday.' }),
    makeArticle({ id: 'en2', source: 'Daily', language: 'en', text: 'Japan approved a stimulus package worth 17 trillion yen.' }),
    makeArticle({ id: 'de', source: 'Zeitung', language: 'de', text: 'Die Regierung beschloss ein Paket über 17 Billionen Yen. Die Opposition kritisierte den teuren Plan scharf.' }),
  ]);
  const alone = Object.fromEntries(comparison.unique.map((outlet) => [outlet.source, outlet.only_language]));
  assert.deepEqual(alone, { Wire: null, Daily: null, Zeitung: 'de' });
  // Its words cannot be found in the others' language, so none is offered as what a sentence adds.
  const zeitung = comparison.unique.find((outlet) => outlet.source === 'Zeitung')!;
  assert.deepEqual(zeitung.facts.flatMap((fact) => fact.terms), []);
});

test("a lede's dateline is not what the sentence adds", () => {
  const comparison = compareOf([
    makeArticle({ id: 'a', source: 'Wire', language: 'en', text: 'WASHINGTON, August 9 (Tass News) – The ministers met for talks on trade and sanctions, and downplayed the tension.' }),
    makeArticle({ id: 'b', source: 'Daily', language: 'en', text: 'The ministers met for talks on trade and sanctions.' }),
  ]);
  const lede = comparison.unique.find((outlet) => outlet.source === 'Wire')!.facts[0]!;
  assert.ok(lede.terms.includes('downplayed'), JSON.stringify(lede.terms));
  assert.ok(!lede.terms.some((term) => /washington|august|tass/iu.test(term)), JSON.stringify(lede.terms));
});

test('a dateline that credits the outlet, a sentence of its own, is no fact', () => {
  const comparison = compareOf([
    makeArticle({ id: 'a', source: 'Северный вестник', language: 'ru', text: 'КУРУ, 5 декабря — Северный вестник. Ракета вывела на орбиту спутник. Запуск прошёл успешно.' }),
    makeArticle({ id: 'b', source: 'Daily', language: 'en', text: 'The rocket put the satellite into orbit.' }),
  ]);
  const facts = comparison.unique.find((outlet) => outlet.source === 'Северный вестник')!.facts.map((fact) => fact.text);
  assert.ok(facts.length > 0);
  assert.ok(!facts.some((text) => text.startsWith('КУРУ')), JSON.stringify(facts));
});

test('a quotation another outlet prints too, in its own words or language, is no unique fact', () => {
  const comparison = compareOf([
    makeArticle({
      id: 'en',
      source: 'Wire',
      language: 'en',
      text: 'Interior Minister Jorge Villanueva visited the valleys on Monday.\n\n"The priority now is to reach the communities in the valleys," the minister said. "Some roads are closed and we are sending helicopters."',
    }),
    makeArticle({
      id: 'es',
      source: 'Diario',
      language: 'es',
      text: 'El ministro del Interior, Jorge Villanueva, visitó los valles el lunes.\n\n«Nuestra prioridad es llegar a los caseríos de los valles. Algunas vías están cerradas y estamos enviando helicópteros», declaró el ministro.',
    }),
  ]);
  assert.equal(comparison.quotes.filter((group) => !group.single_source).length, 1, JSON.stringify(comparison.quotes));
  const facts = comparison.unique.flatMap((outlet) => outlet.facts.map((fact) => fact.text));
  assert.ok(!facts.some((text) => /prioridad|vías|priority|roads/u.test(text)), JSON.stringify(facts));
  // Each of its sentences says where the other outlet prints it.
  const quoted = comparison.sentences.filter((sentence) => /prioridad|vías/u.test(sentence.text));
  assert.ok(quoted.length === 2 && quoted.every((sentence) => sentence.status === 'shared' && sentence.counterparts.length === 1), JSON.stringify(quoted));
});

test('a sentence told elsewhere only in another language offers none of its words as what it adds', () => {
  const comparison = compareOf([
    makeArticle({
      id: 'en1',
      source: 'Wire',
      language: 'en',
      text: 'The rocket put the weather satellite into orbit on Wednesday.\n\n"Every forecast you see on television next year will be a little better," project manager Isabelle Fontaine said on the webcast.',
    }),
    makeArticle({ id: 'en2', source: 'Daily', language: 'en', text: 'The rocket put the weather satellite into orbit on Wednesday evening.' }),
    makeArticle({
      id: 'ru',
      source: 'Вестник',
      language: 'ru',
      text: 'Ракета вывела на орбиту метеоспутник.\n\n«Каждый прогноз, который вы увидите по телевизору в следующем году, станет чуть лучше», — сказала руководитель проекта Изабель Фонтен.',
    }),
  ]);
  const quoted = comparison.unique.find((outlet) => outlet.source === 'Wire')!.facts.filter((fact) => fact.text.includes('forecast'));
  // The Russian report prints the quote: its words are no addition the English ones can be checked against.
  assert.ok(quoted.every((fact) => fact.status === 'shared' && fact.terms.length === 0), JSON.stringify(quoted));
});

test('a subheading (a paragraph of a few words without a full stop) is no unique fact', () => {
  const comparison = compareOf([
    makeArticle({
      id: 'a',
      source: 'Herald',
      language: 'en',
      text: 'Nordic ministers agreed to fund a study of an offshore grid on Tuesday.\n\nBaltic states watching\n\nOfficials from Estonia, Latvia and Lithuania attended as observers.',
    }),
    makeArticle({ id: 'b', source: 'Wire', language: 'en', text: 'Nordic ministers agreed on Tuesday to fund a study of an offshore grid.' }),
  ]);
  const facts = comparison.unique.find((outlet) => outlet.source === 'Herald')!.facts.map((fact) => fact.text);
  assert.deepEqual(facts, ['Officials from Estonia, Latvia and Lithuania attended as observers.']);
});

test('a clock time is one figure, matched whatever clock it is written on, and a number is shown with its unit', () => {
  const comparison = compareOf([
    makeArticle({
      id: 'a',
      source: 'Herald',
      language: 'en',
      text: 'Kiprono won the race in 57 minutes 49 seconds. Chelangat won the women’s race in 1:04:58. Skov was 12th in 1:11:20. The rocket lifted off at 6:41 p.m. local time. Levels fell to 25cm in October.',
    }),
    makeArticle({
      id: 'b',
      source: 'Wire',
      language: 'en',
      text: 'Kiprono won the race in a course record of 57:49. Chelangat won the women’s race in 1:04:58. The previous course record of 58:10 was set in 2021. The quake hit at 11:06 a.m. local time.',
    }),
    makeArticle({ id: 'c', source: 'Вестник', language: 'ru', text: 'Старт состоялся с космодрома в 18:41 по местному времени.' }),
  ]);
  const newNumbers = (source: string) => comparison.unique.find((outlet) => outlet.source === source)!.facts.flatMap((fact) => fact.numbers);
  assert.deepEqual(newNumbers('Wire'), ['58:10', '11:06 a.m.']);
  assert.deepEqual(newNumbers('Herald'), ['12th', '1:11:20', '25cm']);
  assert.deepEqual(newNumbers('Вестник'), []);
});

test('a quotation of several sentences is one fact, not a fragment with half its quote marks', () => {
  const comparison = compareOf([
    makeArticle({
      id: 'a',
      source: 'Wire',
      language: 'en',
      text: 'Hackers stole data of 1.2 million Nordlink customers, the company said.\n\n"We are deeply sorry. Our customers trusted us with their information, and we failed to protect it," chief executive Camilla Vestergaard said in a video statement.\n\nThe police opened an investigation.',
    }),
    makeArticle({ id: 'b', source: 'Daily', language: 'en', text: 'Hackers stole the data of 1.2 million Nordlink customers, the company said on Tuesday.' }),
  ]);
  const facts = comparison.unique.find((outlet) => outlet.source === 'Wire')!.facts.map((fact) => fact.text);
  assert.ok(facts.includes('"We are deeply sorry. Our customers trusted us with their information, and we failed to protect it," chief executive Camilla Vestergaard said in a video statement.'), JSON.stringify(facts));
  assert.ok(!facts.includes('"We are deeply sorry.'), JSON.stringify(facts));
});
