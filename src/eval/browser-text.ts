// Pages rendered to their visible text by a real browser: Chromium's `innerText`, with JavaScript off and no network,
// the way a scraper or a reader copying a page gets its text. html-to-text (page-text.ts) sets every block apart with
// blank lines; a browser puts none between most blocks and keeps table cells on one line with tabs. The page-text
// cleaner is scored on both renderings, so heuristics tuned on one are checked on the other.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Chromium (apt-get install chromium); nothing is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A page that has not rendered by then is scored as empty text (a page that hangs the renderer has no text to copy). */
const RENDER_TIMEOUT_MS = 20_000;

/** Tabs rendering at once: layout is the cost, and it runs in the renderer processes, one per tab. */
const TABS = 2;

/**
 * Renderings are kept here, one file per page and browser version: laying out 600 pages takes about a minute, and
 * the same page in the same browser always gives the same text.
 */
const CACHE_DIR = join(tmpdir(), 'parallax-browser-text');

/** A refresh to another address (0 seconds on some pages) would navigate away before the text is read. */
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/giu;

/**
 * Each page's `document.body.innerText`, in order; '' for a page the browser could not render. Only the page itself is
 * loaded (no network, no scripts, no images), so the text is what the HTML holds.
 */
export async function renderBrowserTexts(pages: readonly string[]): Promise<string[]> {
  // Imported here: playwright-core is a development dependency, needed only by this evaluation and the browser tests.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-dev-shm-usage', '--blink-settings=imagesEnabled=false'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    mkdirSync(CACHE_DIR, { recursive: true });
    const cacheFile = (html: string): string => join(CACHE_DIR, `${createHash('sha256').update(browser.version()).update(html).digest('hex')}.txt`);
    const texts: string[] = new Array<string>(pages.length);
    let next = 0;
    const renderInTab = async (): Promise<void> => {
      let tab = await context.newPage();
      for (let index = next++; index < pages.length; index = next++) {
        const file = cacheFile(pages[index]!);
        if (existsSync(file)) {
          texts[index] = readFileSync(file, 'utf8');
          continue;
        }
        texts[index] = '';
        // Tried twice, in a fresh tab the second time: a page that crashed its tab takes the tab with it, and a busy
        // machine can miss a timeout once. A page that fails both times is scored as empty and not cached.
        for (let attempt = 0; attempt < 2; attempt++) {
          try {
            await tab.setContent(pages[index]!.replace(META_REFRESH, ''), { waitUntil: 'domcontentloaded', timeout: RENDER_TIMEOUT_MS });
            texts[index] = await tab.evaluate<string>("document.body ? document.body.innerText : ''");
            writeFileSync(file, texts[index]!);
            break;
          } catch {
            await tab.close().catch(() => undefined);
            tab = await context.newPage();
          }
        }
      }
    };
    await Promise.all(Array.from({ length: TABS }, renderInTab));
    return texts;
  } finally {
    await browser.close();
  }
}
