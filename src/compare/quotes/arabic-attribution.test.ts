import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicAttribution, arabicReportedSpeaker } from './arabic-attribution.ts';

/** The attribution of the first quotation in a paragraph (its marks are «», “” or "). */
function attributionOf(paragraph: string) {
  const open = paragraph.search(/[«“"]/u);
  const close = paragraph.slice(open + 1).search(/[»”"]/u) + open + 1;
  const found = arabicAttribution(paragraph, open, close);
  return found === null ? null : found.kind === 'pronoun' ? 'pronoun' : found.speaker.name;
}

describe('arabicAttribution', () => {
  it('takes the name a role sets off with commas after the speech verb', () => {
    assert.equal(attributionOf('وقال وزير الإعلام اليمني، معمر الإرياني، إن التقرير «أكد ما نبهنا إليه من قبل بشأن تهريب الأسلحة».'), 'معمر الإرياني');
  });

  it('takes a name before its role, without honorific, and a name the role runs on after', () => {
    assert.equal(attributionOf('قال الدكتور طارق فايد، رئيس مجلس إدارة البنك، إن «السحب خلال أسبوعين أمر غير طبيعي».'), 'طارق فايد');
    assert.equal(attributionOf('وقال طارق جسارفيتش المتحدث باسم المنظمة في تصريحات "إن تعريف الحالة الجديدة يوسع نطاق المسألة".'), 'طارق جسارفيتش');
  });

  it('reads the speaker after the quotation', () => {
    assert.equal(attributionOf('«لن نقبل بأي تسوية لا تحفظ حقوق المزارعين في المنطقة»، قال الإرياني.'), 'الإرياني');
  });

  it('stops the speaker phrase at "that", a circumstance or a colon, and keeps a role when no name is given', () => {
    assert.equal(attributionOf('وأشار المسؤول الإيراني إلى أن "البلدين قادران على قراءة بيانات الصندوق الأسود".'), 'المسؤول الإيراني');
    assert.equal(attributionOf('وقالت الوزارة في بيان: "وصلت الطائرة إلى القاعدة الجوية صباح اليوم".'), 'الوزارة');
  });

  it('leaves a verb without a subject to the last speaker, and a quotation without a speech verb to no one', () => {
    assert.equal(attributionOf('وأضاف: "استمرار هذا الصمت يثير علامات استفهام كثيرة".'), 'pronoun');
    assert.equal(attributionOf('وفاز الكتاب بجائزة "معا نعيش الحياة خلال الوباء" هذا العام.'), null);
  });

  it('names who a sentence reports in indirect speech, and no one when "that" carries the pronoun', () => {
    assert.equal(arabicReportedSpeaker('وقال وزير الإعلام اليمني، معمر الإرياني، إن التقرير يؤكد ما نبهت إليه الحكومة.')?.name, 'معمر الإرياني');
    assert.equal(arabicReportedSpeaker('وأوضحت الدراسة، أن العدوى قد تحدث أثناء الكلام.')?.name, 'الدراسة');
    assert.equal(arabicReportedSpeaker('وقالت إنها كانت على علم بالقرار منذ أيام.'), null);
    assert.equal(arabicReportedSpeaker('وارتفعت الأسعار في الأسواق هذا الأسبوع.'), null);
  });
});
