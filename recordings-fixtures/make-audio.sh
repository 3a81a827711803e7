#!/usr/bin/env bash
# Regenerates the synthetic call recordings under audio/ from audio-text.tsv.
#
# Each line of audio-text.tsv is one spoken turn: <wav path>\t<espeak variant>\t<pinyin>.
# The voice is cmn-latn-pinyin because espeak-ng's plain cmn/zh voices read Latin
# letters as English; with this voice pinyin with tone numbers is spoken as Mandarin.
# Output is what a telephony recorder produces: 8 kHz, mono, 16-bit PCM WAV.
#
# Needs espeak-ng and sox (Debian: apt-get install -y espeak-ng sox).
# Usage: recordings-fixtures/make-audio.sh            (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
list="$here/audio-text.tsv"
out_root="$here/audio"
speed="${ESPEAK_SPEED:-215}"   # words per minute; brisk, like a sales call, and keeps files ~15 s
gap_seconds=0.4                # silence after each turn, like a pause between speakers
max_bytes=307200               # fixtures stay small enough to commit (~300 KB)

for tool in espeak-ng sox soxi; do
  command -v "$tool" >/dev/null || { echo "make-audio: $tool not found (apt-get install -y espeak-ng sox)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Files in order of first appearance; turns keep their order within a file.
mapfile -t files < <(grep -v '^#' "$list" | grep -v '^[[:space:]]*$' | cut -f1 | awk '!seen[$0]++')

for rel in "${files[@]}"; do
  turns=()
  n=0
  while IFS=$'\t' read -r file variant text; do
    [[ "$file" == "$rel" ]] || continue
    n=$((n + 1))
    raw="$work/raw-$n.wav"
    turn="$work/turn-$n.wav"
    espeak-ng -v "cmn-latn-pinyin+$variant" -s "$speed" -w "$raw" "$text"
    # -D: no dither, so the same input always gives byte-identical WAVs.
    sox -D "$raw" -r 8000 -c 1 -b 16 "$turn" gain -3 pad 0 "$gap_seconds"
    turns+=("$turn")
  done < <(grep -v '^#' "$list")

  dest="$out_root/$rel"
  mkdir -p "$(dirname "$dest")"
  sox -D "${turns[@]}" -r 8000 -c 1 -b 16 -e signed-integer "$dest"
  rm -f "$work"/*.wav

  bytes=$(stat -c %s "$dest")
  printf '%-24s %6.2f s %7d bytes\n' "$rel" "$(soxi -D "$dest")" "$bytes"
  if ((bytes > max_bytes)); then
    echo "make-audio: $rel is larger than $max_bytes bytes; shorten its text in audio-text.tsv" >&2
    exit 1
  fi
done
