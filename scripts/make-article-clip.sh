#!/usr/bin/env bash
# Makes the reference article's clip for the "Reference article" stories, into
# stories/article/media/ (served at /article by .storybook/main.ts; not part of the npm package).
#
# The article (../shared/reference/article.txt, "Kerry: US Open to Cooperation with Iran to Help
# Iraq") is read by synthesized voices (espeak-ng) over title slides (ffmpeg drawtext on solid
# colours). Every caption cue is synthesized on its own, so its length is measured, not guessed:
# the transcript's times are the running sum of the measured segment lengths and the pauses.
#
# Requirements: ffmpeg/ffprobe (Debian 5.1: libx264, libvpx-vp9, libopus, native aac, drawtext
# with libfreetype), espeak-ng (1.51) and fontconfig with DejaVu Sans (fonts-dejavu-core).
# Idempotent; run from anywhere:  bash scripts/make-article-clip.sh
#
# Outputs (stories/article/media/, < 3 MB in all, byte-identical across runs on the same builds):
#   article.mp4    H.264 (10 fps, 640x360, still slides) + AAC-LC mono 24 kHz 32 kb/s, faststart
#   article.webm   VP9 + Opus mono 24 kb/s, the same picture and sound (fallback source)
#   poster.jpg     640x360 poster image (no headline text: the player's card shows the headline)
#   article.vtt    captions/transcript, one cue per sentence or clause, with <v Speaker> tags
#   chapters.vtt   five chapters, one per section of the article
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=stories/article/media
mkdir -p "$OUT"

for bin in ffmpeg ffprobe espeak-ng fc-match; do
  command -v "$bin" >/dev/null 2>&1 || { echo "error: $bin not found" >&2; exit 1; }
done

# ---------------------------------------------------------------- fonts
font_file() { # $1 = fontconfig pattern; prints the file, fails when it is not DejaVu
  local f
  f="$(fc-match -f '%{file}' "$1" 2>/dev/null || true)"
  case "$f" in
    *DejaVu*) printf '%s' "$f" ;;
    *) echo "error: no DejaVu font for '$1' (got '${f:-nothing}'); install fonts-dejavu-core" >&2; exit 1 ;;
  esac
}
FONT_BOLD="$(font_file 'DejaVu Sans:style=Bold')"
FONT_BOOK="$(font_file 'DejaVu Sans:style=Book')"
FONT_SERIF="$(font_file 'DejaVu Serif:style=Bold')"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

FF=(ffmpeg -hide_banner -loglevel error -nostdin -y -threads 1)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 -map_chapters -1)

RATE=22050 # espeak-ng's own sample rate: segments are joined sample-exactly at this rate
FPS=10
W=640
H=360

# ---------------------------------------------------------------- voices
# espeak-ng voice, pitch (0-99) and speed (words per minute) per speaker.
declare -A VOICE=([N]=en-us+f3 [K]=en-us+m3 [S]=en-us+m7 [Q]=en+m2)
declare -A PITCH=([N]=52 [K]=28 [S]=60 [Q]=38)
declare -A SPEED=([N]=170 [K]=150 [S]=168 [Q]=140)
declare -A NAME=([N]=Narrator [K]="John Kerry" [S]="David Schenker" [Q]="Abu Qanea")

