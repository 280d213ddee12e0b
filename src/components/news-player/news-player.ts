import { NewsPlayer } from './news-player.component.js';

export * from './news-player.component.js';
export default NewsPlayer;

NewsPlayer.define('news-player');

declare global {
  interface HTMLElementTagNameMap {
    'news-player': NewsPlayer;
  }
}
