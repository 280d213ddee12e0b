import { fixture, html, expect, waitUntil, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer, NewsTranscript } from '../src/index.js';
import { CAPTIONS_KEY } from '../src/media/captions-choice.js';
import { SPEED_KEY } from '../src/media/vjs-settings.js';
import en from '../src/i18n/en.js';
import { loadTranslation, translationFor } from '../src/i18n/localize.js';
import { MEDIA, playerCreated, stateReached, deepActive } from './support/helpers.js';

// Issue 13: the keyboard. Real key presses (sendKeys), real media, real video.js.

const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout: 10_000, interval: 20 });
const press = (key: string) => sendKeys({ press: key });
const $ = <E extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<E>(selector);
const statusOf = (el: NewsPlayer) => $(el, '[role="status"]')!.textContent!.trim();

/** The media element video.js plays. */
const media = (el: NewsPlayer) => el.player!.tech(true).el() as unknown as HTMLVideoElement;

/** The captions tracks of a loaded player. */
const captionTracks = (el: NewsPlayer): TextTrack[] => {
  const list = el.player!.textTracks() as unknown as ArrayLike<TextTrack>;
  return Array.from({ length: list.length }, (_, i) => list[i]).filter((t) => t.kind === 'captions');
};

/** A player loaded by video.js from the start (not a handover), with captions and chapters. */
async function loaded(src = MEDIA.long, width = 720): Promise<NewsPlayer> {
  const wrap = await fixture<HTMLElement>(html`<div style="width:${width}px">
    <news-player id="keys-player" src=${src} headline="Keys" muted>
      <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
      <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
    </news-player>
  </div>`);
  const el = wrap.querySelector('news-player') as NewsPlayer;
  await el.load();
  await stateReached(el, 'ready');
  await playerCreated(el);
  await until(() => $(el, '.vjs-chapters-button button') && $(el, '.vjs-subs-caps-button button'), 'menus built');
  return el;
}

/** Focuses the player itself (its element, not a control). */
async function focusPlayer(el: NewsPlayer): Promise<void> {
  (el.player!.el() as HTMLElement).focus();
  await until(() => deepActive() === el.player!.el(), 'the player focused');
}

