import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseLanguageTag } from './language-tag.ts';

describe('normaliseLanguageTag', () => {
  it('reads BCP 47 tags, ISO 639-2 and 639-3 codes and language names as the two-letter code', () => {
    const cases: Array<[string, string]> = [
      ['en-GB', 'en'], ['EN', 'en'], ['pt_BR', 'pt'], ['zh-Hant-TW', 'zh'],
      ['eng', 'en'], ['ger', 'de'], ['deu', 'de'], ['fre', 'fr'], ['zho', 'zh'], ['heb', 'he'], ['cmn', 'zh'], ['tl', 'tl'],
      ['English', 'en'], ['german', 'de'], ['Deutsch', 'de'], ['español', 'es'], ['русский', 'ru'], ['日本語', 'ja'],
    ];
    for (const [tag, code] of cases) assert.equal(normaliseLanguageTag(tag), code, tag);
  });

  it('keeps a three-letter code without a two-letter one, and says null for no language', () => {
    assert.equal(normaliseLanguageTag('yue'), 'yue');
    for (const tag of ['und', 'zxx', '', '  ', 'klingon', 'english, french', 'e', null, undefined]) assert.equal(normaliseLanguageTag(tag), null, String(tag));
  });
});
