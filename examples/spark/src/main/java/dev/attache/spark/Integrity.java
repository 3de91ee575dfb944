package dev.attache.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import dev.attache.common.PartialDate;
import dev.attache.dataset.FirstOverlap;
import dev.attache.model.EntityKind;
import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The checks of {@code Dataset.checkIntegrity()} as joins and groupings over {@link EntityFacts}
 * rows with their positions: the same codes, messages, values and pointers. Each finding becomes
 * a problem where it lies, through {@code Problem.ofCode}, the library's own wording.
 */
final class Integrity {
  /** A problem as the report writes it. */
  static final StructType PROBLEM = new StructType()
      .add("section", DataTypes.IntegerType, false)
      .add("position", DataTypes.LongType, true)
      .add("seq", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, true)
      .add("line", DataTypes.LongType, true)
      .add("pointer", DataTypes.StringType, false)
      .add("code", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false)
      .add("value", DataTypes.StringType, true);

  private Integrity() {}

  /** {@code /entities/<position><pointer>}, as {@code Problem.under} places an entity's. */
  static Column under(Column position, Column pointer) {
    return concat(lit("/entities/"), position.cast("string"), pointer);
  }

  static Dataset<Row> check(SparkSession spark, Dataset<Row> entities) {
    Dataset<Row> first = entities.groupBy("id").agg(min("position").as("first"));
    // what an id finds, as Dataset.find does: the first entity with it
    Dataset<Row> owner = entities.select("id", "position", "file", "line", "kind", "lifeStart",
        "lifeEnd", "life", "parent").join(first, "id").where(col("position").equalTo(col("first"))).drop("first");

    Dataset<Row> duplicates = entities.join(first, "id")
        .where(col("position").notEqual(col("first")))
        .select("position", "file", "line", "id", "first")
        .map((MapFunction<Row, Row>) r -> problem(r, "/id", "dataset.id.duplicate",
            Map.of("first", number(r.getLong(4))), r.getString(3)), Encoders.row(PROBLEM));

    Dataset<Row> idKinds = entities.where(col("idKindWrong"))
        .select("position", "file", "line", "id", "kind")
        .map((MapFunction<Row, Row>) r -> problem(r, "/id", "dataset.id.kind",
            Map.of("kind", r.getString(4)), r.getString(3)), Encoders.row(PROBLEM));

    Dataset<Row> found = owner.select(col("id").as("target"), col("kind").as("found"));
    Dataset<Row> references = entities
        .select(col("position"), col("file"), col("line"), explode(col("references")).as("r"))
        .select(col("position"), col("file"), col("line"), col("r.pointer").as("pointer"),
            col("r.target").as("target"), col("r.expected").as("expected"))
        .join(found, new String[] {"target"}, "left")
        .select("position", "file", "line", "pointer", "target", "expected", "found")
        .flatMap((FlatMapFunction<Row, Row>) Integrity::reference, Encoders.row(PROBLEM));

    Dataset<Row> lives = owner.where(col("kind").equalTo("commission").and(col("life").isNotNull()))
        .select(col("id").as("commission"), col("lifeStart"), col("lifeEnd"), col("life"));
    Dataset<Row> sessions = entities.where(col("commission").isNotNull())
        .select("position", "file", "line", "commission", "date")
        .join(lives, "commission")
        .select("position", "file", "line", "date", "lifeStart", "lifeEnd", "life")
        .flatMap((FlatMapFunction<Row, Row>) Integrity::session, Encoders.row(PROBLEM));

    Dataset<Row> overlaps = entities.where(col("overlapGroup").isNotNull())
        .select("overlapGroup", "position", "file", "line", "overlapCode", "spanFrom", "spanTo",
            "describe", "id")
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) Integrity::overlaps,
            Encoders.row(PROBLEM));

    return duplicates.unionByName(idKinds).unionByName(references).unionByName(sessions)
        .unionByName(overlaps).unionByName(ParentCycles.find(owner));
  }

  private static Iterator<Row> reference(Row r) throws ClassNotFoundException {
    String found = r.getString(6);
    if (found == null) {
      return List.of(problem(r, r.getString(3), "dataset.ref.unresolved", Map.of(),
          r.getString(4))).iterator();
    }
    Class<?> expected = Class.forName(r.getString(5), false, Integrity.class.getClassLoader());
    if (!expected.isAssignableFrom(EntityKind.ofPrefix(found).orElseThrow().getType())) {
      return List.of(problem(r, r.getString(3), "dataset.ref.kind", Map.of("kind", found),
          r.getString(4))).iterator();
    }
    return java.util.Collections.emptyIterator();
  }

  private static Iterator<Row> session(Row r) {
    PartialDate date = PartialDate.parse(r.getString(3));
    String start = r.getString(4);
    String end = r.getString(5);
    boolean before = !start.isEmpty() && date.isCertainlyBefore(PartialDate.parse(start));
    boolean after = !end.isEmpty() && date.isCertainlyAfter(PartialDate.parse(end));
    if (before || after) {
      return List.of(problem(r, "/date", "dataset.session.outside",
          Map.of("period", r.getString(6)), r.getString(3))).iterator();
    }
    return java.util.Collections.emptyIterator();
  }

  /** One group of postings or posts: each later member overlapping an earlier one, named. */
  private static Iterator<Row> overlaps(String group, Iterator<Row> members) {
    List<Row> list = new ArrayList<>();
    members.forEachRemaining(list::add);
    list.sort(Comparator.comparingLong(r -> r.getLong(1)));
    long[] from = new long[list.size()];
    long[] to = new long[list.size()];
    for (int k = 0; k < list.size(); k++) {
      from[k] = list.get(k).getLong(5);
      to[k] = list.get(k).getLong(6);
    }
    int[] firstOverlap = FirstOverlap.of(from, to);
    List<Row> problems = new ArrayList<>();
    for (int j = 0; j < list.size(); j++) {
      if (firstOverlap[j] >= 0) {
        Row member = list.get(j);
        String code = member.getString(4);
        Problem problem = Problem.ofCode("/entities/" + member.getLong(1)
                + (code.equals("dataset.posting.active.overlap") ? "/arrival" : "/period"), code,
            Map.of("other", list.get(firstOverlap[j]).getString(8)), member.getString(7),
            Locale.ENGLISH);
        problems.add(row(member.getLong(1), member.getString(2), member.getLong(3), problem));
      }
    }
    return problems.iterator();
  }

  /** A problem of the entity of a row whose first three columns are position, file, line. */
  static Row problem(Row r, String pointer, String code, Map<String, ?> parameters,
      Object value) {
    long position = r.getLong(0);
    return row(position, r.getString(1), r.getLong(2), Problem.ofCode("/entities/" + position
        + pointer, code, parameters, value, Locale.ENGLISH));
  }

  static Row row(long position, String file, long line, Problem problem) {
    return RowFactory.create(2, position, 0, file, line, problem.getPointer(), problem.getCode(),
        problem.getMessage(), problem.getValue().orElse(null));
  }

  /** A position as the dataset passes it to a message: an int while it fits. */
  static Object number(long value) {
    return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
  }
}
