package dev.attache.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Checks NDJSON files of format 1 on a cluster: every line read as {@code attache validate}
 * reads it (a line that is not an entity is a problem with its file and line), every entity
 * validated, and the dataset's integrity checked with joins and groupings — duplicate ids,
 * references to nothing or to the wrong kind, overlapping active postings and single-holder
 * posts, sessions outside their commission's life, parent cycles — with the codes, messages and
 * pointers of {@code Dataset.validate()} on the same entities. Nothing is collected on the driver
 * but one row per input split (its line and entity counts).
 *
 * <p>The entities' positions, as in a {@code Dataset}, follow the files in the order of their
 * paths, and the lines within each file.
 */
public final class SparkValidator {
  private SparkValidator() {}

  /** Where each split's lines and entities start, from the counts of the splits before it. */
  static final StructType OFFSETS = new StructType()
      .add("partition", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, false)
      .add("lineOffset", DataTypes.LongType, false)
      .add("positionOffset", DataTypes.LongType, false);

  /** What one split read: entity rows, the problems of lines that are no entity, and a count. */
  static final StructType READ = new StructType()
      .add("what", DataTypes.IntegerType, false) // 0 count, 1 entity, 2 unreadable line
      .add("partition", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, true)
      .add("start", DataTypes.LongType, true)
      .add("lines", DataTypes.LongType, true)
      .add("entities", DataTypes.LongType, true)
      .add("line", DataTypes.LongType, true)
      .add("problems", DataTypes.createArrayType(EntityFacts.PROBLEM, false), true)
      .add("facts", EntityFacts.SCHEMA, true);

  /**
   * Checks the files.
   *
   * @param spark the session
   * @param paths NDJSON files or directories of them, read by Hadoop's text input (compressed
   *     files too)
   * @param work a directory that does not exist yet, on storage every executor reads (the
   *     cluster's file system): the entities' facts are written there once, as Parquet, and read
   *     by each check, rather than held in memory; {@link ValidationReport#release()} deletes it
   * @return the report: problems to write, counts
   */
  public static ValidationReport validate(SparkSession spark, List<String> paths, String work) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaNewHadoopRDD<LongWritable, Text> input = (JavaNewHadoopRDD<LongWritable, Text>)
        context.newAPIHadoopFile(String.join(",", paths), TextInputFormat.class,
            LongWritable.class, Text.class, context.hadoopConfiguration());
    // the input listed now, before the work directory exists: a missing input fails here, and
    // a directory or glob the work directory falls in does not read it
    input.getNumPartitions();
    JavaRDD<Row> read = input.mapPartitionsWithInputSplit(new ReadSplit(), true);
    // the one pass that reads and decodes the input, its result kept as Parquet
    spark.createDataFrame(read, READ).write().mode(SaveMode.ErrorIfExists).parquet(work);
    Dataset<Row> rows = spark.read().schema(READ).parquet(work);

    // one row per split: where its lines and entities start
    List<Row> counts = new ArrayList<>(rows.where("what = 0")
        .select("partition", "file", "start", "lines", "entities").collectAsList());
    counts.sort(Comparator.comparing((Row r) -> r.getString(1)).thenComparing(r -> r.getLong(2)));
    List<Row> offsets = new ArrayList<>();
    Map<String, Long> linesBefore = new HashMap<>();
    long entitiesBefore = 0;
    long lines = 0;
    for (Row count : counts) {
      long fileLines = linesBefore.getOrDefault(count.getString(1), 0L);
      offsets.add(RowFactory.create(count.getInt(0), count.getString(1), fileLines,
          entitiesBefore));
      linesBefore.put(count.getString(1), fileLines + count.getLong(3));
      entitiesBefore += count.getLong(4);
      lines += count.getLong(3);
    }
    Dataset<Row> offset = spark.createDataFrame(offsets, OFFSETS);

    Dataset<Row> unreadable = rows.where("what = 2").select("partition", "line", "problems")
        .join(offset.hint("broadcast"), "partition")
        .select(col("file"), col("lineOffset").plus(col("line")).as("line"),
            posexplode(col("problems")).as(new String[] {"seq", "p"}))
        .select(lit(0).as("section"), lit(null).cast("long").as("position"), col("seq"),
            col("file"), col("line"), col("p.pointer").as("pointer"), col("p.code").as("code"),
            col("p.message").as("message"), col("p.value").as("value"));

    Dataset<Row> entities = rows.where("what = 1").select("partition", "facts.*")
        .join(offset.hint("broadcast"), "partition")
        .withColumn("position", col("positionOffset").plus(col("index")))
        .withColumn("line", col("lineOffset").plus(col("line")))
        .drop("lineOffset", "positionOffset", "index", "partition");

    Dataset<Row> own = entities.select(col("position"), col("file"), col("line"),
            posexplode(col("problems")).as(new String[] {"seq", "p"}))
        .select(lit(1).as("section"), col("position"), col("seq"), col("file"), col("line"),
            Integrity.under(col("position"), col("p.pointer")).as("pointer"),
            col("p.code").as("code"), col("p.message").as("message"), col("p.value").as("value"));

    Dataset<Row> integrity = Integrity.check(spark, entities);

    Dataset<Row> problems = unreadable.unionByName(own).unionByName(integrity)
        .orderBy("section", "file", "line", "position", "seq", "pointer", "code", "message")
        .persist(StorageLevel.MEMORY_AND_DISK()); // written, then counted: computed once
    return new ValidationReport(spark, problems, lines, entitiesBefore, work);
  }

  /** Reads one split: its lines through the library's NDJSON reader. */
  private static final class ReadSplit implements
      Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
      int partition = TaskContext.getPartitionId();
      FileSplit file = (FileSplit) split;
      LinesOfSplit lines = new LinesOfSplit(records);
      // the entities' own rules are checked apart, as Dataset.validate() checks them
      NdjsonReader reader = AttacheJson.strict().withoutValidation().ndjsonReader(lines);
      return new Iterator<>() {
        private long entities;
        private boolean counted;

        @Override
        public boolean hasNext() {
          return !counted;
        }

        @Override
        public Row next() {
          if (reader.hasNext()) {
            NdjsonLine line = reader.next();
            if (line.entity().isPresent() && line.problems().isEmpty()) {
              return RowFactory.create(1, partition, null, null, null, null, null, null,
                  EntityFacts.of(partition, entities++, line.number(),
                      line.entity().get().entity()));
            }
            List<Row> problems = new ArrayList<>();
            for (Problem problem : line.problems()) {
              problems.add(EntityFacts.problem(problem));
            }
            return RowFactory.create(2, partition, null, null, null, null, line.number(),
                EntityFacts.seq(problems), null);
          }
          counted = true;
          reader.close();
          return RowFactory.create(0, partition, file.getPath().toString(), file.getStart(),
              lines.count(), entities, null, null, null);
        }
      };
    }
  }
}
