#!/usr/bin/env bash
# Round-trip times of one GET with an API token, against a Kring that is already running on this
# machine: for comparing the same read by different people (e.g. a shared map read by the assigned
# professional and by the grandparent it is shared with, who passes the disclosure filter).
# Sequential, a bounded number of requests, loopback only.
#
#   scripts/load-read.sh <base-url> <token> <path> [warm-up requests] [measured requests]
#   scripts/load-read.sh http://localhost:8093 demo-token-network /api/v1/families/<id>/maps/<mapId> 20 200
#
# Each request is one curl process with a fresh loopback connection; the time is curl's time_total.
# A response other than 200 stops the run. Percentiles as in load-analysis.sh: median is the mean of
# the two middle values for an even count; p95 is the nearest-rank value.
set -euo pipefail

base_url="${1:?base url}"
token="${2:?token}"
path="${3:?path}"
warmup="${4:-20}"
measured="${5:-200}"

case "$base_url" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "refusing $base_url: this script only talks to the loopback interface" >&2; exit 2 ;;
esac
for n in "$warmup" "$measured"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]] || (( n > 1000 )); then
    echo "request counts must be whole numbers from 0 to 1000: $n" >&2; exit 2
  fi
done
(( measured >= 1 )) || { echo "measure at least one request" >&2; exit 2; }

url="${base_url%/}${path}"
get() {
  curl --silent --show-error --max-time 30 --output /dev/null --write-out '%{http_code} %{time_total}\n' \
    -H "Authorization: Bearer $token" -H 'Accept-Language: en' "$url"
}

for ((i = 0; i < warmup; i++)); do
  read -r code _ < <(get)
  [[ "$code" == 200 ]] || { echo "warm-up request answered $code" >&2; exit 1; }
done
times=()
for ((i = 0; i < measured; i++)); do
  read -r code seconds < <(get)
  [[ "$code" == 200 ]] || { echo "request answered $code" >&2; exit 1; }
  times+=("$(awk -v s="$seconds" 'BEGIN { printf "%.3f", s * 1000 }')")
done
printf '%s\n' "${times[@]}" | sort -n | awk '
  { v[NR] = $1; sum += $1 }
  END {
    n = NR
    median = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    rank = int(0.95 * n); if (rank < 0.95 * n) rank++
    printf "requests %d  min %.1f  median %.1f  p95 %.1f  max %.1f  mean %.1f (ms)\n", n, v[1], median, v[rank], v[n], sum / n
  }'
