#!/usr/bin/env bash
# Generates tiny, deterministic test media for news-player into test/media/.
#
# Requirements: ffmpeg/ffprobe (Debian build: libx264, libvpx, libopus,
# libmp3lame, native aac) and espeak-ng. Idempotent: every output is
# overwritten. Run from anywhere:  bash scripts/make-test-media.sh
#
# Outputs (each < 100 KB, ~330 KB total; byte-identical across runs on the
# same ffmpeg/espeak-ng build):
#   clip.webm     VP8 + Opus (mono 48 kHz), 320x180, 15 fps, 6.007 s, key every 1 s
#   clip.mp4      H.264 Main (no B-frames, yuv420p) + AAC-LC, 320x180, 15 fps,
#                 6.000 s, key every 1 s, faststart
#   long.webm     VP8 + Opus, 160x90, 10 fps, 20.007 s, key every 2 s
#   audio.m4a     AAC-LC speech (espeak-ng) padded to 6 s
#   audio.mp3     MP3 (24 kHz mono) speech padded to 6 s
#   audio.ogg     Opus-in-Ogg speech padded to 6 s
#   hls/          fMP4 HLS VOD remuxed from clip.mp4: index.m3u8 + init.mp4 +
#                 seg0.m4s..seg2.m4s (3 x 2 s)
#   hls-subs/     hls/ with two WebVTT subtitle renditions (scripts/make-stream-subtitles.sh)
#   poster.jpg    320x180 JPEG of clip.webm at t=1 s
#   garbage.mp4   2048 bytes of text ("not a video"), for decode/format errors
#   captions.vtt  6 one-second cues over 0-6 s (cue 2 uses <v Anna>)
#   chapters.vtt  3 chapters: Opening 0-2, Middle 2-4, Closing 4-6
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=test/media
mkdir -p "$OUT"

for bin in ffmpeg ffprobe espeak-ng; do
  command -v "$bin" >/dev/null 2>&1 || { echo "error: $bin not found" >&2; exit 1; }
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Common flags: quiet, overwrite, single thread + bitexact for reproducible output,
# strip global/stream metadata and chapters.
FF=(ffmpeg -hide_banner -loglevel error -nostdin -y -threads 1)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact
          -map_metadata -1 -map_chapters -1)

# Video: testsrc2 moving pattern. testsrc2 burns in its own hh:mm:ss.mmm
# timestamp and frame number (built-in bitmap font, no fontconfig/drawtext
# needed), so frames at different times are visually distinct.
# Audio: 440 Hz sine with a short 880 Hz beep at every whole second.
video_src() { # $1=size $2=fps $3=duration
  echo "testsrc2=size=$1:rate=$2:duration=$3,format=yuv420p"
}
audio_src() { # $1=duration
  echo "sine=frequency=440:beep_factor=2:sample_rate=48000:duration=$1"
}

# WebM/Opus note: the Opus encoder's first packet starts 312 samples (6.5 ms)
# before zero (pre-skip). Keeping that negative start (-avoid_negative_ts
# disabled) makes Chromium fail with PIPELINE_ERROR_DECODE when it preloads only
# metadata, so the muxer's default shift is kept: Chromium reports 6.007 s
# (20.007 s for long.webm). Tests allow for it.
WEBM_TS=()

# ---------------------------------------------------------------- clip.webm
"${FF[@]}" \
  -f lavfi -i "$(video_src 320x180 15 6)" \
  -f lavfi -i "$(audio_src 5.99)" \
  -map 0:v -map 1:a -t 6 \
  -c:v libvpx -deadline good -cpu-used 0 -b:v 45k -minrate 0 -maxrate 60k -bufsize 90k \
  -g 15 -keyint_min 15 -auto-alt-ref 0 -pix_fmt yuv420p \
  -c:a libopus -b:a 24k -ac 1 -ar 48000 \
  "${WEBM_TS[@]}" "${BITEXACT[@]}" "$OUT/clip.webm"

# ---------------------------------------------------------------- clip.mp4
# No B-frames (-bf 0): fMP4/MSE ignores edit lists, so B-frame composition
# offsets would push the HLS video to 0.133-6.133 s. Likewise AAC's 1024-sample
# priming is only hidden by the (progressive-only) edit list, so the tone ends
# at 5.97 s to keep the raw AAC frames inside 6.000 s in the HLS segments too.
"${FF[@]}" \
  -f lavfi -i "$(video_src 320x180 15 6)" \
  -f lavfi -i "$(audio_src 5.97)" \
  -map 0:v -map 1:a -t 6 \
  -c:v libx264 -profile:v main -level:v 3.0 -preset slow -bf 0 -pix_fmt yuv420p \
  -b:v 45k -maxrate 60k -bufsize 90k -g 15 -keyint_min 15 -sc_threshold 0 \
  -x264-params "threads=1:lookahead-threads=1" \
  -c:a aac -b:a 24k -ac 1 -ar 48000 \
  -movflags +faststart "${BITEXACT[@]}" "$OUT/clip.mp4"

