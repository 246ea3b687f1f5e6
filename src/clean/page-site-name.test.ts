import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCopyrightName, isSiteName, mastheadName } from './page-site-name.ts';

describe('the outlet named by a page text', () => {
  it('reads a masthead at the top of the page, in capitals or not', () => {
    assert.equal(mastheadName('THE MERIDIAN EVENING POST\nHome\nWorld\n'), 'The Meridian Evening Post');
    assert.equal(mastheadName('Harbor Daily Ledger\nHome\nLocal\n'), 'Harbor Daily Ledger');
    assert.equal(mastheadName('Home\nWorld\nSports\n'), null);
  });

  it('reads a Chinese, Japanese or Korean masthead by the word for a paper, not a section of news', () => {
    assert.equal(mastheadName('太平洋观察报\n首页\n国际\n'), '太平洋观察报');
    assert.equal(isSiteName('朝日新聞'), true);
    assert.equal(isSiteName('한국일보'), true);
    assert.equal(isSiteName('国际新闻'), false);
    assert.equal(isSiteName('首页'), false);
  });

  it('reads the copyright line, in any script', () => {
    assert.equal(findCopyrightName(['© 2013 The Straits Times. All rights reserved.']), 'The Straits Times');
    assert.equal(findCopyrightName(['Copyright 2024 Example News | Privacy']), 'Example News');
    assert.equal(findCopyrightName(['版权所有 © 2025 太平洋观察报']), '太平洋观察报');
    assert.equal(findCopyrightName(['Copyright © 2025 太平洋观察报 版权所有']), '太平洋观察报');
  });
});
