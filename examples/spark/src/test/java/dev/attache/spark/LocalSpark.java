package dev.attache.spark;

import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode for all the tests: two cores, no UI, loopback only. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().appName("attache-tests").master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      SparkSession started = session;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return session;
  }

  /** Forgets a session that a job stopped: the next test starts another. */
  static synchronized void reset() {
    session = null;
  }
}
