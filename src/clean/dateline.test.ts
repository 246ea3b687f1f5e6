import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDateline } from './dateline.ts';

describe('extractDateline', () => {
  it('reads place, date and agency of a wire opening', () => {
    const m = extractDateline('WASHINGTON, August 9 (RIA Novosti) – Top US and Russian officials met on Friday.');
    assert.deepEqual(m?.dateline, { place: 'WASHINGTON', date: 'August 9', agency: 'RIA Novosti' });
  });

  it('reads a capitals place with only a dash', () => {
    assert.equal(extractDateline('NEW YORK — Stocks fell sharply on Monday morning.')?.dateline.place, 'NEW YORK');
  });

  it('reads a Title Case place when an agency follows', () => {
    assert.deepEqual(extractDateline('Kourou (AFP) - A rocket lifted off from the space centre.')?.dateline,
      { place: 'Kourou', date: null, agency: 'AFP' });
  });

  it('ignores a sign-off or label with nothing of a sentence after the dash', () => {
    assert.equal(extractDateline('THE END -'), null);
    assert.equal(extractDateline('THE END - thanks'), null);
    assert.equal(extractDateline('SPORTS - more'), null);
  });

  it('ignores headline kickers that are not places', () => {
    assert.equal(extractDateline('BREAKING - Parliament votes on the budget today.'), null);
  });

  it('reads Spanish, German and Italian wire datelines: their months, a day alone, and EFE\'s ".-"', () => {
    assert.deepEqual(extractDateline('Madrid, 15 mar (EFE).- El Gobierno español aprobó hoy un plan.')?.dateline, { place: 'Madrid', date: '15 mar', agency: 'EFE' });
    assert.deepEqual(extractDateline('MADRID, 15 (EUROPA PRESS) - El Gobierno ha aprobado este martes el plan.')?.dateline, { place: 'MADRID', date: '15', agency: 'Europa Press' });
    assert.deepEqual(extractDateline('Berlin, 3. März (dpa) - Die Bundesregierung hat am Dienstag beschlossen.')?.dateline, { place: 'Berlin', date: '3. März', agency: 'dpa' });
    assert.deepEqual(extractDateline('Roma, 5 maggio (ANSA) - Il governo ha approvato il decreto.')?.dateline, { place: 'Roma', date: '5 maggio', agency: 'ANSA' });
  });

  it('reads Russian and Ukrainian datelines: day and month, the agency in parentheses or after the dash', () => {
    assert.deepEqual(extractDateline('МОСКВА, 9 авг — РИА Новости. Госсекретарь США Джон Керри заявил сегодня.')?.dateline,
      { place: 'МОСКВА', date: '9 авг', agency: 'RIA Novosti' });
    assert.deepEqual(extractDateline('КИЕВ, 3 марта (Интерфакс) – Президент Украины заявил сегодня о переговорах.')?.dateline,
      { place: 'КИЕВ', date: '3 марта', agency: 'Interfax' });
    assert.deepEqual(extractDateline('САНКТ-ПЕТЕРБУРГ, 5 травня — ТАСС. У місті пройшов парад.')?.dateline,
      { place: 'САНКТ-ПЕТЕРБУРГ', date: '5 травня', agency: 'TASS' });
    // The outlet's own name after the dash is no agency.
    assert.deepEqual(extractDateline('ВАШИНГТОН, 9 августа — Вечерняя газета. Госсекретарь США Джон Керри и министр.')?.dateline,
      { place: 'ВАШИНГТОН', date: '9 августа', agency: null });
    assert.equal(extractDateline('ООН, 5 человек — погибли в результате.'), null);
  });
});
