#!/usr/bin/env bash
# Adds a migration for both databases: ./migrations.sh NAME
set -euo pipefail
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
for db in Sqlite Postgres; do
  dotnet ef migrations add "$1" --project "src/Quorum.Migrations.$db" --startup-project "src/Quorum.Migrations.$db" -o Migrations
done
