import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NewsPlayer, NewsTimestamp, NewsTranscript } from '../src/index.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTranscript.define('news-transcript');
NewsTimestamp.define('news-timestamp');

// Test media from `test/media`, served at /media by `staticDirs`.
const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.webm';
const CHAPTERS = '/media/chapters.vtt';
const column = 'max-width: 640px';

/** A Blob URL for cue text made in the story, fetched and parsed like a real file. */
const vtt = (cues: [start: number, end: number, text: string][]) =>
  URL.createObjectURL(
    new Blob(
      [`WEBVTT\n\n${cues.map(([s, e, t]) => `00:00:0${s}.000 --> 00:00:0${e}.000\n${t}\n`).join('\n')}`],
      { type: 'text/vtt' },
    ),
  );

/** The languages shipped, with a headline in each. */
const LANGUAGES: [lang: string, name: string, headline: string][] = [
  ['en', 'English', 'Kerry: US open to cooperation with Iran to help Iraq'],
  ['es', 'Español', 'Kerry: EE. UU., abierto a cooperar con Irán para ayudar a Irak'],
  ['fr', 'Français', 'Kerry : les États-Unis prêts à coopérer avec l’Iran pour aider l’Irak'],
  ['pt', 'Português', 'Kerry: EUA abertos a cooperar com o Irã para ajudar o Iraque'],
  ['de', 'Deutsch', 'Kerry: USA offen für Zusammenarbeit mit Iran im Irak'],
  ['it', 'Italiano', 'Kerry: gli Usa aperti a cooperare con l’Iran per aiutare l’Iraq'],
  ['ru', 'Русский', 'Керри: США готовы сотрудничать с Ираном ради помощи Ираку'],
  ['uk', 'Українська', 'Керрі: США готові співпрацювати з Іраном, щоб допомогти Іраку'],
  ['tr', 'Türkçe', 'Kerry: ABD, Irak’a yardım için İran’la iş birliğine açık'],
  ['ar', 'العربية', 'كيري: الولايات المتحدة منفتحة على التعاون مع إيران لمساعدة العراق'],
  ['fa', 'فارسی', 'کری: آمریکا برای کمک به عراق آماده همکاری با ایران است'],
  ['ur', 'اردو', 'کیری: امریکا عراق کی مدد کے لیے ایران سے تعاون کو تیار'],
  ['hi', 'हिन्दी', 'केरी: इराक़ की मदद के लिए ईरान से सहयोग को तैयार अमेरिका'],
  ['zh-Hans', '简体中文', '克里：美国愿与伊朗合作帮助伊拉克'],
  ['zh-Hant', '繁體中文', '克里：美國願與伊朗合作協助伊拉克'],
  ['id', 'Bahasa Indonesia', 'Kerry: AS terbuka bekerja sama dengan Iran untuk membantu Irak'],
  ['sw', 'Kiswahili', 'Kerry: Marekani iko tayari kushirikiana na Iran kuisaidia Iraq'],
  ['ha', 'Hausa', 'Kerry: Amurka a shirye take ta haɗa kai da Iran don taimaka wa Iraƙi'],
];

