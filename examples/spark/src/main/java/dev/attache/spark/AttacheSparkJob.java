package dev.attache.spark;

import dev.attache.data.generate.GeneratorConfig;
import dev.attache.internal.Texts;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application jar's entry point, for {@code spark-submit}:
 *
 * <pre>
 * generate --count N [--seed S] [--invalid-rate R] [--partitions P] [--ndjson DIR] [--parquet DIR]
 * validate --out DIR PATH...
 * </pre>
 *
 * <p>Exit status as the {@code attache} command's: 0 done and valid, 1 problems found (written to
 * {@code DIR/problems}, counted in {@code DIR/summary}), 2 the job could not run (bad
 * arguments, an output that exists, an input that matches nothing, an output inside an input —
 * all refused before any work — or a failure of Spark or of the storage), with one line on
 * standard error. A run that fails leaves none of its outputs, and no run leaves its work
 * directory.
 */
public final class AttacheSparkJob {
  private AttacheSparkJob() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !(args[0].equals("generate") || args[0].equals("validate"))) {
      err.println("usage: generate --count N [--seed S] [--invalid-rate R] [--partitions P]"
          + " [--ndjson DIR] [--parquet DIR]");
      err.println("       validate --out DIR PATH...");
      return 2;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("attache-spark: " + e.getMessage());
      return 2;
    }
    SparkSession spark = null;
    try {
      spark = SparkSession.builder().appName("attache " + args[0]).getOrCreate();
      return run(spark, options, out, err);
    } catch (Exception e) { // Spark could not start
      err.println("attache-spark: " + args[0] + " failed: " + oneLine(e));
      return 2;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
  }

  /** Runs a command on a session, which it leaves running. */
  static int run(SparkSession spark, Options options, PrintStream out, PrintStream err) {
    try {
      return options.command.equals("generate") ? generate(spark, options, out)
          : validate(spark, options, out);
    } catch (Refused e) {
      err.println("attache-spark: " + e.getMessage());
      return 2;
    } catch (Exception e) { // Spark throws checked exceptions Java does not see declared
      err.println("attache-spark: " + options.command + " failed: " + oneLine(e));
      return 2;
    }
  }

  private static int generate(SparkSession spark, Options options, PrintStream out)
      throws IOException, Refused {
    List<String> directories = new ArrayList<>();
    if (options.ndjson != null) {
      directories.add(options.ndjson);
    }
    if (options.parquet != null) {
      directories.add(options.parquet);
    }
    try (JobOutputs outputs = JobOutputs.claim(spark.sparkContext().hadoopConfiguration(),
        directories, null)) {
      GeneratorSpec spec = GeneratorSpec.of(GeneratorConfig.builder(options.seed)
          .count(options.count).invalidRate(options.invalidRate).build());
      int partitions = options.partitions > 0 ? options.partitions
          : Math.max(1, (int) Math.min(100_000, options.count / 1_000_000 + 1)
              * spark.sparkContext().defaultParallelism());
      long start = System.nanoTime();
      if (options.ndjson != null) {
        SparkGenerator.writeNdjson(spark, spec, partitions, options.ndjson);
        out.printf("NDJSON: %d entities in %d part files in %s (%.1f s)%n", options.count,
            partitions, options.ndjson, (System.nanoTime() - start) / 1e9);
      }
      if (options.parquet != null) {
        start = System.nanoTime();
        SparkGenerator.writeParquet(spark, spec, partitions, options.parquet);
        out.printf("Parquet: %d entities by kind in %s (%.1f s)%n", options.count,
            options.parquet, (System.nanoTime() - start) / 1e9);
      }
      outputs.keep();
      return 0;
    }
  }

  private static int validate(SparkSession spark, Options options, PrintStream out)
      throws IOException, Refused {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    JobInputs.check(hadoop, options.paths).refuseInside(options.out);
    String work = options.out + "/work";
    try (JobOutputs outputs = JobOutputs.claim(hadoop, List.of(options.out + "/problems",
        options.out + "/summary"), work)) {
      long start = System.nanoTime();
      ValidationReport report = SparkValidator.validate(spark, options.paths, work);
      report.writeNdjson(options.out + "/problems");
      Map<String, Long> counts = report.countsByCode();
      long problems = counts.values().stream().mapToLong(Long::longValue).sum();
      ObjectNode summary = JsonMapper.builder().build().createObjectNode()
          .put("lines", report.lines()).put("entities", report.entities())
          .put("problems", problems);
      ObjectNode byCode = summary.putObject("byCode");
      counts.forEach(byCode::put);
      spark.createDataset(List.of(summary.toString()), org.apache.spark.sql.Encoders.STRING())
          .coalesce(1).write().text(options.out + "/summary");
      // the report is whole: it stays, even if the work directory cannot be deleted
      outputs.keep();
      out.printf("%d lines, %d entities, %d problems (%.1f s)%n", report.lines(),
          report.entities(), problems, (System.nanoTime() - start) / 1e9);
      counts.forEach((code, n) -> out.printf("  %-40s %d%n", code, n));
      report.release();
      return problems == 0 ? 0 : 1;
    }
  }

  /**
   * An exception as one line: the first line of its message (Spark's run on, with plans and
   * stack traces), and that of its root cause when it says something more.
   */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String line = firstLine(e);
    String cause = firstLine(root);
    return Texts.printable(line.contains(cause) ? line : line + ": " + cause);
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    int end = message.indexOf('\n');
    message = (end < 0 ? message : message.substring(0, end)).strip();
    return message.isEmpty() ? e.getClass().getSimpleName() : message;
  }

  /** The options of both commands. */
  static final class Options {
    private static final Set<String> GENERATE = Set.of("--count", "--seed", "--invalid-rate",
        "--partitions", "--ndjson", "--parquet");
    private static final Set<String> VALIDATE = Set.of("--out");

    String command;
    long count = -1;
    long seed;
    double invalidRate;
    int partitions;
    String ndjson;
    String parquet;
    String out;
    final List<String> paths = new ArrayList<>();

    static Options parse(String[] args) {
      Options options = new Options();
      options.command = args[0];
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
          if (options.command.equals("generate")) { // a mistyped option would go unnoticed
            throw new IllegalArgumentException("generate takes no PATH: " + Refused.quote(arg));
          }
          options.paths.add(arg);
          continue;
        }
        Set<String> known = options.command.equals("generate") ? GENERATE : VALIDATE;
        if (!known.contains(arg)) {
          throw new IllegalArgumentException(GENERATE.contains(arg) || VALIDATE.contains(arg)
              ? arg + " is not an option of " + options.command : "unknown option " + arg);
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        String value = args[++i];
        try {
          switch (arg) {
            case "--count" -> options.count = Long.parseLong(value);
            case "--seed" -> options.seed = Long.parseLong(value);
            case "--invalid-rate" -> options.invalidRate = Double.parseDouble(value);
            case "--partitions" -> options.partitions = Integer.parseInt(value);
            case "--ndjson" -> options.ndjson = value;
            case "--parquet" -> options.parquet = value;
            case "--out" -> options.out = value;
            default -> throw new IllegalStateException(arg); // known above
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(arg + " needs a number: " + value);
        }
      }
      if (args[0].equals("generate") && (options.count < 0
          || options.ndjson == null && options.parquet == null)) {
        throw new IllegalArgumentException("generate needs --count N and --ndjson DIR or"
            + " --parquet DIR");
      }
      if (args[0].equals("validate") && (options.out == null || options.paths.isEmpty())) {
        throw new IllegalArgumentException("validate needs --out DIR and at least one PATH");
      }
      return options;
    }
  }
}
