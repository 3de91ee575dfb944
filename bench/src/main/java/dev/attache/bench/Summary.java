package dev.attache.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the results of one JMH run (its {@code -rf json} file) as the ratios the goals are stated
 * in: {@code java -cp bench/target/benchmarks.jar dev.attache.bench.Summary results.json}.
 */
public final class Summary {
  private Summary() {}

  public static void main(String[] args) throws Exception {
    JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, Double> allocation = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.get("benchmark").asString().replace("dev.attache.bench.", "");
      JsonNode params = result.get("params");
      if (params != null && params.has("invalidRate")) {
        name += "[" + params.get("invalidRate").asString() + "]";
      }
      score.put(name, result.get("primaryMetric").get("score").asDouble());
      JsonNode secondary = result.get("secondaryMetrics");
      if (secondary != null && secondary.has("gc.alloc.rate.norm")) {
        allocation.put(name, secondary.get("gc.alloc.rate.norm").get("score").asDouble());
      }
    }
    double bytes = Corpus.valid().averageBytes;
    System.out.printf(Locale.ROOT, "corpus: %d entities, %.0f bytes each on average%n%n",
        Corpus.SIZE, bytes);
    System.out.println("| benchmark | entities/s | MB/s | bytes allocated per entity |");
    System.out.println("|---|---:|---:|---:|");
    for (Map.Entry<String, Double> entry : score.entrySet()) {
      String name = entry.getKey();
      if (name.startsWith("DatasetBenchmark")) {
        continue;
      }
      boolean decoded = name.startsWith("Decode") || name.startsWith("Encode");
      System.out.printf(Locale.ROOT, "| %s | %,.0f | %s | %s |%n", name, entry.getValue(),
          decoded ? String.format(Locale.ROOT, "%.1f", entry.getValue() * bytes / 1e6) : "",
          allocation.containsKey(name) ? String.format(Locale.ROOT, "%,.0f", allocation.get(name))
              : "");
    }
    System.out.println();
    System.out.println("| goal | ratio | met |");
    System.out.println("|---|---:|---|");
    // the goals of the second pass
    goal("decode ≥ 1.0× records (stretch 1.2×)", score, "DecodeBenchmark.attache",
        "DecodeBenchmark.records", 1.0);
    goal("encode to NDJSON ≥ 1.2× records", score, "EncodeBenchmark.attacheNdjson",
        "EncodeBenchmark.recordsNdjson", 1.2);
    goal("encode one entity to bytes ≥ 1.2× records", score, "EncodeBenchmark.attache",
        "EncodeBenchmark.records", 1.2);
    goal("decode + validate ≥ 0.85× decode", score, "DecodeBenchmark.attacheValidated",
        "DecodeBenchmark.attache", 0.85);
    goal("decode ≥ 0.5× raw scan", score, "DecodeBenchmark.attache", "DecodeBenchmark.rawScan",
        0.5);
    goal("generator ≥ 10× Instancio", score, "GenerationBenchmark.generator",
        "GenerationBenchmark.instancio", 10);
    if (allocation.containsKey("DecodeBenchmark.attache")) {
      double ratio = allocation.get("DecodeBenchmark.attache")
          / allocation.get("DecodeBenchmark.records");
      System.out.printf(Locale.ROOT, "| bytes allocated per decoded entity ≤ 1.0× records | %.2f"
          + " | %s |%n", ratio, ratio <= 1.0 ? "yes" : "no");
    }
    for (String name : new String[] {"DatasetBenchmark.build", "DatasetBenchmark.checkIntegrity",
        "DatasetBenchmark.query"}) {
      if (score.containsKey(name)) {
        System.out.printf(Locale.ROOT, "%n%s: %,.1f %s", name, score.get(name),
            name.endsWith("query") ? "µs per query" : "ms for 1,000,000 entities in a 1 GB heap");
      }
    }
    System.out.println();
  }

  private static void goal(String goal, Map<String, Double> score, String a, String b,
      double target) {
    if (!score.containsKey(a) || !score.containsKey(b)) {
      return;
    }
    double ratio = score.get(a) / score.get(b);
    System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", goal, ratio,
        ratio >= target ? "yes" : "no");
  }
}