# ---------------------------------------------------------------- script of the clip
# chapter <title>       a chapter starts here (chapters.vtt)
# slide <id>            this slide is shown from here (ids below)
# pause <seconds>       silence
# say <N|K|S|Q> <text> [|| <spoken form>]
#                       one caption cue: <text> is shown, <spoken form> (default <text>) is read
# Lines are the article's, in its order, split into caption-length clauses; the speeds are set so
# that the clip lasts about 2:44 like the reference page's clip (checked below).
read -r -d '' SCRIPT <<'EOF' || true
chapter Kerry's interview
slide headline
pause 1.2
say N The Pentagon has downplayed speculation about U.S. and Iranian military cooperation in Iraq, || The Pentagon has downplayed speculation about U S and Iranian military cooperation in Iraq,
say N hours after Secretary of State John Kerry made the suggestion in an interview.
say N Iran, which is controlled by Shi'ite Muslims, has been alarmed by the Sunni advance not too far from its border with Iraq.
say N Some fear that the involvement of Iran would lead to even more violence in Iraq.
pause 0.5
say N Militants of the extremist group the Islamic State in Iraq and the Levant (ISIL) || Militants of the extremist group, the Islamic State in Iraq and the Levant, or eye-sill,
say N have taken control of several northern Iraqi cities and are moving toward the capital.
pause 0.5
slide kerry
say N Kerry said in an interview with Yahoo Monday that President Barack Obama is considering air strikes to help the Iraqi government.
say N He said the president will not allow insurgents to split the country.
pause 0.5
say K I do not believe the president is going to just sit by and let this take place.
pause 1.0
chapter Warships in the Gulf
slide gulf
say N The United States has moved four warships into the Persian Gulf, including an aircraft carrier with fighter jets and missiles.
say N Kerry said various ways of helping Iraq are being considered, including the use of drones and possible cooperation with Tehran.
say N Obama has ruled out sending troops to Iraq.
pause 0.5
slide kerry
say K We are open to any constructive process that could minimize the violence.
pause 0.5
slide tehran
say N Iranian President Hassan Rouhani has said Tehran would cooperate with the United States on restoring security to Iraq,
say N within the framework of international law.
pause 1.0
chapter Analysts warn
slide schenker
say N But some U.S. politicians and analysts say involving Iran would only lead to more violence in Iraq. || But some U S politicians and analysts say involving Iran would only lead to more violence in Iraq.
say N The two neighbors have a history of strained relations and fought a war in the 1980s. || The two neighbors have a history of strained relations, and fought a war in the nineteen-eighties.
say N Tehran has undermined the U.S. mission of building a democratic Iraq governed by both Shia and Sunni Muslims, || Tehran has undermined the U S mission of building a democratic Iraq, governed by both Shia and Sunni Muslims,
say N said David Schenker, an analyst at the Washington Institute for Near East Policy.
pause 0.5
say S Now we're asking them to play a productive role?
say S This is a regime that doesn't want anything other than a dominant Shiite Iraq.
say S And frankly, if that's what they want, they're going to foment an even larger, more bloody civil war in Iraq.
pause 1.0
chapter Refugees in Kalak
slide kalak
say N Thousands of people have fled the fighting in northern Iraqi cities.
say N At a refugee camp in Kalak, Abu Qanea said he won't go back to his hometown of Mosul until he believes it's safe.
pause 0.5
slide qanea
say Q We won't return until the situation improves and becomes safe.
say Q Once the fighters leave and the Iraqi military secures the city, the situation will improve.
pause 1.0
chapter Borders under threat
slide borders
say N The swift advance of the al-Qaida-linked group in northern Iraq is threatening long-established borders in the region,
say N and raising alarm in Washington and in the neighboring countries.
say N The United States withdrew its troops from Iraq at the end of 2011 after an almost decade-long war.
pause 0.6
slide end
pause 3.9
EOF

# ---------------------------------------------------------------- slides
# id|background|tag (top left, red box)|title lines (\n)|subtitle lines (\n)
# The lower third of the frame stays empty: captions are drawn there by the player.
SLIDES=(
  'headline|0x0b2545|BREAKING NEWS|Kerry: US Open to Cooperation\nwith Iran to Help Iraq|Washington  ·  Baghdad  ·  Tehran'
  'kerry|0x13315c|YAHOO INTERVIEW|John Kerry|U.S. Secretary of State'
  'gulf|0x1b3a4b|WARSHIPS IN THE GULF|Four U.S. warships\nin the Persian Gulf|Including an aircraft carrier\nwith fighter jets and missiles'
  'tehran|0x3d2c5a|IRAN|Hassan Rouhani|President of Iran'
  'schenker|0x3b3b3b|ANALYSTS WARN|David Schenker|Washington Institute for Near East Policy'
  'kalak|0x5a3a1a|REFUGEES IN KALAK|Kalak refugee camp|Northern Iraq'
  'qanea|0x5a3a1a|REFUGEES IN KALAK|Abu Qanea|From Mosul  ·  words translated'
  'borders|0x5c1f1f|BORDERS UNDER THREAT|Borders under threat|U.S. troops left Iraq at the end of 2011'
  'end|0x0b2545|NEWS PLAYER DEMO|Kerry: US Open to Cooperation\nwith Iran to Help Iraq|Voices synthesized with espeak-ng from the article text'
)

