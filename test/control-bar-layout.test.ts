import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import en from '../src/i18n/en.js';
import fa from '../src/i18n/fa.js';
import { CAPTIONS_POSITION_KEY, SPEED_KEY } from '../src/media/vjs-settings.js';
import { MEDIA, stateReached } from './support/helpers.js';

const $ = <T extends Element = HTMLElement>(el: NewsPlayer, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: NewsPlayer, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const rect = (node: Element) => node.getBoundingClientRect();
const until = (check: () => boolean, message: string) => waitUntil(check, message, { timeout: 10000, interval: 20 });

/** Area two boxes share, in px². */
function overlap(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The bar's controls a reader can see: displayed, visible, with a box. */
function visibleControls(el: NewsPlayer): HTMLElement[] {
  return $$(el, '.vjs-control-bar > *').filter((node) => {
    const style = getComputedStyle(node);
    const box = rect(node);
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  });
}

const describeNode = (node: Element) => node.className.split(' ').slice(0, 2).join('.');

/** A loaded (ready) player `width` px wide, of the 6 s clip with captions shown and three chapters. */
async function player(width: number, lang = 'en'): Promise<NewsPlayer> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px" lang=${lang}>
    <news-player src=${MEDIA.mp4} type="video/mp4" muted captions="on" headline="Kerry's interview">
      <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
      <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
    </news-player>
  </div>`);
  const el = wrap.querySelector('news-player')!;
  await el.load();
  await stateReached(el, 'ready');
  await until(() => el.chapters.length === 3, 'chapters read');
  await until(() => $$(el, '.vjs-text-track-display .vjs-text-track-cue').length > 0, 'a caption shows');
  return el;
}

/** Opens the settings menu (its main panel). */
async function openSettings(el: NewsPlayer): Promise<HTMLElement> {
  const button = $<HTMLButtonElement>(el, '.news-settings-button > button');
  if (button.getAttribute('aria-expanded') === 'true') button.click();
  button.click();
  await until(() => getComputedStyle($(el, '.news-settings-button .vjs-menu')).display !== 'none', 'settings menu open');
  return $(el, '.news-settings-button .vjs-menu-content');
}

/** The settings menu's line whose text starts with `label`. */
function line(el: NewsPlayer, label: string): HTMLElement | undefined {
  return $$(el, '.news-settings-button .vjs-menu-item').find((li) => li.querySelector('.vjs-menu-item-text')?.textContent === label);
}

/** Opens a submenu of the settings menu by its entry's label. */
async function openPanel(el: NewsPlayer, label: string): Promise<void> {
  await openSettings(el);
  line(el, label)!.click();
  await until(() => $(el, '.news-settings-button [role="menu"]')?.getAttribute('aria-label') === label && getComputedStyle($(el, '.news-settings-button .vjs-menu')).display !== 'none', `${label} submenu open`);
}

describe('<news-player> control bar layout', () => {
  afterEach(() => {
    localStorage.removeItem(SPEED_KEY);
    localStorage.removeItem(CAPTIONS_POSITION_KEY);
  });

  for (const width of [320, 375, 640, 1280]) {
    describe(`at ${width} px`, () => {
      it('gives the seek bar at least 60 % of the width, on a row of its own above the buttons', async () => {
        const el = await player(width);
        const base = rect($(el, '[part="base"]'));
        const holder = rect($(el, '.vjs-progress-holder'));
        expect(holder.width / base.width, `seek bar ${holder.width} of ${base.width}`).to.be.at.least(0.6);
        const play = rect($(el, '.vjs-play-control'));
        expect(holder.bottom, 'the timeline is above the play button').to.be.at.most(play.top + 1);
      });

      it('keeps every visible control inside the player, none overlapping another', async () => {
        const el = await player(width);
        el.currentTime = 3;
        await until(() => el.currentChapter?.title === 'Middle', 'in the second chapter');
        const base = rect($(el, '[part="base"]'));
        const controls = visibleControls(el);
        expect(controls.length).to.be.at.least(5);
        for (const node of controls) {
          const box = rect(node);
          expect(box.left, `${describeNode(node)} left`).to.be.at.least(base.left - 0.5);
          expect(box.right, `${describeNode(node)} right`).to.be.at.most(base.right + 0.5);
          expect(box.top, `${describeNode(node)} top`).to.be.at.least(base.top - 0.5);
          expect(box.bottom, `${describeNode(node)} bottom`).to.be.at.most(base.bottom + 0.5);
        }
        for (let i = 0; i < controls.length; i++) {
          for (let j = i + 1; j < controls.length; j++) {
            const shared = overlap(rect(controls[i]), rect(controls[j]));
            expect(shared, `${describeNode(controls[i])} overlaps ${describeNode(controls[j])}`).to.be.lessThan(1);
          }
        }
        // Hovering the volume widens its panel: nothing is pushed out.
        $(el, '.vjs-mute-control').scrollIntoView({ block: 'center' });
        const mute = rect($(el, '.vjs-mute-control'));
        const box = rect($(el, '[part="base"]'));
        await sendMouse({ type: 'move', position: [Math.round(mute.left + mute.width / 2), Math.round(mute.top + mute.height / 2)] });
        await until(() => $(el, '.vjs-volume-panel').matches(':hover'), 'volume hovered');
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)));
        for (const node of visibleControls(el)) expect(rect(node).right, `${describeNode(node)} right, volume hovered`).to.be.at.most(box.right + 0.5);
        await resetMouse();
        // The current chapter is whole or hidden, never cut.
        const current = $(el, '.news-current-chapter');
        if (getComputedStyle(current).visibility !== 'hidden' && !current.classList.contains('vjs-hidden')) {
          expect(current.scrollWidth, 'current chapter cut').to.be.at.most(current.clientWidth + 1);
        }
      });

      it('keeps captions clear of the bar while it shows, and below the video in "below" mode', async () => {
        const el = await player(width);
        const bar = () => rect($(el, '.vjs-control-bar'));
        // The text as painted (its own box, which may overflow the cue box vtt.js sized).
        const cues = () => $$(el, '.vjs-text-track-display .vjs-text-track-cue > div');
        for (const cue of cues()) expect(overlap(rect(cue), bar()), `cue "${cue.textContent}" under the bar`).to.equal(0);

        const before = rect($(el, '[part="base"]'));
        await openSettings(el);
        line(el, en.controlsCaptionsBelow)!.click();
        await until(() => $(el, '.video-js').classList.contains('news-captions-below'), 'below mode on');
        expect(localStorage.getItem(CAPTIONS_POSITION_KEY)).to.equal('below');
        const after = rect($(el, '[part="base"]'));
        expect([after.width, after.height], 'the player keeps its size').to.deep.equal([before.width, before.height]);
        const video = rect($(el, '.vjs-tech'));
        expect(video.height, 'the picture shrinks above the band').to.be.lessThan(after.height - 20);
        await until(() => cues().length > 0 && cues().every((cue) => rect(cue).top >= video.bottom - 1), 'captions below the video');
        for (const cue of cues()) {
          expect(overlap(rect(cue), bar()), `cue "${cue.textContent}" under the bar`).to.equal(0);
          expect(rect(cue).bottom, 'inside the player').to.be.at.most(after.bottom + 1);
        }
      });
    });
  }

  it('fits at every width from 280 px to 1280 px, the volume hovered or not', async () => {
    const el = await player(280);
    const wrap = el.parentElement!;
    el.currentTime = 3;
    await until(() => el.currentChapter?.title === 'Middle', 'in the second chapter');
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let width = 280; width <= 1280; width += 20) {
      wrap.style.width = `${width}px`;
      await frames();
      for (const hovered of [false, true]) {
        if (hovered) {
          $(el, '.vjs-mute-control').scrollIntoView({ block: 'center' });
          const mute = rect($(el, '.vjs-mute-control'));
          await sendMouse({ type: 'move', position: [Math.round(mute.left + mute.width / 2), Math.round(mute.top + mute.height / 2)] });
          // video.js widens the panel with a transition.
          await new Promise((r) => setTimeout(r, 250));
        }
        const base = rect($(el, '[part="base"]'));
        const holder = rect($(el, '.vjs-progress-holder'));
        expect(holder.width / base.width, `${width} px: seek bar`).to.be.at.least(0.6);
        const controls = visibleControls(el);
        for (const node of controls) {
          expect(rect(node).right, `${width} px${hovered ? ', hovered' : ''}: ${describeNode(node)} right`).to.be.at.most(base.right + 0.5);
          expect(rect(node).left, `${width} px: ${describeNode(node)} left`).to.be.at.least(base.left - 0.5);
        }
        for (let i = 1; i < controls.length; i++) {
          expect(overlap(rect(controls[i - 1]), rect(controls[i])), `${width} px: ${describeNode(controls[i - 1])} overlaps ${describeNode(controls[i])}`).to.be.lessThan(1);
        }
        if (hovered) await resetMouse();
      }
    }
  });

  it('lowers captions while the bar hides during playback, and lifts them when it shows', async () => {
    const el = await player(375);
    const vjs = el.player as unknown as { userActive(on?: boolean): boolean };
    const bar = () => rect($(el, '.vjs-control-bar'));
    const cue = () => $$(el, '.vjs-text-track-display .vjs-text-track-cue > div')[0];
    el.currentTime = 1.2;
    await el.play();
    vjs.userActive(false);
    await until(() => cue() !== undefined && rect(cue()).bottom > bar().top, 'captions lowered over where the bar was');
    vjs.userActive(true);
    await until(() => cue() !== undefined && overlap(rect(cue()), bar()) === 0, 'captions above the bar again');
    el.pause();
  });

  describe('current chapter', () => {
    const LONG = "Kerry's interview with our foreign affairs correspondent in Baghdad";
    const chapters = () => URL.createObjectURL(new Blob([`WEBVTT\n\n00:00:00.000 --> 00:00:06.000\n${LONG}\n`], { type: 'text/vtt' }));
    for (const [width, shown] of [[320, false], [375, false], [1280, true]] as const) {
      it(`is ${shown ? 'shown whole' : 'hidden, not cut'} at ${width} px`, async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
          <news-player src=${MEDIA.mp4} type="video/mp4" muted><track kind="chapters" src=${chapters()} srclang="en" /></news-player>
        </div>`);
        const el = wrap.querySelector('news-player')!;
        await el.load();
        await stateReached(el, 'ready');
        const current = $(el, '.news-current-chapter');
        await until(() => current.textContent?.includes(LONG) === true, 'the chapter written');
        await until(() => (getComputedStyle(current).visibility === 'visible') === shown, `visibility ${getComputedStyle(current).visibility}`);
        if (shown) expect(current.scrollWidth, 'whole').to.be.at.most(current.clientWidth + 1);
        // Its title never pushes a button onto a row of its own.
        const buttons = [...$(el, '.vjs-control-bar').children].filter((c) => getComputedStyle(c).display !== 'none' && !c.classList.contains('vjs-progress-control'));
        expect(new Set(buttons.map((c) => Math.round(c.getBoundingClientRect().top))).size, 'the buttons on one row').to.equal(1);
        // The tooltip and the menus still name it.
        await openSettings(el);
        expect(line(el, en.controlsChapters)!.querySelector('.news-menu-value')!.textContent).to.equal(LONG);
      });
    }
  });

  describe('settings menu', () => {
    it('sets the speed of the media element and remembers it for the next player', async () => {
      const el = await player(640);
      await openPanel(el, en.controlsSpeed);
      const labels = $$(el, '.news-settings-button .vjs-menu-item:not(.news-settings-back) .vjs-menu-item-text').map((n) => n.textContent);
      expect(labels).to.deep.equal(['0.5×', '0.75×', en.controlsNormalSpeed, '1.25×', '1.5×', '1.75×', '2×']);
      line(el, '1.5×')!.click();
      const media = () => $<HTMLVideoElement>(el, 'video');
      await until(() => media().playbackRate === 1.5, `rate ${media().playbackRate}`);
      await until(() => localStorage.getItem(SPEED_KEY) === '1.5', `remembered ${localStorage.getItem(SPEED_KEY)}`);

      // Whoever changes the rate (a keyboard shortcut, a script), the reader's speed is remembered.
      el.player!.playbackRate(0.75);
      await until(() => localStorage.getItem(SPEED_KEY) === '0.75', 'rate remembered from ratechange');

      const next = await player(640);
      await until(() => $<HTMLVideoElement>(next, 'video').playbackRate === 0.75, `next player at ${$<HTMLVideoElement>(next, 'video').playbackRate}`);
      await openSettings(next);
      expect(line(next, en.controlsSpeed)!.querySelector('.news-menu-value')!.textContent).to.equal('0.75×');
    });

    it('lists captions and chapters, the chapters with their start and the current one marked', async () => {
      const el = await player(640);
      el.currentTime = 3;
      await until(() => el.currentChapter?.title === 'Middle', 'in the second chapter');
      await openPanel(el, en.controlsChapters);
      const items = $$(el, '.news-settings-button .vjs-menu-item:not(.news-settings-back)');
      expect(items.map((i) => i.querySelector('.vjs-menu-item-text')!.textContent)).to.deep.equal(['Opening', 'Middle', 'Closing']);
      expect(items.map((i) => i.querySelector('.news-menu-value')!.textContent)).to.deep.equal(['0:00', '0:02', '0:04']);
      expect(items.map((i) => i.getAttribute('aria-checked'))).to.deep.equal(['false', 'true', 'false']);
      items[2].click();
      await until(() => el.currentChapter?.title === 'Closing', 'moved to the last chapter');

      await openPanel(el, en.controlsCaptions);
      const captions = $$(el, '.news-settings-button .vjs-menu-item:not(.news-settings-back)');
      expect(captions.map((i) => i.querySelector('.vjs-menu-item-text')!.textContent)).to.deep.equal([en.controlsCaptionsNone, 'English']);
      captions[0].click();
      await until(() => $$(el, '.vjs-text-track-display .vjs-text-track-cue').length === 0, 'captions off');
    });

    it('keeps the words as written (no lowercasing), menus opaque and scrolling inside the player', async () => {
      const el = await player(375);
      const base = rect($(el, '[part="base"]'));
      for (const li of $$(el, '.vjs-menu li')) expect(getComputedStyle(li).textTransform, li.textContent ?? '').to.equal('none');
      await openPanel(el, en.controlsSpeed);
      const content = $(el, '.news-settings-button .vjs-menu-content');
      expect(getComputedStyle(content).backgroundColor).to.match(/^rgb\(/);
      const box = rect(content);
      expect(box.top, 'menu top inside the player').to.be.at.least(base.top - 0.5);
      expect(box.right).to.be.at.most(base.right + 0.5);
      expect(box.left).to.be.at.least(base.left - 0.5);
      // The last item is reachable: the menu scrolls to it, inside the player's box.
      const last = $$(el, '.news-settings-button .vjs-menu-item').at(-1)!;
      last.scrollIntoView({ block: 'nearest' });
      expect(rect(last).bottom).to.be.at.most(rect(content).bottom + 1);
      expect(rect(last).top).to.be.at.least(base.top - 0.5);

      // The captions menu shows the track's label as written, "English", not "english".
      const caps = $$(el, '.vjs-subs-caps-button .vjs-menu-item-text').find((n) => n.textContent === 'English');
      if (caps) expect(caps.innerText === '' || caps.innerText === 'English', caps.innerText).to.equal(true);
      const chapter = $$(el, '.vjs-chapters-button .vjs-menu-item-text')[0];
      expect(getComputedStyle(chapter.parentElement!).textTransform).to.equal('none');
    });

    it('offers no quality choice for a stream of one rendition, and no captions or chapters without tracks', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.hls} type="application/x-mpegURL" muted style="width:640px"></news-player>`);
      await el.load();
      await stateReached(el, 'ready');
      await openSettings(el);
      const labels = $$(el, '.news-settings-button .vjs-menu-item:not(.news-settings-narrow) .vjs-menu-item-text').map((n) => n.textContent);
      expect(labels).to.deep.equal([en.controlsSpeed, en.controlsCaptionsBelow]);
    });

    for (const width of [640, 375]) {
      it(`is accessible with the settings menu open (${width} px)`, async () => {
        const el = await player(width);
        await openSettings(el);
        await expect(el).to.be.accessible();
        await openPanel(el, en.controlsSpeed);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('words and digits', () => {
    it('follows a change of language: the gear\'s name and the times\' digits', async () => {
      const el = await player(640);
      expect($(el, '.news-settings-button > button .vjs-control-text').textContent).to.equal(en.controlsSettings);
      el.parentElement!.setAttribute('lang', 'fa');
      await until(() => $(el, '.news-settings-button > button .vjs-control-text').textContent === fa.controlsSettings, 'the gear renamed');
      await until(() => $(el, '.vjs-duration-display').textContent === '۰:۰۶', `duration shows ${$(el, '.vjs-duration-display').textContent}`);
    });

    it('writes the times, the tooltip and the menus in the reader\'s digits (Persian)', async () => {
      const el = await player(640, 'fa');
      await until(() => $(el, '.vjs-current-time-display').textContent === '۰:۰۰', 'the first time in Persian digits too');
      expect($(el, '.vjs-duration-display').textContent).to.match(/^[۰-۹]:[۰-۹]{2}$/);
      $(el, '.vjs-progress-holder').focus();
      // video.js steps 5 s: into the last chapter.
      await sendKeys({ press: 'ArrowRight' });
      const tooltip = $(el, '.vjs-play-progress .vjs-time-tooltip');
      await until(() => /^۰:۰۵ · Closing$/.test(tooltip.textContent ?? ''), 'tooltip in Persian digits, with the chapter');
      const current = () => $(el, '.vjs-current-time-display').textContent ?? '';
      await until(() => current() === '۰:۰۵', 'current time in Persian digits');
      expect(parseFloat(getComputedStyle(tooltip).fontSize), 'tooltip text size').to.be.at.least(12);
      await openSettings(el);
      expect($(el, '.news-settings-button > button .vjs-control-text').textContent).to.equal(fa.controlsSettings);
      line(el, fa.controlsSpeed)!.click();
      await until(() => line(el, '۱٫۵×') !== undefined, 'speeds in Persian digits');
    });
  });
});

describe('<news-player> overlays over video.js', () => {
  it('shows no seek handle, tick or tooltip of video.js through "Please wait"', async () => {
    const key = Math.random().toString(36).slice(2);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:480px">
      <news-player src=${`/faults/slow/4000?${key}`} type="video/webm" muted>
        <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
      </news-player>
    </div>`);
    const el = wrap.querySelector('news-player')!;
    void el.load();
    await until(() => el.state === 'loading' && !!el.shadowRoot!.querySelector('.vjs-play-progress') && !!el.shadowRoot!.querySelector('[part="loading"]'), 'video.js under "Please wait"');
    const overlay = $(el, '[part="loading"]');
    // Every spot where video.js paints something with z-index 1 is covered by the overlay.
    for (const selector of ['.vjs-play-progress', '.vjs-progress-holder', '.vjs-control-bar']) {
      const box = rect($(el, selector));
      const x = Math.max(box.left + 1, Math.min(box.right - 1, box.left + 2));
      const y = box.top + box.height / 2;
      const hit = el.shadowRoot!.elementFromPoint(x, y);
      expect(hit === overlay || overlay.contains(hit), `${selector}: ${hit?.className}`).to.equal(true);
    }
  });
});
