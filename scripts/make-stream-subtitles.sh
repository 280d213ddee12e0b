#!/usr/bin/env bash
# Builds test/media/hls-subs/: the HLS stream of test/media/hls/ (its video playlist, reused as
# is) with two WebVTT subtitle renditions in the manifest, English and Spanish, as streams carry
# them: a multivariant playlist naming a SUBTITLES group, one media playlist per language, and the
# cues cut into WebVTT segments by ffmpeg's segment muxer (3 segments of 2 s, 2 cues each).
#
# Requirements: ffmpeg. Run from anywhere:  bash scripts/make-stream-subtitles.sh
# (scripts/make-test-media.sh runs it too). Outputs are byte-identical across runs.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=test/media/hls-subs
command -v ffmpeg >/dev/null 2>&1 || { echo "error: ffmpeg not found" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

cat > "$TMP/en.vtt" <<'VTT'
WEBVTT

00:00:00.000 --> 00:00:01.000
Good evening, and welcome to the news.

00:00:01.000 --> 00:00:02.000
Here are tonight's top stories.

00:00:02.000 --> 00:00:03.000
Markets closed higher today.

00:00:03.000 --> 00:00:04.000
The weather turns colder this weekend.

00:00:04.000 --> 00:00:05.000
Sports results are coming up next.

00:00:05.000 --> 00:00:06.000
Thank you for watching.
VTT

cat > "$TMP/es.vtt" <<'VTT'
WEBVTT

00:00:00.000 --> 00:00:01.000
Buenas noches y bienvenidos a las noticias.

00:00:01.000 --> 00:00:02.000
Estos son los titulares de esta noche.

00:00:02.000 --> 00:00:03.000
Los mercados cerraron hoy al alza.

00:00:03.000 --> 00:00:04.000
El tiempo se enfría este fin de semana.

00:00:04.000 --> 00:00:05.000
Enseguida, los resultados deportivos.

00:00:05.000 --> 00:00:06.000
Gracias por su atención.
VTT

for lang in en es; do
  (
    cd "$OUT"
    ffmpeg -hide_banner -loglevel error -nostdin -y -i "$TMP/$lang.vtt" -c:s webvtt -fflags +bitexact \
      -f segment -segment_format webvtt -segment_time 2 \
      -segment_list_type m3u8 -segment_list "subs_$lang.m3u8" "subs_${lang}_%d.vtt"
  )
done

# The multivariant playlist, by hand: ffmpeg 5.1's HLS muxer writes no LANGUAGE and one video
# variant per subtitle language. The video is test/media/hls/ (H.264 Main 3.0 + AAC-LC).
cat > "$OUT/master.m3u8" <<'M3U8'
#EXTM3U
#EXT-X-VERSION:6
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en",DEFAULT=NO,AUTOSELECT=YES,URI="subs_en.m3u8"
#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="Español",LANGUAGE="es",DEFAULT=NO,AUTOSELECT=YES,URI="subs_es.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=80000,RESOLUTION=320x180,CODECS="avc1.4d401e,mp4a.40.2",SUBTITLES="subs"
../hls/index.m3u8
M3U8

cp "$TMP/es.vtt" test/media/captions-es.vtt

echo "Generated $OUT (and test/media/captions-es.vtt):"
ls -l "$OUT"