# drawtext reads its words from files: no escaping of quotes, colons or commas.
text_file() { # $1 = name, $2 = text with \n line breaks
  printf '%b' "$2" > "$TMP/$1.txt"
  printf '%s' "$TMP/$1.txt"
}

draw_slide() { # $1 = id, $2 = output PNG, $3 = "poster" for the poster variant
  local line id bg tag title sub
  for line in "${SLIDES[@]}"; do
    IFS='|' read -r id bg tag title sub <<<"$line"
    [[ "$id" == "$1" ]] && break
    id=""
  done
  [[ -n "$id" ]] || { echo "error: unknown slide '$1'" >&2; exit 1; }
  local tagf titlef subf demof
  tagf="$(text_file "tag-$1" "$tag")"
  titlef="$(text_file "title-$1" "$title")"
  subf="$(text_file "sub-$1" "$sub")"
  demof="$(text_file demo 'DEMO CLIP  ·  SYNTHESIZED VOICES')"
  local common="color=c=${bg}:s=${W}x${H}:d=1,format=rgb24"
  common+=",drawbox=x=0:y=0:w=${W}:h=6:color=0xc8102e:t=fill"
  common+=",drawtext=fontfile=${FONT_BOLD}:textfile=${tagf}:fontsize=15:fontcolor=white:x=32:y=34:box=1:boxcolor=0xc8102e:boxborderw=7"
  common+=",drawtext=fontfile=${FONT_BOOK}:textfile=${demof}:fontsize=11:fontcolor=0xffffff@0.6:x=w-tw-32:y=38"
  local filter
  if [[ "${3:-}" == poster ]]; then
    # The player's card puts the headline, a play button and a shade over the poster: keep the
    # middle and bottom free (the top quarter only), and show the story's places, not its headline.
    local placesf
    placesf="$(text_file places 'IRAQ  ·  IRAN  ·  UNITED STATES')"
    filter="${common},drawtext=fontfile=${FONT_SERIF}:textfile=${placesf}:fontsize=22:fontcolor=white:x=32:y=76"
  else
    filter="${common},drawbox=x=32:y=96:w=64:h=4:color=0xc8102e:t=fill"
    filter+=",drawtext=fontfile=${FONT_SERIF}:textfile=${titlef}:fontsize=30:line_spacing=8:fontcolor=white:x=32:y=116"
    filter+=",drawtext=fontfile=${FONT_BOOK}:textfile=${subf}:fontsize=17:line_spacing=6:fontcolor=0xdde3ea:x=32:y=116+$(($(grep -c '' "$titlef") * 40 + 14))"
  fi
  "${FF[@]}" -f lavfi -i "$filter" -frames:v 1 "${BITEXACT[@]}" "$2"
}

# ---------------------------------------------------------------- speech segments
# Each `say` line becomes one WAV; its length in samples (ffprobe) gives the cue's end. Segments
# and silences are joined as raw PCM at $RATE, so the sum of the parts is the whole, exactly.
samples_of() { # $1 = WAV: its length in samples, from ffprobe
  ffprobe -v error -select_streams a:0 -show_entries stream=duration_ts -of default=nw=1:nk=1 "$1"
}
vtt_time() { # $1 = samples at $RATE -> hh:mm:ss.mmm (rounded to the millisecond)
  local ms=$(( ($1 * 1000 + RATE / 2) / RATE ))
  printf '%02d:%02d:%02d.%03d' $((ms / 3600000)) $((ms / 60000 % 60)) $((ms / 1000 % 60)) $((ms % 1000))
}

