#!/usr/bin/env bash
# Makes a fresh machine ready to build and test Signet: Debian's Chromium and Firefox ESR (puppeteer
# is told not to download a browser of its own), Debian's ffmpeg (the media readers' unit tests
# make MP4 and WebM files with it and compare with ffprobe) and the exact node modules of
# package-lock.json.
# Does nothing that is already done, so `npm test` and `npm run demo` can call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium (Debian package)…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ -z "${FIREFOX_EXECUTABLE_PATH:-}" ] && ! command -v firefox-esr >/dev/null 2>&1; then
  echo "Installing Firefox ESR (Debian package)…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
fi

if ! command -v ffmpeg >/dev/null 2>&1 || ! command -v ffprobe >/dev/null 2>&1; then
  echo "Installing ffmpeg (Debian package)…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg >/dev/null
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ ! -d ../shared/data/lsf-elix ]; then
  echo "../shared is missing beside the repository: the sample signs and pages are read from there." >&2
  exit 1
fi
