#!/usr/bin/env bash
# attache validate beside ajv, the JSON Schema validator a user outside Java would reach for, on
# the same generated NDJSON files: 3 lines, 100,000 and 1,000,000 entities. ajv checks shape only
# (the format's JSON Schema); attache checks shape and every rule. Each pair runs in turn, ROUNDS
# times (default 3), and the best wall time of each is kept: the machines are shared and noisy.
#
#   mvn -B -q install -DskipTests && bash bench/ajv-peer.sh
#
# Needs node and npm; ajv is fetched into a temporary folder that is removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
attache="$root/bin/attache"
rounds="${ROUNDS:-3}"
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "ajv-peer: node and npm are needed to fetch and run ajv; nothing measured" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund ajv@8 >/dev/null)
cp "$root/bench/ajv/validate-ndjson.mjs" "$work/"
"$attache" schema > "$work/schema.json"
"$attache" generate --count 3 --seed 42 --quiet --out "$work/3.ndjson"
"$attache" generate --count 100000 --seed 42 --quiet --out "$work/100000.ndjson"
"$attache" generate --count 1000000 --seed 42 --quiet --out "$work/1000000.ndjson"

# the wall time of a command in seconds, its output discarded (exit 1 is "problems found")
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || [[ $? -eq 1 ]]
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

printf '%-12s %12s %12s %14s\n' entities "attache ms" "ajv ms" "ajv / attache"
for n in 3 100000 1000000; do
  best_attache=999999999
  best_ajv=999999999
  for ((i = 0; i < rounds; i++)); do
    t=$(seconds "$attache" validate "$work/$n.ndjson")
    (( t < best_attache )) && best_attache=$t
    t=$(seconds node "$work/validate-ndjson.mjs" "$work/schema.json" "$work/$n.ndjson")
    (( t < best_ajv )) && best_ajv=$t
  done
  ratio=$(awk -v a="$best_attache" -v b="$best_ajv" 'BEGIN { printf "%.2f", b / a }')
  printf '%-12s %12d %12d %13s×\n' "$n" "$best_attache" "$best_ajv" "$ratio"
done
echo "node $(node --version), ajv $(node -e 'console.log(require("'"$work"'/node_modules/ajv/package.json").version)'), $(java -version 2>&1 | head -1), $(nproc) cores"
