// A React app using the wrappers: typed props, a typed event handler, and a ref to the element.
import { StrictMode, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsPlayer, NewsTranscript, type NewsPlayerElement, type NewsPlayerErrorEvent, type PlayerState } from 'news-player/react';

const states: PlayerState[] = [];
const errors: string[] = [];
window.consumer = { states, errors };
// As a page's analytics would: every player error on the page, from before React renders.
// Events bubble and cross shadow roots, typed on `document` too.
document.addEventListener('news-player-error', (event: NewsPlayerErrorEvent) => errors.push(event.detail.code));

function Article() {
  const player = useRef<NewsPlayerElement>(null);
  return (
    <article>
      <h1>React consumer</h1>
      <NewsPlayer
        ref={player}
        id="react-clip"
        src="/clip.webm"
        type="video/webm"
        headline="A clip played through news-player/react"
        duration="0:06"
        muted
        onStateChange={(event) => states.push(event.detail.state)}
        onNewsPlayerError={(event) => console.error(`news-player-error: ${event.detail.code}`)}
      />
      <NewsTranscript htmlFor="react-clip" src="/captions.vtt" />
    </article>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Article />
  </StrictMode>,
);
