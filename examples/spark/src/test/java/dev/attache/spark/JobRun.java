package dev.attache.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * One run of the job on the tests' session, which it leaves running (a new session costs seconds),
 * with what it printed.
 */
record JobRun(int status, String out, String err) {
  static JobRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = AttacheSparkJob.run(LocalSpark.session(), AttacheSparkJob.Options.parse(args),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new JobRun(status, out.toString(UTF_8), err.toString(UTF_8));
  }
}
