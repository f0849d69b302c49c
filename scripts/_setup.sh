# Shared by scripts/start and scripts/test: a virtualenv in .venv and, when running as root
# on Debian/Ubuntu, the few system libraries Qt needs (see ../shared/MACHINE-NOTES.md).

QT_OFFSCREEN_DEBS="libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libx11-6 fonts-dejavu-core libpulse0 libxrandr2"
# USB receipt printers (python-escpos through pyusb); network and file printers need nothing
PRINTER_DEBS="libusb-1.0-0"
QT_WINDOW_DEBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"

ensure_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries Qt and USB printers need: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Note: these system libraries may be missing (Qt, USB printers): ${missing[*]}" >&2
    echo "      install them with: sudo apt-get install ${missing[*]}" >&2
  fi
}

ensure_venv() {  # $1 = pip extras spec, e.g. ".[test]"
  local py="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv || { echo "python3 -m venv failed (on Debian: apt-get install python3-venv)" >&2; exit 1; }
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$1"
}
