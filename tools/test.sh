#!/usr/bin/env bash
# Installs what the tests need and runs every test of the solution.
# Prints one closing line "N passed, N failed" and exits non-zero when a test fails.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages…"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null \
    || { echo "Could not install chromium"; echo "0 passed, 1 failed"; exit 1; }
fi

# Debian's Java for the Nu HTML Checker that the browser tests' crawl runs over the saved pages.
if ! command -v java >/dev/null 2>&1; then
  echo "Installing Java from Debian's packages…"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq default-jre-headless >/dev/null \
    || { echo "Could not install default-jre-headless"; echo "0 passed, 1 failed"; exit 1; }
fi

# The Nu HTML Checker itself (vnu.jar), pinned in the browser tests' own npm folder; the jar is not committed.
vnu_folder=tests/Jobportunities.BrowserTests/vnu
if [ ! -f "$vnu_folder/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  echo "Installing the Nu HTML Checker (npm ci in $vnu_folder)…"
  (cd "$vnu_folder" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null) \
    || { echo "npm ci in $vnu_folder failed"; echo "0 passed, 1 failed"; exit 1; }
fi

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; echo "0 passed, 1 failed"; exit 1; }

# Every test host is a web host; without these each one holds inotify watchers on its config
# files and content root, and a long suite can hit the per-user inotify limit (128 by default).
export DOTNET_hostBuilder__reloadConfigOnChange=false
export DOTNET_USE_POLLING_FILE_WATCHER=true

results=$(mktemp -d)
build_start=$SECONDS
dotnet build Jobportunities.sln -c Release -nologo -clp:ErrorsOnly
build=$?
echo "build: $((SECONDS - build_start)) s"
if [ $build -ne 0 ]; then
  echo "Build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# One run per test project, each with its own results folder, so no .trx overwrites another.
# The browser tests spend much of their time waiting on Chromium and Kestrel, so they start first,
# in the background, and the unit and integration tests run beside them; each project's console
# output is shown in one piece when it ends.
status=0
run_project() {
  local project=$1 name
  name=$(basename "$project" .csproj)
  local start=$SECONDS
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=minimal" --results-directory "$results/$name" >"$results/$name.log" 2>&1
  local code=$?
  echo "$name: $((SECONDS - start)) s" >>"$results/$name.log"
  return $code
}

background=()
for project in tests/*BrowserTests/*.csproj; do
  run_project "$project" & background+=("$!:$project")
done
for project in tests/*Tests/*.csproj; do
  case "$project" in tests/*BrowserTests/*) continue ;; esac
  run_project "$project" || status=1
  cat "$results/$(basename "$project" .csproj).log"
done
for job in "${background[@]}"; do
  wait "${job%%:*}" || status=1
  cat "$results/$(basename "${job#*:}" .csproj).log"
done

passed=0; failed=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
rm -rf "$results"

if [ $status -ne 0 ] && [ $failed -eq 0 ]; then
  failed=1   # the runner failed without a failed test (crash, time-out): still a failure
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
