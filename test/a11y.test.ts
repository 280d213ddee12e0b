import { fixture, html, expect, waitUntil, aTimeout, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer, NewsTimestamp, NewsTranscript } from '../src/index.js';
import { loadTranslation } from '../src/i18n/localize.js';
import { CAPTIONS_KEY } from '../src/media/vjs-components.js';
import en from '../src/i18n/en.js';
import { HOLD_MS } from '../src/controllers/render-hold.js';
import { MEDIA, playerCreated, stateReached, deepActive } from './support/helpers.js';

/** `waitUntil` with room for media on a busy machine (the default gives up after 1 s). */
const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout: 10_000, interval: 20 });

const key = () => Math.random().toString(36).slice(2);

/**
 * Emulates media features. Like `emulateMedia()`, with `forcedColors` too: that one drops it under
 * Puppeteer, so a command of web-test-runner.config.mjs passes it to Chromium.
 */
const emulateMedia = (features: { forcedColors?: 'active' | 'none'; reducedMotion?: 'reduce' | 'no-preference' }) =>
  executeServerCommand('emulate-media-features', features);
/** The tracks of a loaded player, as an array. */
const tracksOf = (el: NewsPlayer): TextTrack[] => {
  const list = el.player!.textTracks() as unknown as ArrayLike<TextTrack>;
  return Array.from({ length: list.length }, (_, i) => list[i]);
};
const $ = <E extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<E>(selector);
const statusOf = (el: NewsPlayer) => $(el, '[role="status"]')!.textContent!.trim();

