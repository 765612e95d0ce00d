#!/usr/bin/env bash
# Renders DPO Desk's icon set from icon.svg (the one source to edit):
#   png/NxN.png  Linux launcher and window icons (electron-builder's linux.icon folder)
#   icon.png     1024 px, the fallback electron-builder converts from
#   icon.ico     Windows: 16-256 px in one file
#   icon.icns    macOS: 16-1024 px in one file
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
# The outputs are committed, so building the app never needs these tools.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "png/${size}x${size}.png"
done
cp png/1024x1024.png icon.png
convert png/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}.png icon.ico
png2icns icon.icns png/{16x16,32x32,48x48,128x128,256x256,512x512,1024x1024}.png >/dev/null
