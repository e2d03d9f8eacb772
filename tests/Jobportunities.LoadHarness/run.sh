#!/usr/bin/env bash
# The load harness, by hand: bash tests/Jobportunities.LoadHarness/run.sh [--scale 1000|100000] [--seconds 5] [--rounds 3] [--warmup 2] [--connections 16] [--check] [--soak 600 [--soak-warmup 180]]
# Builds Release, prepares the database, starts the app on loopback, runs wrk over the pages, prints one table.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v wrk >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq wrk >/dev/null 2>&1 || { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq wrk; }
fi
dotnet build Jobportunities.sln -c Release -nologo -clp:ErrorsOnly
exec dotnet run --project tests/Jobportunities.LoadHarness -c Release --no-build -- "$@"
