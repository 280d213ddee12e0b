// What a newsroom's front-end build does: import the package, which registers every element.
import 'news-player';
import type { NewsPlayerErrorEvent, PlayerState } from 'news-player';

const states: PlayerState[] = [];
const errors: string[] = [];
// Typed through the package's HTMLElementTagNameMap and HTMLElementEventMap declarations.
const player = document.querySelector('news-player')!;
player.addEventListener('news-player-statechange', (event) => states.push(event.detail.state));
// Events bubble and cross shadow roots; `document` has no typed map for them, hence the cast.
document.addEventListener('news-player-error', (event) => errors.push((event as NewsPlayerErrorEvent).detail.code));

window.consumer = { states, errors };
