#!/usr/bin/env bash
# Quorum's load harness: generates a dataset, starts Quorum (Release) on it and measures the pages
# and endpoints people use most with wrk, each beside its floor (the same rows read by one
# hand-written query in the same process, rendering nothing). Writes a Markdown report.
#
#   bench/load/run.sh                          10,000 meetings, 10 s per measure, 1/16/64 connections
#   bench/load/run.sh --meetings 100000 --duration 15
#   bench/load/run.sh --smoke                  a tiny dataset, 1 s per measure, Debug build; fails
#                                              only if a page errors (no timing is asserted)
#   bench/load/run.sh --database postgres      the same on a throwaway PostgreSQL cluster (initdb and
#                                              pg_ctl from /usr/lib/postgresql/*/bin, in DIR/pg)
# Options: --meetings N  --seed S  --duration SECONDS  --connections "1 16 64"  --out FILE
#          --data DIR (reuse a generated dataset in DIR; kept afterwards)  --no-build
#          --configuration Debug|Release  --database sqlite|postgres
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

meetings=10000 seed=1 duration=10 connections="1 16 64" out=bench/RESULTS.md data="" build=1 configuration=Release smoke=0 database=sqlite
while [ $# -gt 0 ]; do
  case $1 in
    --meetings) meetings=$2; shift ;;
    --seed) seed=$2; shift ;;
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --out) out=$2; shift ;;
    --data) data=$2; shift ;;
    --no-build) build=0 ;;
    --configuration) configuration=$2; shift ;;
    --database) database=$2; shift ;;
    --smoke) smoke=1 meetings=120 duration=1 connections="1 4" configuration=Debug out=$(mktemp --suffix=.md) ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
case $database in
  sqlite) command -v sqlite3 > /dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; } ;;
  postgres)
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
    [ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    command -v psql > /dev/null || { echo "psql is not installed (apt-get install postgresql-client)" >&2; exit 1; } ;;
  *) echo "--database must be sqlite or postgres" >&2; exit 2 ;;
esac

if [ "$build" = 1 ]; then
  dotnet build src/Quorum.Web -c "$configuration" -nologo -clp:ErrorsOnly -v q
  dotnet build src/Quorum.Cli -c "$configuration" -nologo -clp:ErrorsOnly -v q
fi
web=src/Quorum.Web/bin/$configuration/net10.0/Quorum.Web.dll
cli=src/Quorum.Cli/bin/$configuration/net10.0/Quorum.Cli.dll

own_data=0
if [ -z "$data" ]; then
  data=$(mktemp -d /tmp/quorum-bench.XXXXXX)
  own_data=1
