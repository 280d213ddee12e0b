/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html, nothing } from 'lit';
import { NewsPlayer, NewsTimestamp, NewsTranscript } from '../src/index.js';
// The clip's own transcript, read at build time so the timestamps in the text always match it.
import ARTICLE_VTT from './article/media/article.vtt?raw';

// package.json's `sideEffects` names only dist/ files, so the bundler treats src/ modules as pure
// and drops a side-effect-only import of them: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTimestamp.define('news-timestamp');
NewsTranscript.define('news-transcript');

// The reference article's clip, made by `scripts/make-article-clip.sh` into stories/article/media
// and served at /article by `staticDirs`: 2:44 of synthesized speech over title slides, its
// captions (one cue per sentence, with speakers) and five chapters.
const MEDIA = '/article';
const HEADLINE = 'Kerry: US Open to Cooperation with Iran to Help Iraq';

/** Start (seconds) of the first cue of article.vtt whose words begin with `words`. */
function cueStart(words: string): number {
  for (const block of ARTICLE_VTT.split(/\r?\n\r?\n/)) {
    const m = /^(\d+):(\d\d):(\d\d\.\d+) -->[^\n]*\n(?:<v [^>]*>)?(.*)/m.exec(block);
    if (m && m[4].startsWith(words)) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  }
  throw new Error(`article.vtt has no cue starting "${words}": run scripts/make-article-clip.sh`);
}

/**
 * A timestamp for the quote starting with `words`: the whole second at or before the quote, so a
 * reader lands just before it is spoken.
 */
const at = (player: string, words: string) =>
  html`<news-timestamp class="quote-time" for=${player} time=${Math.floor(cueStart(words))}></news-timestamp>`;

