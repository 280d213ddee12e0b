import { expect } from '@open-wc/testing';
import {
  activeIndices,
  CueIndex,
  CueParseError,
  cueTextToPlain,
  parseCues,
  parseCueText,
  parseJSONCues,
  parseSRT,
  parseWebVTT,
  parseWebVTTFile,
  voiceOf,
  type Cue,
  type CueNode,
} from '../src/media/cues/index.js';
import { parseCuesInSlices } from '../src/media/cues/sniff.js';

/** The dev server serves `../shared` (beside the repo) at `/shared/`. */
const CORPUS = '/shared/conformance/webvtt/';

/** The 34 cases of the corpus; a test below checks that expected.json still lists exactly these. */
const CASES = [
  'arrows', 'comment-in-cue-text', 'header-garbage', 'ids', 'newlines', 'nulls', 'regions-id',
  'regions-lines', 'regions-old', 'regions-regionanchor', 'regions-scroll', 'regions-viewportanchor',
  'settings-align', 'settings-line', 'settings-multiple', 'settings-position', 'settings-region',
  'settings-size', 'settings-vertical', 'signature-no-newline', 'signature-space-no-newline',
  'signature-timings', 'stylesheets-newlines', 'stylesheets-none', 'stylesheets', 'timings-negative',
  'timings-omitted-hours', 'timings-too-long', 'timings-too-short', 'whitespace-chars', 'header-space',
  'header-timings', 'timings-60', 'header-regions',
];

interface ExpectedCue {
  id: string;
  startTime: number;
  endTime: number;
  text: string;
  align: string;
  line: number | null;
  snapToLines: boolean;
  lineAlign: string;
  position: number | null;
  positionAlign: string;
  size: number;
  vertical: string;
  region: string | null;
}

interface ExpectedCase {
  id: string;
  input: string;
  expected: { error: true } | { cues: ExpectedCue[]; regions?: Record<string, Record<string, number | string>> };
}

let corpus: Promise<ExpectedCase[]> | undefined;
function loadCorpus(): Promise<ExpectedCase[]> {
  corpus ??= fetch(`${CORPUS}expected.json`).then((r) => {
    if (!r.ok) throw new Error(`${CORPUS}expected.json: HTTP ${r.status}`);
    return r.json() as Promise<ExpectedCase[]>;
  });
  return corpus;
}

/** Reads bytes and decodes them as the WebVTT spec says, so NULs and lone CRs survive. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new TextDecoder('utf-8').decode(await response.arrayBuffer());
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** Every element node of a cue text tree, depth first. */
function elements(nodes: CueNode[]): CueNode[] {
  const out: CueNode[] = [];
  const walk = (list: CueNode[]): void => {
    for (const node of list) {
      if (node.type !== 'text' && node.type !== 'timestamp') {
        out.push(node);
        walk(node.children);
      }
    }
  };
  walk(nodes);
  return out;
}

function cue(start: number, end: number, text = ''): Cue {
  return { id: '', start, end, text };
}

