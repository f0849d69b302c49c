#!/usr/bin/env bash
# Build the PopupPOS bundle (PyInstaller, one folder) from this checkout and check it:
#
#   packaging/build.sh
#
# 1. a virtualenv in ./.venv (made if missing, as scripts/start does) with PopupPOS and PyInstaller;
#    on Debian/Ubuntu as root, the system libraries the offscreen self-test needs and DejaVu Sans;
# 2. pyinstaller packaging/popuppos.spec  ->  dist/popuppos/popuppos (+ dist/popuppos/_internal);
# 3. on Linux: the desktop entry, AppStream metadata, icons and install.sh into dist/popuppos/;
# 4. the built binary runs --self-test offscreen on a temporary database (fails the build if not);
# 5. on Linux: dist/popuppos-<version>-linux-<machine>.tar.gz (ARCHIVE=0 skips it), and the sizes.
#
# Build artefacts go to build/ and dist/ (both in .gitignore). Windows and macOS: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh

# The one place the PyInstaller requirement is written until pyproject.toml has a "bundle" extra.
PYINSTALLER_REQUIREMENT="pyinstaller>=6.22,<7"

started=$(date +%s)
ensure_debs $QT_OFFSCREEN_DEBS
if grep -Eq '^bundle *= *\[' pyproject.toml; then
  ensure_venv ".[bundle]"
else
  ensure_venv "."
  .venv/bin/python -m pip install -q --disable-pip-version-check "$PYINSTALLER_REQUIREMENT"
fi
installed=$(date +%s)

rm -rf build/pyinstaller dist/popuppos
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/popuppos.spec
built=$(date +%s)

bundle=dist/popuppos
app_id=app.popuppos.PopupPOS
if [ "$(uname -s)" = "Linux" ]; then
  install -Dm644 "packaging/linux/$app_id.desktop" "$bundle/share/applications/$app_id.desktop"
  install -Dm644 "packaging/linux/$app_id.metainfo.xml" "$bundle/share/metainfo/$app_id.metainfo.xml"
  install -Dm644 src/popuppos/resources/icons/popuppos-256.png \
    "$bundle/share/icons/hicolor/256x256/apps/$app_id.png"
  install -Dm644 src/popuppos/resources/icons/popuppos.svg \
    "$bundle/share/icons/hicolor/scalable/apps/$app_id.svg"
  install -m755 packaging/linux/install.sh "$bundle/install.sh"
fi

# The built binary, not the source tree: a temporary database, no screen.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "build.sh: $*" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
self_test_start=$EPOCHREALTIME
"$bundle/popuppos" --db "$scratch/self-test.sqlite" --self-test \
  || fail "the built bundle failed its self-test on a new database"
self_test_end=$EPOCHREALTIME
# the demo shop (resources inside the bundle: shop.json, product images) and the sell screen on it
"$bundle/popuppos" demo --db "$scratch/demo.sqlite" >/dev/null || fail "'popuppos demo' failed"
"$bundle/popuppos" --db "$scratch/demo.sqlite" --self-test >/dev/null \
  || fail "the built bundle failed its self-test on the demo shop"
# fonts the PDFs use (documents/styles.py): reportlab's Vera always, DejaVu when it was found
internal=$bundle/_internal
[ -d "$internal" ] || internal=$bundle  # PyInstaller < 6 had no contents folder
for font in reportlab/fonts/Vera.ttf reportlab/fonts/VeraBd.ttf; do
  [ -f "$internal/$font" ] || fail "$font is missing from the bundle"
done
[ -f "$internal/popuppos/resources/fonts/DejaVuSans.ttf" ] \
  || echo "build.sh: note: no DejaVu Sans in the bundle; PDFs use Vera (see packaging/README.md)"

version=$(.venv/bin/python -c 'import popuppos; print(popuppos.__version__)')
echo
echo "Bundle: $bundle ($(du -sh "$bundle" | cut -f1) on disk)"
if [ "$(uname -s)" = "Linux" ] && [ "${ARCHIVE:-1}" != 0 ]; then
  archive="dist/popuppos-$version-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" popuppos
  echo "Archive: $archive ($(du -sh "$archive" | cut -f1))"
fi
echo "Times: install $((installed - started)) s, PyInstaller $((built - installed)) s," \
  "self-test $(awk "BEGIN { printf \"%.1f\", $self_test_end - $self_test_start }") s"