/** Page-level CSS of the fictional news site. Scoped to `.np-site`; the components are untouched. */
const PAGE_CSS = html`<style>
  .np-site {
    --site-ink: #1a1a1a;
    --site-muted: #555;
    --site-rule: #dcdcdc;
    --site-brand: #0b2545;
    --site-accent: #c8102e;
    min-height: 100vh;
    background: #fff;
    color: var(--site-ink);
    font: 400 1.125rem/1.65 Georgia, 'DejaVu Serif', 'Times New Roman', serif;
    -webkit-text-size-adjust: 100%;
  }
  .np-site *,
  .np-site *::before,
  .np-site *::after {
    box-sizing: border-box;
  }
  .np-site a {
    color: inherit;
  }
  .np-site .skip {
    position: absolute;
    left: 0.5rem;
    top: -3rem;
    z-index: 10;
    padding: 0.5rem 0.75rem;
    background: #fff;
    color: var(--site-brand);
    font: 600 0.95rem/1.2 system-ui, sans-serif;
  }
  .np-site .skip:focus {
    top: 0.5rem;
  }

  /* Site header */
  .np-site .masthead {
    background: var(--site-brand);
    color: #fff;
    font-family: system-ui, -apple-system, 'Segoe UI', sans-serif;
  }
  .np-site .masthead-inner {
    /* As wide as the article's columns (680px + 3rem + 340px), plus the page padding. */
    max-width: calc(680px + 3rem + 340px + 2.5rem);
    margin: 0 auto;
    padding: 0.75rem 1.25rem;
    display: flex;
    align-items: baseline;
    gap: 0.5rem 2rem;
  }
  .np-site .logo {
    flex: none;
    font: 700 1.5rem/1 Georgia, 'DejaVu Serif', serif;
    letter-spacing: 0.01em;
    text-decoration: none;
  }
  .np-site .logo span {
    color: #ff5a6e;
  }
  .np-site .masthead nav {
    min-width: 0;
    /* One line on phones too: the sections scroll sideways rather than wrap. */
    overflow-x: auto;
    scrollbar-width: none;
  }
  .np-site .sections {
    display: flex;
    gap: 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9rem;
    white-space: nowrap;
  }
  .np-site .sections a {
    display: inline-block;
    padding-block: 0.25rem;
    text-decoration: none;
    opacity: 0.9;
  }
  .np-site .sections a:hover,
  .np-site .sections a[aria-current='page'] {
    opacity: 1;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  @media (max-width: 600px) {
    .np-site .masthead-inner {
      flex-direction: column;
      gap: 0.25rem;
      padding-block: 0.6rem 0.35rem;
    }
    .np-site .logo {
      font-size: 1.3rem;
    }
    .np-site .masthead nav {
      align-self: stretch;
    }
  }
  .np-site .masthead + .ribbon {
    height: 4px;
    background: var(--site-accent);
  }

  /* Article: a 680px reading column; the transcript beside it on wide screens, below the player
     on narrow ones. */
  .np-site .story {
    display: grid;
    grid-template-columns: minmax(0, 680px);
    grid-template-areas: 'head' 'media' 'transcript' 'body' 'foot';
    justify-content: center;
    column-gap: 3rem;
    padding: 1.5rem 1.25rem 4rem;
  }
  @media (min-width: 1100px) {
    .np-site .story {
      grid-template-columns: minmax(0, 680px) 340px;
      grid-template-areas: 'head .' 'media transcript' 'body transcript' 'foot transcript';
      grid-template-rows: auto auto auto 1fr;
    }
  }
  .np-site .story-head {
    grid-area: head;
  }
  .np-site .media {
    grid-area: media;
    margin: 0 0 1.75rem;
  }
  .np-site .transcript-panel {
    grid-area: transcript;
    margin: 0 0 2rem;
    align-self: start;
  }
  @media (min-width: 1100px) {
    .np-site .transcript-panel {
      position: sticky;
      top: 1rem;
    }
  }
  .np-site .body {
    grid-area: body;
  }
  .np-site .story-foot {
    grid-area: foot;
  }

  .np-site .kicker {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 0 0 0.75rem;
    font: 600 0.8rem/1.2 system-ui, sans-serif;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .np-site .breaking {
    padding: 0.3rem 0.55rem;
    background: var(--site-accent);
    color: #fff;
  }
  .np-site .kicker a {
    color: var(--site-brand);
    text-decoration: none;
  }
  .np-site h1 {
    margin: 0 0 0.75rem;
    font: 700 clamp(1.65rem, 1.2rem + 1.8vw, 2.35rem) / 1.18 Georgia, 'DejaVu Serif', serif;
    letter-spacing: -0.01em;
    text-wrap: pretty;
  }
  .np-site .standfirst {
    margin: 0 0 1rem;
    color: #333;
    font-size: 1.2rem;
    line-height: 1.5;
  }
  .np-site .byline {
    margin: 0 0 1.25rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--site-rule);
    color: var(--site-muted);
    font: 0.85rem/1.4 system-ui, sans-serif;
  }
  .np-site figcaption {
    margin-top: 0.5rem;
    color: var(--site-muted);
    font: 0.85rem/1.45 system-ui, sans-serif;
  }
  .np-site .body p {
    margin: 0 0 1.15em;
  }
  .np-site .body blockquote {
    margin: 0 0 1.15em;
    padding: 0 0 0 1rem;
    border-inline-start: 3px solid var(--site-accent);
  }
  .np-site .body blockquote p {
    margin: 0;
  }
  .np-site .quote-time {
    --news-timestamp-color: var(--site-brand);
    --news-timestamp-icon-color: var(--site-accent);
    margin-inline-start: 0.35em;
    font: 600 0.85em/1 system-ui, sans-serif;
    white-space: nowrap;
  }

  .np-site .transcript-panel h2 {
    margin: 0 0 0.5rem;
    font: 700 1rem/1.3 system-ui, sans-serif;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--site-brand);
  }
  .np-site .transcript-panel p {
    margin: 0 0 0.75rem;
    color: var(--site-muted);
    font: 0.85rem/1.45 system-ui, sans-serif;
  }
  .np-site news-transcript {
    --news-transcript-font: 0.95rem/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif;
    --news-transcript-max-height: 16rem;
  }
  @media (min-width: 1100px) {
    .np-site news-transcript {
      --news-transcript-max-height: calc(100vh - 12rem);
    }
  }

  .np-site .story-foot {
    margin-top: 1rem;
    padding-top: 1rem;
    border-top: 1px solid var(--site-rule);
    font-family: system-ui, sans-serif;
  }
  .np-site .story-foot h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  .np-site .story-foot button {
    padding: 0.5rem 1rem;
    border: 1px solid var(--site-brand);
    border-radius: 2px;
    background: #fff;
    color: var(--site-brand);
    font: 600 0.9rem/1.2 system-ui, sans-serif;
    cursor: pointer;
  }
</style>`;

