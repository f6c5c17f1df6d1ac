#!/bin/sh
# Install the Facilitator bundle for the current user (no root needed), or remove it.
#
#   ./install.sh              install into ~/.local (or $PREFIX)
#   ./install.sh --uninstall  remove it again (your workshops and settings stay)
#
# Puts the program in $PREFIX/lib/facilitator, a `facilitator` command in $PREFIX/bin, a
# menu entry, the icon, and the .workshop file type (double-click opens it in Facilitator).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
DATA=${XDG_DATA_HOME:-"$PREFIX/share"}
APP_DIR="$PREFIX/lib/facilitator"
BIN="$PREFIX/bin/facilitator"
DESKTOP="$DATA/applications/facilitator.desktop"
MIME_XML="$DATA/mime/packages/facilitator-workshop.xml"
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP_DIR"
    rm -f "$BIN" "$DESKTOP" "$MIME_XML"
    for size in $ICON_SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/facilitator.png" \
              "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-facilitator-workshop.png"
    done
    refresh
    echo "Facilitator removed (your workshops, backups and settings are kept)."
    exit 0
fi

if [ ! -x "$HERE/Facilitator/facilitator" ]; then
    echo "install.sh: no Facilitator/facilitator beside this script" >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$DATA/applications" "$DATA/mime/packages"
rm -rf "$APP_DIR.new"
cp -R "$HERE/Facilitator" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"
ln -sf "$APP_DIR/facilitator" "$BIN"
sed "s|@EXEC@|$APP_DIR/facilitator|g" "$HERE/facilitator.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
cp "$HERE/facilitator-workshop.xml" "$MIME_XML"
for size in $ICON_SIZES; do
    png="$HERE/icons/facilitator-$size.png"
    [ -f "$png" ] || continue
    for kind in apps mimetypes; do
        mkdir -p "$DATA/icons/hicolor/${size}x${size}/$kind"
    done
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/facilitator.png"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-facilitator-workshop.png"
done
refresh
echo "Facilitator installed in $APP_DIR; start it from the menu or with: $BIN"
