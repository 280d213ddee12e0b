import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer, NewsTimestamp, NewsTranscript } from '../src/index.js';
import { loadTranslation } from '../src/i18n/localize.js';
import { MEDIA, stateReached } from './support/helpers.js';

/** `waitUntil` with room for media on a busy machine (the default gives up after 1 s). */
const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout: 10_000, interval: 20 });

/**
 * The right-to-left layout, as documented on <news-player>: everything mirrors (poster card,
 * messages, menus, transcript, timestamps) except the control bar, which keeps the order and the
 * direction of time of every media player: play at the left, the progress bar filling from the
 * left, the right arrow key going forward.
 */
const rect = (el: Element) => el.getBoundingClientRect();
const $ = <E extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<E>(selector)!;
const center = (el: Element) => rect(el).left + rect(el).width / 2;

for (const lang of ['ar', 'fa'] as const) {
  describe(`right to left: a page in ${lang}`, () => {
    let saved: { lang: string; dir: string };
    before(async () => {
      saved = { lang: document.documentElement.lang, dir: document.documentElement.dir };
      document.documentElement.lang = lang;
      document.documentElement.dir = 'rtl';
      await loadTranslation(lang);
    });
    after(() => {
      document.documentElement.lang = saved.lang;
      document.documentElement.dir = saved.dir;
    });

    it('mirrors the poster card: headline and "starts at" at the right, the duration at the left', async () => {
      const el = await fixture<NewsPlayer>(
        html`<news-player src=${MEDIA.webm} poster=${MEDIA.poster} headline="عنوان الخبر" duration="2:44" style="width:640px"></news-player>`,
      );
      el.currentTime = 5; // as a deep link or a timestamp would: the card says where it starts
      await el.updateComplete;
      const card = rect($(el, '[part="poster-card"]'));
      const words = document.createRange();
      words.selectNodeContents($(el, '[part="headline"]'));
      const headline = words.getBoundingClientRect();
      const duration = rect($(el, '[part="duration"]'));
      const starts = rect($(el, '[part="start"]'));
      expect($(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(card.right - headline.right, 'headline starts at the right edge').to.be.lessThan(24);
      expect(headline.left - card.left, 'and leaves room at the left').to.be.greaterThan(60);
      expect(duration.left - card.left, 'duration badge at the left').to.be.lessThan(24);
      expect(card.right - starts.right, '"starts at" at the top right').to.be.lessThan(24);
      expect(Math.abs(center($(el, '[part="play-icon"]')) - (card.left + card.width / 2)), 'play button centred').to.be.lessThan(2);
      if (lang === 'fa') expect($(el, '[part="duration"]').textContent).to.equal('۲:۴۴');
    });

    it('mirrors the audio layout: play at the right, then the headline', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.m4a} headline="عنوان" style="width:480px"></news-player>`);
      expect(el.audio).to.equal(true);
      const play = rect($(el, '[part="play-icon"]'));
      const words = document.createRange();
      words.selectNodeContents($(el, '[part="headline"]'));
      const headline = words.getBoundingClientRect();
      const card = rect($(el, '[part="poster-card"]'));
      expect(card.right - play.right, 'play at the right edge').to.be.lessThan(16);
      expect(headline.right, 'headline to its left').to.be.at.most(play.left);
    });

    it('lays the messages out right to left', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/status/404" style="width:640px"></news-player>`);
      await el.play().catch(() => undefined);
      await stateReached(el, 'unavailable');
      const overlay = $(el, '[part="unavailable"]');
      expect(getComputedStyle(overlay).direction).to.equal('rtl');
      expect(getComputedStyle($(el, '[part="reason"]')).direction).to.equal('rtl');
      const base = rect($(el, '[part="base"]'));
      expect(Math.abs(center($(el, '[part="retry"]')) - (base.left + base.width / 2)), 'Retry centred').to.be.lessThan(2);
    });

    it('keeps the control bar left to right: play at the left, fullscreen at the right, time running left to right', async () => {
      const el = await fixture<NewsPlayer>(
        html`<news-player src=${MEDIA.long} load="eager" style="width:800px"><track kind="chapters" src=${MEDIA.chapters} srclang=${lang} /></news-player>`,
      );
      await stateReached(el, 'ready');
      const bar = $(el, '.vjs-control-bar');
      expect(getComputedStyle(bar).direction).to.equal('ltr');
      expect(getComputedStyle($(el, '.video-js')).direction, 'the rest of the player follows the page').to.equal('rtl');
      const play = rect($(el, '.vjs-play-control'));
      const progress = rect($(el, '.vjs-progress-control'));
      const fullscreen = rect($(el, '.vjs-fullscreen-control'));
      // The timeline runs across the whole bar, above the buttons: play at the left, fullscreen at the right.
      expect(progress.bottom, 'the timeline is above the buttons').to.be.at.most(play.top + 1);
      expect(progress.width, 'the timeline spans the bar').to.be.at.least(rect(bar).width - 1);
      expect(fullscreen.left, 'fullscreen is right of play').to.be.at.least(play.right);
      expect(rect(bar).right - fullscreen.right, 'fullscreen at the right end').to.be.lessThan(2);
      expect(play.left - rect(bar).left).to.be.lessThan(2);

      // Half way through, the played part is the left half.
      const duration = Number(el.player!.duration());
      el.currentTime = duration / 2;
      const holder = $(el, '.vjs-progress-holder');
      const played = $(el, '.vjs-play-progress');
      await until(() => {
        // A seek issued while video.js is still settling its tracks can be dropped: ask again.
        if (Math.abs(el.currentTime - duration / 2) > 0.5) el.currentTime = duration / 2;
        return Math.abs(rect(played).width - rect(holder).width / 2) < 4;
      }, `played ${rect(played).width} of ${rect(holder).width}`);
      expect(Math.abs(rect(played).left - rect(holder).left), 'it fills from the left').to.be.lessThan(2);

      // The right arrow key goes forward.
      holder.focus();
      const before = el.currentTime;
      await sendKeys({ press: 'ArrowRight' });
      await until(() => el.currentTime > before + 1, `time ${el.currentTime} after ${before}`);

      // The words in the bar and its menus still read right to left.
      el.currentTime = 1;
      await until(() => !$(el, '.news-current-chapter').classList.contains('vjs-hidden'), 'current chapter shown');
      expect(getComputedStyle($(el, '.news-current-chapter')).direction).to.equal('rtl');
      expect(getComputedStyle($(el, '.vjs-chapters-button .vjs-menu-content')).direction).to.equal('rtl');
    });

    it('mirrors the transcript: times in a column at the right, the active bar at the right', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:480px">
        <news-player id="rtl-p" src=${MEDIA.webm}></news-player>
        <news-transcript for="rtl-p" src=${MEDIA.captions}></news-transcript>
      </div>`);
      const player = wrap.querySelector('news-player') as NewsPlayer;
      const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
      await until(() => transcript.shadowRoot!.querySelectorAll('[part~="cue"]').length > 1, 'cues rendered');
      const cues = [...transcript.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cue"]')];
      const times = cues.map((c) => c.querySelector('[part~="time"]')!);
      const texts = cues.map((c) => c.querySelector('[part~="text"]')!);
      const body = rect($(transcript, '[part="body"]'));
      for (const [i, time] of times.entries()) {
        expect(rect(time).left, 'time right of the words').to.be.greaterThan(rect(texts[i]).right - 1);
        expect(body.right - rect(time).right, 'against the right edge').to.be.lessThan(24);
      }
      expect(Math.abs(rect(times[0]).right - rect(times[1]).right), 'one column').to.be.lessThan(1);
      if (lang === 'fa') expect(times[0].textContent).to.equal('۰:۰۰');
      // The toolbar reads from the right: the search box first.
      const search = rect($(transcript, '[part="search"]'));
      const next = rect($(transcript, '[part="next"]'));
      expect(search.left).to.be.greaterThan(next.right - 1);
      // The cue being spoken is marked by a bar at its right.
      player.currentTime = 1.5;
      await until(() => cues.some((c) => c.getAttribute('aria-current') === 'true'), 'a cue is active');
      const active = cues.find((c) => c.getAttribute('aria-current') === 'true')!;
      const style = getComputedStyle(active);
      expect(style.borderRightWidth).to.equal('3px');
      expect(style.borderRightColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(style.borderLeftWidth).to.equal('0px');
    });

    it('puts a timestamp’s play mark before its words, at their right', async () => {
      const wrap = await fixture<HTMLParagraphElement>(
        html`<p style="width:480px"><news-player id="ts-p" src=${MEDIA.webm} hidden></news-player>قال الوزير <news-timestamp for="ts-p" time="1:23">في الدقيقة الأولى</news-timestamp> إن…</p>`,
      );
      const ts = wrap.querySelector('news-timestamp') as NewsTimestamp;
      await ts.updateComplete;
      const icon = rect($(ts, '[part="icon"]'));
      const words = rect($(ts, '.words'));
      expect(icon.left).to.be.at.least(words.right - 1);
    });
  });
}
