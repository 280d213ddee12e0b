// Cues written back as a WebVTT file: what `<news-transcript>` offers for download beside its text,
// the cues as the file gave them (for rolling captions, before they were merged).
import type { Cue, CueSettings } from './types.js';

/** A time as a WebVTT timestamp, `hh:mm:ss.ttt`. */
export function webvttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** The cue settings that differ from their defaults, as a cue timing line writes them. */
function settingsText(s: CueSettings): string {
  const out: string[] = [];
  if (s.vertical) out.push(`vertical:${s.vertical}`);
  if (s.line !== null) out.push(`line:${s.line}${s.snapToLines ? '' : '%'}${s.lineAlign !== 'start' ? `,${s.lineAlign}` : ''}`);
  if (s.position !== null) out.push(`position:${s.position}%${s.positionAlign !== 'auto' ? `,${s.positionAlign}` : ''}`);
  if (s.size !== 100) out.push(`size:${s.size}%`);
  if (s.align !== 'center') out.push(`align:${s.align}`);
  return out.join(' ');
}

/**
 * `cues` as a WebVTT file: identifiers, timings, the settings that are not defaults (regions are
 * not kept) and the cue text as it was (a blank line inside a cue, which SubRip or JSON may have,
 * is closed up, and `-->` in it escaped, so the file reads back as the same cues).
 */
export function writeWebVTT(cues: readonly Cue[]): string {
  const blocks = ['WEBVTT'];
  for (const cue of cues) {
    if (!Number.isFinite(cue.start) || !Number.isFinite(cue.end)) continue;
    const id = cue.id && !cue.id.includes('-->') && !/[\r\n]/.test(cue.id) ? `${cue.id}\n` : '';
    const settings = cue.settings ? settingsText(cue.settings) : '';
    const text = cue.text.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').replace(/-->/g, '--&gt;').replace(/^\n+|\n+$/g, '');
    blocks.push(`${id}${webvttTime(cue.start)} --> ${webvttTime(cue.end)}${settings ? ` ${settings}` : ''}\n${text}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
