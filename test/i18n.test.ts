import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer, NewsTimestamp, NewsTranscript, Translation } from '../src/index.js';
import { registerTranslation } from '../src/index.js';
import { languageCandidates, loadTranslation, translationFor } from '../src/i18n/localize.js';
import { spokenTime } from '../src/i18n/spoken.js';
import en from '../src/i18n/en.js';
import enTranscript from '../src/i18n/en-transcript.js';
import es from '../src/i18n/es.js';
import fr from '../src/i18n/fr.js';
import pt from '../src/i18n/pt.js';
import ru from '../src/i18n/ru.js';
import uk from '../src/i18n/uk.js';
import ar from '../src/i18n/ar.js';
import fa from '../src/i18n/fa.js';
import ur from '../src/i18n/ur.js';
import zhHans from '../src/i18n/zh-hans.js';
import zhHant from '../src/i18n/zh-hant.js';
import sw from '../src/i18n/sw.js';
import ha from '../src/i18n/ha.js';
import de from '../src/i18n/de.js';
import italian from '../src/i18n/it.js';
import tr from '../src/i18n/tr.js';
import hi from '../src/i18n/hi.js';
import id from '../src/i18n/id.js';
import arPack from 'video.js/dist/lang/ar.json';
import esPack from 'video.js/dist/lang/es.json';
import { MEDIA, stateReached } from './support/helpers.js';

/** `waitUntil` with room for media on a busy machine (the default gives up after 1 s). */
const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout: 10_000, interval: 20 });

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

/** The 12 languages issue 5 asks for, each with the script its words are written in. */
const REQUIRED: [lang: string, t: Translation, script: RegExp][] = [
  ['es', es, /\p{Script=Latin}/u],
  ['fr', fr, /\p{Script=Latin}/u],
  ['pt', pt, /\p{Script=Latin}/u],
  ['ru', ru, /\p{Script=Cyrillic}/u],
  ['uk', uk, /\p{Script=Cyrillic}/u],
  ['ar', ar, /\p{Script=Arabic}/u],
  ['fa', fa, /\p{Script=Arabic}/u],
  ['ur', ur, /\p{Script=Arabic}/u],
  ['zh-Hans', zhHans, /\p{Script=Han}/u],
  ['sw', sw, /\p{Script=Latin}/u],
  ['ha', ha, /\p{Script=Latin}/u],
];
/** Besides those: the extra languages shipped. */
const EXTRA: [string, Translation][] = [
  ['de', de],
  ['it', italian],
  ['tr', tr],
  ['hi', hi],
  ['id', id],
  ['zh-Hant', zhHant],
];

/** Every key of a translation, values as strings (functions called with sample values). */
function strings(t: Translation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(t)) {
    if (key.startsWith('$')) continue;
    if (typeof value === 'function') out[key] = String((value as (...a: unknown[]) => string)('X', 'Y'));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) out[`${key}.${k}`] = String(v);
    else out[key] = String(value);
  }
  return out;
}

/** Words that only an English sentence of ours would hold. */
const ENGLISH = /\b(?:the|and|your|could|please|retry|search|transcript|matches)\b/i;
/** Words the same as the English on purpose: German newsrooms say LIVE too. */
const SAME_AS_ENGLISH = new Set([
  'de live',
  // "Normal" is the word for speed 1 in these languages too.
  ...['de', 'es', 'pt', 'tr', 'id'].map((lang) => `${lang} controlsNormalSpeed`),
  // And "Volume" the word for loudness.
  ...['fr', 'id', 'it', 'pt'].map((lang) => `${lang} controlsVolume`),
]);
/**
 * Key caps as most keyboards print them, in Latin letters whatever the language (German writes
 * Pos1/Ende, French Début/Fin: those languages translate them).
 */
const KEY_CAPS = new Set(['controlsKeyHome', 'controlsKeyEnd']);

