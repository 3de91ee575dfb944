#!/usr/bin/env bash
# Generates an NDJSON file of at least 1 GB and validates it with a 64 MB heap: the streaming
# check of the benchmarks. Prints time, throughput and peak memory.
#   bash bench/stream-validate.sh [DIRECTORY]   (default: a temporary directory, removed after)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=examples/cli/target/attache.jar
[ -f "$jar" ] || mvn -B -q install -DskipTests
dir=${1:-$(mktemp -d)}
mkdir -p "$dir"
file="$dir/stream.ndjson"
count=${COUNT:-4000000}
echo "generating $count entities into $file"
java -jar "$jar" generate --count "$count" --seed 7 --out "$file" --quiet --force
bytes=$(stat -c %s "$file")
echo "file: $((bytes / 1024 / 1024)) MB"
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak resident memory: %M KB" \
    java -Xmx64m -Xms64m -XX:+UseSerialGC -Xlog:gc:file="$dir/gc.log" -jar "$jar" validate "$file"
else
  java -Xmx64m -Xms64m -XX:+UseSerialGC -Xlog:gc:file="$dir/gc.log" -jar "$jar" validate "$file"
fi
end=$(date +%s.%N)
seconds=$(echo "$end - $start" | bc)
echo "validated in ${seconds}s: $(echo "$bytes / 1048576 / $seconds" | bc) MB/s"
# the heap after each collection: flat whatever the size of the file
grep -oE '[0-9]+M->[0-9]+M' "$dir/gc.log" | sed 's/.*->//' | sort -n | tail -1 \
  | xargs -I{} echo "largest heap after a collection: {} (of 64M)"
[ -n "${1:-}" ] || rm -rf "$dir"
