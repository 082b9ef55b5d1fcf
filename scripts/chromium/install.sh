#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests of `akhbar view`, when it is missing, with the
# Noto fonts (so that Arabic is drawn in the screenshots, not boxes). playwright-core drives this
# browser through its executablePath: no browser is ever downloaded. Prints the browser's path.
#   AKHBAR_CHROMIUM: use this browser instead (nothing is installed)
set -euo pipefail
log() { echo "chromium: $*"; }

find_chromium() { command -v chromium || command -v chromium-browser || true; }
has_arabic_font() { command -v fc-list >/dev/null && fc-list :lang=ar family | grep -q Noto; }

if [[ -n "${AKHBAR_CHROMIUM:-}" ]]; then
  [[ -x "$AKHBAR_CHROMIUM" ]] || { echo "chromium: AKHBAR_CHROMIUM=$AKHBAR_CHROMIUM is not an executable file" >&2; exit 1; }
  log "using $AKHBAR_CHROMIUM (AKHBAR_CHROMIUM)"
  exit 0
fi

if [[ -z "$(find_chromium)" ]] || ! has_arabic_font; then
  log "installing chromium and fonts-noto-core from Debian"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
fi

browser="$(find_chromium)"
[[ -n "$browser" ]] || { echo "chromium: not found after installing it" >&2; exit 1; }
# Debian's wrapper script complains on stderr about its own settings; the version is on stdout.
log "$browser ($("$browser" --version 2>/dev/null))"
