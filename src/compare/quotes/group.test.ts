import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleId } from '../../model/index.ts';
import { latinFold } from '../../analyze/index.ts';
import { groupQuotes, type QuoteInput } from './group.ts';

/** A quote with its content terms given outright (the words, lower-cased, less a few function words). */
function input(article: string, sentence: number, text: string, partial = false, speaker: string | null = null): QuoteInput {
  const terms = new Set(text.toLowerCase().match(/\p{L}+/gu)!.filter((word) => !['the', 'in', 'of', 'a', 'is', 'that', 'with', 'does', 'have', 'as', 'we', 'so', 'are'].includes(word)));
  const said = speaker === null ? null : { key: speaker.toLowerCase(), name: speaker, affiliation: null };
  return { quote: { article_id: article as ArticleId, paragraph: sentence, sentence, sentences: [sentence], passages: [[sentence]], text, speaker: said, partial }, source: article, terms };
}

describe('groupQuotes', () => {
  it('does not chain two different quotes of one article through the words each shares with a third', () => {
    const statement = input('fox', 1, 'The harbour dredging contract was cancelled and the northern terminal closed');
    const fragment = input('cbs', 1, 'harbour dredging contract', true);
    const reply = input('cbs', 4, 'The northern terminal closed without warning yesterday');
    const groups = groupQuotes([statement, fragment, reply]);
    assert.deepEqual(groups.map((group) => group.variants.map((variant) => `${variant.article_id}:${variant.sentence}`)), [['fox:1', 'cbs:1'], ['cbs:4']]);
  });

  it('keeps an article\'s fragment of a quote with its full wording in the same article', () => {
    const full = input('wire', 6, 'We will not let machines take the jobs of our members, not this year and not next year');
    const fragment = input('wire', 1, 'not let machines take the jobs', true);
    const elsewhere = input('paper', 2, 'We will not let machines take the jobs of our members');
    const groups = groupQuotes([fragment, full, elsewhere]);
    assert.equal(groups.length, 1);
  });

  it('puts a fragment of a quote with the full quote of the same speaker, and diffs only each outlet\'s fullest wording', () => {
    const full = input('ria', 3, 'So we are candid, very candid about the areas in which we agree', false, 'John Kerry');
    const fragment = input('afp', 1, 'candid', true, 'John Kerry');
    const fullElsewhere = input('afp', 5, 'So we are candid, very candid about the areas where we agree', false, 'John Kerry');
    const otherSpeaker = input('tass', 2, 'candid', true, 'Sergei Lavrov');
    const groups = groupQuotes([full, fragment, fullElsewhere, otherSpeaker]);
    assert.deepEqual(groups.map((group) => group.variants.map((variant) => `${variant.article_id}:${variant.sentence}`)), [['ria:3', 'afp:1', 'afp:5'], ['tass:2']]);
    assert.deepEqual(groups[0]!.diffs.map((diff) => diff.other), [2]);
  });

  it('joins one speaker\'s remark and its translation when each language has one remark of theirs, without a word diff', () => {
    const inLanguage = (quote: QuoteInput, language: string): QuoteInput => ({ ...quote, language });
    const english = inLanguage(input('ledger', 2, 'The priority now is to reach the communities in the valleys', false, 'Jorge Villanueva'), 'en');
    const englishAgain = inLanguage(input('tribune', 3, 'The priority now is to reach the communities in the valleys', false, 'Jorge Villanueva'), 'en');
    const spanish = inLanguage(input('andino', 2, 'Nuestra prioridad es llegar a los caseríos de los valles', false, 'Jorge Villanueva'), 'es');
    const groups = groupQuotes([english, englishAgain, spanish]);
    assert.deepEqual(groups.map((group) => group.variants.map((variant) => `${variant.article_id}:${variant.language}`)), [['ledger:en', 'tribune:en', 'andino:es']]);
    assert.deepEqual(groups[0]!.diffs.map((diff) => diff.other), [1]);
    // Two remarks of his in English: which one the Spanish translates is not known, so it stays apart.
    const otherRemark = inLanguage(input('tribune', 5, 'Sixty two people were treated for injuries, most of them minor', false, 'Jorge Villanueva'), 'en');
    assert.equal(groupQuotes([english, otherRemark, spanish]).length, 3);
  });

  it('knows the speaker of a translation by a surname written in another script', () => {
    const english = { ...input('courier', 4, 'Every forecast you see next year will be a little better', false, 'Isabelle Fontaine'), language: 'en' };
    const russian = { ...input('vestnik', 3, 'Каждый прогноз станет чуть лучше', false, 'Изабель Фонтен'), language: 'ru' };
    assert.equal(groupQuotes([english, russian]).length, 1);
    const someoneElse = { ...input('vestnik', 3, 'Каждый прогноз станет чуть лучше', false, 'Сергей Лавров'), language: 'ru' };
    assert.equal(groupQuotes([english, someoneElse]).length, 2);
  });

  it('knows the speaker of a translation by a surname a script without capitals spells by its sounds', () => {
    // As the Chinese attribution keys a transliterated speaker: by the Latin spelling of the name's last part.
    const chinese = (speaker: string): QuoteInput => {
      const quote = input('observer', 2, '现在的首要任务是抵达山谷里的村庄', false, speaker);
      const last = speaker.split('·').pop()!;
      return { ...quote, quote: { ...quote.quote, speaker: { key: latinFold(last), name: speaker, affiliation: null } }, language: 'zh' };
    };
    const english = { ...input('tribune', 5, 'The priority now is to reach the communities in the valleys', false, 'Jorge Villanueva'), language: 'en' };
    const groups = groupQuotes([chinese('豪尔赫·比利亚努埃瓦'), english]);
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.speaker, 'Jorge Villanueva');
    // A written name that sounds like no speaker quoted, or like two of them, is nobody's translation.
    assert.equal(groupQuotes([chinese('罗莎·基斯佩'), english]).length, 2);
    const sameSounds = { ...input('ledger', 7, 'We are sending helicopters to the valleys', false, 'Ana Villanova'), language: 'en' };
    assert.equal(groupQuotes([chinese('豪尔赫·比利亚努埃瓦'), english, sameSounds]).length, 3);
  });

  it('knows a Japanese speaker written in katakana as the Latin name it transliterates', () => {
    const japanese = { ...input('shimbun', 2, '率直に話し合うことが大切だ', false, 'ケリー'), language: 'ja' };
    const keyed = { ...japanese, quote: { ...japanese.quote, speaker: { key: latinFold('ケリー'), name: 'ケリー', affiliation: null } } };
    const english = { ...input('wire', 3, 'It is important that we talk candidly', false, 'John Kerry'), language: 'en' };
    assert.equal(groupQuotes([keyed, english]).length, 1);
  });
});
