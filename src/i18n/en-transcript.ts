import type { Translation, TranscriptKey } from './translation.js';

/** English words of `<news-transcript>`, fetched with its lazy half (see ./en-core.ts). */
const enTranscript: Pick<Translation, TranscriptKey> = {
  transcript: (headline) => (headline ? `Transcript: ${headline}` : 'Transcript'),
  transcriptSearch: 'Search the transcript',
  transcriptSearchPlaceholder: 'Search',
  transcriptMatches: (current, total) => (total === 0 ? 'No matches' : `${current} of ${total}`),
  transcriptPreviousMatch: 'Previous match',
  transcriptNextMatch: 'Next match',
  transcriptBackToCurrent: 'Back to current',
  transcriptDownload: 'Download transcript',
  transcriptDownloadCaptions: 'Download captions (WebVTT)',
  transcriptLoading: 'Loading transcript…',
  transcriptUnavailable: 'Transcript unavailable',
  transcriptLoadFailed: 'The transcript could not be loaded. Check your connection and try again.',
  transcriptMalformed: 'The transcript file is damaged or in a format that cannot be shown.',
  transcriptNone: 'There is no transcript for this story yet.',
  transcriptInRange: 'Part of the linked passage',
  transcriptTimedOut: 'The transcript is taking too long to load.',
  transcriptBadAddress: 'The address of the transcript file is not valid.',
  transcriptManyMatches: (current, cap) => `${current} of ${cap}+`,
  transcriptQueryTooLong: (max) => `Search for ${max} characters or fewer`,
  transcriptLong: 'A long transcript: only the lines near the view are on the page. Download it to print or search all of it.',
  transcriptLanguage: 'Transcript language',
  transcriptWhenLoaded: 'The transcript is available once the video loads.',
  transcriptLoadVideo: 'Load the video',
  transcriptCannotPlay: 'Playback is not available right now.',
};

export default enTranscript;
