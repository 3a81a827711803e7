import { type ConsolePage, describeBrowser, BROWSER_TIMEOUT } from './helpers/console-browser.js';
import {
  audioOf,
  focusedId,
  longTranscript,
  pageReady,
  type LongCalls,
} from './helpers/long-call.js';
import { longCallSession } from './helpers/long-call-session.js';

describeBrowser('web console in Chromium: keyboard use and warnings on a 300-turn call', () => {
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

  it(
    'focuses transcript turns by keyboard: one tab stop, ↑↓ between turns, Enter and Space play from the turn',
    async () => {
      await openCall(seed.calls.long);
      expect(await page.locator('#transcript .seg[tabindex="0"]').count()).toBe(1);
      await page.focus('#transcript-search');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toMatch(/^seg-\d+$/);
      await page.focus('#seg-0');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      expect(await focusedId(page)).toBe('seg-3');
      await page.keyboard.press('Enter');
      expect((await audio()).t).toBeCloseTo(longTranscript()[3].startMs / 1000, 1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press(' ');
      // Space on a turn plays from it; it does not also toggle the player.
      const after = await audio();
      expect(after.t).toBeCloseTo(longTranscript()[4].startMs / 1000, 1);
      expect(after.paused).toBe(true);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'warns when the recording is shorter than the transcript',
    async () => {
      await openCall(seed.calls.short);
      const warning = page.locator('#audio-short');
      await warning.waitFor();
      expect(await warning.textContent()).toMatch(/^录音时长 00:1\d，短于文字记录的 02:29/);
      expect(await warning.textContent()).toMatch(/最后 \d+ 句没有对应的录音/);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'on the review page the arrows on a focused choice move the choice, not the audio; fields are labelled',
    async () => {
      await page.goto(`/console/review/${seed.items[0].id}`);
      await pageReady(page);
      await seekBar(page, 10);
      await page.focus('input[name=identity][value=pass]');
      await page.keyboard.press(' ');
      expect(await page.isChecked('input[name=identity][value=pass]')).toBe(true);
      await page.keyboard.press('ArrowRight');
      expect(await page.isChecked('input[name=identity][value=fail]')).toBe(true);
      await page.keyboard.press('ArrowLeft');
      expect(await page.isChecked('input[name=identity][value=pass]')).toBe(true);
      expect((await audio()).t).toBeCloseTo(10, 0);
      expect((await audio()).paused).toBe(true);
      expect(await page.getByLabel('时间点评论').getAttribute('id')).toBe('comment-text');
      // A timed comment is marked on the waveform.
      await page.fill('#comment-text', '此处客户语气犹豫');
      await page.press('#comment-text', 'Enter');
      expect(await page.getAttribute('#markers .marker.comment', 'title')).toBe(
        '评论 00:10：此处客户语气犹豫',
      );
      await page.press('#comment-text', 'Escape');
      // 4 makes consent the standard [ and ] step through.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('4');
      await page.keyboard.press(']');
      // The player is at 10 s, turn 20 (half a second a turn): the next consent evidence after it.
      const next = evidence.consent.find((s) => s > 20)!;
      await page.waitForSelector(`#seg-${next}.flash-ev`);
      expect(await page.textContent('#evidence-status')).toMatch(
        new RegExp(`^明确同意：.*第${next + 1}句：`),
      );
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    expect(page.errors).toEqual([]);
  });
});

/** Moves the seek bar the way a drag does (an input event). */
async function seekBar(page: ConsolePage, seconds: number) {
  await page.$eval(
    '#seek',
    (s, v) => {
      const input = s as unknown as { value: string; dispatchEvent(e: unknown): void };
      input.value = String(v);
      input.dispatchEvent(
        new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('input'),
      );
    },
    seconds,
  );
}
