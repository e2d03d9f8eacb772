#!/usr/bin/env bash
# Adds a migration with the same name for both providers: tools/add-migration.sh <Name>
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 <MigrationName>" >&2; exit 2; }
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet restore Jobportunities.sln >/dev/null
for provider in Sqlite SqlServer; do
  project="src/Jobportunities.Migrations.$provider"
  dotnet ef migrations add "$1" --project "$project" --startup-project "$project" --output-dir Migrations
done
