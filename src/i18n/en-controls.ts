import type { ControlsKey, Translation } from './translation.js';

/**
 * English words of the loaded player's own controls (settings menu, speed, keyboard shortcuts,
 * mini-player), fetched with the engine's lazy chunk (see ./en-core.ts). Keys start `controls`,
 * but for three named before the split: `copyLink`, `currentChapter`, `timeOf`.
 */
const enControls: Pick<Translation, ControlsKey> = {
  // The control bar: copy link, the current chapter, the spoken time
  copyLink: 'Copy link at current time',
  currentChapter: (title) => `Chapter: ${title}`,
  timeOf: (current, duration) => `${current} of ${duration}`,
  // Mini-player (issue 13)
  controlsMiniClose: 'Close mini-player',
  controlsMiniBack: 'Back to the video',
  controlsMiniAnnounce: 'The video continues in the corner of the screen.',
  // Keyboard shortcuts, help, replay (issue 13)
  controlsShortcuts: 'Keyboard shortcuts',
  controlsKeySpace: 'Space',
  controlsKeyHome: 'Home',
  controlsKeyEnd: 'End',
  controlsKeyPlay: 'Play or pause',
  controlsKeySeek: (time) => `Back or forward ${time}`,
  controlsKeyVolume: 'Volume up or down',
  controlsKeyStartEnd: 'Go to the start or the end',
  controlsKeyPercent: 'Go to 0% to 90% of the video',
  controlsKeySpeed: 'Slower or faster',
  controlsKeyMute: 'Mute or unmute',
  controlsKeyCaptions: 'Captions on or off',
  controlsKeyFullscreen: 'Full screen on or off',
  controlsForward: (time) => `Forward ${time}`,
  controlsBack: (time) => `Back ${time}`,
  controlsPosition: (time) => `At ${time}`,
  controlsVolume: (percent) => `Volume ${percent}`,
  controlsMuted: 'Muted',
  controlsUnmuted: 'Sound on',
  controlsSpeedIs: (rate) => `Speed ${rate}`,
  controlsCaptionsOn: 'Captions on',
  controlsCaptionsOff: 'Captions off',
  controlsNoCaptions: 'No captions for this video',
  controlsReplay: 'Replay',
  // Settings menu and layout (issue 13)
  controlsSettings: 'Settings',
  controlsSpeed: 'Speed',
  controlsNormalSpeed: 'Normal',
  controlsQuality: 'Quality',
  controlsAuto: 'Auto',
  controlsCaptions: 'Captions',
  controlsCaptionsNone: 'Off',
  controlsCaptionsBelow: 'Captions below the video',
  controlsChapters: 'Chapters',
  controlsMenuBack: 'Back',
};

export default enControls;