interface PageOptions {
  /** Sources and tracks of the player; without a source the player is `unavailable`. */
  source: boolean;
  /** Suffix of the page's ids, so both stories can share a docs page. */
  ids: string;
}

/** The whole news page: header, headline, player, text with timestamps, transcript. */
function articlePage({ source, ids }: PageOptions) {
  const player = `article-player${ids}`;
  const quote = (words: string) => at(player, words);
  return html`${PAGE_CSS}
    <div
      class="np-site"
      lang="en"
      @news-player-statechange=${action('news-player-statechange')}
      @news-player-error=${action('news-player-error')}
      @news-timestamp-seek=${action('news-timestamp-seek')}
      @news-transcript-seek=${action('news-transcript-seek')}
    >
      <a class="skip" href="#article-body${ids}">Skip to content</a>
      <header class="masthead">
        <div class="masthead-inner">
          <a class="logo" href="#">World<span>Desk</span></a>
          <nav aria-label="Sections">
            <ul class="sections">
              <li><a href="#">World</a></li>
              <li><a href="#" aria-current="page">Middle East</a></li>
              <li><a href="#">US Politics</a></li>
              <li><a href="#">Economy</a></li>
              <li><a href="#">Video</a></li>
            </ul>
          </nav>
        </div>
      </header>
      <div class="ribbon"></div>
      <main id="article-body${ids}" tabindex="-1">
        <article class="story" aria-labelledby="article-headline${ids}">
          <header class="story-head">
            <p class="kicker"><span class="breaking">Breaking News</span><a href="#">Middle East</a></p>
            <h1 id="article-headline${ids}">${HEADLINE}</h1>
            <p class="byline">World Desk staff</p>
          </header>

          <figure class="media">
            <news-player
              id=${player}
              headline=${HEADLINE}
              poster="${MEDIA}/poster.jpg"
              duration="2:44"
              playsinline
            >
              ${source
                ? html`<source src="${MEDIA}/article.mp4" type="video/mp4" />
                    <source src="${MEDIA}/article.webm" type="video/webm" />`
                : nothing}
              <track kind="captions" src="${MEDIA}/article.vtt" srclang="en" label="English" default />
              <track kind="chapters" src="${MEDIA}/chapters.vtt" srclang="en" label="Chapters" />
            </news-player>
            <figcaption>
              Secretary of State John Kerry says the United States is open to working with Iran to
              help Iraq. (2:44) <em>Demo clip: the article read by synthesized voices.</em>
            </figcaption>
          </figure>

          <aside class="transcript-panel" aria-labelledby="transcript-heading${ids}">
            <h2 id="transcript-heading${ids}">Transcript</h2>
            <p>
              ${source
                ? 'Select a line to play the clip from there.'
                : 'The clip cannot be played right now; here is everything that is said in it.'}
            </p>
            <news-transcript for=${player} heading-level="3"></news-transcript>
          </aside>

          <div class="body">
            <p>
              The Pentagon has downplayed speculation about U.S. and Iranian military cooperation in
              Iraq, hours after Secretary of State John Kerry made the suggestion in an interview. Iran,
              which is controlled by Shi’ite Muslims, has been alarmed by the Sunni advance not too far
              from its border with Iraq. Some fear that the involvement of Iran would lead to even more
              violence in Iraq.
            </p>
            <p>
              Militants of the extremist group the Islamic State in Iraq and the Levant (ISIL) have taken
              control of several northern Iraqi cities and are moving toward the capital.
            </p>
            <p>
              Kerry said in an interview with Yahoo Monday that President Barack Obama is considering air
              strikes to help the Iraqi government. He said the president will not allow insurgents to
              split the country.
            </p>
            <blockquote>
              <p>
                “I do not believe the president is going to just sit by and let this take place,” said
                Kerry.${quote('I do not believe')}
              </p>
            </blockquote>
            <p>
              The United States has moved four warships into the Persian Gulf, including an aircraft
              carrier with fighter jets and missiles.
            </p>
            <p>
              Kerry said various ways of helping Iraq are being considered, including the use of drones
              and possible cooperation with Tehran. Obama has ruled out sending troops to Iraq.
            </p>
            <blockquote>
              <p>
                “We are open to any constructive process that could minimize the violence,” said
                Kerry.${quote('We are open')}
              </p>
            </blockquote>
            <p>
              Iranian President Hassan Rouhani has said Tehran would cooperate with the United States on
              restoring security to Iraq, within the framework of international law.
            </p>
            <p>
              But some U.S. politicians and analysts say involving Iran would only lead to more violence
              in Iraq. The two neighbors have a history of strained relations and fought a war in the
              1980s. Tehran has undermined the U.S. mission of building a democratic Iraq governed by
              both Shia and Sunni Muslims, said David Schenker, an analyst at the Washington Institute
              for Near East Policy.
            </p>
            <blockquote>
              <p>
                “Now we’re asking them to play a productive role? This is a regime that doesn’t want
                anything other than a dominant Shiite Iraq. And frankly, if that’s what they want,
                they’re going to foment an even larger, more bloody civil war in Iraq,” said
                Schenker.${quote('Now we')}
              </p>
            </blockquote>
            <p>
              Thousands of people have fled the fighting in northern Iraqi cities. At a refugee camp in
              Kalak, Abu Qanea said he won’t go back to his hometown of Mosul until he believes it’s
              safe.
            </p>
            <blockquote>
              <p>
                “We won’t return until the situation improves and becomes safe. Once the fighters leave
                and the Iraqi military secures the city, the situation will improve,” said
                Qanea.${quote('We won')}
              </p>
            </blockquote>
            <p>
              The swift advance of the al-Qaida-linked group in northern Iraq is threatening
              long-established borders in the region and raising alarm in Washington and in the
              neighboring countries. The United States withdrew its troops from Iraq at the end of 2011
              after an almost decade-long war.
            </p>
          </div>

          <footer class="story-foot">
            <h2>Your opinion</h2>
            <button type="button">Show comments</button>
          </footer>
        </article>
      </main>
    </div>`;
}

