#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that the installed
# binary works on its own: `init` finds the reference data in
# PREFIX/share/frontline/data and `serve` serves the web interface from
# PREFIX/share/frontline/web (no source tree, no other web server).
# Usage: install_test.sh CMAKE BUILD_DIR
set -euo pipefail
cmake_bin=$1
build_dir=$2
work=$(mktemp -d /tmp/frontline-install-XXXXXX)
server=""
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cmake_bin" --install "$build_dir" --prefix "$work/prefix" >/dev/null
bin="$work/prefix/bin/frontline"
[[ -x $bin ]] || fail "no bin/frontline"
[[ -f $work/prefix/share/frontline/data/units.json ]] || fail "no share/frontline/data/units.json"
[[ -f $work/prefix/share/frontline/web/index.html ]] || fail "no share/frontline/web/index.html"

# Run from elsewhere, so nothing is found relative to the working directory.
cd "$work"
"$bin" init --data "$work/data" >/dev/null || fail "init with the installed reference data"
"$bin" serve --data "$work/data" --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$work/serve.log" | head -1 | cut -d: -f2 || true)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n $port ]] || fail "the installed server did not start: $(cat "$work/serve.log")"
page=$(curl -fsS -H 'Accept: text/html' "http://127.0.0.1:$port/cases")
grep -q 'id="app"' <<<"$page" || fail "GET /cases did not give index.html"
asset=$(grep -oE '/assets/[^"]+\.js' <<<"$page" | head -1)
[[ -n $asset ]] || fail "index.html names no script"
curl -fsS -o /dev/null "http://127.0.0.1:$port$asset" || fail "the script $asset is not served"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/me")
[[ $code == 401 ]] || fail "GET /api/v1/me answered $code, expected 401"
grep -q 'no web interface' "$work/serve.log" && fail "the server found no web interface"
echo "installed layout works: bin/frontline, share/frontline/{data,web}"
