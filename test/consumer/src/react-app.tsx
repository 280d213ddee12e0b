// A React app using the wrappers: typed props, a typed event handler, and a ref to the element.
import { StrictMode, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsPlayer, NewsTranscript, type NewsPlayerElement, type NewsPlayerErrorEvent, type PlayerState } from 'news-player/react';

const states: PlayerState[] = [];
const errors: string[] = [];
window.consumer = { states, errors };
// As a page's analytics would: every player error on the page, from before React renders.
// Events bubble and cross shadow roots; `document` has no typed map for them, hence the cast.
document.addEventListener('news-player-error', (event) => errors.push((event as NewsPlayerErrorEvent).detail.code));

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
