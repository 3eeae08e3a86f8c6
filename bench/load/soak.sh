#!/usr/bin/env bash
# Quorum's soak test: a mixed read/write load held for five minutes against one Quorum (Release,
# SQLite), watching the server's memory. Four requests in five read pages and API lists, one in
# five raises an action through the API. It passes with no error and memory growth under 20 %
# (resident memory, median of the last minute against the median of the first minute after a
# warm-up). Writes a Markdown report. Not part of CI: it takes about seven minutes.
#
#   bench/load/soak.sh                         1,000 meetings, 16 connections, 300 s after a 60 s warm-up
#   bench/load/soak.sh --duration 60 --out /tmp/soak.md
# Options: --meetings N  --connections C  --duration SECONDS  --warmup SECONDS  --out FILE
#          --no-build  --configuration Debug|Release
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

meetings=1000 connections=16 duration=300 warmup=60 out=bench/SOAK.md build=1 configuration=Release
while [ $# -gt 0 ]; do
  case $1 in
    --meetings) meetings=$2; shift ;;
    --connections) connections=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --out) out=$2; shift ;;
    --no-build) build=0 ;;
    --configuration) configuration=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
command -v sqlite3 > /dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }

if [ "$build" = 1 ]; then
  dotnet build src/Quorum.Web -c "$configuration" -nologo -clp:ErrorsOnly -v q
  dotnet build src/Quorum.Cli -c "$configuration" -nologo -clp:ErrorsOnly -v q
fi
web=src/Quorum.Web/bin/$configuration/net10.0/Quorum.Web.dll
cli=src/Quorum.Cli/bin/$configuration/net10.0/Quorum.Cli.dll