: > "$TMP/speech.raw"
pos=0 # samples so far
n=0
CUES=()     # start|end|speaker|text
CHAPTERS=() # start|title
SHOWN=()    # start|slide id
while IFS= read -r line; do
  [[ -z "$line" ]] && continue
  kind="${line%% *}"
  rest="${line#* }"
  case "$kind" in
    chapter) CHAPTERS+=("$pos|$rest") ;;
    slide) SHOWN+=("$pos|$rest") ;;
    pause)
      count=$(awk -v s="$rest" -v r="$RATE" 'BEGIN { printf "%d", s * r + 0.5 }')
      head -c $((count * 2)) /dev/zero >> "$TMP/speech.raw"
      pos=$((pos + count))
      ;;
    say)
      who="${rest%% *}"
      words="${rest#* }"
      shown="${words%% || *}"
      spoken="$shown"
      [[ "$words" == *' || '* ]] && spoken="${words#* || }"
      n=$((n + 1))
      wav="$TMP/seg$(printf '%03d' "$n").wav"
      espeak-ng -v "${VOICE[$who]}" -p "${PITCH[$who]}" -s "${SPEED[$who]}" -w "$wav" "$spoken"
      [[ "$(ffprobe -v error -show_entries stream=sample_rate -of default=nw=1:nk=1 "$wav")" == "$RATE" ]] ||
        { echo "error: espeak-ng did not write $RATE Hz" >&2; exit 1; }
      count="$(samples_of "$wav")"
      "${FF[@]}" -i "$wav" -f s16le -ac 1 -ar "$RATE" -c:a pcm_s16le "$TMP/seg.raw"
      [[ "$(wc -c < "$TMP/seg.raw")" -eq $((count * 2)) ]] || { echo "error: segment $n length mismatch" >&2; exit 1; }
      cat "$TMP/seg.raw" >> "$TMP/speech.raw"
      CUES+=("$pos|$((pos + count))|$who|$shown")
      pos=$((pos + count))
      ;;
    *) echo "error: bad script line: $line" >&2; exit 1 ;;
  esac
done <<<"$SCRIPT"
TOTAL=$pos
TOTAL_S="$(awk -v n="$TOTAL" -v r="$RATE" 'BEGIN { printf "%.3f", n / r }')"

# The reference page's player said 0:02:44; land within 3 s of 164.
awk -v t="$TOTAL_S" 'BEGIN { exit !(t >= 161 && t <= 167) }' ||
  { echo "error: the clip lasts ${TOTAL_S} s, not 164 ± 3 s: adjust the script or the speeds" >&2; exit 1; }

# ---------------------------------------------------------------- article.vtt
{
  echo 'WEBVTT'
  echo
  echo 'NOTE'
  echo 'Generated by scripts/make-article-clip.sh from the measured length of each synthesized'
  echo 'segment; do not edit by hand. Voices are espeak-ng, text from the reference article.'
  i=0
  for cue in "${CUES[@]}"; do
    IFS='|' read -r s e who text <<<"$cue"
    i=$((i + 1))
    echo
    echo "cue-$i"
    echo "$(vtt_time "$s") --> $(vtt_time "$e")"
    # WebVTT cue text: escape &, < and > (none of the article's words need it today).
    text="${text//&/&amp;}"
    text="${text//</&lt;}"
    text="${text//>/&gt;}"
    text="${text//\'/’}" # typographic apostrophes on screen; espeak-ng read the plain ones
    echo "<v ${NAME[$who]}>${text}"
  done
} > "$OUT/article.vtt"

