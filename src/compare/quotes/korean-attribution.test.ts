import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { koreanAttribution } from './korean-attribution.ts';

/** The attribution of the first quotation in a paragraph (straight or curly double marks). */
function attributionOf(paragraph: string) {
  const open = paragraph.search(/["“]/u);
  const close = paragraph.slice(open + 1).search(/["”]/u) + open + 1;
  const found = koreanAttribution(paragraph, open, close);
  return found === null ? null : found.kind === 'pronoun' ? 'pronoun' : found.speaker.name;
}

describe('koreanAttribution', () => {
  it('gives a quotation closed by (라)고 and a speech verb to the topic of its sentence, without title or country', () => {
    assert.equal(attributionOf('존 케리 미 국무장관은 9일 기자들에게 "의견이 다른 분야도 있다"고 말했다.'), '존 케리');
    assert.equal(attributionOf('한편 이날 회견에서 라브로프 외무장관은 "대화를 계속할 준비가 돼 있다"라고 강조했다.'), '라브로프');
  });

  it('gives "he" and a sentence without a topic to the last speaker', () => {
    assert.equal(attributionOf('그는 "솔직하게 대화하는 것이 중요하다"고 덧붙였다.'), 'pronoun');
    assert.equal(attributionOf('이어 "양측 모두에 이익이 된다"고 밝혔다.'), 'pronoun');
  });

  it('gives nothing to a quotation no speech verb follows', () => {
    assert.equal(attributionOf('케리 장관은 "미러 관계의 미래"라는 책을 읽었다.'), null);
  });
});