const meta: Meta = {
  title: 'Languages',
  parameters: {
    docs: {
      description: {
        component:
          'Every element takes its language and direction from the closest `lang`/`dir` (the page’s `<html lang dir>` normally) and follows changes at runtime. English is built in; the other languages are fetched the first time an element needs them, one small module each, and video.js’s own language pack with the player. Use the **Language** menu of the toolbar to set `<html lang dir>` for any story. Numbers follow the language’s digits (`Intl`): Persian digits for `fa`, Latin for `ar` (as CLDR and BBC News Arabic), Arabic-Indic for `ar-EG`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** The unavailable message, its reason and Retry, in every language shipped. */
export const EveryLanguage: Story = {
  name: 'Every language',
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:1rem">
    ${LANGUAGES.map(
      ([lang, name, headline]) => html`<figure lang=${lang} style="margin:0">
        <news-player src="/media/missing.mp4" poster=${POSTER} headline=${headline} load="eager"></news-player>
        <figcaption>${name} (<code>${lang}</code>)</figcaption>
      </figure>`,
    )}
  </div>`,
  parameters: {
    docs: { description: { story: 'A missing file in each language: the player ends `unavailable` (not found) with a Retry button.' } },
  },
};

/** The poster card in each language: the accessible name, the duration badge in the language's digits. */
export const PosterCards: Story = {
  name: 'Poster cards',
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:1rem">
    ${[...LANGUAGES, ['ar-EG', 'العربية (مصر)', 'كيري: منفتحون على التعاون'] as const].map(
      ([lang, name, headline]) => html`<figure lang=${lang} style="margin:0">
        <news-player src=${CLIP} poster=${POSTER} headline=${headline} duration="2:44" muted></news-player>
        <figcaption>${name} (<code>${lang}</code>)</figcaption>
      </figure>`,
    )}
  </div>`,
};

/**
 * Right to left, as BBC Arabic/Persian and YouTube do it: the card, the messages and the menus
 * mirror; the control bar keeps the order and the direction of time of every media player.
 */
export const RightToLeftPlayer: Story = {
  name: 'Right to left: player',
  render: () => html`<div dir="rtl" lang="ar" style=${column}>
    <news-player src=${CLIP} poster=${POSTER} headline="كيري: الولايات المتحدة منفتحة على التعاون مع إيران" duration="0:06" muted captions="on">
      <track kind="captions" src=${vtt([[0, 2, 'مساء الخير، وأهلاً بكم.'], [2, 4, 'ارتفعت الأسواق اليوم.'], [4, 6, 'شكراً لمتابعتكم.']])} srclang="ar" label="العربية" />
      <track kind="chapters" src=${CHAPTERS} srclang="en" />
    </news-player>
    <p>البطاقة والرسائل والقوائم معكوسة؛ شريط التحكم يبقى من اليسار إلى اليمين.</p>
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Arabic page (`dir="rtl" lang="ar"`), captions on by default (`captions="on"`). Poster card, messages and menus mirror; the control bar stays left to right: play at the left, the progress bar filling from the left, the right arrow key going forward.',
      },
    },
  },
};

/** Persian: Persian digits on the card, the transcript's times and its match count. */
export const RightToLeftPersian: Story = {
  name: 'Right to left: player and transcript (Persian)',
  render: () => html`<div dir="rtl" lang="fa" style=${column}>
    <news-player id="fa-player" src=${CLIP} poster=${POSTER} headline="کری: آمریکا آماده همکاری با ایران است" duration="0:06" muted></news-player>
    <news-transcript
      for="fa-player"
      src=${vtt([[0, 2, '<v آنا>عصر بخیر، به برنامه خوش آمدید.'], [2, 4, '<v آنا>بازارها امروز بالا رفتند.'], [4, 6, '<v بن>ممنون آنا.']])}
    ></news-transcript>
  </div>`,
};

/** Timestamps in a right-to-left sentence, their times in the page's digits. */
export const RightToLeftTimestamps: Story = {
  name: 'Right to left: timestamps',
  render: () => html`<div dir="rtl" lang="ur" style=${column}>
    <news-player id="ur-player" src=${CLIP} poster=${POSTER} headline="کیری: امریکا تعاون کو تیار" duration="0:06" muted></news-player>
    <p>
      کیری نے <news-timestamp for="ur-player" time="0:02"></news-timestamp> پر کہا کہ امریکا تعاون کے لیے تیار ہے، اور
      <news-timestamp for="ur-player" time="0:04">آخری حصے میں</news-timestamp> اس کی وضاحت کی۔
    </p>
  </div>`,
};

/** The page's language from the toolbar's Language menu: the three elements follow it at runtime. */
export const FollowsThePage: Story = {
  name: 'Follows the page’s language',
  render: () => html`<div style=${column}>
    <news-player id="page-player" src=${CLIP} poster=${POSTER} headline="Kerry" duration="0:06" muted></news-player>
    <news-transcript for="page-player" src="/media/captions.vtt"></news-transcript>
    <p>Kerry <news-timestamp for="page-player" time="0:03"></news-timestamp>.</p>
  </div>`,
  parameters: { docs: { description: { story: 'No `lang` of its own: pick a language in the toolbar and everything re-renders in it.' } } },
};
