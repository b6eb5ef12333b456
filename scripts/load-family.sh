#!/usr/bin/env bash
# Throughput and latency of the family file read under many connections, side by side with a static file of
# Kring itself, against a Kring with demo data that is already running on this machine (issue 13).
#
#   scripts/load-family.sh <base-url> [connections] [duration]
#   scripts/load-family.sh http://localhost:8095 200 20s
#
# Needs `wrk` (Debian package wrk). Signs in as the demo professional (a session cookie for the page) and uses the
# demo professional's API token; reads the first family file of the list. Each target is warmed up for 10 s at 50
# connections first. Prints one line per target: requests per second, median and 99th percentile, and any
# non-2xx answers or socket errors (timeouts count there). Loopback only.
set -euo pipefail

base_url="${1:?base url}"; base_url="${base_url%/}"
connections="${2:-200}"
duration="${3:-20s}"
token="demo-token-professional"

case "$base_url" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "refusing $base_url: this script only talks to the loopback interface" >&2; exit 2 ;;
esac
[[ "$connections" =~ ^[0-9]+$ ]] && (( connections >= 1 && connections <= 1000 )) \
  || { echo "connections must be a whole number from 1 to 1000: $connections" >&2; exit 2; }
[[ "$duration" =~ ^[0-9]+[sm]$ ]] || { echo "duration like 20s or 10m: $duration" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

family=$(curl -sf -H "Authorization: Bearer $token" "$base_url/api/v1/families" | grep -o '"id":"[^"]*' | head -1 | cut -d'"' -f4)
[[ -n "$family" ]] || { echo "no family file readable with the demo professional's token: is demo data loaded?" >&2; exit 1; }

jar=$(mktemp); login=$(mktemp); trap 'rm -f "$jar" "$login"' EXIT
curl -sf -c "$jar" -b "$jar" "$base_url/login" > "$login"
csrf=$(grep -o 'name="_csrf" value="[^"]*' "$login" | sed 's/.*value="//')
curl -sf -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=demo-professional" \
  --data-urlencode "password=kring-demo" --data-urlencode "_csrf=$csrf" "$base_url/login"
session=$(awk '$6 == "KRING_SESSION" {print $7}' "$jar")
[[ -n "$session" ]] || { echo "signing in as demo-professional failed" >&2; exit 1; }

static="$base_url/css/kring.css"; api="$base_url/api/v1/families/$family"; page="$base_url/families/$family"
wrk -t2 -c50 -d10s "$static" >/dev/null
wrk -t2 -c50 -d10s -H "Authorization: Bearer $token" "$api" >/dev/null
wrk -t2 -c50 -d10s -H "Cookie: KRING_SESSION=$session" "$page" >/dev/null

run() {
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" | awk '
    /Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
    /Non-2xx/ { extra = extra " non-2xx=" $NF } /Socket errors/ { extra = extra " " $0 }
    END { printf "requests/s %s  p50 %s  p99 %s%s\n", rps, p50, p99, extra }'
}
echo "$(date -u +%H:%M) UTC, load $(cut -d' ' -f1-3 /proc/loadavg), $connections connections, $duration each"
echo "static  $(run "$static")"
echo "api     $(run -H "Authorization: Bearer $token" "$api")"
echo "page    $(run -H "Cookie: KRING_SESSION=$session" "$page")"