fi
server="" pgdata=""
# PostgreSQL refuses to run as root: as root, the cluster runs as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; server=""; fi
  if [ -n "$pgdata" ]; then as_pg "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop > /dev/null 2>&1 || true; fi
  if [ "$own_data" = 1 ]; then rm -rf "$data"; fi
  rm -f "${fresh:-}"
}
trap cleanup EXIT
export Quorum__DataDirectory=$data
if [ "$database" = postgres ]; then
  # A cluster of its own in DIR/pg, kept with the data when DIR is given; tuned for a throwaway
  # benchmark (no fsync), with the memory a small production server would give it. Quorum's
  # migrations turn query compilation and parallel workers off for its database (runs before
  # 4 December, 18:00, had both on; runs before 19:30 had parallel workers on).
  pgdata=$data/pg/data
  pgport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  chmod 755 "$data"
  if [ ! -d "$pgdata" ]; then
    mkdir -p "$data/pg"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$data/pg"
    as_pg "$pgbin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --no-sync > /dev/null
  fi
  as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$data/pg/log" -w -t 120 -o "-p $pgport -k $data/pg -c listen_addresses=127.0.0.1 \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=512MB \
    -c maintenance_work_mem=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min" start > /dev/null
  psql() { command psql -h 127.0.0.1 -p "$pgport" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
  [ -n "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'quorum'")" ] || psql -d postgres -c 'CREATE DATABASE quorum'
  export Quorum__Database=postgres ConnectionStrings__Quorum="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=quorum;Maximum Pool Size=100"
  sql() { psql -d quorum -tAc "$1"; }
  generated() { [ "$(sql "SELECT to_regclass('\"Meetings\"') IS NOT NULL")" = t ] && [ "$(sql 'SELECT EXISTS (SELECT 1 FROM "Meetings")')" = t ]; }
  database_size() { sql "SELECT pg_size_pretty(pg_database_size('quorum'))"; }
  database_name="PostgreSQL $(psql -d postgres -tAc 'SHOW server_version' | cut -d' ' -f1)"
else
  db=$data/quorum.db
  sql() { sqlite3 "$db" "$1"; }
  generated() { [ -f "$db" ]; }
  database_size() { du -sh --apparent-size "$db" | cut -f1; }
  database_name=SQLite
fi
if ! generated; then
  echo "== generating $meetings meetings (seed $seed) in $database_name ($data)"
  dotnet "$cli" generate --meetings "$meetings" --seed "$seed" | tee "$data/generate.log" | tail -1
fi
generation=$(grep -h '^Generated' "$data/generate.log" 2> /dev/null | tail -1 | sed 's/\.$//' || true)
actual_meetings=$(sql 'SELECT COUNT(*) FROM "Meetings"')
today=$(date +%F)

# What a visitor opens: the busiest public body, its latest meeting with published minutes, a word from the minutes.
body=$(sql "SELECT b.\"ShortName\" FROM \"Bodies\" b JOIN \"Meetings\" m ON m.\"BodyId\" = b.\"Id\" WHERE b.\"IsPublic\" GROUP BY b.\"Id\" ORDER BY COUNT(*) DESC, b.\"Id\" LIMIT 1")
meeting=$(sql "SELECT m.\"Id\" FROM \"Meetings\" m JOIN \"Bodies\" b ON b.\"Id\" = m.\"BodyId\" WHERE b.\"ShortName\" = '$body' AND m.\"MinutesState\" = 'Published' ORDER BY m.\"Date\" DESC LIMIT 1")
next_meeting=$(sql "SELECT m.\"Id\" FROM \"Meetings\" m JOIN \"Bodies\" b ON b.\"Id\" = m.\"BodyId\" WHERE b.\"ShortName\" = '$body' AND m.\"Date\" >= '$today' ORDER BY m.\"Date\" LIMIT 1")
word=consultation

port=$(( 20000 + RANDOM % 20000 ))
log=$data/server.log
# No weekly digests: their first run writes one for every owner of an open action while the pages are measured.
ASPNETCORE_ENVIRONMENT=Production Quorum__Bench__Floor=true Quorum__RateLimits__ApiPerMinute=0 Quorum__Mail__Reminders=false Logging__LogLevel__Default=Warning \
  dotnet "$web" --contentRoot "$PWD/src/Quorum.Web" --urls "http://127.0.0.1:$port" > "$log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break
  kill -0 "$server" 2> /dev/null || { cat "$log"; echo "Quorum did not start" >&2; exit 1; }
  sleep 0.5
done

# name | path | floor path
targets=(
  "home|/|/bench/floor/home"
  "body|/bodies/$body|/bench/floor/body?key=$body"
  "meeting (published minutes)|/meetings/$meeting|/bench/floor/meeting?key=$meeting"
  "meeting (next)|/meetings/$next_meeting|/bench/floor/meeting?key=$next_meeting"
  "action tracker|/actions|/bench/floor/actions"
  "API list (actions)|/api/v1/actions|/bench/floor/api-list"
  "API get (meeting)|/api/v1/meetings/$meeting|/bench/floor/api-get?key=$meeting"
  "decisions register|/decisions|/bench/floor/decisions"
  "API list (decisions)|/api/v1/decisions|/bench/floor/api-decisions"
  "meetings list|/meetings|/bench/floor/meetings"
  "bodies list|/bodies|/bench/floor/bodies"
  "people list|/people|/bench/floor/people"
  "organisations|/organisations|/bench/floor/organisations"
  "programmes|/programmes|/bench/floor/programmes"
)
if curl -fs -o /dev/null "http://127.0.0.1:$port/search?q=$word"; then
  targets+=("search|/search?q=$word|/bench/floor/search?key=$word")
fi

failed=0
for t in "${targets[@]}"; do
  IFS='|' read -r name path floor <<< "$t"
  for p in "$path" "$floor"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$p")
    [ "$status" = 200 ] || { echo "FAILED: $p answered $status" >&2; failed=1; }
  done
done
[ "$failed" = 0 ] || { tail -40 "$log"; exit 1; }

# Anonymous answers are kept until the data changes, so a page asked for again is served from
# memory. "Rendered" asks each time with a query value no one asked before (ignored by the page),
# so every request reads the database and renders: what the first visitor after a change waits.
fresh=$(mktemp --suffix=.lua)
cat > "$fresh" << 'LUA'
-- setup runs in the main state; thread:set gives each thread's own state its global id.
local threads, n = 0, 0
id = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function request()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "fresh=" .. id .. "-" .. n)
end
LUA