describe('cue parsing', () => {
  describe('WebVTT conformance corpus', () => {
    let passed = 0;
    let settingsPassed = 0;

    after(() => {
      console.log(
        `WebVTT conformance: ${passed}/${CASES.length} passed (cue settings and regions: ${settingsPassed}/${CASES.length})`,
      );
    });

    it('lists the 34 known cases', async () => {
      const cases = await loadCorpus();
      expect(cases.map((c) => c.id)).to.deep.equal(CASES);
    });

    for (const id of CASES) {
      it(id, async () => {
        const entry = (await loadCorpus()).find((c) => c.id === id);
        if (!entry) throw new Error(`case ${id} missing from expected.json`);
        const text = await fetchText(CORPUS + entry.input);
        const { expected } = entry;

        if ('error' in expected) {
          expect(caught(() => parseWebVTT(text))).to.be.instanceOf(CueParseError);
          passed++;
          settingsPassed++;
          return;
        }

        const file = parseWebVTTFile(text);
        expect(file.cues.length, 'number of cues').to.equal(expected.cues.length);
        expected.cues.forEach((want, i) => {
          const got = file.cues[i];
          expect(got.id, `cues[${i}].id`).to.equal(want.id);
          expect(got.start, `cues[${i}].startTime`).to.be.closeTo(want.startTime, 1e-6);
          expect(got.end, `cues[${i}].endTime`).to.be.closeTo(want.endTime, 1e-6);
          expect(got.text, `cues[${i}].text`).to.equal(want.text);
        });
        passed++;

        // Secondary: the cue settings and the regions the cues refer to.
        expected.cues.forEach((want, i) => {
          const { id: _id, startTime: _s, endTime: _e, text: _t, ...settings } = want;
          expect(file.cues[i].settings, `cues[${i}] settings`).to.deep.equal(settings);
        });
        for (const [name, region] of Object.entries(expected.regions ?? {})) {
          expect(file.regions[name], `region ${name}`).to.deep.include(region);
        }
        settingsPassed++;
      });
    }
  });

  describe('WebVTT', () => {
    it('rejects a file without the signature', () => {
      for (const text of ['', 'WEBVT', 'WEBVTTX\n\n00:00.000 --> 00:01.000\nx', ' WEBVTT\n', 'webvtt\n', '\0WEBVTT']) {
        const error = caught(() => parseWebVTT(text));
        expect(error, JSON.stringify(text)).to.be.instanceOf(CueParseError);
        expect((error as CueParseError).reason).to.equal('bad-signature');
      }
    });

    it('accepts a leading BOM and extracts the voice', () => {
      const [first] = parseWebVTT('\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Anna Smith>Hello</v>');
      expect(first).to.include({ start: 1, end: 2, text: '<v.loud Anna Smith>Hello</v>', voice: 'Anna Smith' });
    });

    it('reads the captions fixture of the player tests', async () => {
      const cues = parseWebVTT(await fetchText('/test/media/captions.vtt'));
      expect(cues.length).to.be.greaterThan(0);
      expect(cues.some((c) => c.voice === 'Anna')).to.equal(true);
    });
  });

  describe('SubRip', () => {
    const srt =
      '\ufeff1\r\n00:00:01,000 --> 00:00:02,500 X1:40 X2:600 Y1:20 Y2:50\r\n<i>Good evening</i>\r\nand welcome.\r\n\r\n' +
      '2\r\n00:00:03.250 --> 00:00:04,001\r\n<v Anna>Top stories.</v>\r\n\r\n' +
      '00:01:00,000 --> 01:00:00,000\r\nNo index here.\r\n';

    it('parses BOM, CRLF, both separators, indices and multi-line text', () => {
      const cues = parseSRT(srt);
      expect(cues).to.have.length(3);
      expect(cues[0]).to.deep.equal({ id: '1', start: 1, end: 2.5, text: '<i>Good evening</i>\nand welcome.' });
      expect(cues[1]).to.deep.include({ id: '2', start: 3.25, end: 4.001, voice: 'Anna' });
      expect(cues[2]).to.deep.include({ id: '', start: 60, end: 3600, text: 'No index here.' });
    });

    it('keeps a stray line after a blank line with the previous cue', () => {
      const cues = parseSRT('1\n00:00:01,000 --> 00:00:02,000\nfirst\n\nsecond\n\n2\n00:00:03,000 --> 00:00:04,000\nthird\n');
      expect(cues.map((c) => c.text)).to.deep.equal(['first\nsecond', 'third']);
    });

    it('rejects text without any timing line', () => {
      expect((caught(() => parseSRT('just some words')) as CueParseError).reason).to.equal('no-cues');
      expect(parseSRT('\n\n')).to.deep.equal([]);
    });
  });

  describe('JSON', () => {
    it('accepts the wrapped form and a bare array, with startTime/endTime names', () => {
      const wrapped = parseJSONCues('{"cues":[{"start":1.5,"end":3,"text":"Hello","speaker":"Anna","id":"c1"}]}');
      expect(wrapped).to.deep.equal([{ id: 'c1', start: 1.5, end: 3, text: 'Hello', voice: 'Anna' }]);
      const bare = parseJSONCues('[{"startTime":0,"endTime":1,"text":"<v Bob>Hi","id":7}]');
      expect(bare).to.deep.equal([{ id: '7', start: 0, end: 1, text: '<v Bob>Hi', voice: 'Bob' }]);
    });

    it('rejects invalid JSON and cues of the wrong shape', () => {
      const reasons = [
        '{"cues":[{"start":1',
        '{"items":[]}',
        '[{"start":"1","end":2,"text":"x"}]',
        '[{"start":1,"end":2}]',
        '[{"start":2,"end":1,"text":"x"}]',
        '[{"start":-1,"end":1,"text":"x"}]',
        '[{"start":0,"end":1,"text":"x","speaker":3}]',
        '[null]',
      ].map((text) => {
        const error = caught(() => parseJSONCues(text));
        expect(error, text).to.be.instanceOf(CueParseError);
        return (error as CueParseError).reason;
      });
      expect(reasons[0]).to.equal('invalid-json');
      expect(reasons.slice(1).every((r) => r === 'invalid-cue')).to.equal(true);
    });
  });

  describe('format sniffing', () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n';

    it('recognises SubRip served with a .vtt name or a text/vtt type', () => {
      expect(parseCues(srt, { url: '/captions/episode.vtt' }).kind).to.equal('srt');
      expect(parseCues(`\ufeff${srt}`, { type: 'text/vtt' }).kind).to.equal('srt');
      expect(parseCues(srt).cues[0]).to.include({ start: 1, end: 2, text: 'Hello' });
    });

    it('recognises WebVTT and JSON by content, whatever the hint', () => {
      expect(parseCues('WEBVTT\n\n00:01.000 --> 00:02.000\nHi', { url: 'x.srt' }).kind).to.equal('vtt');
      expect(parseCues('\n [{"start":0,"end":1,"text":"a"}]', { type: 'text/plain' }).kind).to.equal('json');
    });

    it('falls back to the hint when the content does not tell', () => {
      const error = caught(() => parseCues('hello', { url: 'https://example.com/a.vtt?x=1' }));
      expect((error as CueParseError).reason).to.equal('bad-signature');
      expect((caught(() => parseCues('hello')) as CueParseError).reason).to.equal('unrecognised-format');
      expect((caught(() => parseCues('<!doctype html><title>404</title>')) as CueParseError).reason).to.equal(
        'unsupported-format',
      );
    });

    it('sorts cues by start time', () => {
      const track = parseCues('[{"start":5,"end":6,"text":"b"},{"start":1,"end":2,"text":"a"}]');
      expect(track.cues.map((c) => c.text)).to.deep.equal(['a', 'b']);
    });

    it('throws nothing but CueParseError on hostile input', () => {
      let seed = 42;
      const random = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const inputs = [
        '\0'.repeat(10000),
        `WEBVTT\n${'\0'.repeat(10000)}`,
        `WEBVTT\n\n${'9'.repeat(100000)}:00:00.000 --> 00:01.000 ${'line:'.repeat(10000)}\nx`,
        `1\n${'9'.repeat(400)}:00:00,000 --> 00:00:01,000\nx`,
        'x'.repeat(1_000_000),
        '['.repeat(100000),
        `WEBVTT\n\n00:00.000 --> 00:01.000\n${'<b>'.repeat(50000)}${'&'.repeat(50000)}`,
      ];
      const prefixes = ['', 'WEBVTT\n', '1\n00:00:00,000 --> 00:00:01,000\n', '[', '{"cues":'];
      for (let n = 0; n < 300; n++) {
        let s = prefixes[n % prefixes.length];
        const length = Math.floor(random() * 400);
        for (let i = 0; i < length; i++) s += String.fromCharCode(Math.floor(random() * (random() < 0.5 ? 128 : 65536)));
        inputs.push(s);
      }
      for (const [i, text] of inputs.entries()) {
        const error = caught(() => {
          const track = parseCues(text, { type: 'text/vtt' });
          for (const c of track.cues) {
            parseCueText(c.text);
            cueTextToPlain(c.text);
          }
        });
        if (error !== undefined) expect(error, `input ${i}`).to.be.instanceOf(CueParseError);
      }
    });
  });

  describe('cue text markup', () => {
    const ALLOWED = ['b', 'i', 'u', 'c', 'lang', 'ruby', 'rt', 'v'];
    const hostile = [
      ['<script>alert(1)</script>', 'alert(1)'],
      ['<img src=x onerror=alert(1)>caption', 'caption'],
      ['<svg onload=alert(1)>caption</svg>', 'caption'],
      ['<a href="javascript:alert(1)">link</a>', 'link'],
      ['<iframe src="https://evil.example"></iframe>after', 'after'],
      ['<b onclick="alert(1)">bold</b>', 'bold'],
      ['<style>*{display:none}</style>shown', '*{display:none}shown'],
    ];

    it('turns hostile markup into readable text and no foreign elements', () => {
      for (const [text, readable] of hostile) {
        const tree = parseCueText(text);
        for (const node of elements(tree)) expect(ALLOWED, text).to.include(node.type);
        expect(cueTextToPlain(text), text).to.equal(readable);
        expect(JSON.stringify(tree), text).not.to.match(/onerror|onload|onclick|javascript|href|src=/i);
      }
    });

    it('keeps the WebVTT elements with classes and annotations', () => {
      const tree = parseCueText('<c.yellow.big>a</c> <v.loud Anna  Smith>b</v> <lang en-GB>c</lang> <ruby>d<rt>e</ruby><00:01.500>');
      expect(tree[0]).to.deep.equal({ type: 'c', classes: ['yellow', 'big'], children: [{ type: 'text', value: 'a' }] });
      expect(tree[2]).to.deep.include({ type: 'v', annotation: 'Anna Smith', classes: ['loud'] });
      expect(tree[4]).to.deep.include({ type: 'lang', annotation: 'en-GB' });
      expect(tree[6]).to.deep.equal({
        type: 'ruby',
        classes: [],
        children: [
          { type: 'text', value: 'd' },
          { type: 'rt', classes: [], children: [{ type: 'text', value: 'e' }] },
        ],
      });
      expect(tree[7]).to.deep.equal({ type: 'timestamp', time: 1.5 });
    });

    it('ignores <rt> outside <ruby> and an invalid timestamp', () => {
      expect(parseCueText('<rt>x</rt><00:99.000>')).to.deep.equal([{ type: 'text', value: 'x' }]);
    });

    it('decodes entities', () => {
      expect(cueTextToPlain('&amp; &lt;b&gt; &lrm;&rlm;&nbsp;&#65;&#x42;&#0;')).to.equal('& <b> \u200e\u200f\u00a0AB\ufffd');
      expect(cueTextToPlain('&bogus; & &amp')).to.equal('&bogus; & &');
      expect(elements(parseCueText('&lt;script&gt;alert(1)&lt;/script&gt;'))).to.deep.equal([]);
      expect(cueTextToPlain('&lt;script&gt;')).to.equal('<script>');
    });

    it('decodes legacy references without a semicolon, as HTML does', () => {
      expect(cueTextToPlain('&lt&gt&amp&nbsp&quot')).to.equal('<>&\u00a0"');
      expect(cueTextToPlain('&copy 2026 &eacute;t&eacute &AMP;')).to.equal('\u00a9 2026 \u00e9t\u00e9 &');
      // Longest match: "not" is a legacy name, "notit" none, "notin;" one with its semicolon.
      expect(cueTextToPlain('&notit; &notin; &notin')).to.equal('\u00acit; \u2209 \u00acin');
      expect(cueTextToPlain('&Amp; &eacutex')).to.equal('&Amp; \u00e9x');
    });

    it('decodes numeric references by HTML rules', () => {
      // C1 controls read as Windows-1252; the semicolon may be missing.
      expect(cueTextToPlain('&#128;&#x80&#150; &#x9d;')).to.equal('\u20ac\u20ac\u2013 \u009d');
      expect(cueTextToPlain('&#0;&#xD800;&#x110000;&#99999999999;')).to.equal('\ufffd'.repeat(4));
      expect(cueTextToPlain('&#; &#x; &#x41;&#65x')).to.equal('&#; &#x; AAx');
    });

    it('decodes references alike in text, the tree and annotations', () => {
      expect(parseCueText('<v Ren&eacute &amp Co>a &copy b</v>')).to.deep.equal([
        { type: 'v', classes: [], annotation: 'Ren\u00e9 & Co', children: [{ type: 'text', value: 'a \u00a9 b' }] },
      ]);
      expect(voiceOf('<v Ren&eacute &amp Co>a &copy b</v>')).to.equal('Ren\u00e9 & Co');
      expect(cueTextToPlain('<v Ren&eacute &amp Co>a &copy b</v>')).to.equal('a \u00a9 b');
    });

    it('finds the first voice', () => {
      expect(voiceOf('<v Anna>Hi</v> <v Bob>Hello</v>')).to.equal('Anna');
      expect(voiceOf('<i>x</i><v.loud  Dr. Ruth  Smith >y')).to.equal('Dr. Ruth Smith');
      expect(voiceOf('<v>nobody</v>')).to.equal(undefined);
      expect(voiceOf('no voice')).to.equal(undefined);
    });

    it('stops nesting at a safe depth', () => {
      const tree = parseCueText(`${'<b>'.repeat(10000)}deep`);
      expect(elements(tree).length).to.be.at.most(32);
      expect(cueTextToPlain(`${'<b>'.repeat(10000)}deep`)).to.equal('deep');
    });
  });

  describe('parsing in slices', () => {
    const stamp = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;

    it('gives a long WebVTT file the same cues as parsing it in one go, header regions included', async () => {
      const lines = ['WEBVTT', '', 'REGION', 'id:top', 'width:50%', '', 'STYLE', '::cue { color: red }', ''];
      for (let i = 0; i < 20_000; i++) {
        lines.push(`c${i}`, `${stamp(i)} --> ${stamp(i + 1)}${i % 3 ? '' : ' region:top'}`, `<v Anna>Line ${i} & more</v>`, i % 5 ? '' : 'second line', '');
      }
      const text = lines.join('\r\n');
      expect(text.length).to.be.above(512 * 1024);
      const whole = parseCues(text);
      const sliced = await parseCuesInSlices(text);
      expect(sliced.kind).to.equal('vtt');
      expect(sliced.cues.length).to.equal(20_000);
      expect(sliced.cues).to.deep.equal(whole.cues);
      expect(sliced.cues[19_998].settings?.region).to.equal('top');
    });

    it('gives a long SubRip file the same cues, and rejects what parseCues rejects', async () => {
      const blocks: string[] = [];
      for (let i = 0; i < 15_000; i++) blocks.push(`${i + 1}\n${stamp(i).replace('.', ',')} --> ${stamp(i + 1).replace('.', ',')}\n<i>Cue</i> number ${i}\n`);
      const text = blocks.join('\n');
      expect(text.length).to.be.above(512 * 1024);
      const sliced = await parseCuesInSlices(text);
      expect(sliced.kind).to.equal('srt');
      expect(sliced.cues).to.deep.equal(parseCues(text).cues);
      const garbage = 'not cues at all. '.repeat(40_000);
      let error: unknown;
      await parseCuesInSlices(garbage).catch((e) => (error = e));
      expect(error).to.be.instanceOf(CueParseError);
    });
  });

  describe('CueIndex', () => {
    // 0: the whole programme, 1 and 2 touch at 2, 3 stands alone, 4 is empty, 5 overlaps 3.
    const cues = [cue(0, 10), cue(1, 2), cue(2, 3), cue(5, 6), cue(7, 7), cue(5.5, 8)];
    const index = new CueIndex(cues);

    it('is empty before the first cue and after the last', () => {
      expect(index.active(-1)).to.deep.equal([]);
      expect(index.active(10)).to.deep.equal([]);
      expect(index.active(1e9)).to.deep.equal([]);
      expect(index.active(Number.NaN)).to.deep.equal([]);
    });

    it('treats a cue as active when start <= t < end', () => {
      expect(index.active(0)).to.deep.equal([0]);
      expect(index.active(1)).to.deep.equal([0, 1]);
      expect(index.active(2)).to.deep.equal([0, 2]);
      expect(index.active(3)).to.deep.equal([0]);
      expect(index.active(7)).to.deep.equal([0, 5]);
      expect(index.active(9.999)).to.deep.equal([0]);
    });

    it('returns every overlapping cue', () => {
      expect(index.active(5.75)).to.deep.equal([0, 3, 5]);
    });

    it('accepts cues out of order and answers with their original indices', () => {
      const shuffled = new CueIndex([cue(5, 6), cue(0, 1), cue(0.5, 5.5)]);
      expect(shuffled.active(0.75)).to.deep.equal([1, 2]);
      expect(shuffled.active(5.25)).to.deep.equal([0, 2]);
    });

    it('agrees with a linear scan on many random cues', () => {
      let seed = 7;
      const random = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const many: Cue[] = [];
      let t = 0;
      for (let i = 0; i < 2000; i++) {
        t += random() * 3;
        many.push(cue(t, t + random() * 8));
      }
      for (let i = 0; i < 500; i++) {
        const time = random() * (t + 10) - 5;
        const linear = many.flatMap((c, j) => (c.start <= time && time < c.end ? [j] : []));
        expect(activeIndices(many, time)).to.deep.equal(linear);
      }
    });
  });
});
