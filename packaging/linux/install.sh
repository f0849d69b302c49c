#!/bin/sh
# Install this PopupPOS bundle for the person logged in (no administrator rights needed):
#   ./install.sh              copy the app to ~/.local/lib/popuppos and add it to the app menu
#   ./install.sh --uninstall  remove the app again; the shop database is left where it is
# build.sh copies this file into the bundle folder, beside the popuppos executable.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=app.popuppos.PopupPOS
data=${XDG_DATA_HOME:-$HOME/.local/share}
dest=$HOME/.local/lib/popuppos
bin=$HOME/.local/bin

remove_menu_entry() {
  rm -f "$bin/popuppos" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
    "$data/icons/hicolor/256x256/apps/$id.png" "$data/icons/hicolor/scalable/apps/$id.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
  remove_menu_entry
  rm -rf "$dest"
  echo "PopupPOS is removed. Your shop data is still in $data/PopupPOS."
  exit 0
fi
if [ ! -x "$here/popuppos" ] || [ ! -d "$here/_internal" ]; then
  echo "Run install.sh from inside the unpacked popuppos folder." >&2
  exit 1
fi

if [ "$here" != "$dest" ]; then  # copy first, then swap: a failed copy leaves the old app working
  mkdir -p "$(dirname "$dest")"
  rm -rf "$dest.new"
  cp -R "$here" "$dest.new"
  rm -rf "$dest"
  mv "$dest.new" "$dest"
fi
mkdir -p "$bin" "$data/applications" "$data/metainfo" \
  "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/scalable/apps"
ln -sf "$dest/popuppos" "$bin/popuppos"
sed "s|^Exec=popuppos|Exec=\"$dest/popuppos\"|" "$dest/share/applications/$id.desktop" \
  > "$data/applications/$id.desktop"
cp "$dest/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
cp "$dest/share/icons/hicolor/256x256/apps/$id.png" "$data/icons/hicolor/256x256/apps/"
cp "$dest/share/icons/hicolor/scalable/apps/$id.svg" "$data/icons/hicolor/scalable/apps/"
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "PopupPOS is installed: open it from your applications menu (or run $bin/popuppos)."
