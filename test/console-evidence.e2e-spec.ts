import {
  screenshot,
  type ConsolePage,
  describeBrowser,
  BROWSER_TIMEOUT,
} from './helpers/console-browser.js';
import { audioOf, longTranscript, pageReady, TURNS, type LongCalls } from './helpers/long-call.js';
import { longCallSession } from './helpers/long-call-session.js';

const STANDARDS = ['identity', 'comprehension', 'script', 'consent'];

describeBrowser('web console in Chromium: evidence at scale on a 300-turn call', () => {
  let page: ConsolePage;
  let seed: LongCalls;
  let evidence: Record<string, number[]>;
  const session = longCallSession();
  beforeAll(() => ({ page, seed, evidence } = session));

  const audio = () => audioOf(page);
  const openCall = async (id: number) => {
    await page.goto(`/console/calls/${id}`);
    await pageReady(page);
  };
  const listTop = () => page.$eval('#transcript', (l) => l.scrollTop);

  it(
    'groups the evidence: one link per turn per standard, as 第5、7、9句, each titled with its words',
    async () => {
      await openCall(seed.calls.long);
      expect(await page.locator('#transcript .seg').count()).toBe(TURNS);
      // The repeated sale gives some standard dozens of turns, some of them evidence twice.
      expect(Math.max(...Object.values(evidence).map((e) => e.length))).toBeGreaterThan(12);
      const words = longTranscript().map((s) => s.text);
      for (const std of STANDARDS) {
        const group = page.locator(`#verdict [data-standard="${std}"] .ev-group`);
        if (!evidence[std].length) {
          expect(await group.count()).toBe(0);
          continue;
        }
        const links = group.locator('.ev-link');
        expect(await links.allTextContents()).toEqual(evidence[std].map((i) => String(i + 1)));
        expect(await group.textContent()).toMatch(/^依据（\d+ 处）：第\d+(、\d+)*/);
        for (const [n, title] of (
          await links.evaluateAll((ls) => ls.map((l) => l.getAttribute('title')!))
        ).entries()) {
          const [, turn, excerpt] = /^第(\d+)句：(.*)$/.exec(title)!;
          expect(Number(turn)).toBe(evidence[std][n] + 1);
          for (const piece of excerpt.split('…').filter(Boolean))
            expect(words[Number(turn) - 1]).toContain(piece);
        }
      }
      // A long list is folded after 12 links until asked for.
      const longest = STANDARDS.find((s) => evidence[s].length > 12)!;
      const group = page.locator(`#verdict [data-standard="${longest}"] .ev-group`);
      expect(await group.locator('.ev-link:visible').count()).toBe(12);
      await group.locator('.ev-more').click();
      expect(await group.locator('.ev-link:visible').count()).toBe(evidence[longest].length);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'draws the waveform with a marker per evidence turn, and no warning when the audio covers the transcript',
    async () => {
      await page.waitForSelector('#waveform[data-peaks="1000"]');
      const inked = await page.$eval('#waveform', (c) => {
        const canvas = c as unknown as {
          width: number;
          height: number;
          getContext(k: '2d'): { getImageData(...a: number[]): { data: Uint8ClampedArray } };
        };
        const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
        return n;
      });
      expect(inked).toBeGreaterThan(1000);
      const total = Object.values(evidence).reduce((n, e) => n + e.length, 0);
      expect(await page.locator('#markers .marker.ev').count()).toBe(total);
      expect(await page.isVisible('#audio-short')).toBe(false);
      await screenshot(page, 'call-page-long');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'steps through a standard’s evidence with ] and [ from where the reader is',
    async () => {
      const std = STANDARDS.find((s) => evidence[s].length > 2)!;
      const list = evidence[std];
      const start = (i: number) => longTranscript()[i].startMs / 1000;
      // The standard is the active one once something in its block has the focus.
      await page.locator(`#verdict [data-standard="${std}"] .ev-step`).first().focus();
      await page.click('#seg-100');
      const after = list.findIndex((s) => s > 100);
      await page.keyboard.press(']');
      await page.waitForSelector(`#seg-${list[after]}.flash-ev`);
      expect((await audio()).t).toBeCloseTo(start(list[after]), 1);
      expect(await page.textContent('#evidence-status')).toContain(
        `第 ${after + 1} / ${list.length} 处依据，第${list[after] + 1}句：`,
      );
      await page.keyboard.press(']');
      await page.waitForSelector(`#seg-${list[after + 1]}.flash-ev`);
      await page.keyboard.press('[');
      expect((await audio()).t).toBeCloseTo(start(list[after]), 1);
      await page.keyboard.press('[');
      expect((await audio()).t).toBeCloseTo(start(list[after - 1]), 1);
      await page.click('#seg-0');
      await page.keyboard.press('[');
      expect(await page.textContent('#evidence-status')).toContain('已是第一处依据');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'searches the transcript: hits counted and marked, Enter goes from one to the next',
    async () => {
      const word = '全国通用';
      const hits = longTranscript().flatMap((s, i) => (s.text.includes(word) ? [i] : []));
      await page.fill('#transcript-search', word);
      expect(await page.textContent('#search-count')).toBe(`共 ${hits.length} 处`);
      expect(await page.locator('#transcript .seg.hit').count()).toBe(hits.length);
      await page.press('#transcript-search', 'Enter');
      await page.press('#transcript-search', 'Enter');
      expect(await page.getAttribute('#transcript .seg.hit-current', 'id')).toBe(`seg-${hits[1]}`);
      expect(await page.textContent('#search-count')).toBe(`第 2 / ${hits.length} 处`);
      await page.press('#transcript-search', 'Escape');
      expect(await page.locator('#transcript .seg.hit').count()).toBe(0);
      // The field and the comment box have labels, not only placeholders.
      expect(await page.getByLabel('搜索').getAttribute('id')).toBe('transcript-search');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'stops following the play head while the reader scrolls away, and follows again on play',
    async () => {
      await page.click('#play');
      await page.waitForSelector('#transcript .seg.playing');
      await page.hover('#transcript');
      await page.mouse.wheel(0, 4000);
      await page.waitForSelector('#follow:visible');
      const away = await listTop();
      // Turns change every half second: a following list would have been pulled back by now.
      await page.waitForTimeout(3500);
      expect(await listTop()).toBe(away);
      expect((await audio()).paused).toBe(false);
      await page.click('#play');
      await page.click('#play');
      await page.waitForSelector('#follow', { state: 'hidden' });
      const playing = page.locator('#transcript .seg.playing');
      await playing.waitFor();
      expect(await playing.isVisible()).toBe(true);
      expect(await listTop()).not.toBe(away);
      await page.click('#play');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'says 无波形 and why when the service cannot read the recording’s waveform',
    async () => {
      await page.route('**/recording/peaks', (route) =>
        route.fulfill({
          json: {
            callId: seed.calls.long,
            sha256: '',
            unavailable: 'unsupported_encoding',
            durationMs: null,
            sampleRate: null,
            peaks: [],
          },
        }),
      );
      await openCall(seed.calls.long);
      await page.waitForSelector('#waveform-note:visible');
      expect(await page.textContent('#waveform-note')).toBe('无波形：录音编码无法解析。');
      expect(await page.getAttribute('#waveform', 'data-peaks')).toBeNull();
      // The evidence is still marked on the timeline.
      expect(await page.locator('#markers .marker.ev').count()).toBeGreaterThan(0);
      await page.unroute('**/recording/peaks');
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    expect(page.errors).toEqual([]);
  });
});
