#!/usr/bin/env bash
# Two builds of the web app side by side, by hand (docs/performance.md, session 8, method 1):
#   bash tests/Jobportunities.LoadHarness/compare-builds.sh OLD_WEB_DIR NEW_WEB_DIR DATABASE [BURSTS] [CONNECTIONS]
# OLD_WEB_DIR and NEW_WEB_DIR are src/Jobportunities.Web of two worktrees, each built with -c Release;
# DATABASE is a harness database (e.g. $TMPDIR/jobportunities-load-1000.work.db after a harness run).
# Both apps run at the same time on copies of DATABASE; short wrk bursts alternate between them, so
# a disturbance of the machine hits both alike. Prints CPU milliseconds per request for each page.
set -euo pipefail
old=$1; new=$2; database=$3; bursts=${4:-8}; connections=${5:-16}
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT

start() { # port webdir
  cp "$database" "$work/$1.db"
  (cd "$2" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$1" \
    ConnectionStrings__Sqlite="Data Source=$work/$1.db" Database__SeedDemoData=true \
    Database__SeedDemoParticipants=false Database__SeedDemoEmployers=false LoadHarness__ReferenceEndpoint=true \
    Logging__File__Path= Serilog__MinimumLevel__Default=Warning DurableChecks__RunDailyJob=false \
    RateLimiting__LoginPerMinute=100000 RateLimiting__LoginPerAccountPer15Minutes=100000 \
    dotnet bin/Release/net10.0/Jobportunities.Web.dll --contentRoot "$2" > "$work/$1.log" 2>&1) &
  pids+=($!)
  eval "pid_$1=$!"
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/health" > /dev/null && return; sleep 1; done
  echo "the app on port $1 did not start; see $work/$1.log" >&2; exit 1
}

signin() { # port -> Cookie header value of the demo coach
  local jar="$work/jar.$1" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$1/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null "http://127.0.0.1:$1/account/login" --data-urlencode "Form.Email=coach@jobportunities.test" \
    --data-urlencode "Form.Password=Demo-jobs-2026!" --data-urlencode "__RequestVerificationToken=$token"
  awk '!/^#/ || /^#HttpOnly_/ {sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7}' "$jar" | sed 's/; $//'
}

cpu_ticks() { # port -> CPU ticks (user + system) of its app
  local pid_var="pid_$1"
  awk '{print $14 + $15}' "/proc/${!pid_var}/stat"
}

burst() { # port cookie path -> requests; a page that does not answer 200 would measure an error page
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "http://127.0.0.1:$1$3")
  if [ "$status" != 200 ]; then echo "port $1 $3 answered $status" >&2; exit 1; fi
  wrk -t1 -c"$connections" -d2s -H "Cookie: $2" "http://127.0.0.1:$1$3" | awk '/requests in/ {print $1}'
}

start 5418 "$old"; start 5419 "$new"
participant=$(sqlite3 "$database" "select p.Id from Participants p join AspNetUsers u on u.Id = p.CoachId where u.Email = 'coach@jobportunities.test' order by (select count(*) from PlanInstruments i where i.ParticipantId = p.Id) + (select count(*) from Placements x where x.ParticipantId = p.Id) desc limit 1")
pages=(/harness/fortunes /participants "/participants/$participant" "/participants/$participant/plan" /signals)
old_cookie=$(signin 5418); new_cookie=$(signin 5419)
for _ in 1 2 3 4; do for page in "${pages[@]}"; do burst 5418 "$old_cookie" "$page" > /dev/null; burst 5419 "$new_cookie" "$page" > /dev/null; done; done
printf '| page | old: CPU ms per request | new: CPU ms per request |\n| --- | ---: | ---: |\n'
for page in "${pages[@]}"; do
  old_ticks=0; new_ticks=0; old_n=0; new_n=0
  for i in $(seq 1 "$bursts"); do
    # A cookie older than a minute makes every request check the session again (section "Session 7").
    if (( i % 4 == 1 )); then old_cookie=$(signin 5418); new_cookie=$(signin 5419); fi
    t0=$(cpu_ticks 5418); n=$(burst 5418 "$old_cookie" "$page"); t1=$(cpu_ticks 5418); old_ticks=$((old_ticks + t1 - t0)); old_n=$((old_n + n))
    t0=$(cpu_ticks 5419); n=$(burst 5419 "$new_cookie" "$page"); t1=$(cpu_ticks 5419); new_ticks=$((new_ticks + t1 - t0)); new_n=$((new_n + n))
  done
  ticks=$(getconf CLK_TCK)
  printf '| %s | %s | %s |\n' "$page" "$(echo "scale=3; $old_ticks * 1000 / $ticks / $old_n" | bc)" "$(echo "scale=3; $new_ticks * 1000 / $ticks / $new_n" | bc)"
done