# wrk's summary → "requests/s p50_ms p99_ms errors"; a third argument: a wrk script
measure() {
  local c=$1 url=$2 script=${3:-} threads=$(( $1 < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$c" -d"${duration}s" --latency ${script:+-s "$script"} "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { errors += $NF } /Socket errors/ { errors += 1 }
    END { printf "%.0f %.1f %.1f %d\n", rps, p50, p99, errors }'
}

rows=()
echo "== measuring (${duration}s each, connections: $connections)"
for t in "${targets[@]}"; do
  IFS='|' read -r name path floor <<< "$t"
  for c in $connections; do
    read -r rps p50 p99 errors <<< "$(measure "$c" "http://127.0.0.1:$port$path")"
    read -r rrps rp50 rp99 rerrors <<< "$(measure "$c" "http://127.0.0.1:$port$path" "$fresh")"
    read -r frps fp50 fp99 ferrors <<< "$(measure "$c" "http://127.0.0.1:$port$floor")"
    ratio=$(awk -v a="$rps" -v b="$frps" 'BEGIN { printf "%.0f %%", (b > 0 ? 100 * a / b : 0) }')
    rratio=$(awk -v a="$rrps" -v b="$frps" 'BEGIN { printf "%.0f %%", (b > 0 ? 100 * a / b : 0) }')
    line="| $name | \`$path\` | $c | $rps | $p50 | $p99 | $rrps | $rp50 | $rp99 | $frps | $fp50 | $fp99 | $ratio | $rratio |"
    echo "$line"
    rows+=("$line")
    if [ "$errors" != 0 ] || [ "$rerrors" != 0 ] || [ "$ferrors" != 0 ]; then echo "FAILED: $path had $errors errors ($rerrors rendered), floor $ferrors" >&2; failed=1; fi
  done
done
peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")
kill "$server"; wait "$server" 2> /dev/null || true; server=""

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
  echo "# Quorum under load"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/load/run.sh\` on $(nproc) cores of $cpu,"
  echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version), $configuration build, $database_name;"
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) when it finished (the machine is shared: compare rows of one run, not runs)."
  echo "Dataset: $actual_meetings meetings made by \`quorum generate\` (database $(database_size)${generation:+; ${generation,}})."
  echo "Each row: wrk for ${duration} s (2 threads, 1 with one connection) on the page as visitors ask for it (kept answers"
  echo "served again), on the page rendered afresh for each request (a query value never asked before), then on its floor;"
  echo "anonymous visitor."
  echo
  echo "| page | path | connections | requests/s | p50 ms | p99 ms | rendered requests/s | rendered p50 ms | rendered p99 ms | floor requests/s | floor p50 ms | floor p99 ms | page / floor | rendered / floor |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Server peak memory (VmHWM): $(( peak_kb / 1024 )) MB."
} > "$out"
echo "== wrote $out; server peak memory $(( peak_kb / 1024 )) MB"
[ "$smoke" = 1 ] && cat "$out"
exit "$failed"