# ---------------------------------------------------------------- chapters.vtt
{
  echo 'WEBVTT'
  for ((i = 0; i < ${#CHAPTERS[@]}; i++)); do
    IFS='|' read -r s title <<<"${CHAPTERS[$i]}"
    e=$TOTAL
    (( i + 1 < ${#CHAPTERS[@]} )) && e="${CHAPTERS[$((i + 1))]%%|*}"
    echo
    echo "chapter-$((i + 1))"
    echo "$(vtt_time "$s") --> $(vtt_time "$e")"
    echo "${title//\'/’}"
  done
} > "$OUT/chapters.vtt"

# ---------------------------------------------------------------- picture
# One PNG per slide shown; each is held for a whole number of frames, from the frame nearest its
# start to the frame nearest the next slide's start (the last one to the end of the sound).
FRAMES_TOTAL=$(( (TOTAL * FPS + RATE - 1) / RATE ))
inputs=()
graph=""
for ((i = 0; i < ${#SHOWN[@]}; i++)); do
  IFS='|' read -r s id <<<"${SHOWN[$i]}"
  from=$(( (s * FPS + RATE / 2) / RATE ))
  if (( i + 1 < ${#SHOWN[@]} )); then
    next="${SHOWN[$((i + 1))]%%|*}"
    to=$(( (next * FPS + RATE / 2) / RATE ))
  else
    to=$FRAMES_TOTAL
  fi
  [[ -f "$TMP/slide-$id.png" ]] || draw_slide "$id" "$TMP/slide-$id.png"
  inputs+=(-loop 1 -framerate "$FPS" -i "$TMP/slide-$id.png")
  graph+="[$i:v]trim=end_frame=$((to - from)),setpts=PTS-STARTPTS[v$i];"
done
for ((i = 0; i < ${#SHOWN[@]}; i++)); do graph+="[v$i]"; done
graph+="concat=n=${#SHOWN[@]}:v=1:a=0,format=yuv420p[v]"

"${FF[@]}" -f s16le -ar "$RATE" -ac 1 -i "$TMP/speech.raw" -c:a pcm_s16le "$TMP/speech.wav"
"${FF[@]}" "${inputs[@]}" -filter_complex "$graph" -map '[v]' -r "$FPS" \
  -c:v ffv1 "$TMP/picture.mkv"

# ---------------------------------------------------------------- article.mp4
# Still slides: a key frame every 5 s keeps seeking quick and costs almost nothing.
"${FF[@]}" -i "$TMP/picture.mkv" -i "$TMP/speech.wav" -map 0:v -map 1:a \
  -c:v libx264 -profile:v main -level:v 3.0 -preset veryslow -tune stillimage -crf 30 -bf 0 \
  -pix_fmt yuv420p -g $((FPS * 5)) -keyint_min $((FPS * 5)) -sc_threshold 0 \
  -x264-params "threads=1:lookahead-threads=1" \
  -af "aresample=24000" -c:a aac -b:a 32k -ac 1 -ar 24000 \
  -movflags +faststart "${BITEXACT[@]}" "$OUT/article.mp4"

# ---------------------------------------------------------------- article.webm
"${FF[@]}" -i "$TMP/picture.mkv" -i "$TMP/speech.wav" -map 0:v -map 1:a \
  -c:v libvpx-vp9 -deadline good -cpu-used 1 -row-mt 0 -crf 40 -b:v 0 \
  -g $((FPS * 5)) -keyint_min $((FPS * 5)) -pix_fmt yuv420p \
  -af "aresample=24000" -c:a libopus -b:a 24k -ac 1 -ar 24000 -application voip \
  "${BITEXACT[@]}" "$OUT/article.webm"

# ---------------------------------------------------------------- poster.jpg
draw_slide headline "$TMP/poster.png" poster
"${FF[@]}" -i "$TMP/poster.png" -frames:v 1 -q:v 4 -pix_fmt yuvj420p "${BITEXACT[@]}" "$OUT/poster.jpg"

# ---------------------------------------------------------------- summary
probe_duration() { ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$1"; }
echo "Reference article clip in $OUT:"
echo "  speech: ${#CUES[@]} cues, ${#CHAPTERS[@]} chapters, ${#SHOWN[@]} slides shown; sound ${TOTAL_S} s ($TOTAL samples at $RATE Hz)"
for ((i = 0; i < ${#CHAPTERS[@]}; i++)); do
  IFS='|' read -r s title <<<"${CHAPTERS[$i]}"
  printf '  chapter %d  %s  %s\n' $((i + 1)) "$(vtt_time "$s")" "$title"
done
for f in article.mp4 article.webm poster.jpg article.vtt chapters.vtt; do
  dur=""
  case "$f" in *.mp4|*.webm) dur="$(probe_duration "$OUT/$f") s" ;; esac
  printf '  %-14s %9d bytes  %s\n' "$f" "$(wc -c < "$OUT/$f")" "$dur"
done
total_bytes="$(find "$OUT" -type f -exec cat {} + | wc -c)"
printf '  %-14s %9d bytes\n' TOTAL "$total_bytes"
if (( total_bytes >= 3000000 )); then
  echo "error: $OUT holds $total_bytes bytes, over the 3 MB budget" >&2
  exit 1
fi
