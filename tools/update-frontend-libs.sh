#!/usr/bin/env bash
# Fetches the front-end libraries from npm and copies their dist files into wwwroot/lib.
# Run by hand when a version changes; the copied files are committed so `dotnet run` needs no npm.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lib="$root/src/Jobportunities.Web/wwwroot/lib"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
packages=(
  "@utrecht/component-library-css@9.0.4"
  "@nl-design-system-unstable/voorbeeld-design-tokens@7.4.1"
  "chart.js@4.6.1"
)
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts "${packages[@]}" >/dev/null)
rm -rf "$lib" && mkdir -p "$lib/utrecht" "$lib/voorbeeld-design-tokens" "$lib/chart.js"
nm="$tmp/node_modules"
cp "$nm/@utrecht/component-library-css/dist/index.css" "$lib/utrecht/component-library.css"
cp "$nm/@utrecht/component-library-css/LICENSE"* "$lib/utrecht/" 2>/dev/null || true
cp "$nm/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css" "$lib/voorbeeld-design-tokens/theme.css"
cp "$nm/@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE"* "$lib/voorbeeld-design-tokens/" 2>/dev/null || true
cp "$nm/chart.js/dist/chart.umd.min.js" "$lib/chart.js/chart.umd.min.js"
cp "$nm/chart.js/LICENSE"* "$lib/chart.js/" 2>/dev/null || true
{
  echo "# Front-end libraries (copied by tools/update-frontend-libs.sh; do not edit)"
  echo
  echo "| package | version | licence |"
  echo "| --- | --- | --- |"
  for p in "${packages[@]}"; do
    name=${p%@*}; ver=${p##*@}
    lic=$(node -e "console.log(require('$nm/$name/package.json').license||'')")
    echo "| $name | $ver | $lic |"
  done
} > "$lib/VERSIONS.md"
echo "front-end libraries copied to $lib"
