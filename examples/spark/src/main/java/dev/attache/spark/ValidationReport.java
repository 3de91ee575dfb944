package dev.attache.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link SparkValidator} found: the problems, in the order {@code attache validate} and
 * {@code Dataset.validate()} give them (lines that are no entity by file and line; then each
 * entity's own problems in entity order; then the dataset's), and the counts.
 */
public final class ValidationReport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SparkSession spark;
  private final Dataset<Row> problems;
  private final long lines;
  private final long entities;
  private final String work;

  ValidationReport(SparkSession spark, Dataset<Row> problems, long lines, long entities,
      String work) {
    this.spark = spark;
    this.problems = problems;
    this.lines = lines;
    this.entities = entities;
    this.work = work;
  }

  /**
   * The problems: {@code section} (0 a line that is no entity, 1 an entity's own, 2 the
   * dataset's), {@code position} (in the dataset, null for section 0), {@code file},
   * {@code line}, {@code pointer}, {@code code}, {@code message}, {@code value}; sorted.
   *
   * @return the problems, lazily computed
   */
  public Dataset<Row> problems() {
    return problems;
  }

  /**
   * The lines read, blank lines and headers included.
   *
   * @return the count
   */
  public long lines() {
    return lines;
  }

  /**
   * The entities read.
   *
   * @return the count
   */
  public long entities() {
    return entities;
  }

  /**
   * The problems as NDJSON lines: {@code {"file", "line", "pointer", "code", "message",
   * "value"}}, in order.
   *
   * @return the lines
   */
  public Dataset<String> ndjson() {
    return problems.map((MapFunction<Row, String>) ValidationReport::line, Encoders.STRING());
  }

  /**
   * Writes the problems as NDJSON part files into a new directory; their concatenation in name
   * order is the report in order.
   *
   * @param directory the directory, which must not exist
   */
  public void writeNdjson(String directory) {
    ndjson().write().mode(SaveMode.ErrorIfExists).text(directory);
  }

  /**
   * How many problems of each code, computed on the cluster.
   *
   * @return the counts by code, sorted by code
   */
  public Map<String, Long> countsByCode() {
    Map<String, Long> counts = new TreeMap<>();
    List<Row> rows = problems.groupBy("code").count().collectAsList();
    rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
    return counts;
  }

  /**
   * Frees what the check kept: the cached problems and the work directory.
   *
   * @throws java.io.UncheckedIOException if the work directory cannot be deleted
   */
  public void release() {
    problems.unpersist();
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(work);
      path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Could not delete " + work, e);
    }
  }

  static String line(Row row) {
    ObjectNode line = JSON.createObjectNode();
    line.put("file", row.<String>getAs("file"));
    if (row.getAs("line") != null) {
      line.put("line", row.<Long>getAs("line"));
    }
    line.put("pointer", row.<String>getAs("pointer"));
    line.put("code", row.<String>getAs("code"));
    line.put("message", row.<String>getAs("message"));
    if (row.getAs("value") != null) {
      line.put("value", row.<String>getAs("value"));
    }
    return line.toString();
  }
}
