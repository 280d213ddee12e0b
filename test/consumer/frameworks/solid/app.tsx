// Solid renders custom elements itself: <news-player> as an intrinsic element.
// Type-checked only (scripts/consumer-test.mjs); the @ts-expect-error lines prove the types are real.
import 'news-player';
import type { PlayerState } from 'news-player';

export const page = (
  <div>
    <news-player id="clip" src="/a.mp4" headline="H" duration="2:44" load="eager" muted prop:currentTime={12}
      on:news-player-statechange={(e) => { const state: PlayerState = e.detail.state; return state; }} />
    <news-transcript for="clip" timeout={5000} on:news-transcript-seek={(e) => e.detail.time.toFixed()} />
    <news-timestamp for="clip" time="1:23" />
    {/* @ts-expect-error headline is a string */}
    <news-player headline={42} />
    {/* @ts-expect-error load is 'interaction' | 'visible' | 'eager' */}
    <news-player load="sometimes" />
    {/* @ts-expect-error the statechange detail has no `code` */}
    <news-player on:news-player-statechange={(e) => e.detail.code} />
    {/* @ts-expect-error timeout is a number */}
    <news-transcript timeout="soon" />
    {/* @ts-expect-error no such attribute */}
    <news-timestamp bogus="x" />
  </div>
);
