#!/usr/bin/env bash
# Debian packages the tests use: WordNet, Apertium EN-ES (corpus, tense reader), redis-server, promtool.
set -euo pipefail
need=()
[ -f /usr/share/wordnet/data.noun ] || need+=(wordnet-base)
command -v apertium >/dev/null && [ -d /usr/share/apertium/apertium-eng-spa ] || need+=(apertium apertium-eng-spa)
command -v lt-proc >/dev/null || need+=(lttoolbox)
command -v redis-server >/dev/null || need+=(redis-server)
command -v promtool >/dev/null || need+=(prometheus)  # promtool lints the /metrics exposition
command -v chromium >/dev/null || need+=(chromium)  # the dashboard's end-to-end test drives a real browser
command -v chromedriver >/dev/null || need+=(chromium-driver)
[ ${#need[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${need[*]}"
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