const meta: Meta = {
  // A fixed id: story URLs (reference-article--news-page) survive a change of title.
  id: 'reference-article',
  title: 'Reference article',
  parameters: {
    layout: 'fullscreen',
    controls: { disable: true },
    docs: {
      description: {
        component:
          'The reference page this product grew from, rebuilt as a whole news page: site header, "Breaking News", the headline, the player with the 2:44 clip (synthesized voices over title slides, made by `scripts/make-article-clip.sh`), timestamps beside each quote in the text, and the synchronized transcript (beside the text on wide screens, below the player on narrow ones).',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The article as readers should meet it: the clip plays, the transcript follows. */
export const NewsPage: Story = {
  name: 'News page',
  render: () => articlePage({ source: true, ids: '' }),
  parameters: {
    docs: {
      description: {
        story:
          'The player starts as a light poster card (no video.js fetched). Press it, a quote\'s timestamp, or a line of the transcript: the clip plays from there and the transcript marks the line being spoken. Captions and chapters come from the clip\'s WebVTT files.',
      },
    },
  },
};

/** The reference page's own failure, done right: no source, and the words still there. */
export const SourceMissing: Story = {
  name: 'News page, source missing',
  render: () => articlePage({ source: false, ids: '-missing' }),
  parameters: {
    docs: {
      description: {
        story:
          'The same page with no `src` and no `<source>` (what the reference page had): the player is `unavailable` at once and says "No media source currently available" over the poster, with the reason, and no endless "please wait". The transcript reads the player\'s captions track without video.js, so the article\'s words, quotes and speakers stay readable.',
      },
    },
  },
};
