#!/usr/bin/env bash
# Round-trip times of POST /api/v1/network-analysis for a 150-person map, against a Kring that is
# already running on this machine. Sequential, a bounded number of requests, loopback only.
#
#   scripts/load-analysis.sh [base-url] [warm-up requests] [measured requests]
#   scripts/load-analysis.sh http://localhost:8093 20 200
#
# Defaults: http://localhost:8080, 20 warm-up and 200 measured requests (at most 1000 each).
# The map is the 150-person map of nl.kring.bench.SyntheticNetworks (seeded, the same every run),
# written once to target/bench/map-150.json with the project's Maven wrapper; set MAP_FILE to post
# another Kring JSON map instead. API_PATH, EXPECT (a property the answer must contain) and TIMES_FILE let
# another endpoint be measured the same way (scripts/load-matching.sh does). Each request is one curl process with a fresh loopback connection;
# the time is curl's time_total (connect to last byte of the response). Warm-up requests are not
# counted. The measured times, in ms, are kept in target/bench/load-times-ms.txt.
#
# Percentiles: median is the mean of the two middle values for an even count; p95 is the
# nearest-rank value (the ceil(0.95 n)-th smallest).
set -euo pipefail

base_url="${1:-http://localhost:8080}"
warmup="${2:-20}"
measured="${3:-200}"

case "$base_url" in
  http://localhost:*|http://localhost|http://127.0.0.1:*|http://127.0.0.1|http://\[::1\]:*|http://\[::1\]) ;;
  *) echo "refusing $base_url: this script only talks to the loopback interface" >&2; exit 2 ;;
esac
for n in "$warmup" "$measured"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]] || (( n > 1000 )); then
    echo "request counts must be whole numbers from 0 to 1000: $n" >&2; exit 2
  fi
done
if (( measured < 1 )); then
  echo "measure at least one request" >&2; exit 2
fi

project="$(cd "$(dirname "$0")/.." && pwd)"
url="${base_url%/}${API_PATH:-/api/v1/network-analysis}"
expect="${EXPECT:-personCount}"
mkdir -p "$project/target/bench"
map="${MAP_FILE:-$project/target/bench/map-150.json}"
if [[ -z "${MAP_FILE:-}" && ! -s "$map" ]]; then
  (cd "$project" && ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=nl.kring.bench.WriteBenchMap -Dexec.args="150 $map")
fi
[[ -s "$map" ]] || { echo "no map at $map" >&2; exit 1; }

post() {
  curl --silent --show-error --max-time 30 --output "$1" --write-out '%{http_code} %{time_total}\n' \
    -H 'Content-Type: application/json' -H 'Accept-Language: en' \
    --data-binary "@$map" "$url"
}

body="$(mktemp)"
trap 'rm -f "$body"' EXIT

# One checked request first: the answer must be the figures of the posted map (or hold $EXPECT).
read -r status _ < <(post "$body")
if [[ "$status" != 200 ]] || ! grep -q "\"$expect\"" "$body"; then
  echo "POST $url answered $status:" >&2; head -c 500 "$body" >&2; echo >&2; exit 1
fi
echo "POST $url with $(wc -c < "$map") bytes; answer $(wc -c < "$body") bytes, $expect $(grep -o "\"$expect\":[0-9.eE+-]*" "$body" | head -1 | cut -d: -f2)"

for ((i = 0; i < warmup; i++)); do
  read -r status _ < <(post /dev/null)
  [[ "$status" == 200 ]] || { echo "warm-up request $i answered $status" >&2; exit 1; }
done

times="${TIMES_FILE:-$project/target/bench/load-times-ms.txt}"
: > "$times"
for ((i = 0; i < measured; i++)); do
  read -r status seconds < <(post /dev/null)
  [[ "$status" == 200 ]] || { echo "request $i answered $status" >&2; exit 1; }
  awk -v s="$seconds" 'BEGIN { printf "%.3f\n", s * 1000 }' >> "$times"
done

sort -g "$times" | awk -v warmup="$warmup" '
  { t[NR] = $1; sum += $1 }
  END {
    n = NR
    median = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
    rank = int(0.95 * n); if (rank < 0.95 * n) rank++
    printf "%d requests measured after %d warm-up, sequential, round trip in ms:\n", n, warmup
    printf "min %.2f  median %.2f  p95 %.2f  max %.2f  (mean %.2f)\n", t[1], median, t[rank], t[n], sum / n
  }'
