#!/usr/bin/env bash
# Runs the Spark job in local mode without a Spark installation: Spark from the build's class
# path, the same options spark-submit would pass on Java 17.
#   mvn -B -q install -DskipTests
#   bash examples/spark/run-local.sh generate --count 10000000 --ndjson /tmp/gen
#   bash examples/spark/run-local.sh validate --out /tmp/report /tmp/gen
# MASTER (default local[*]), MEMORY (default 4g) and LOG_LEVEL (default WARN) set the master,
# the driver's heap and how much Spark logs.
set -euo pipefail
cd "$(dirname "$0")"
CP_FILE=target/run-classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$CP_FILE"
fi
# the JVM options of the tests, from the one place they are written
OPENS=$(sed -n '/<spark.add-opens>/,/<\/spark.add-opens>/p' pom.xml | sed 's/<[^>]*>//g')
exec java -Xmx"${MEMORY:-4g}" $OPENS -Dspark.master="${MASTER:-local[*]}" \
  -Dspark.ui.enabled=false -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1 \
  -Dspark.log.level="${LOG_LEVEL:-WARN}" \
  -cp "target/attache-spark.jar:$(cat "$CP_FILE")" dev.attache.spark.AttacheSparkJob "$@"
