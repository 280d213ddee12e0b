// Compiled by the type check only (no page imports it): the published types must reject mistakes,
// so a broken declaration that turned everything into `any` fails the consumer test.
import { NewsPlayer, NewsTimestamp, NewsTranscript, type PlayerState } from 'news-player/react';
import type { NewsPlayer as NewsPlayerElement } from 'news-player';

export const contract = (
  <>
    <NewsPlayer
      src="/clip.webm"
      muted
      headline="Typed"
      onStateChange={(event) => {
        const state: PlayerState = event.detail.state;
        const previous: PlayerState = event.detail.previous;
        return [state, previous];
      }}
      onNewsPlayerProgress={(event) => event.detail.percent.toFixed()}
      onNewsPlayerError={(event) => event.detail.code.toUpperCase()}
      onTimeUpdate={(event) => (event.target as NewsPlayerElement).currentTime}
    />
    {/* @ts-expect-error headline is a string */}
    <NewsPlayer headline={42} />
    {/* @ts-expect-error the statechange detail has no `code` */}
    <NewsPlayer onStateChange={(event) => event.detail.code} />
    <NewsTranscript htmlFor="clip" onSeek={(event) => event.detail.time.toFixed()} onNewsTranscriptLoad={(event) => event.detail.count} />
    <NewsTimestamp htmlFor="clip" time="1:23" onSeek={(event) => event.detail.player.play()} />
  </>
);

// The elements themselves, through the package's HTMLElementTagNameMap.
export const tagMap: NewsPlayerElement | null = document.querySelector('news-player');
