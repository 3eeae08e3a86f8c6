#!/usr/bin/env bash
# Runs every Quorum test suite and ends with one line: "N passed, N failed, N skipped".
#   ./test.sh              all suites (the web suite twice: SQLite, then PostgreSQL)
#   ./test.sh --no-build   reuse the last build
#   ./test.sh --sqlite-only  leave out the web suite's PostgreSQL run (reported as skipped)
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

results=TestResults
rm -rf "$results"
mkdir -p "$results"

build=1; postgres=1
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    --sqlite-only) postgres=0 ;;
  esac
done

if [ "$build" = 1 ]; then
  if ! dotnet build Quorum.slnx -nologo -clp:ErrorsOnly; then
    echo "Build failed."
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

crashed=0
extra_skipped=0

# run NAME PROJECT [ENV=VALUE...]
run() {
  local name=$1 project=$2
  shift 2
  echo "== $name"
  if ! env "$@" dotnet test "$project" --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$results" 2>&1 | grep -v '^\s*$' | tee "$results/$name.log" | grep -E 'SKIPPED|Passed!|Failed!|Failed |error' ; then
    :
  fi
  # Why each failed test failed, so that a CI log says it without the results folder.
  if grep -q 'Error Message' "$results/$name.log"; then
    grep -B1 -A8 'Error Message' "$results/$name.log" | head -80
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name: the test run did not finish (no results file)."
    crashed=$((crashed + 1))
  fi
}

run model tests/Quorum.Tests/Quorum.Tests.csproj
run import tests/Quorum.Import.Tests/Quorum.Import.Tests.csproj
run cli tests/Quorum.Cli.Tests/Quorum.Cli.Tests.csproj
run web-sqlite tests/Quorum.Web.Tests/Quorum.Web.Tests.csproj QUORUM_TEST_DATABASE=sqlite
if [ "$postgres" = 1 ] && compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
  run web-postgres tests/Quorum.Web.Tests/Quorum.Web.Tests.csproj QUORUM_TEST_DATABASE=postgres
else
  sqlite_total=$(grep -o 'total="[0-9]*"' "$results/web-sqlite.trx" | head -1 | grep -o '[0-9]*')
  extra_skipped=${sqlite_total:-0}
  if [ "$postgres" = 1 ]; then
    echo "SKIPPED: web suite on PostgreSQL ($extra_skipped tests): server binaries not found (apt-get install postgresql)"
  else
    echo "SKIPPED: web suite on PostgreSQL ($extra_skipped tests): --sqlite-only"
  fi
fi
run browser tests/e2e/Quorum.E2E/Quorum.E2E.csproj

passed=0; failed=0; skipped=$extra_skipped
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o "$1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error)
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + total - executed))
done
failed=$((failed + crashed))

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
