#!/usr/bin/env bash
# Installs the real clients the publishing tests use, once; skipped when already there.
#   Debian: chromium (the show page in a real browser), gpodder (`gpo` subscribes and
#           downloads), fonts-dejavu-core (the font of the generated cover), shellcheck
#           (actionlint checks the workflow's scripts with it);
#   npm:    playwright-core (drives chromium), podcast-partytime (Podcast Index's parser),
#           into tests/node/node_modules;
# Each step prints how long it took, so a fresh machine's set-up cost is visible.
set -euo pipefail
cd "$(dirname "$0")/.."

timed() {  # timed LABEL COMMAND...: run, then print the seconds it took
  local label=$1 start=$SECONDS
  shift
  "$@"
  echo "setup-test-tools: $label took $((SECONDS - start)) s"
}

apt_missing=()
[ -x /usr/bin/chromium ] || apt_missing+=(chromium)
command -v gpo >/dev/null 2>&1 || apt_missing+=(gpodder)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || apt_missing+=(fonts-dejavu-core)
command -v shellcheck >/dev/null 2>&1 || apt_missing+=(shellcheck)
if [ ${#apt_missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-test-tools: install ${apt_missing[*]} with your package manager (no apt-get here)" >&2
    exit 1
  fi
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup-test-tools: installing ${apt_missing[*]} (Debian packages)"
  # Other users of the machine may hold the dpkg lock: wait for it instead of failing.
  timed "apt-get update" $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  timed "apt-get install ${apt_missing[*]}" env DEBIAN_FRONTEND=noninteractive \
    $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

if [ ! -f tests/node/node_modules/.installed ] ||
   [ tests/node/package.json -nt tests/node/node_modules/.installed ]; then
  command -v npm >/dev/null 2>&1 || { echo "setup-test-tools: npm is missing (apt-get install npm)" >&2; exit 1; }
  echo "setup-test-tools: installing the npm test tools into tests/node/node_modules"
  timed "npm install" npm install --prefix tests/node --no-audit --no-fund --no-package-lock --silent
  touch tests/node/node_modules/.installed
fi

