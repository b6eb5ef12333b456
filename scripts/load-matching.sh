#!/usr/bin/env bash
# Round-trip times of POST /api/v1/matching/solve for 2,000 requests, 5,000 volunteers and about 40
# candidates per request, against a Kring that is already running on this machine: the measuring of
# scripts/load-analysis.sh (sequential, bounded, loopback only, curl's time_total) with this body.
#
#   scripts/load-matching.sh [base-url] [warm-up requests] [measured requests]
#   scripts/load-matching.sh http://localhost:8097 10 50
#
# Defaults: http://localhost:8080, 10 warm-up and 50 measured requests (at most 1000 each). The problem is
# nl.kring.bench.SyntheticMatchingProblems' (seeded, the same every run), written once to
# target/bench/matching-2000x5000.json with the project's Maven wrapper; set PROBLEM_FILE to post another
# solve body instead. The measured times, in ms, are kept in target/bench/load-matching-times-ms.txt.
set -euo pipefail

project="$(cd "$(dirname "$0")/.." && pwd)"
problem="${PROBLEM_FILE:-$project/target/bench/matching-2000x5000.json}"
if [[ -z "${PROBLEM_FILE:-}" && ! -s "$problem" ]]; then
  mkdir -p "$project/target/bench"
  (cd "$project" && ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=nl.kring.bench.WriteBenchMatching -Dexec.args="2000 5000 40 $problem")
fi
[[ -s "$problem" ]] || { echo "no problem at $problem" >&2; exit 1; }

MAP_FILE="$problem" API_PATH=/api/v1/matching/solve EXPECT=matchedCount \
  TIMES_FILE="$project/target/bench/load-matching-times-ms.txt" \
  exec "$project/scripts/load-analysis.sh" "${1:-http://localhost:8080}" "${2:-10}" "${3:-50}"
