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
  it('reads Chinese, Korean and Japanese datelines: sender, place and date, the reporters in parentheses', () => {
    const xinhua = extractDateline('新华社北京3月5日电（记者张三、李四）国务院总理5日在十四届全国人大二次会议上作政府工作报告。');
    assert.deepEqual(xinhua?.dateline, { place: '北京', date: '3月5日', agency: 'Xinhua' });
    assert.equal(xinhua?.length, '新华社北京3月5日电（记者张三、李四）'.length);
    assert.equal(xinhua?.reporters, '张三、李四');
    assert.deepEqual(extractDateline('本报利马3月10日电（记者林晓雯）秘鲁南部海域当地时间10日凌晨发生6.3级地震。')?.dateline, { place: '利马', date: '3月10日', agency: null });
    assert.deepEqual(extractDateline('中新网北京3月5日电 据国家统计局网站消息，今年一季度经济运行平稳。')?.dateline, { place: '北京', date: '3月5日', agency: null });
    assert.deepEqual(extractDateline('(서울=연합뉴스) 홍길동 기자 = 정부는 17조 원 규모의 대책을 발표했다.')?.dateline, { place: '서울', date: null, agency: 'Yonhap' });
    assert.deepEqual(extractDateline('【ワシントン共同】米政府は5日、新たな経済対策を発表した。')?.dateline, { place: 'ワシントン', date: null, agency: 'Kyodo' });
  });

  it('reads Arabic datelines with a known agency in parentheses, and nothing else as one', () => {
    assert.deepEqual(extractDateline('القاهرة (رويترز) - قال مسؤولون إن الحكومة ستعلن خطة جديدة للطاقة الأسبوع المقبل.')?.dateline, { place: 'القاهرة', date: null, agency: 'Reuters' });
    assert.deepEqual(extractDateline('دبي، 12 مارس (فرانس برس) - أعلنت الشركة عن أرباح قياسية في الربع الأول.')?.dateline, { place: 'دبي', date: '12 مارس', agency: 'AFP' });
    assert.equal(extractDateline('قال الوزير (في تصريح) - إن الخطة ستنفذ قريبا جدا في كل المحافظات.'), null);
  });

  it('takes no Chinese sentence that mentions a date for a dateline', () => {
    assert.equal(extractDateline('国家统计局局长在新闻发布会上表示3月5日电力供应正常。'), null);
    assert.equal(extractDateline('北京3月5日电'), null);
  });
});
