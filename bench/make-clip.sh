#!/usr/bin/env bash
# Makes the peers bench's clip (bench/peers.mjs) from the reference article's clip: its first 20 s,
# stream-copied (no re-encode: 640x360 H.264 10 fps + AAC mono, key frames every 5 s), moov first,
# and the article's 640x360 poster. A news clip's size and shape, small enough to commit.
#
#   bash bench/make-clip.sh     (needs ffmpeg and stories/article/media from scripts/make-article-clip.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=stories/article/media
OUT=bench/media
mkdir -p "$OUT"
ffmpeg -hide_banner -loglevel error -nostdin -y -i "$SRC/article.mp4" -t 20 -c copy \
  -movflags +faststart -fflags +bitexact -map_metadata -1 -map_chapters -1 "$OUT/article-20s.mp4"
cp "$SRC/poster.jpg" "$OUT/poster.jpg"
ffprobe -v error -show_entries format=duration:stream=width,height -of compact "$OUT/article-20s.mp4"
ls -l "$OUT"