describe('i18n', () => {
  describe('translations', () => {
    for (const [lang, t, script] of [...REQUIRED, ...EXTRA.map(([l, t]) => [l, t, /./u] as const)]) {
      it(`${lang}: every key of Translation, none left in English`, () => {
        const ours = strings(t);
        const english = strings(en);
        expect(Object.keys(ours).sort()).to.deep.equal(Object.keys(english).sort());
        for (const [key, value] of Object.entries(ours)) {
          if (KEY_CAPS.has(key) && value === english[key]) continue;
          const words = value.replace(/\b(?:WebVTT|SubRip|JSON|X|Y)\b/g, '');
          expect(words, `${lang} ${key}`).to.match(script);
          expect(words, `${lang} ${key} reads as English`).to.not.match(ENGLISH);
          if (!SAME_AS_ENGLISH.has(`${lang} ${key}`)) expect(value, `${lang} ${key} is the English`).to.not.equal(english[key]);
        }
      });
    }

    it('tells readers, not developers, why a transcript is missing, in every language', () => {
      const all: [string, Partial<Translation>][] = [['en', enTranscript], ...REQUIRED.map(([l, t]) => [l, t] as [string, Translation]), ...EXTRA];
      for (const [lang, t] of all) {
        expect(t.transcriptMalformed, `${lang} names file formats`).to.not.match(/WebVTT|SubRip|JSON/);
        const keys = Object.keys(t);
        expect(keys.indexOf('transcriptCannotPlay'), `${lang}: transcriptCannotPlay right after transcriptLoadVideo`).to.equal(keys.indexOf('transcriptLoadVideo') + 1);
      }
      // A Retry button sits under the load failure: try again, not reload the page.
      expect(en.transcriptLoadFailed).to.not.match(/reload|page/i);
      expect(en.transcriptLoadFailed).to.match(/try again/i);
    });
  });

  describe('the unavailable message and Retry in the 12 languages', () => {
    for (const [lang, t, script] of REQUIRED) {
      it(`${lang}: in its own script, with no English`, async () => {
        const wrap = await fixture<HTMLDivElement>(
          html`<div lang=${lang}><news-player src="/faults/status/404" poster=${MEDIA.poster} headline="Headline"></news-player></div>`,
        );
        const el = wrap.querySelector('news-player') as NewsPlayer;
        await el.play().catch(() => undefined);
        await stateReached(el, 'unavailable');
        await until(() => shadowText(el, '[part="message"]') === t.unavailable, `message is "${shadowText(el, '[part="message"]')}"`);
        const message = shadowText(el, '[part="message"]');
        const reason = shadowText(el, '[part="reason"]');
        const retry = shadowText(el, '[part="retry"]');
        expect(reason).to.equal(t.reason['not-found']);
        expect(retry).to.equal(t.retry);
        for (const words of [message, reason, retry]) expect(words).to.match(script);
        const all = el.shadowRoot!.textContent ?? '';
        for (const english of [en.unavailable, en.reason['not-found'], en.retry]) expect(all).to.not.contain(english);
        expect(all).to.not.match(/\bRetry\b/);
        // The status region speaks once, in the language: the title and the reason.
        await until(() => shadowText(el, '[role="status"]') !== '');
        expect(shadowText(el, '[role="status"]')).to.equal(`${t.unavailable}. ${t.reason['not-found']}`);
      });
    }
  });

  describe('fallback', () => {
    it('falls back one subtag at a time, Chinese by script', async () => {
      expect(languageCandidates('zh-Hant-TW')).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh', 'zh-hans']);
      expect(languageCandidates('ar-u-nu-arab')).to.deep.equal(['ar']);
      expect((await loadTranslation('zh-Hant-TW')).$code).to.equal('zh-hant');
      expect((await loadTranslation('zh-TW')).$code).to.equal('zh-hant');
      expect((await loadTranslation('zh')).$code).to.equal('zh-hans');
      expect((await loadTranslation('zh-CN')).$code).to.equal('zh-hans');
      expect((await loadTranslation('pt-PT')).$code).to.equal('pt');
      expect((await loadTranslation('fa-AF')).$code).to.equal('fa');
      expect((await loadTranslation('en-GB')).$code).to.equal('en');
      expect((await loadTranslation('kk')).$code, 'a language not shipped').to.equal('en');
      expect(translationFor('zh-Hans-SG').$code).to.equal('zh-hans');
    });

    it('registerTranslation still adds languages, and the page’s own wins over a built-in one', async () => {
      const custom: Translation = { ...en, $code: 'ga', $name: 'Irish', retry: 'Triail arís', unavailable: 'Níl aon mheán ar fáil faoi láthair' };
      registerTranslation(custom);
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ga-IE"><news-player></news-player></div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      await el.updateComplete;
      expect(shadowText(el, '[part="message"]')).to.equal(custom.unavailable);
    });
  });

  describe('runtime changes', () => {
    it('follows `lang` and `dir` changes at runtime: player, transcript and timestamps', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
        <news-player src="/faults/status/404" duration="2:44"></news-player>
        <news-transcript src=${MEDIA.captions}></news-transcript>
        <p><news-timestamp time="1:23"></news-timestamp></p>
      </div>`);
      const player = wrap.querySelector('news-player') as NewsPlayer;
      const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
      const timestamp = wrap.querySelector('news-timestamp') as NewsTimestamp;
      await player.play().catch(() => undefined);
      await stateReached(player, 'unavailable');
      expect(shadowText(player, '[part="message"]')).to.equal(en.unavailable);
      const status = () => shadowText(player, '[role="status"]');
      expect(status()).to.equal(`${en.unavailable}. ${en.reason['not-found']}`);

      wrap.lang = 'fr';
      await until(() => shadowText(player, '[part="message"]') === fr.unavailable, 'French message');
      expect(shadowText(player, '[part="retry"]')).to.equal(fr.retry);
      await until(() => transcript.shadowRoot!.querySelector('input')?.getAttribute('aria-label') === fr.transcriptSearch);
      await until(() => timestamp.shadowRoot!.querySelector('a')?.getAttribute('aria-label') === fr.playFrom('1:23'));
      expect(status(), 'nothing happened to the player: the status region says nothing new').to.equal('');

      wrap.lang = 'fa';
      await until(() => shadowText(player, '[part="message"]') === fa.unavailable, 'Persian message');
      const base = player.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('fa');
      await until(() => timestamp.shadowRoot!.querySelector('[part="time"]')?.textContent === '۱:۲۳', 'Persian digits');

      wrap.setAttribute('dir', 'ltr');
      await until(() => base.getAttribute('dir') === 'ltr', 'an explicit dir wins');
    });
  });

  describe('numbers', () => {
    it('writes times and counts in the digits of the page’s language (CLDR, through Intl)', async () => {
      const card = async (lang: string) => {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><news-player src=${MEDIA.webm} duration="2:44"></news-player></div>`);
        const el = wrap.querySelector('news-player') as NewsPlayer;
        await el.updateComplete;
        return shadowText(el, '[part="duration"]');
      };
      const digits = (lang: string, text: string) => {
        const f = new Intl.NumberFormat(lang, { useGrouping: false });
        return text.replace(/\d/g, (d) => f.format(Number(d)));
      };
      expect(await card('fa')).to.equal('۲:۴۴');
      expect(await card('ar-EG')).to.equal('٢:٤٤');
      expect(await card('ar')).to.equal(digits('ar', '2:44'));
      expect(await card('ar-u-nu-latn')).to.equal('2:44');
      expect(await card('bn')).to.equal('২:৪৪');
      expect(await card('en')).to.equal('2:44');

      const wrap = await fixture<HTMLDivElement>(html`<div lang="fa"><news-transcript src=${MEDIA.captions}></news-transcript></div>`);
      const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
      await until(() => transcript.cues.length > 0 && transcript.shadowRoot!.querySelector('[part~="time"]') !== null);
      await until(() => transcript.shadowRoot!.querySelector('[part~="time"]')!.textContent === '۰:۰۰', 'Persian times');
      const search = transcript.shadowRoot!.querySelector('input')!;
      search.value = 'the';
      search.dispatchEvent(new Event('input'));
      await transcript.updateComplete;
      const n = transcript.matchCount;
      expect(n).to.be.greaterThan(1);
      expect(shadowText(transcript, '[part="search-count"]')).to.equal(digits('fa', fa.transcriptMatches(1, n)));
    });
  });

  describe('digits', () => {
    it('the transcript writes its times and match count in the poster card’s digits (fa, ar, hi)', async () => {
      for (const lang of ['fa', 'ar', 'hi']) {
        await loadTranslation(lang);
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
          <news-player id=${`digits-${lang}`} src=${MEDIA.webm} duration="0:05"></news-player>
          <news-transcript for=${`digits-${lang}`} src=${MEDIA.captions}></news-transcript>
        </div>`);
        const player = wrap.querySelector('news-player') as NewsPlayer;
        const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
        await player.updateComplete;
        const card = shadowText(player, '[part="duration"]');
        await until(() => transcript.shadowRoot!.querySelectorAll('[part~="time"]').length === 6, `${lang}: cues`);
        const times = [...transcript.shadowRoot!.querySelectorAll('[part~="time"]')].map((t) => t.textContent!.trim());
        // Cue 5 starts at 0:05, the card's duration.
        expect(times[5], `${lang}: cue time and card`).to.equal(card);
        const search = transcript.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
        search.value = 'e';
        search.dispatchEvent(new Event('input'));
        await until(() => transcript.matchCount > 0, `${lang}: matches`);
        await transcript.updateComplete;
        // Every digit of the count is of the card's set: its zero ("0:05" starts with one) plus 0–9.
        const zero = card.codePointAt(0)!;
        const digits = [...shadowText(transcript, '[part="search-count"]')].filter((c) => /\p{Nd}/u.test(c));
        expect(digits.length, `${lang}: count has digits`).to.be.above(0);
        for (const d of digits) expect(d.codePointAt(0)! - zero, `${lang}: "${d}" in the count`).to.be.within(0, 9);
      }
    });
  });

  describe('video.js in the reader’s language', () => {
    it('loads video.js’s own pack for its controls (Arabic)', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><news-player src=${MEDIA.webm} load="eager"></news-player></div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      await stateReached(el, 'ready');
      const root = el.shadowRoot!;
      expect(root.querySelector('.vjs-play-control .vjs-control-text')!.textContent).to.equal(arPack.Play);
      expect(root.querySelector('.vjs-fullscreen-control .vjs-control-text')!.textContent).to.equal(arPack.Fullscreen);
      expect(root.querySelector('.vjs-mute-control .vjs-control-text')!.textContent).to.equal(arPack.Mute);
      expect(root.querySelector('.vjs-progress-holder')!.getAttribute('aria-label')).to.equal(arPack['Progress Bar']);
      expect(root.querySelector('.news-copy-link .vjs-control-text')!.textContent).to.equal(ar.copyLink);
    });

    it('names video.js’s controls from the translation where video.js has no pack (Swahili)', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="sw"><news-player src=${MEDIA.webm} load="eager"></news-player></div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      await stateReached(el, 'ready');
      const root = el.shadowRoot!;
      expect(root.querySelector('.vjs-play-control .vjs-control-text')!.textContent).to.equal(sw.$videojs!.Play);
      expect(root.querySelector('.vjs-mute-control .vjs-control-text')!.textContent).to.equal(sw.$videojs!.Mute);
      expect(root.querySelector('.vjs-volume-bar')!.getAttribute('aria-label')).to.equal(sw.$videojs!['Volume Level']);
    });

    it('relabels a loaded player when the language changes', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><news-player src=${MEDIA.webm} load="eager"></news-player></div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      await stateReached(el, 'ready');
      const root = el.shadowRoot!;
      const play = () => root.querySelector('.vjs-play-control .vjs-control-text')!.textContent;
      expect(play()).to.equal('Play');
      wrap.lang = 'es';
      await until(() => play() === esPack.Play, `play is "${play()}"`);
      await until(() => root.querySelector('.vjs-progress-holder')!.getAttribute('aria-label') === esPack['Progress Bar']);
      expect(root.querySelector('.news-copy-link .vjs-control-text')!.textContent).to.equal(es.copyLink);
      expect(root.querySelector('.vjs-current-time .vjs-control-text')!.textContent!.trim()).to.equal(esPack['Current Time']);
    });
  });

  describe('spoken time', () => {
    it('says the progress bar’s position in words, in the reader’s language', async () => {
      for (const [lang, t] of [
        ['en', en],
        ['fa', fa],
      ] as const) {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><news-player src=${MEDIA.long} load="eager"></news-player></div>`);
        const el = wrap.querySelector('news-player') as NewsPlayer;
        await stateReached(el, 'ready');
        el.currentTime = 5;
        const slider = el.shadowRoot!.querySelector('.vjs-progress-holder')!;
        const duration = Number(el.player!.duration());
        const expected = t.timeOf(spokenTime(5, lang, t), spokenTime(duration, lang, t));
        await until(() => slider.getAttribute('aria-valuetext') === expected, `value text is "${slider.getAttribute('aria-valuetext')}", not "${expected}"`);
      }
      expect(spokenTime(83, 'en')).to.match(/^1 minute,? 23 seconds$/);
      expect(spokenTime(164, 'en')).to.match(/^2 minutes,? 44 seconds$/);
      expect(spokenTime(3605, 'en')).to.match(/^1 hour,? 5 seconds$/);
      expect(spokenTime(0, 'en')).to.equal('0 seconds');
      expect(en.timeOf(spokenTime(83, 'en'), spokenTime(164, 'en'))).to.match(/^1 minute,? 23 seconds of 2 minutes,? 44 seconds$/);
      for (const [lang, t] of [['ha', ha], ['sw', sw], ['ur', ur], ['ar', ar], ['ru', ru], ['zh-Hans', zhHans]] as const) {
        expect(spokenTime(83, lang, t), lang).to.not.match(/minute|second/);
        expect(spokenTime(83, lang, t), lang).to.contain(new Intl.NumberFormat(lang).format(23));
      }
    });
  });

});