# ---------------------------------------------------------------- long.webm
"${FF[@]}" \
  -f lavfi -i "$(video_src 160x90 10 20)" \
  -f lavfi -i "$(audio_src 19.99)" \
  -map 0:v -map 1:a -t 20 \
  -c:v libvpx -deadline good -cpu-used 0 -b:v 16k -minrate 0 -maxrate 24k -bufsize 48k \
  -g 20 -keyint_min 20 -auto-alt-ref 0 -pix_fmt yuv420p \
  -c:a libopus -b:a 12k -ac 1 -ar 48000 -application audio \
  "${WEBM_TS[@]}" "${BITEXACT[@]}" "$OUT/long.webm"

# ---------------------------------------------------------------- audio.*
espeak-ng -v en-us -s 150 -w "$TMP/speech.wav" \
  "This is the news player audio test clip."
SPEECH_FILTER="aresample=48000,aformat=channel_layouts=mono,apad,atrim=0:6"

"${FF[@]}" -i "$TMP/speech.wav" -af "$SPEECH_FILTER" -t 6 \
  -c:a aac -b:a 32k -ac 1 -ar 48000 -movflags +faststart \
  "${BITEXACT[@]}" "$OUT/audio.m4a"

"${FF[@]}" -i "$TMP/speech.wav" -af "aresample=24000,aformat=channel_layouts=mono,apad,atrim=0:6" -t 6 \
  -c:a libmp3lame -b:a 32k -ac 1 -ar 24000 -write_xing 1 \
  "${BITEXACT[@]}" "$OUT/audio.mp3"

# Ogg/Opus: Chromium (and ffprobe) report duration = final granule / 48000
# without subtracting the 312-sample pre-skip, so stop at 6 s - 312 samples
# (287688 samples) to make Chromium report exactly 6.
"${FF[@]}" -i "$TMP/speech.wav" \
  -af "aresample=48000,aformat=channel_layouts=mono,apad,atrim=end_sample=287688" \
  -c:a libopus -b:a 24k -ac 1 -ar 48000 \
  "${BITEXACT[@]}" "$OUT/audio.ogg"

# ---------------------------------------------------------------- HLS (fMP4)
# Remuxed from clip.mp4 (keyframe every 1 s) into 3 x 2 s fMP4 segments.
rm -rf "$OUT/hls"
mkdir -p "$OUT/hls"
(
  cd "$OUT/hls"
  "${FF[@]}" -i ../clip.mp4 -map 0 -c copy \
    -f hls -hls_time 2 -hls_list_size 0 -hls_playlist_type vod \
    -hls_segment_type fmp4 -hls_fmp4_init_filename init.mp4 \
    -hls_segment_filename 'seg%d.m4s' -hls_flags independent_segments \
    "${BITEXACT[@]}" index.m3u8
)

# ---------------------------------------------------------------- poster.jpg
"${FF[@]}" -ss 1 -i "$OUT/clip.webm" -frames:v 1 -an -q:v 6 -pix_fmt yuvj420p \
  "${BITEXACT[@]}" "$OUT/poster.jpg"

# ---------------------------------------------------------------- garbage.mp4
# 2048 deterministic bytes of plain text with an .mp4 name.
{ yes 'not a video' || true; } | head -c 2048 > "$OUT/garbage.mp4"

# ---------------------------------------------------------------- captions.vtt
cat > "$OUT/captions.vtt" <<'VTT'
WEBVTT

1
00:00:00.000 --> 00:00:01.000
Good evening, and welcome to the news.

2
00:00:01.000 --> 00:00:02.000
<v Anna>Here are tonight's top stories.</v>

3
00:00:02.000 --> 00:00:03.000
Markets closed higher today.

4
00:00:03.000 --> 00:00:04.000
The weather turns colder this weekend.

5
00:00:04.000 --> 00:00:05.000
Sports results are coming up next.

6
00:00:05.000 --> 00:00:06.000
Thank you for watching.
VTT

# ---------------------------------------------------------------- chapters.vtt
cat > "$OUT/chapters.vtt" <<'VTT'
WEBVTT

chapter-1
00:00:00.000 --> 00:00:02.000
Opening

chapter-2
00:00:02.000 --> 00:00:04.000
Middle

chapter-3
00:00:04.000 --> 00:00:06.000
Closing
VTT

# ---------------------------------------------------------------- hls-subs/
# The HLS stream above with English and Spanish WebVTT subtitle renditions in its manifest.
bash scripts/make-stream-subtitles.sh >/dev/null

# ---------------------------------------------------------------- summary
echo "Generated test media in $OUT:"
(
  cd "$OUT"
  find . -type f | LC_ALL=C sort | while read -r f; do
    size=$(wc -c < "$f")
    dur=""
    case "$f" in
      *.webm|*.mp4|*.m4a|*.mp3|*.ogg|*.m3u8)
        dur=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$f" 2>/dev/null || true)
        [[ "$dur" =~ ^[0-9.]+$ ]] && dur="${dur}s" || dur="" ;;
    esac
    printf '  %-20s %8d bytes  %s\n' "${f#./}" "$size" "$dur"
  done
  printf '  %-20s %8d bytes\n' "TOTAL" "$(find . -type f -exec cat {} + | wc -c)"
)
# Fail loudly if anything exceeds 100 KB (100000 bytes).
too_big="$(find "$OUT" -type f -size +100000c)"
if [[ -n "$too_big" ]]; then
  echo "error: some test media exceed 100 KB:" >&2
  echo "$too_big" >&2
  exit 1
fi
