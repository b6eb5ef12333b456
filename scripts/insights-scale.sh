#!/usr/bin/env bash
# The insights at national scale: a fresh Kring with an embedded database in its own directory, the generated
# fictional data set (nl.kring.insights.InsightsDataGenerator) written into it, Kring restarted on it, and every
# insights API answer and page timed with scripts/load-read.sh. Run it as root under the machine's lock (it
# starts Kring as the kring user, because embedded PostgreSQL refuses root):
#
#   flock /tmp/kring-it.lock scripts/insights-scale.sh target/kring-0.1.0-SNAPSHOT.jar [files] [persons per map] [requests]
#
# Everything lives in /home/kring/insights-scale (removed first); the last Kring is stopped at the end.
set -euo pipefail

jar="${1:?the Kring jar}"
files="${2:-500000}"
persons="${3:-20}"
requests="${4:-100}"
work=/home/kring/insights-scale
port=8097
here="$(cd "$(dirname "$0")" && pwd)"
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java

# the generator's municipalities: ten postcode areas each from 1000, 400 areas
municipalities=""
for ((m = 0; m < 40; m++)); do
  from=$((1000 + m * 10))
  municipalities+="$(printf 'Fictiefstad %02d:%d-%d' $((m + 1)) "$from" $((from + 9))),"
done
municipalities="${municipalities%,}"

rm -rf "$work"
mkdir -p "$work"
cp "$jar" "$work/kring.jar"
chown -R kring:kring "$work"

start() {
  local started=$SECONDS
  runuser -u kring -- env HOME=/home/kring KRING_DATA_DIR="$work/data" KRING_DEMO=true KRING_DESTRUCTION_LEDGER="$work/destructions.log" \
    KRING_INSIGHTS_MUNICIPALITIES="$municipalities" "$java" -Xmx1g -jar "$work/kring.jar" --server.port=$port >>"$work/app.log" 2>&1 &
  echo $! >"$work/app.pid"
  for ((i = 0; i < 900; i++)); do
    if curl -fsS "http://localhost:$port/actuator/health" >/dev/null 2>&1; then
      echo "Kring up in $((SECONDS - started)) s"
      return
    fi
    sleep 1
  done
  echo "Kring did not start; see $work/app.log" >&2
  exit 1
}

stop() {
  local pid
  pid="$(cat "$work/app.pid")"
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 1; done
}
trap 'stop 2>/dev/null || true' EXIT

start
pg_port="$(sed -n 4p "$work/data/postmaster.pid" | tr -d ' ')"
echo "embedded PostgreSQL on port $pg_port"
/usr/bin/time -v runuser -u kring -- "$java" -Xmx1g -cp "$work/kring.jar" -Dloader.main=nl.kring.insights.InsightsDataGenerator \
  org.springframework.boot.loader.launch.PropertiesLauncher "jdbc:postgresql://localhost:$pg_port/postgres" postgres "" \
  "files=$files" "persons=$persons" 2>&1 | grep -v '^\s*\(Page\|Socket\|Signals\|Swaps\|File system\|Average\|Voluntary\|Involuntary\|Minor\|Major\|Exit\|Percent\|System time\|User time\)'
runuser -u kring -- psql -h localhost -p "$pg_port" -U postgres -d postgres -Atc \
  "select 'families ' || (select count(*) from family) || ', persons on maps ' || (select count(*) from network_map_person) || ', insights lines ' || (select count(*) from insights_contribution) || ', sums ' || (select count(*) from insights_count) || ', database ' || pg_size_pretty(pg_database_size('postgres'))" || true
stop
start
pg_port="$(sed -n 4p "$work/data/postmaster.pid" | tr -d ' ')"

base="http://localhost:$port"
token=demo-token-analyst
measure() {
  echo "GET $1"
  "$here/load-read.sh" "$base" "$token" "$1" 10 "$requests"
}
measure "/api/v1/insights/measures"
measure "/api/v1/insights/table?measure=youths-by-care-situation&rows=category&columns=period&period=2022-01..2026-11"
measure "/api/v1/insights/table?measure=youths-by-care-situation&rows=area&columns=category&period=2026-Q3"
measure "/api/v1/insights/table?measure=care-movements&rows=municipality&columns=category&period=2022..2026"
measure "/api/v1/insights/table?measure=files-opened&rows=area&columns=period&period=2022..2026"
measure "/api/v1/insights/table?measure=files-closed&rows=category&columns=period&period=2022-Q1..2026-Q4&municipality=Fictiefstad%2007"
measure "/api/v1/insights/table?measure=time-in-care&rows=municipality&columns=category&period=2025"
measure "/api/v1/insights/table.csv?measure=youths-by-care-situation&rows=area&columns=period&period=2024..2026"

