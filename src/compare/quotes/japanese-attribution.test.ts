import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { japaneseAttribution } from './japanese-attribution.ts';

/** The attribution of the first 「」 quotation in a paragraph. */
function attributionOf(paragraph: string) {
  const found = japaneseAttribution(paragraph, paragraph.indexOf('「'), paragraph.indexOf('」'));
  return found === null ? null : found.kind === 'pronoun' ? 'pronoun' : found.speaker.name;
}

describe('japaneseAttribution', () => {
  it('gives a quotation closed by と and a speech verb to the topic of its sentence, without its title', () => {
    assert.equal(attributionOf('米国のケリー国務長官は9日、記者団に「意見が一致しない分野もある」と語った。'), 'ケリー');
    assert.equal(attributionOf('一方、岸田首相は「対話を続ける用意がある」と強調した。'), '岸田');
  });

  it('reads a speaker named after the と, and "the same minister" as the last speaker', () => {
    assert.equal(attributionOf('「双方の利益になる」と、ラブロフ外相は付け加えた。'), 'ラブロフ');
    assert.equal(attributionOf('「双方の利益になる」と、同外相は付け加えた。'), 'pronoun');
    assert.equal(attributionOf('さらに「率直に話し合うことが大切だ」と述べた。'), 'pronoun');
  });

  it('gives nothing to a quotation no speech verb follows (a title, a name)', () => {
    assert.equal(attributionOf('ケリー氏は「米ロ関係の行方」という本を読んだ。'), null);
  });
});
