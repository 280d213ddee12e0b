// What a newsroom's front-end build does: the box stylesheet, then the package, which registers
// every element.
import 'news-player/news-player.css';
import 'news-player';
// The README's "Your own tag names", as written.
import { NewsPlayer } from 'news-player/news-player.component.js';
import { NewsTimestamp } from 'news-player/news-timestamp.component.js';

NewsPlayer.define('acme-player');
NewsTimestamp.define('acme-time');
import type { NewsPlayerErrorEvent, PlayerState } from 'news-player';

const states: PlayerState[] = [];
const errors: string[] = [];
// Typed through the package's HTMLElementTagNameMap and HTMLElementEventMap declarations.
const player = document.querySelector('news-player')!;
player.addEventListener('news-player-statechange', (event) => states.push(event.detail.state));
// Events bubble and cross shadow roots: the README's analytics advice, typed on `document` too
// (GlobalEventHandlersEventMap), with no cast.
document.addEventListener('news-player-error', (event) => errors.push(event.detail.code));
const checkType: (e: NewsPlayerErrorEvent) => void = () => undefined;
document.addEventListener('news-player-error', checkType);

window.consumer = { states, errors };