/** Every status-region text the player says, in order (empty ones left out). */
function recordAnnouncements(el: NewsPlayer): string[] {
  const said: string[] = [];
  const region = $(el, '[role="status"]')!;
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** A page with the three elements: a player with chapters and captions, its transcript, timestamps. */
const page = (lang: string, src: string = MEDIA.webm) => html`<article lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="max-width:720px">
  <news-player id="a11y-player" src=${src} poster=${MEDIA.poster} headline="Headline" duration="0:06" muted>
    <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
    <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
  </news-player>
  <news-transcript for="a11y-player" style="--news-transcript-max-height: 8rem"></news-transcript>
  <p>Words <news-timestamp for="a11y-player" time="0:02"></news-timestamp> and
    <news-timestamp for="a11y-player" time="0:04">four seconds in</news-timestamp>.</p>
</article>`;

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    try {
      localStorage.removeItem(CAPTIONS_KEY);
    } catch {
      // no storage
    }
  });

  for (const lang of ['en', 'ar']) {
    describe(`axe, in ${lang}`, () => {
      before(() => loadTranslation(lang));

      it('finds no violation idle, ready, playing, paused, ended, with the chapter menu open and after sharing', async () => {
        const wrap = await fixture<HTMLElement>(page(lang));
        const player = wrap.querySelector('news-player') as NewsPlayer;
        const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
        await until(() => transcript.cues.length > 0, 'transcript rendered');
        await expect(wrap, 'idle').to.be.accessible();

        await player.load();
        await stateReached(player, 'ready');
        await expect(wrap, 'ready').to.be.accessible();

        await player.play();
        await expect(wrap, 'playing').to.be.accessible();
        player.pause();
        await stateReached(player, 'paused');
        await expect(wrap, 'paused').to.be.accessible();

        $<HTMLButtonElement>(player, '.vjs-chapters-button button')!.click();
        await expect(wrap, 'chapter menu open').to.be.accessible();
        $<HTMLButtonElement>(player, '.vjs-subs-caps-button button, .vjs-captions-button button')!.click();
        await expect(wrap, 'captions menu open').to.be.accessible();

        await player.copyLink();
        await expect(wrap, 'link shared').to.be.accessible();

        // Search in the transcript: matches highlighted, the count in the status region.
        const search = $<HTMLInputElement>(transcript, '[part="search"]')!;
        search.value = 'news';
        search.dispatchEvent(new Event('input'));
        await transcript.updateComplete;
        await expect(wrap, 'transcript searched').to.be.accessible();

        player.currentTime = 5.5;
        await player.play();
        await stateReached(player, 'ended');
        await expect(wrap, 'ended').to.be.accessible();
      });

      it('finds no violation loading, waiting and unavailable (with and without Retry), nor in a transcript that failed', async () => {
        const loading = await fixture<HTMLElement>(page(lang, `/faults/stall/${key()}`));
        const stalled = loading.querySelector('news-player') as NewsPlayer;
        stalled.play().catch(() => undefined);
        await stateReached(stalled, 'loading');
        await expect(loading, 'loading').to.be.accessible();

        const buffering = await fixture<NewsPlayer>(html`<news-player lang=${lang} src=${`/faults/partial/50?${key()}`} type="video/webm" timeout="30" muted></news-player>`);
        await buffering.play();
        await playerCreated(buffering);
        buffering.player!.playbackRate(4);
        await stateReached(buffering, 'waiting', 20000);
        await expect(buffering, 'waiting').to.be.accessible();
        buffering.remove();

        const failed = await fixture<HTMLElement>(page(lang, '/faults/status/404'));
        const player = failed.querySelector('news-player') as NewsPlayer;
        await player.play().catch(() => undefined);
        await stateReached(player, 'unavailable');
        expect($(player, '[part="retry"]')).to.not.equal(null);
        await expect(failed, 'unavailable, with Retry').to.be.accessible();

        const none = await fixture<HTMLElement>(html`<div lang=${lang}>
          <news-player headline="Headline"></news-player>
          <news-transcript src="/faults/status/404"></news-transcript>
        </div>`);
        const empty = none.querySelector('news-player') as NewsPlayer;
        const transcript = none.querySelector('news-transcript') as NewsTranscript;
        await stateReached(empty, 'unavailable');
        await until(() => $(transcript, '[part="message"] .title') !== null, 'the transcript failed');
        expect($(empty, '[part="retry"]')).to.equal(null);
        await expect(none, 'unavailable without Retry, transcript failed').to.be.accessible();
      });
    });
  }

  describe('screen readers', () => {
    it('announces each state change once: Please wait (when it takes a moment), Playing, Paused, the unavailable reason', async () => {
      // Media that answers 300 ms late: "Please wait" is drawn and said before it plays.
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/slow/300?f=clip.webm" type="video/webm" muted></news-player>`);
      const said = recordAnnouncements(el);
      await el.play();
      el.pause();
      await stateReached(el, 'paused');
      await nextFrame();
      expect(said).to.deep.equal([en.pleaseWait, en.playing, en.paused]);

      // Media that plays at once: the click's render waits for it (play first, dress after), so
      // "Please wait" is neither drawn nor said for a moment too short to read.
      const fast = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      const fastSaid = recordAnnouncements(fast);
      const started = performance.now();
      await fast.play();
      const took = performance.now() - started;
      fast.pause();
      await stateReached(fast, 'paused');
      await nextFrame();
      expect(fastSaid.slice(-2)).to.deep.equal([en.playing, en.paused]);
      // Within the hold it plays without a word of waiting (a loaded machine may take longer).
      if (took < HOLD_MS) expect(fastSaid).to.deep.equal([en.playing, en.paused]);

      const bad = await fixture<NewsPlayer>(html`<news-player src="/faults/slow/300?status=404" type="video/mp4"></news-player>`);
      const badSaid = recordAnnouncements(bad);
      await bad.play().catch(() => undefined);
      await stateReached(bad, 'unavailable');
      await bad.updateComplete;
      await aTimeout(100);
      expect(badSaid).to.deep.equal([en.pleaseWait, `${en.unavailable}. ${en.reason['not-found']}`]);
    });

    it('names the overlays, and an unavailable player without a poster still says which story it was', async () => {
      const bare = await fixture<NewsPlayer>(html`<news-player headline="Harbour bridge vote"></news-player>`);
      await stateReached(bare, 'unavailable');
      await bare.updateComplete;
      const overlay = bare.shadowRoot!.querySelector<HTMLElement>('[part="unavailable"]')!;
      expect(overlay.getAttribute('role')).to.equal('group');
      const root = bare.shadowRoot!;
      expect(root.getElementById(overlay.getAttribute('aria-labelledby')!)?.textContent).to.equal(en.unavailable);
      expect(root.getElementById(overlay.getAttribute('aria-describedby')!)?.textContent).to.equal(en.reason['no-source']);
      expect(overlay.querySelector('[part="unavailable-headline"]')?.textContent).to.equal('Harbour bridge vote');
      expect(overlay.querySelector('svg.no-media')).to.not.equal(null);
      expect(overlay.querySelector('[part="unavailable-headline"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(bare).to.be.accessible();

      // With a poster, the poster says it: no icon, no second headline.
      const dressed = await fixture<NewsPlayer>(html`<news-player headline="Harbour bridge vote" poster=${MEDIA.poster}></news-player>`);
      await stateReached(dressed, 'unavailable');
      await dressed.updateComplete;
      expect(dressed.shadowRoot!.querySelector('[part="unavailable-headline"]')).to.equal(null);
      expect(dressed.shadowRoot!.querySelector('[part="poster"]')).to.not.equal(null);
    });

    it('names every control in the reader’s language (Arabic)', async () => {
      const ar = await loadTranslation('ar');
      const wrap = await fixture<HTMLElement>(page('ar'));
      const player = wrap.querySelector('news-player') as NewsPlayer;
      await player.load();
      await stateReached(player, 'ready');
      const arabic = /\p{Script=Arabic}/u;
      const controls = [...player.shadowRoot!.querySelectorAll<HTMLElement>('.vjs-control-bar button, .vjs-control-bar [role="slider"]')].filter(
        (c) => getComputedStyle(c).display !== 'none' && !c.closest('.vjs-hidden'),
      );
      expect(controls.length).to.be.greaterThan(6);
      for (const control of controls) {
        const name = control.getAttribute('aria-label') ?? control.querySelector('.vjs-control-text')?.textContent ?? control.title;
        expect(name, control.className).to.match(arabic);
        expect(name, control.className).to.not.match(/[A-Za-z]{3,}/);
      }
      expect(player.player!.el().getAttribute('aria-label')).to.equal('Headline');
      expect($(player, '.news-copy-link .vjs-control-text')!.textContent).to.equal(ar.copyLink);
    });
  });

  describe('keyboard', () => {
    it('reaches and operates every control of a player, its transcript and timestamps with real key presses', async function () {
      this.timeout(60_000);
      const wrap = await fixture<HTMLElement>(page('en'));
      const player = wrap.querySelector('news-player') as NewsPlayer;
      const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
      const timestamps = [...wrap.querySelectorAll('news-timestamp')] as NewsTimestamp[];
      await until(() => transcript.cues.length > 0, 'transcript rendered');
      const visited: string[] = [];
      const press = (k: string) => sendKeys({ press: k });

      /** Checks the focus ring of the focused control: a 2px+ outline (our rule, or video.js's own). */
      const ringed = (el: Element) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      };

      // Start before the article.
      const start = document.createElement('button');
      start.textContent = 'before';
      wrap.before(start);
      start.focus();

      for (let step = 0; step < 60; step++) {
        await press('Tab');
        await nextFrame();
        const el = deepActive();
        if (!el || !wrap.contains(el) && !(el.getRootNode() instanceof ShadowRoot)) break;
        const host = (el.getRootNode() as ShadowRoot).host;
        if (!host || !wrap.contains(host)) break;
        expect(ringed(el), `focus visible on ${el.className || el.localName}`).to.equal(true);
        const is = (selector: string) => el.matches(selector) || el.closest(selector) !== null;

        if (is('[part="poster-card"]')) {
          visited.push('card');
          await press('Enter');
          await stateReached(player, 'playing');
          // The media plays before video.js has arrived; focus follows into video.js's player when it adopts it.
          await playerCreated(player);
          await until(() => player.shadowRoot!.activeElement === player.player!.el(), 'focus moved into the player');
        } else if (is('.vjs-play-control')) {
          visited.push('play');
          const was = player.state;
          await press('Enter');
          await until(() => player.state !== was, `play/pause from ${was}`);
          if (player.state !== 'paused') {
            await press('Enter');
            await stateReached(player, 'paused');
          }
        } else if (is('.vjs-mute-control')) {
          visited.push('mute');
          const was = player.muted;
          await press('Enter');
          await until(() => player.muted !== was, 'mute toggled');
        } else if (is('.vjs-volume-bar')) {
          visited.push('volume');
          const was = player.volume;
          await press('ArrowDown');
          await until(() => player.volume < was, 'volume down');
        } else if (is('.vjs-progress-holder')) {
          visited.push('progress');
          player.currentTime = 0;
          await until(() => player.currentTime < 0.5);
          await press('ArrowRight');
          await until(() => player.currentTime >= 4.5, `forward to ${player.currentTime}`);
          expect($(player, '.vjs-progress-holder')!.getAttribute('aria-valuetext')).to.match(/seconds? of \d+ seconds/);
        } else if (is('.vjs-chapters-button')) {
          visited.push('chapters');
          await press('Enter');
          await until(() => player.shadowRoot!.activeElement?.classList.contains('vjs-menu-item') === true, 'focus in the chapter menu');
          await press('ArrowDown');
          await press('Enter');
          await until(() => Math.abs(player.currentTime - 2) < 0.2, `chapter 2 at ${player.currentTime}`);
          (player.shadowRoot!.querySelector('.vjs-chapters-button button') as HTMLElement).focus();
        } else if (is('.vjs-subs-caps-button') || is('.vjs-captions-button')) {
          visited.push('captions');
          await press('Enter');
          await until(() => player.shadowRoot!.activeElement?.classList.contains('vjs-menu-item') === true, 'focus in the captions menu');
          const showing = () => tracksOf(player).some((t) => t.kind === 'captions' && t.mode === 'showing');
          for (let i = 0; i < 4 && !player.shadowRoot!.activeElement?.textContent?.includes('English'); i++) await press('ArrowDown');
          await press('Enter');
          await until(showing, 'captions shown');
          await until(() => localStorage.getItem(CAPTIONS_KEY) !== null, 'the choice remembered');
          expect(JSON.parse(localStorage.getItem(CAPTIONS_KEY)!)).to.deep.equal({ on: true, language: 'en' });
          (player.shadowRoot!.querySelector('.vjs-subs-caps-button button, .vjs-captions-button button') as HTMLElement).focus();
        } else if (is('.news-settings-button')) {
          visited.push('settings');
          await press('Enter');
          await until(() => player.shadowRoot!.activeElement?.classList.contains('vjs-menu-item') === true, 'focus in the settings menu');
          // The first line opens the speed submenu, focus in it.
          await press('Enter');
          await until(
            () => player.shadowRoot!.activeElement?.closest('[role="menu"]')?.getAttribute('aria-label') === en.controlsSpeed,
            'focus in the speed submenu',
          );
          // Escape closes it, focus back on the gear.
          await press('Escape');
          await until(() => player.shadowRoot!.activeElement?.matches('.news-settings-button > button') === true, 'focus back on the settings button');
        } else if (is('.news-copy-link')) {
          visited.push('share');
          await press('Enter');
          await until(() => [en.linkCopied, en.linkCopyFailed].includes(statusOf(player)), `said "${statusOf(player)}"`);
        } else if (is('.vjs-picture-in-picture-control')) {
          visited.push('pip');
          await press('Enter');
          await aTimeout(300);
          if (document.pictureInPictureElement) await document.exitPictureInPicture();
        } else if (is('.vjs-fullscreen-control')) {
          visited.push('fullscreen');
          await press('Enter');
          await until(() => document.fullscreenElement === player, 'fullscreen');
          await press('Enter');
          await until(() => document.fullscreenElement === null, 'back from fullscreen');
        } else if (is('[part="search"]')) {
          visited.push('search');
          await sendKeys({ type: 'the' });
          await until(() => transcript.matchCount > 1, 'matches');
          expect($(transcript, '[part="search-count"]')!.textContent).to.equal(en.transcriptMatches(1, transcript.matchCount));
          await press('Enter');
          await until(() => $(transcript, '[part="search-count"]')!.textContent === en.transcriptMatches(2, transcript.matchCount));
        } else if (is('[part="previous"]')) {
          visited.push('previous');
          await press('Enter');
          await until(() => $(transcript, '[part="search-count"]')!.textContent === en.transcriptMatches(1, transcript.matchCount));
        } else if (is('[part="next"]')) {
          visited.push('next');
          await press('Enter');
          await until(() => $(transcript, '[part="search-count"]')!.textContent === en.transcriptMatches(2, transcript.matchCount));
        } else if (is('[part="download"]')) {
          // Reached; not activated (it would download a file).
          visited.push('download');
          expect(el.getAttribute('href')).to.match(/^blob:/);
        } else if (is('[part="download-captions"]')) {
          // Reached; not activated (its file is made on the click, which would download it).
          visited.push('download-captions');
        } else if (is('[part~="cue"]')) {
          visited.push('cues');
          const first = el as HTMLElement;
          // One tab stop, on the cue being spoken; arrows move between cues.
          await press(first.nextElementSibling || first.parentElement!.nextElementSibling ? 'ArrowDown' : 'ArrowUp');
          const second = deepActive() as HTMLElement;
          expect(second).to.not.equal(first);
          expect(second.matches('[part~="cue"]')).to.equal(true);
          await press('Enter');
          const start = Number(second.dataset.start);
          await until(() => Math.abs(player.currentTime - start) < 0.3, `cue start ${start}, at ${player.currentTime}`);
          player.pause();
          await stateReached(player, 'paused');
        } else if (is('[part="back"]')) {
          visited.push('back');
          expect(transcript.autoScrollPaused).to.equal(true);
          await press('Enter');
          await until(() => !transcript.autoScrollPaused, 'following the player again');
          // The button hides itself; go on from the cue list's tab stop (the cue being spoken).
          if (deepActive() === el || !deepActive() || deepActive() === document.body) {
            transcript.shadowRoot!.querySelector<HTMLElement>('[part~="cue"][tabindex="0"]')!.focus();
          }
        } else if (host.localName === 'news-timestamp') {
          const ts = host as NewsTimestamp;
          visited.push(`timestamp ${ts.time}`);
          await press('Enter');
          await until(() => Math.abs(player.currentTime - ts.seconds!) < 0.3, `timestamp ${ts.time}, at ${player.currentTime}`);
          player.pause();
          await stateReached(player, 'paused');
        } else {
          visited.push(`other: ${el.localName}.${el.className}`);
        }
      }
      start.remove();
      for (const control of ['card', 'play', 'mute', 'volume', 'progress', 'chapters', 'captions', 'settings', 'share', 'pip', 'fullscreen', 'search', 'previous', 'next', 'download', 'download-captions', 'cues', 'timestamp 0:02', 'timestamp 0:04']) {
        expect(visited, `visits ${control}: ${visited.join(', ')}`).to.include(control);
      }
      expect(visited.filter((v) => v === 'cues'), 'the cue list is one tab stop').to.have.length(1);
      expect(visited.filter((v) => v.startsWith('other')), 'nothing unexpected in the tab order').to.deep.equal([]);
      expect(timestamps.length).to.equal(2);
    });

    it('moves focus sensibly: card → player, Retry → Retry again on a second failure, Retry → player once it plays', async () => {
      const k = key();
      const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/flaky/${k}`} type="video/webm" headline="Headline" muted></news-player>`);
      $<HTMLButtonElement>(el, '[part="poster-card"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await stateReached(el, 'unavailable');
      await until(() => el.shadowRoot!.activeElement === $(el, '[part="retry"]'), 'focus on Retry');
      await fetch(`/faults/heal/${k}`);
      await sendKeys({ press: 'Enter' });
      await stateReached(el, 'playing');
      await until(() => el.shadowRoot!.activeElement === el.player?.el(), 'focus in the player (video.js adopts the element after it plays)');
    });
  });

  describe('motion and contrast', () => {
    it('keeps words on messages above 4.5:1 over any poster', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/status/404" poster=${MEDIA.poster}></news-player>`);
      await el.play().catch(() => undefined);
      await stateReached(el, 'unavailable');
      const shade = getComputedStyle($(el, '[part="unavailable"]')!, '::before').backgroundColor;
      const [r, g, b, a = 1] = shade.match(/[\d.]+/g)!.map(Number);
      const text = getComputedStyle($(el, '[part="message"]')!).color;
      expect(text).to.equal('rgb(255, 255, 255)');
      const luminance = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      // The worst poster behind the shade is white.
      const mix = [r, g, b].map((c) => c * a + 255 * (1 - a));
      const L = 0.2126 * luminance(mix[0]) + 0.7152 * luminance(mix[1]) + 0.0722 * luminance(mix[2]);
      expect((1 + 0.05) / (L + 0.05)).to.be.at.least(4.5);
    });

    it('stops spinning and sliding with prefers-reduced-motion', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/stall/${key()}`} timeout="20"></news-player>`);
      el.play().catch(() => undefined);
      await stateReached(el, 'loading');
      const spinner = $(el, '.spinner')!;
      expect(getComputedStyle(spinner).animationName).to.equal('spin');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      expect(getComputedStyle(spinner).animationName).to.equal('none');

      const loaded = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} load="eager"></news-player>`);
      await stateReached(loaded, 'ready');
      // video.js spins its spinner while waiting or seeking.
      loaded.player!.pause();
      loaded.player!.addClass('vjs-waiting');
      const vjsSpinner = $(loaded, '.vjs-loading-spinner')!;
      expect(getComputedStyle(vjsSpinner, '::before').animationName).to.equal('none');
      expect(getComputedStyle(vjsSpinner, '::after').animationName).to.equal('none');
      expect(getComputedStyle($(loaded, '.vjs-control-bar')!).transitionDuration).to.match(/^0s(, 0s)*$/);
      await emulateMedia({ reducedMotion: 'no-preference' });
      loaded.player!.addClass('vjs-waiting'); // video.js may have taken it off meanwhile
      expect(getComputedStyle(vjsSpinner, '::before').animationName).to.contain('vjs-spinner-spin');
      expect(getComputedStyle(spinner).animationName).to.equal('spin');
    });

    it('works in forced-colors mode: system colours, opaque plates behind words, visible focus', async () => {
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const system = (name: string) => {
        const probe = document.createElement('div');
        probe.style.color = name;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/status/404" poster=${MEDIA.poster}></news-player>`);
      await el.play().catch(() => undefined);
      await stateReached(el, 'unavailable');
      expect(getComputedStyle($(el, '[part="unavailable"]')!, '::before').backgroundColor).to.equal(system('Canvas'));
      expect(getComputedStyle($(el, '[part="message"]')!).color).to.equal(system('CanvasText'));
      const retry = $<HTMLButtonElement>(el, '[part="retry"]')!;
      expect(getComputedStyle(retry).color).to.equal(system('ButtonText'));
      expect(getComputedStyle(retry).backgroundColor).to.equal(system('ButtonFace'));
      retry.focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(retry).outlineColor).to.equal(system('Highlight'));

      const loaded = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} load="eager" muted></news-player>`);
      await stateReached(loaded, 'ready');
      loaded.currentTime = 3;
      expect(getComputedStyle($(loaded, '.vjs-play-progress')!).backgroundColor).to.equal(system('Highlight'));
      expect(getComputedStyle($(loaded, '.vjs-control-bar')!).backgroundColor).to.equal(system('Canvas'));
      const play = $<HTMLButtonElement>(loaded, '.vjs-play-control')!;
      play.focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(play).outlineStyle).to.equal('solid');
      expect(getComputedStyle(play).outlineColor).to.equal(system('Highlight'));
    });
  });

  describe('captions', () => {
    const captionsShowing = (el: NewsPlayer) =>
      tracksOf(el).some((t) => t.kind === 'captions' && t.mode === 'showing');
    const withCaptions = (captions?: string) => html`<news-player src=${MEDIA.webm} load="eager" captions=${captions ?? ''} muted>
      <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
    </news-player>`;

    it('shows captions from the start with captions="on", and not without', async () => {
      const on = await fixture<NewsPlayer>(withCaptions('on'));
      await stateReached(on, 'ready');
      await until(() => captionsShowing(on), 'captions on');
      const off = await fixture<NewsPlayer>(withCaptions());
      await stateReached(off, 'ready');
      await aTimeout(200);
      expect(captionsShowing(off)).to.equal(false);
    });

    it('remembers the reader’s choice over the page’s, and copes without storage', async () => {
      localStorage.setItem(CAPTIONS_KEY, JSON.stringify({ on: false }));
      const el = await fixture<NewsPlayer>(withCaptions('on'));
      await stateReached(el, 'ready');
      await aTimeout(200);
      expect(captionsShowing(el), 'the reader turned them off before').to.equal(false);

      localStorage.setItem(CAPTIONS_KEY, JSON.stringify({ on: true, language: 'en' }));
      const again = await fixture<NewsPlayer>(withCaptions());
      await stateReached(again, 'ready');
      await until(() => captionsShowing(again), 'the reader turned them on before');

      localStorage.setItem(CAPTIONS_KEY, '{not json');
      const broken = await fixture<NewsPlayer>(withCaptions('on'));
      await stateReached(broken, 'ready');
      await until(() => captionsShowing(broken), 'a broken value is ignored');
    });
  });
});

