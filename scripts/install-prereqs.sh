#!/usr/bin/env bash
# Installs the Debian tools some features and tests use, where this machine allows it:
#   poppler-utils (pdftotext, for .pdf input) with poppler-data (the Adobe CJK CMaps: without them pdftotext reads
#   nothing from a Chinese PDF whose fonts are not embedded, e.g. STSong-Light with UniGB-UCS2-H), chromium (the browser test) and fonts-wqy-microhei (Chinese glyphs in
#   the browser test's screenshots; without it headless Chromium draws boxes).
# Never fails the caller: without them, PDF input reports a clear "missing tool" error and the browser test is skipped.
set -u
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/poppler/cMap/Adobe-GB1 ] || need+=(poppler-data)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-prereqs: cannot install ${need[*]} (not root or no apt-get); related tests will be skipped" >&2
  exit 0
fi
echo "install-prereqs: installing ${need[*]} …" >&2
export DEBIAN_FRONTEND=noninteractive
{ apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}"; } >/tmp/searchmining-apt.log 2>&1 \
  || echo "install-prereqs: apt-get failed (see /tmp/searchmining-apt.log); related tests will be skipped" >&2
exit 0
