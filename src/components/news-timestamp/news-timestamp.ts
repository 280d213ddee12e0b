import { NewsTimestamp } from './news-timestamp.component.js';

export * from './news-timestamp.component.js';
export default NewsTimestamp;

NewsTimestamp.define('news-timestamp');

declare global {
  interface HTMLElementTagNameMap {
    'news-timestamp': NewsTimestamp;
  }
}
