package dev.attache.spark;

import dev.attache.data.generate.GeneratorConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * arguments, an output that exists, a failure of Spark or of the storage).
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
      return args[0].equals("generate") ? generate(spark, options, out)
          : validate(spark, options, out);
    } catch (RuntimeException e) {
      err.println("attache-spark: " + args[0] + " failed: " + e.getMessage());
      return 2;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
  }

  private static int generate(SparkSession spark, Options options, PrintStream out) {
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
    return 0;
  }

  private static int validate(SparkSession spark, Options options, PrintStream out) {
    long start = System.nanoTime();
    ValidationReport report = SparkValidator.validate(spark, options.paths,
        options.out + "/work");
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
    out.printf("%d lines, %d entities, %d problems (%.1f s)%n", report.lines(),
        report.entities(), problems, (System.nanoTime() - start) / 1e9);
    counts.forEach((code, n) -> out.printf("  %-40s %d%n", code, n));
    report.release();
    return problems == 0 ? 0 : 1;
  }

  /** The options of both commands. */
  static final class Options {
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
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
          options.paths.add(arg);
          continue;
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
            default -> throw new IllegalArgumentException("unknown option " + arg);
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