describe('keyboard (issue 13)', () => {
  // The reader's remembered speed and captions: each test starts as a new reader.
  afterEach(() => {
    try {
      localStorage.removeItem(CAPTIONS_KEY);
      localStorage.removeItem(SPEED_KEY);
    } catch {
      // no storage
    }
  });

  describe('menus and dialogs keep focus', () => {
    for (const [name, selector] of [
      ['chapters', '.vjs-chapters-button'],
      ['captions', '.vjs-subs-caps-button'],
    ]) {
      it(`Escape in the ${name} menu closes it and focuses its button`, async () => {
        const el = await loaded(MEDIA.mp4);
        const button = $(el, `${selector} > button`)!;
        button.focus();
        await press('Enter');
        await until(() => deepActive()?.classList.contains('vjs-menu-item'), 'focus moved into the menu');
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        await press('ArrowDown');
        await press('Escape');
        await until(() => deepActive() === button, `focus back on the button, not ${deepActive()?.localName}`);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        // The arrows open it too (and focus goes in).
        await press('ArrowDown');
        await until(() => deepActive()?.classList.contains('vjs-menu-item'), 'ArrowDown opened the menu');
        await press('Escape');
        await until(() => deepActive() === button, 'focus back on the button again');
      });
    }

    it('Escape in the settings menu’s speed list (the page’s playbackRates) gives focus back to the gear; < and > step through that list', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} headline="Rates" muted .options=${{ playbackRates: [0.5, 1, 2] }}></news-player>`);
      await el.load();
      await stateReached(el, 'ready');
      await playerCreated(el);
      const gear = $(el, '.news-settings-button > button')!;
      gear.focus();
      await press('Enter');
      await until(() => deepActive()?.classList.contains('vjs-menu-item'), 'focus in the settings menu');
      // The first line opens the speed list: the page's three speeds.
      await press('Enter');
      await until(() => deepActive()?.closest('[role="menu"]')?.getAttribute('aria-label') === en.controlsSpeed, 'focus in the speed list');
      const speeds = [...deepActive()!.closest('[role="menu"]')!.querySelectorAll('.vjs-menu-item')].filter((li) => (li as HTMLElement).offsetParent !== null);
      expect(speeds.length, 'the page’s speeds, after a way back').to.be.within(3, 4);
      await press('Escape');
      await until(() => deepActive() === gear, 'focus back on the gear');
      await focusPlayer(el);
      await press('>');
      await until(() => media(el).playbackRate === 2, `> to ${media(el).playbackRate}`);
      await press('>');
      await press('<');
      await press('<');
      await until(() => media(el).playbackRate === 0.5, `<< to ${media(el).playbackRate}`);
    });

    /** Opens the captions settings dialog from the captions menu with the keyboard. */
    async function openSettings(el: NewsPlayer): Promise<HTMLElement> {
      const button = $(el, '.vjs-subs-caps-button > button')!;
      button.focus();
      await press('Enter');
      await until(() => deepActive()?.classList.contains('vjs-menu-item'), 'focus in the captions menu');
      for (let i = 0; i < 6 && !deepActive()?.classList.contains('vjs-texttrack-settings'); i++) await press('ArrowDown');
      expect(deepActive()?.classList.contains('vjs-texttrack-settings'), 'the settings item').to.equal(true);
      await press('Enter');
      const dialog = $(el, '.vjs-text-track-settings')!;
      await until(() => !dialog.classList.contains('vjs-hidden'), 'dialog open');
      await until(() => dialog.contains(deepActive()), `focus in the dialog, not ${deepActive()?.localName}`);
      return dialog;
    }

    it('the captions settings dialog takes focus, keeps Tab inside, and gives focus back on Escape and on Done', async () => {
      const el = await loaded(MEDIA.mp4);
      const button = $(el, '.vjs-subs-caps-button > button')!;
      const dialog = await openSettings(el);
      const seen = new Set<Element>();
      for (let i = 0; i < 25; i++) {
        await press('Tab');
        const at = deepActive()!;
        expect(dialog.contains(at), `Tab ${i + 1} stays inside (${at.localName}.${at.className})`).to.equal(true);
        seen.add(at);
      }
      for (let i = 0; i < 5; i++) {
        await sendKeys({ down: 'Shift' });
        await press('Tab');
        await sendKeys({ up: 'Shift' });
        expect(dialog.contains(deepActive()), `Shift+Tab ${i + 1} stays inside`).to.equal(true);
      }
      expect(seen.size, 'Tab went round every control').to.be.greaterThan(5);
      await press('Escape');
      await until(() => dialog.classList.contains('vjs-hidden'), 'closed');
      await until(() => deepActive() === button, `focus back on the captions button, not ${deepActive()?.localName}`);

      await openSettings(el);
      dialog.querySelector<HTMLElement>('.vjs-done-button')!.focus();
      await press('Enter');
      await until(() => dialog.classList.contains('vjs-hidden'), 'Done closed it');
      await until(() => deepActive() === button, 'focus back on the captions button after Done');
    });

    it('the captions settings dialog fits a 320 px player: inside its box, scrolling, one column', async () => {
      const el = await loaded(MEDIA.mp4, 320);
      const dialog = await openSettings(el);
      const box = (el.player!.el() as HTMLElement).getBoundingClientRect();
      const inside = (r: DOMRect) => r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
      expect(inside(dialog.getBoundingClientRect()), 'the dialog inside the player').to.equal(true);
      const content = dialog.querySelector<HTMLElement>('.vjs-modal-dialog-content')!;
      expect(getComputedStyle(content).gridTemplateColumns.split(' ')).to.have.length(1);
      for (const name of ['.vjs-default-button', '.vjs-done-button']) {
        const control = dialog.querySelector<HTMLElement>(name)!;
        control.focus();
        await nextFrame();
        expect(inside(control.getBoundingClientRect()), `${name} scrolled into the player's box`).to.equal(true);
      }
      expect(dialog.scrollHeight, 'the dialog scrolls').to.be.greaterThan(dialog.clientHeight);
    });

    it('? opens the shortcuts dialog (named, accessible), Escape closes it back to its opener', async () => {
      const el = await loaded();
      const play = $(el, '.vjs-play-control')!;
      play.focus();
      await press('?');
      const dialog = $(el, '.news-shortcuts')!;
      await until(() => dialog && !dialog.classList.contains('vjs-hidden'), 'shortcuts dialog open');
      expect(dialog.getAttribute('role')).to.equal('dialog');
      expect(dialog.getAttribute('aria-label')).to.equal(en.controlsShortcuts);
      expect(dialog.textContent).to.contain(en.controlsKeyVolume);
      await until(() => dialog.contains(deepActive()), 'focus in the shortcuts dialog');
      await expect(el).to.be.accessible();
      await press('Tab');
      await press('Tab');
      expect(dialog.contains(deepActive()), 'Tab stays inside').to.equal(true);
      await press('Escape');
      await until(() => dialog.classList.contains('vjs-hidden'), 'closed');
      await until(() => deepActive() === play, `focus back on the play button, not ${deepActive()?.localName}`);
    });
  });

  describe('shortcuts', () => {
    it('←/→ 5 s, j/l 10 s, Home/End, 0–9 move the time; ↑/↓ the volume, with words for screen readers', async () => {
      const el = await loaded();
      await focusPlayer(el);
      const at = (t: number, message: string) => until(() => Math.abs(el.currentTime - t) < 0.3, `${message}: at ${el.currentTime}, not ${t}`);
      el.currentTime = 8;
      await at(8, 'start');
      await press('ArrowRight');
      await at(13, '→');
      await until(() => statusOf(el) === en.controlsForward('5 seconds'), `said "${statusOf(el)}"`);
      await press('ArrowLeft');
      await at(8, '←');
      await press('l');
      await at(18, 'l');
      await press('j');
      await at(8, 'j');
      const duration = el.duration;
      await press('5');
      await at(duration / 2, '5');
      await press('0');
      await at(0, '0');
      await press('9');
      await at(duration * 0.9, '9');
      await press('Home');
      await at(0, 'Home');
      await press('End');
      await until(() => el.currentTime > duration - 0.5, 'End');

      el.muted = false;
      el.volume = 0.5;
      await until(() => media(el).volume === 0.5 && !media(el).muted);
      await press('ArrowUp');
      await until(() => Math.abs(media(el).volume - 0.55) < 0.001, `↑ to ${media(el).volume}`);
      await until(() => statusOf(el) === en.controlsVolume('55%'), `said "${statusOf(el)}"`);
      await press('ArrowDown');
      await press('ArrowDown');
      await until(() => Math.abs(media(el).volume - 0.45) < 0.001, `↓↓ to ${media(el).volume}`);
    });

    it('< and > change the speed through the rate list; k and Space play and pause; m mutes; c captions; f full screen', async () => {
      const el = await loaded();
      await focusPlayer(el);
      await press('>');
      await until(() => media(el).playbackRate === 1.25, `> to ${media(el).playbackRate}`);
      await until(() => statusOf(el) === en.controlsSpeedIs('1.25×'), `said "${statusOf(el)}"`);
      await press('<');
      await press('<');
      await until(() => media(el).playbackRate === 0.75, `<< to ${media(el).playbackRate}`);

      expect(media(el).paused).to.equal(true);
      await press('k');
      await until(() => !media(el).paused, 'k plays');
      await press('k');
      await until(() => media(el).paused, 'k pauses');
      await focusPlayer(el);
      await press(' ');
      await until(() => !media(el).paused, 'Space plays');
      await press(' ');
      await until(() => media(el).paused, 'Space pauses');

      const muted = media(el).muted;
      await press('m');
      await until(() => media(el).muted === !muted, 'm toggles muted');

      expect(captionTracks(el).some((t) => t.mode === 'showing')).to.equal(false);
      await press('c');
      await until(() => captionTracks(el).some((t) => t.mode === 'showing'), 'c shows captions');
      await until(() => statusOf(el) === en.controlsCaptionsOn);
      await press('c');
      await until(() => captionTracks(el).every((t) => t.mode !== 'showing'), 'c hides captions');

      await press('f');
      await until(() => document.fullscreenElement === el || el.player!.isFullscreen(), 'f goes full screen');
      await press('f');
      await until(() => !document.fullscreenElement && !el.player!.isFullscreen(), 'f leaves full screen');
    });

    it('acts on the last used player from <body>, never in a page field or on a key the page handled', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><input aria-label="page field" /><button>page button</button></div>`);
      const input = wrap.querySelector('input')!;
      const el = await loaded();
      await focusPlayer(el);
      await press('k');
      await until(() => !media(el).paused, 'k plays');
      await press('k');
      await until(() => media(el).paused, 'k pauses');

      // In a field: typed, not a shortcut.
      input.focus();
      await sendKeys({ type: 'k5m' });
      expect(input.value).to.equal('k5m');
      // Page keys, which are not ours.
      const button = wrap.querySelector('button')!;
      let clicks = 0;
      button.addEventListener('click', () => clicks++);
      button.focus();
      await press(' ');
      await until(() => clicks === 1, 'the page button pressed');

      // Handled by the page first: left alone, in the player and from <body>.
      const handled = (e: KeyboardEvent) => {
        if (e.key === 'k') e.preventDefault();
      };
      window.addEventListener('keydown', handled, true);
      try {
        await focusPlayer(el);
        await press('k');
        (document.activeElement as HTMLElement).blur();
        await press('k');
        for (let i = 0; i < 5; i++) await nextFrame();
        expect(media(el).paused, 'k handled by the page does nothing').to.equal(true);
        expect(media(el).muted, 'm typed in the field did nothing').to.equal(true);
      } finally {
        window.removeEventListener('keydown', handled, true);
      }

      // From <body>: the last used player.
      (document.activeElement as HTMLElement)?.blur?.();
      expect(deepActive()).to.equal(document.body);
      await press('k');
      await until(() => !media(el).paused, 'k on <body> plays the last used player');
      await press('k');
      await until(() => media(el).paused, 'and pauses it');
      await press('?');
      const dialog = $(el, '.news-shortcuts')!;
      await until(() => dialog && dialog.contains(deepActive()), '? on <body>: the help of the last used player, focused');
      await press('Escape');
      await until(() => deepActive() === el.player!.el(), 'then focus in that player, not lost');
    });

    it('k on a transcript cue plays and pauses that cue’s player; Enter keeps playing from the cue', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width:640px">
        <news-player id="keys-cue-player" src=${MEDIA.long} headline="Cues" muted>
          <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
        </news-player>
        <news-transcript for="keys-cue-player"></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
      await until(() => transcript.cues.length > 1, 'transcript rendered');
      const cue = transcript.shadowRoot!.querySelector<HTMLElement>('[part~="cue"][tabindex="0"]')!;
      cue.focus();
      await press('Enter');
      await stateReached(el, 'playing');
      await playerCreated(el);
      const focused = deepActive()!;
      expect(focused.matches('[part~="cue"]'), 'focus still on a cue').to.equal(true);
      await press('k');
      await stateReached(el, 'paused');
      expect(deepActive()).to.equal(focused);
      await press('k');
      await stateReached(el, 'playing');
      el.pause();
      // `?` on the cue: the help of its player, and back to the cue.
      await press('?');
      const dialog = $(el, '.news-shortcuts')!;
      await until(() => dialog && dialog.contains(deepActive()), 'focus in the shortcuts dialog');
      await press('Escape');
      await until(() => deepActive() === focused, `focus back on the cue, not ${deepActive()?.localName}`);
    });

    it('k on a timestamp plays and pauses its player; Enter keeps following the link', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width:640px">
        <news-player id="keys-ts-player" src=${MEDIA.long} headline="Stamps" muted></news-player>
        <p>At <news-timestamp for="keys-ts-player" time="0:03"></news-timestamp>.</p>
      </div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      const link = wrap.querySelector('news-timestamp')!.shadowRoot!.querySelector<HTMLElement>('a')!;
      link.focus();
      await press('Enter');
      await stateReached(el, 'playing');
      await playerCreated(el);
      link.focus();
      await press('k');
      await stateReached(el, 'paused');
      await press('k');
      await stateReached(el, 'playing');
      el.pause();
    });

    it('in a right-to-left page, → still goes forward; the help is in the reader’s language', async () => {
      await loadTranslation('ar');
      const ar = translationFor('ar');
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="width:640px">
        <news-player src=${MEDIA.long} headline="RTL" muted></news-player>
      </div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      await el.load();
      await stateReached(el, 'ready');
      await playerCreated(el);
      el.currentTime = 4;
      await until(() => Math.abs(el.currentTime - 4) < 0.3);
      await focusPlayer(el);
      await press('ArrowRight');
      await until(() => Math.abs(el.currentTime - 9) < 0.3, `→ to ${el.currentTime}`);
      await press('?');
      const dialog = $(el, '.news-shortcuts')!;
      await until(() => dialog && !dialog.classList.contains('vjs-hidden'), 'shortcuts dialog open');
      expect(dialog.getAttribute('aria-label')).to.equal(ar.controlsShortcuts);
      expect(dialog.textContent).to.contain(ar.controlsKeyVolume);
      await press('Escape');
      await until(() => deepActive() === el.player!.el(), 'focus back on the player');
    });

    it('works after a handover (the adopted player, its menus built later)', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} headline="Handover" muted>
        <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
      </news-player>`);
      $<HTMLButtonElement>(el, '[part="poster-card"]')!.click();
      await stateReached(el, 'playing');
      await until(() => el.player !== undefined && $(el, '.vjs-text-track-settings'), 'handed over and dressed');
      el.pause();
      await stateReached(el, 'paused');
      el.currentTime = 2;
      await until(() => Math.abs(el.currentTime - 2) < 0.3);
      await focusPlayer(el);
      await press('l');
      await until(() => Math.abs(el.currentTime - 12) < 0.3, `l to ${el.currentTime}`);
      // The captions settings dialog, built after the handover, keeps focus too.
      const button = $(el, '.vjs-subs-caps-button > button')!;
      button.focus();
      await press('Enter');
      await until(() => deepActive()?.classList.contains('vjs-menu-item'));
      for (let i = 0; i < 6 && !deepActive()?.classList.contains('vjs-texttrack-settings'); i++) await press('ArrowDown');
      await press('Enter');
      const dialog = $(el, '.vjs-text-track-settings')!;
      await until(() => dialog.contains(deepActive()), 'focus in the dialog after a handover');
      await press('Escape');
      await until(() => deepActive() === button, 'focus back on the captions button');
    });
  });

  describe('replay', () => {
    it('the big button becomes Replay at the end, plays again from 0, and focus stays in the player', async () => {
      const el = await loaded(MEDIA.mp4);
      el.currentTime = 5.5;
      await el.play();
      await stateReached(el, 'ended');
      const big = $(el, '.vjs-big-play-button')!;
      await until(() => big.querySelector('.vjs-control-text')?.textContent === en.controlsReplay, 'named Replay');
      expect(getComputedStyle(big).display).to.not.equal('none');
      big.focus();
      await press('Enter');
      await stateReached(el, 'playing');
      expect(el.currentTime, 'from the start').to.be.lessThan(2);
      await until(() => el.player!.el().contains(deepActive()), `focus in the player, not ${deepActive()?.localName}`);
      el.pause();
    });
  });
});
