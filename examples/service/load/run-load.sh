#!/usr/bin/env bash
# Loads COUNT generated entities into a fresh service and drives it from a second process.
#   mvn -B -q install -DskipTests
#   bash examples/service/load/run-load.sh            # 1,000,000 entities, 20 s per level
#   COUNT=100000 SECONDS=10 bash examples/service/load/run-load.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
COUNT=${COUNT:-1000000}
SECONDS_PER_LEVEL=${SECONDS:-20}
PORT=${PORT:-18080}
WORK=$(mktemp -d)
SERVICE=
cleanup() {
  if [ -n "$SERVICE" ]; then kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "generating $COUNT entities"
java -jar examples/cli/target/attache.jar generate --count "$COUNT" --seed 42 --quiet \
  --out "$WORK/data.ndjson"

java -jar examples/service/target/attache-service.jar --server.port="$PORT" \
  --attache.service.data-directory="$WORK/pg" > "$WORK/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break
  sleep 1
done

echo "importing through POST /entities"
start=$(date +%s%N)
curl -sf -X POST "http://127.0.0.1:$PORT/entities" -H 'Content-Type: application/x-ndjson' \
  -T "$WORK/data.ndjson" | head -c 200
end=$(date +%s%N)
echo
echo "import: $(( (end - start) / 1000000 )) ms"

java examples/service/load/LoadDriver.java "http://127.0.0.1:$PORT" "$SECONDS_PER_LEVEL" 1,8,32
