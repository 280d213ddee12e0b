// `news-player/react`: the @lit/react wrappers rendered by React 19 (react-dom/client) in Chromium.
// React ships CommonJS only; test/support/server.mjs `reactPlugin()` serves it as ES modules.
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import {
  NewsPlayer,
  NewsTimestamp,
  NewsTranscript,
  type NewsPlayerElement,
  type NewsPlayerStateChangeDetail,
  type NewsTimestampElement,
  type NewsTranscriptElement,
} from '../src/react/index.js';
import { NewsPlayer as NewsPlayerClass } from '../src/components/news-player/news-player.component.js';
import { NewsTranscript as NewsTranscriptClass } from '../src/components/news-transcript/news-transcript.component.js';
import { NewsTimestamp as NewsTimestampClass } from '../src/components/news-timestamp/news-timestamp.component.js';
import { MEDIA, stateReached } from './support/helpers.js';

const h = React.createElement;

let container: HTMLElement;
let root: Root;

/** Renders `node` into a fresh container and commits synchronously (layout effects included). */
function render(node: React.ReactNode): void {
  flushSync(() => root.render(node));
}

describe('news-player/react', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  describe('registration', () => {
    it('importing the React entry registers every element', () => {
      expect(customElements.get('news-player')).to.equal(NewsPlayerClass);
      expect(customElements.get('news-transcript')).to.equal(NewsTranscriptClass);
      expect(customElements.get('news-timestamp')).to.equal(NewsTimestampClass);
      expect(NewsPlayer.displayName).to.equal('NewsPlayer');
    });
  });

  describe('props', () => {
    it('the player honours properties set right after insertion, as @lit/react sets them', async () => {
      // @lit/react sets props in a layout effect, after React inserted the element.
      const el = document.createElement('news-player') as NewsPlayerElement;
      container.append(el);
      el.src = MEDIA.webm;
      await el.updateComplete;
      expect(el.state, `${el.state}: ${el.error?.code ?? ''}`).to.equal('idle');
    });

    it('a player given its src by React never reports unavailable on the way (no false no-source for analytics)', async () => {
      // Listeners above the player, as a page's analytics would have, attached before React renders.
      const states: string[] = [];
      const errors: string[] = [];
      container.addEventListener('news-player-statechange', (e) => states.push(e.detail.state));
      container.addEventListener('news-player-error', (e) => errors.push(e.detail.code));
      const ref = React.createRef<NewsPlayerElement>();
      render(h(NewsPlayer, { ref, src: MEDIA.webm, muted: true }));
      expect(ref.current!.state, 'right after the commit').to.equal('idle');
      await ref.current!.updateComplete;
      expect(ref.current!.state).to.equal('idle');
      expect(states).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('sets src, muted and headline as properties, and the headline shows on the poster card', async () => {
      const ref = React.createRef<NewsPlayerElement>();
      render(h(NewsPlayer, { ref, id: 'react-props', src: MEDIA.webm, muted: true, headline: 'React headline' }));
      const el = ref.current!;
      expect(el).to.be.instanceOf(NewsPlayerClass);
      expect(el.id).to.equal('react-props');
      expect(el.src).to.equal(MEDIA.webm);
      expect(el.muted).to.equal(true);
      expect(el.headline).to.equal('React headline');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="headline"]')!.textContent!.trim()).to.equal('React headline');
      expect(el.state).to.equal('idle');
    });

    it('takes the HTML names duration and load without crashing, as the README writes them', async () => {
      const ref = React.createRef<NewsPlayerElement>();
      render(h(NewsPlayer, { ref, src: MEDIA.webm, muted: true, duration: '0:05', load: 'eager', headline: 'HTML names' }));
      const el = ref.current!;
      expect(el.durationHint).to.equal('0:05');
      expect(el.loadStrategy).to.equal('eager');
      expect(typeof el.load, 'load() is still the method').to.equal('function');
      await stateReached(el, 'ready');
      render(h(NewsPlayer, { ref, src: MEDIA.webm, muted: true, duration: 164, headline: 'HTML names' }));
      expect(ref.current!.durationHint).to.equal('164');
    });

    it('hydrates the server markup (the attributes the server renders) without a mismatch, and plays', async () => {
      // What the wrappers render on the server for these props (test/node/ssr.test.mjs checks that mapping).
      const markup = renderToString(h('news-player', { id: 'hydrated', src: MEDIA.webm, headline: 'Hydrated', duration: '0:06', muted: '' }));
      const host = document.createElement('div');
      host.innerHTML = markup;
      document.body.append(host);
      const server = host.querySelector('news-player') as NewsPlayerElement;
      try {
        // Before hydration, the element alone shows its card and headline from the attributes.
        await server.updateComplete;
        expect(server.shadowRoot!.querySelector('[part="headline"]')!.textContent!.trim()).to.equal('Hydrated');
        const problems: unknown[] = [];
        const ref = React.createRef<NewsPlayerElement>();
        const hydrated = hydrateRoot(host, h(NewsPlayer, { ref, id: 'hydrated', src: MEDIA.webm, headline: 'Hydrated', duration: '0:06', muted: true }), {
          onRecoverableError: (error) => problems.push(error),
        });
        await waitUntil(() => ref.current, 'hydrated');
        expect(ref.current, 'the server element is kept').to.equal(server);
        expect(problems).to.deep.equal([]);
        await server.play();
        expect(server.state).to.equal('playing');
        hydrated.unmount();
      } finally {
        host.remove();
      }
    });

    it('a re-render with a new prop updates the element', async () => {
      const ref = React.createRef<NewsPlayerElement>();
      render(h(NewsPlayer, { ref, src: MEDIA.webm, headline: 'First' }));
      render(h(NewsPlayer, { ref, src: MEDIA.webm, headline: 'Second' }));
      expect(ref.current!.headline).to.equal('Second');
    });
  });

  describe('events', () => {
    it('play() through a ref reaches playing, and onStateChange receives { state: "playing" }', async () => {
      const ref = React.createRef<NewsPlayerElement>();
      const details: NewsPlayerStateChangeDetail[] = [];
      const media: string[] = [];
      render(
        h(NewsPlayer, {
          ref,
          src: MEDIA.webm,
          muted: true,
          headline: 'React',
          onStateChange: (e) => details.push(e.detail),
          onPlaying: (e) => media.push(e.type),
          onTimeUpdate: (e) => media.push(e.type),
        }),
      );
      const el = ref.current!;
      // As a click handler or an effect would: after the element's first update.
      await el.updateComplete;
      await el.play();
      await stateReached(el, 'playing');
      expect(el.getAttribute('state')).to.equal('playing');
      expect(details.map((d) => d.state)).to.include('playing');
      expect(details.find((d) => d.state === 'playing')).to.deep.include({ state: 'playing' });
      await waitUntil(() => media.includes('timeupdate'), 'no timeupdate reached onTimeUpdate');
      expect(media).to.include('playing');
      el.pause();
    });

    it('a re-render swaps the handler, and unmounting removes it', async () => {
      const ref = React.createRef<NewsPlayerElement>();
      const first: string[] = [];
      const second: string[] = [];
      render(h(NewsPlayer, { ref, src: MEDIA.webm, muted: true, onStateChange: (e) => first.push(e.detail.state) }));
      render(h(NewsPlayer, { ref, src: MEDIA.webm, muted: true, onStateChange: (e) => second.push(e.detail.state) }));
      const el = ref.current!;
      await el.updateComplete;
      await el.play();
      expect(first).to.deep.equal([]);
      expect(second).to.include('playing');
      render(h('div'));
      expect(el.isConnected).to.equal(false);
      expect(ref.current).to.equal(null);
    });

    it('onNewsPlayerError gets the typed news-player-error, onError the media error event', async () => {
      const ref = React.createRef<NewsPlayerElement>();
      const codes: string[] = [];
      const errors: string[] = [];
      render(
        h(NewsPlayer, {
          ref,
          src: '/faults/status/404',
          type: 'video/webm',
          muted: true,
          onNewsPlayerError: (e) => codes.push(e.detail.code),
          onError: (e) => errors.push(e.type),
        }),
      );
      await ref.current!.updateComplete;
      await ref.current!.play().catch(() => undefined);
      await stateReached(ref.current!, 'unavailable');
      expect(codes).to.deep.equal(['not-found']);
      expect(errors).to.include('error');
    });
  });

  describe('<NewsTranscript> and <NewsTimestamp>', () => {
    it('a transcript bound with htmlFor follows the player and reports its cues', async () => {
      const player = React.createRef<NewsPlayerElement>();
      const transcript = React.createRef<NewsTranscriptElement>();
      const loads: number[] = [];
      render(
        h(
          'article',
          null,
          h(NewsPlayer, { ref: player, id: 'react-clip', src: MEDIA.webm, muted: true }),
          h(NewsTranscript, {
            ref: transcript,
            htmlFor: 'react-clip',
            src: MEDIA.captions,
            onNewsTranscriptLoad: (e) => loads.push(e.detail.count),
          }),
        ),
      );
      await waitUntil(() => loads.length > 0, 'news-transcript-load never reached onNewsTranscriptLoad', { timeout: 10000 });
      expect(loads[0]).to.be.greaterThan(0);
      expect(transcript.current!.htmlFor).to.equal('react-clip');
      expect(transcript.current!.player).to.equal(player.current);
      expect(transcript.current!.cues.length).to.equal(loads.at(-1));
    });

    it('a timestamp calls onSeek with the typed detail (cancelable)', async () => {
      const player = React.createRef<NewsPlayerElement>();
      const stamp = React.createRef<NewsTimestampElement>();
      const seeks: { time: number; player: NewsPlayerElement }[] = [];
      render(
        h(
          'p',
          null,
          h(NewsPlayer, { ref: player, id: 'react-stamp', src: MEDIA.webm, muted: true }),
          h(NewsTimestamp, {
            ref: stamp,
            htmlFor: 'react-stamp',
            time: '0:02',
            onSeek: (e) => {
              seeks.push({ time: e.detail.time, player: e.detail.player });
              e.preventDefault();
            },
          }),
        ),
      );
      await player.current!.updateComplete;
      stamp.current!.activate();
      expect(seeks).to.have.length(1);
      expect(seeks[0].time).to.equal(2);
      expect(seeks[0].player).to.equal(player.current);
      // Cancelled: the player stays a poster card.
      expect(player.current!.state).to.equal('idle');
    });
  });
});
