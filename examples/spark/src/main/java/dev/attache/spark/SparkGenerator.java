package dev.attache.spark;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonWriter;
import dev.attache.model.Entity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The dataset of a generator configuration, made by a cluster: partition {@code p} of
 * {@code spark.range(0, partitions)} generates positions
 * {@code [GeneratorSpec.start(p), GeneratorSpec.start(p + 1))}, each entity from its position
 * alone, so the partitions need nothing from each other and the NDJSON part files, concatenated in
 * order, are the bytes {@code attache generate} writes.
 */
public final class SparkGenerator {
  private SparkGenerator() {}

  /**
   * The NDJSON lines of the dataset, in order, without line ends (Spark's text writer adds them).
   *
   * @param spark the session
   * @param spec the configuration
   * @param partitions how many partitions (and part files)
   * @return the lines, partition {@code p} holding its range of positions
   */
  public static Dataset<String> ndjson(SparkSession spark, GeneratorSpec spec, int partitions) {
    return spark.range(0, partitions, 1, partitions)
        .mapPartitions(new Lines(spec, partitions), Encoders.STRING());
  }

  /**
   * The rows of the dataset ({@link EntityColumns}), for Parquet.
   *
   * @param spark the session
   * @param spec the configuration
   * @param partitions how many partitions
   * @return the rows
   */
  public static Dataset<Row> rows(SparkSession spark, GeneratorSpec spec, int partitions) {
    return spark.range(0, partitions, 1, partitions)
        .mapPartitions(new Rows(spec, partitions), Encoders.row(EntityColumns.SCHEMA));
  }

  /**
   * Writes the NDJSON part files into a new directory.
   *
   * @param spark the session
   * @param spec the configuration
   * @param partitions how many part files
   * @param directory the directory, which must not exist
   */
  public static void writeNdjson(SparkSession spark, GeneratorSpec spec, int partitions,
      String directory) {
    ndjson(spark, spec, partitions).write().mode(SaveMode.ErrorIfExists).text(directory);
  }

  /**
   * Writes the rows as Parquet into a new directory, partitioned by kind.
   *
   * @param spark the session
   * @param spec the configuration
   * @param partitions how many partitions to generate in
   * @param directory the directory, which must not exist
   */
  public static void writeParquet(SparkSession spark, GeneratorSpec spec, int partitions,
      String directory) {
    rows(spark, spec, partitions).write().mode(SaveMode.ErrorIfExists).partitionBy("kind")
        .parquet(directory);
  }

  /** The generator's entities of one partition, each with its JSON line. */
  private abstract static class Partition<T> implements MapPartitionsFunction<Long, T> {
    private static final long serialVersionUID = 1L;
    private final GeneratorSpec spec;
    private final int partitions;

    Partition(GeneratorSpec spec, int partitions) {
      this.spec = spec;
      this.partitions = partitions;
    }

    abstract T make(long position, Entity entity, String json);

    @Override
    public Iterator<T> call(Iterator<Long> numbers) {
      if (!numbers.hasNext()) {
        return java.util.Collections.emptyIterator();
      }
      long partition = numbers.next();
      long from = spec.start(partition, partitions);
      long to = spec.start(partition + 1, partitions);
      DatasetGenerator generator = DatasetGenerator.of(spec.toConfig());
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
      NdjsonWriter writer = AttacheJson.strict().ndjsonWriter(buffer);
      return new Iterator<>() {
        private long position = from;

        @Override
        public boolean hasNext() {
          return position < to;
        }

        @Override
        public T next() {
          Entity entity = generator.entity(position);
          buffer.reset();
          writer.write(entity).flush();
          // the writer's line, its end dropped: the text writer puts it back
          String line = new String(buffer.toByteArray(), 0, buffer.size() - 1,
              StandardCharsets.UTF_8);
          return make(position++, entity, line);
        }
      };
    }
  }

  private static final class Lines extends Partition<String> {
    private static final long serialVersionUID = 1L;

    Lines(GeneratorSpec spec, int partitions) {
      super(spec, partitions);
    }

    @Override
    String make(long position, Entity entity, String json) {
      return json;
    }
  }

  private static final class Rows extends Partition<Row> {
    private static final long serialVersionUID = 1L;

    Rows(GeneratorSpec spec, int partitions) {
      super(spec, partitions);
    }

    @Override
    Row make(long position, Entity entity, String json) {
      return EntityColumns.of(position, entity, json);
    }
  }
}
