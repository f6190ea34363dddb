#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed; the e2e harness drives it through
# playwright-core instead of downloading Playwright's own browser builds.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ ! -x "$CHROMIUM" ]]; then
  echo "Chromium not found at $CHROMIUM; installing it with apt-get…"
  if [[ "$(id -u)" -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    echo "error: need root or sudo to install chromium (apt-get install chromium)" >&2
    exit 1
  fi
  started=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
  echo "Installed chromium in $((SECONDS - started)) s"
fi

# Debian's launcher wrapper prints a harmless shell warning about /dev/shm; hide it.
"$CHROMIUM" --version 2>/dev/null
