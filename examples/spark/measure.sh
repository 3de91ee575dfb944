#!/usr/bin/env bash
# The Spark job beside the attache command on the same data, on this machine, in local mode:
# generation and validation of N entities (default 10,000,000). Needs a few GB of disk in WORK.
#   mvn -B -q install -DskipTests
#   bash examples/spark/measure.sh                 # N=10000000 WORK=$(mktemp -d)
set -u
cd "$(dirname "$0")/../.."
N=${N:-10000000}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
t() { local s; s=$(date +%s%N); "$@"; local rc=$?
  echo "TIME $(( ($(date +%s%N) - s) / 1000000 )) ms (exit $rc): $*"; }
quiet() { grep -v " WARN \| INFO \|^[0-9][0-9]/"; }

t java -jar examples/cli/target/attache.jar generate --count "$N" --seed 42 --quiet \
  --out "$WORK/cli.ndjson"
t bash examples/spark/run-local.sh generate --count "$N" --seed 42 --partitions 16 \
  --ndjson "$WORK/spark-ndjson" 2>&1 | quiet
cat "$WORK"/spark-ndjson/part-* | cmp - "$WORK/cli.ndjson" && echo "the same bytes"
t java -jar examples/cli/target/attache.jar validate "$WORK/cli.ndjson" > "$WORK/cli-validate.txt" 2>&1
tail -3 "$WORK/cli-validate.txt"
MEMORY=8g t bash examples/spark/run-local.sh validate --out "$WORK/report" "$WORK/spark-ndjson" 2>&1 \
  | quiet | tail -20
echo "data and reports in $WORK"