# the pages with a signed-in session of the demo analyst (password of the demo accounts)
jar_cookies="$work/cookies.txt"
csrf="$(curl -fsS -c "$jar_cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -fsS -b "$jar_cookies" -c "$jar_cookies" -o /dev/null --data-urlencode "_csrf=$csrf" -d username=demo-analyst -d password=kring-demo "$base/login"
page() {
  echo "GET $1 (page, signed in)"
  local times=() code seconds i
  for ((i = 0; i < 10 + requests; i++)); do
    read -r code seconds < <(curl -sS --max-time 30 -b "$jar_cookies" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$1")
    [[ "$code" == 200 ]] || { echo "answered $code" >&2; exit 1; }
    (( i < 10 )) || times+=("$(awk -v s="$seconds" 'BEGIN { printf "%.3f", s * 1000 }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '
    { v[NR] = $1; sum += $1 }
    END {
      n = NR
      median = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      rank = int(0.95 * n); if (rank < 0.95 * n) rank++
      printf "requests %d  min %.1f  median %.1f  p95 %.1f  max %.1f  mean %.1f (ms)\n", n, v[1], median, v[rank], v[n], sum / n
    }'
}
page "/inzichten"
page "/inzichten?measure=youths-by-care-situation&rows=municipality&columns=period&period=2022-01..2026-11"
page "/inzichten?measure=files-opened&rows=area&columns=category&period=2026"
page "/inzichten/export.csv?measure=care-movements&rows=area&columns=category&period=2022..2026"

# the write path: a professional records a care situation in a (demo) file, which brings that file's insights
# lines up to date in the same transaction, with the whole generated set in the database
pro=demo-token-professional
family="$(curl -fsS -H "Authorization: Bearer $pro" "$base/api/v1/families" | python3 -c 'import json,sys; print([f for f in json.load(sys.stdin) if f.get("status") != "CLOSED"][0]["id"])')"
youth="$(curl -fsS -H "Authorization: Bearer $pro" "$base/api/v1/families/$family" | python3 -c 'import json,sys; print([m["id"] for m in json.load(sys.stdin)["members"] if m["relation"]=="YOUTH"][0])')"
echo "POST /api/v1/families/{id}/care-situations (write, with the insights lines in the same transaction)"
times=()
for ((i = 0; i < 60; i++)); do
  situation=$([[ $((i % 2)) == 0 ]] && echo OUTPATIENT || echo OWN_NETWORK_ONLY)
  read -r code seconds < <(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $pro" -H 'Content-Type: application/json' \
    -d "{\"youthId\":\"$youth\",\"situation\":\"$situation\"}" "$base/api/v1/families/$family/care-situations")
  [[ "$code" == 201 ]] || { echo "answered $code" >&2; exit 1; }
  (( i < 10 )) || times+=("$(awk -v s="$seconds" 'BEGIN { printf "%.3f", s * 1000 }')")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { n = NR; rank = int(0.95 * n); if (rank < 0.95 * n) rank++;
  printf "requests %d  min %.1f  median %.1f  p95 %.1f  max %.1f (ms)\n", n, v[1], (v[n/2] + v[n/2+1]) / 2, v[rank], v[n] }'

# the alternative: one materialised view of youths' care situations by month and area over the source tables
echo "materialised view alternative (create, then refresh):"
runuser -u kring -- psql -h localhost -p "$pg_port" -U postgres -d postgres -q <<'SQL'
\timing on
create materialized view insights_trial as
  select date_trunc('month', cs.since)::date as month, left(mc.postal_code, 4) as area, cs.situation, count(*) as n
    from care_situation cs left join member_contact mc on mc.family_id = cs.family_id
   group by 1, 2, 3;
refresh materialized view insights_trial;
drop materialized view insights_trial;
SQL
