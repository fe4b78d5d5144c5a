#!/usr/bin/env bash
# Regenerates the app icon files from app-icon.svg. Run it after changing the drawing and commit the output;
# the build itself never needs these tools.
#   needs: apt-get install -y librsvg2-bin icoutils icnsutils
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
png_dir="$here/../../resources/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$png_dir"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$here/app-icon.svg" --output "$png_dir/app-$size.png"
done

# Windows: every size up to 256 in one .ico (256 stored as PNG, the others as bitmaps)
icotool --create --output "$here/app.ico" \
  "$png_dir"/app-{16,24,32,48,64,128}.png --raw="$png_dir/app-256.png"

# macOS: the sizes png2icns understands
png2icns "$here/app.icns" "$png_dir"/app-{16,32,48,128,256,512}.png >/dev/null

ls -l "$png_dir" "$here/app.ico" "$here/app.icns"
