import { NewsTranscript } from './news-transcript.component.js';

export * from './news-transcript.component.js';
export default NewsTranscript;

NewsTranscript.define('news-transcript');

declare global {
  interface HTMLElementTagNameMap {
    'news-transcript': NewsTranscript;
  }
}