data=$(mktemp -d /tmp/quorum-soak.XXXXXX)
server="" sampler=""
cleanup() {
  if [ -n "$sampler" ]; then kill "$sampler" 2> /dev/null || true; fi
  if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
export Quorum__DataDirectory=$data
echo "== generating $meetings meetings in $data"
dotnet "$cli" generate --meetings "$meetings" --seed 1 | tail -1
dotnet "$cli" users add soak@example.org --admin > /dev/null
token=$(dotnet "$cli" users token soak@example.org --name soak --days 1 2> /dev/null)

db=$data/quorum.db
sql() { sqlite3 "$db" "$1"; }
today=$(date +%F)
body=$(sql "SELECT b.Id FROM Bodies b JOIN Meetings m ON m.BodyId = b.Id WHERE b.IsPublic GROUP BY b.Id ORDER BY COUNT(*) DESC, b.Id LIMIT 1")
short=$(sql "SELECT ShortName FROM Bodies WHERE Id = $body")
published=$(sql "SELECT Id FROM Meetings WHERE BodyId = $body AND MinutesState = 'Published' ORDER BY Date DESC LIMIT 1")
upcoming=$(sql "SELECT Id FROM Meetings WHERE BodyId = $body AND Date >= '$today' AND State = 'Scheduled' ORDER BY Date LIMIT 1")
owner=$(sql "SELECT PersonId FROM Memberships WHERE BodyId = $body ORDER BY Id LIMIT 1")
[ -n "$upcoming" ] && [ -n "$owner" ] || { echo "the dataset has no upcoming meeting or member to write to" >&2; exit 1; }

port=$(( 20000 + RANDOM % 20000 ))
log=$data/server.log
ASPNETCORE_ENVIRONMENT=Production Quorum__RateLimits__ApiPerMinute=0 Quorum__RateLimits__SignInPerMinute=0 Logging__LogLevel__Default=Warning \
  dotnet "$web" --contentRoot "$PWD/src/Quorum.Web" --urls "http://127.0.0.1:$port" > "$log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1 && break
  kill -0 "$server" 2> /dev/null || { cat "$log"; echo "Quorum did not start" >&2; exit 1; }
  sleep 0.5
done

export QUORUM_TOKEN=$token QUORUM_MEETING=$upcoming QUORUM_OWNER=$owner
export QUORUM_READS="/ /bodies/$short /meetings/$published /meetings/$upcoming /actions /api/v1/actions /api/v1/actions?body=$body /api/v1/meetings/$published /api/v1/bodies /search?q=consultation /feeds/news.atom /oparl/v1/meetings"
url="http://127.0.0.1:$port"
for path in $QUORUM_READS; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url$path")
  [ "$status" = 200 ] || { echo "FAILED: $path answered $status before the soak" >&2; exit 1; }
done

threads=$(( connections < 2 ? 1 : 2 ))
echo "== warming up for ${warmup} s"
wrk -t"$threads" -c"$connections" -d"${warmup}s" -s bench/load/soak.lua --timeout 30s "$url" | grep '^SOAK'

samples=$data/memory.tsv
( start=$(date +%s); while kill -0 "$server" 2> /dev/null; do
    echo "$(( $(date +%s) - start )) $(awk '/VmRSS/ { print $2 }' "/proc/$server/status")"; sleep 5
  done ) > "$samples" &
sampler=$!
echo "== soaking for ${duration} s with $connections connections"
result=$(wrk -t"$threads" -c"$connections" -d"${duration}s" -s bench/load/soak.lua --timeout 30s "$url" | tee /dev/stderr | grep '^SOAK')
kill "$sampler" 2> /dev/null || true; sampler=""
actions=$(sql "SELECT COUNT(*) FROM Actions WHERE Text LIKE 'Soak action %'")

field() { echo "$result" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
requests=$(field requests) writes=$(field writes) errors=$(field errors) socket=$(field socket_errors) p50=$(field p50_ms) p99=$(field p99_ms)
# Median resident memory (MB) of the samples from second $1 to second $2.
median() { awk -v a="$1" -v b="$2" '$1 >= a && $1 <= b { print $2 }' "$samples" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", (NR ? v[int((NR + 1) / 2)] : 0) / 1024 }'; }
first=$(median 0 60)
last=$(median $(( duration - 60 )) "$duration")
peak=$(awk '{ if ($2 > m) m = $2 } END { printf "%.0f", m / 1024 }' "$samples")
growth=$(awk -v a="$first" -v b="$last" 'BEGIN { printf "%.1f", (a > 0 ? 100 * (b - a) / a : 0) }')
verdict=passed
if [ "$errors" != 0 ] || [ "$socket" != 0 ] || awk -v g="$growth" 'BEGIN { exit !(g >= 20) }'; then verdict=FAILED; fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
  echo "# Quorum soak test"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/load/soak.sh\` on $(nproc) cores of $cpu,"
  echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory, .NET $(dotnet --version), $configuration build, SQLite; load average"
  echo "$(cut -d' ' -f1-3 /proc/loadavg) when it finished (the machine is shared)."
  echo "Dataset: \`quorum generate --meetings $meetings --seed 1\`. wrk with $connections connections for ${duration} s after a ${warmup} s"
  echo "warm-up; four requests in five read (\`$QUORUM_READS\`), one in five raises an action (\`POST /api/v1/actions\`)."
  echo
  echo "| measure | value |"
  echo "|---|---:|"
  echo "| requests | $requests |"
  echo "| of which writes | $writes (actions saved: $actions, warm-up included) |"
  echo "| errors (status ≥ 400) | $errors |"
  echo "| socket errors and timeouts | $socket |"
  echo "| p50 / p99 latency | $p50 ms / $p99 ms |"
  echo "| resident memory, first minute (median) | $first MB |"
  echo "| resident memory, last minute (median) | $last MB |"
  echo "| growth | $growth % |"
  echo "| peak resident memory | $peak MB |"
  echo
  echo "Verdict: **$verdict** (no errors, growth under 20 %)."
  echo
  echo "Resident memory every 5 s (seconds, MB):"
  echo
  echo '```'
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$samples" | paste -sd' ' | fold -s -w 100
  echo '```'
} > "$out"
echo "== wrote $out: $verdict ($errors errors, memory $first → $last MB, $growth %)"
[ "$verdict" = passed ]
