#!/bin/sh
# Pack build/dist/Facilitator.app into a disk image with a link to /Applications:
#
#   python3 tasks.py bundle && sh build/installers/macos/make_dmg.sh
#
# The .app's Info.plist (icon, the .workshop document type and its exported type
# declaration) is written by the BUNDLE step of build/facilitator.spec. The image is not
# signed or notarised: Gatekeeper asks the user to allow it (right-click → Open) until a
# Developer ID is set up. Not yet verified on a real Mac: the CI workflow
# (.github/workflows/bundle.yml) runs it on a hosted macOS runner.
set -eu

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DIST="$ROOT/build/dist"
APP="$DIST/Facilitator.app"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
DMG="$DIST/Facilitator-$VERSION-macos-$(uname -m).dmg"

if [ ! -d "$APP" ]; then
    echo "make_dmg.sh: build the bundle first (python3 tasks.py bundle): no $APP" >&2
    exit 1
fi

STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
cp "$ROOT/LICENSE" "$STAGING/LICENSE.txt"
rm -f "$DMG"
hdiutil create -volname "Facilitator $VERSION" -srcfolder "$STAGING" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 "$DMG"
echo "Disk image: $DMG"
