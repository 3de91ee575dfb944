package dev.attache.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Organizations on a parent cycle of two or more, found with joins: each organization's parent
 * (the first entity with the parent's id, if it is an organization) is followed by pointer
 * doubling, {@code k} rounds reaching {@code 2^k} steps up. Once {@code 2^k} is at least the
 * number of organizations, every walk that does not end has entered its cycle, and the places
 * walks land on are exactly the organizations on cycles: a cycle maps onto itself. Self-parents
 * are an entity rule ({@code organization.parent.self}), not a cycle here, as in
 * {@code Dataset.checkIntegrity()}. Rounds: the bits of the count, each one join.
 */
final class ParentCycles {
  private ParentCycles() {}

  /**
   * The problems of the organizations on cycles.
   *
   * @param owner the first entity of each id: id, position, file, line, kind, parent
   * @return a problem for each, at its {@code /parent}
   */
  static Dataset<Row> find(Dataset<Row> owner) {
    Dataset<Row> organizations = owner.where(col("kind").equalTo("org"))
        .select("id", "position", "file", "line", "parent").cache();
    Dataset<Row> ids = organizations.select(col("id").as("y"));
    Dataset<Row> step = organizations.select(col("id").as("x"), col("parent"))
        .join(ids, col("parent").equalTo(col("y")), "left").select("x", "y");
    Dataset<Row> selfParents = step.where(col("x").equalTo(col("y"))).select(col("x").as("y"));
    long count = organizations.count();
    // a walk that ends (a parent that is not there, or no parent) can never reach a cycle:
    // dropped as soon as it ends, so that the rounds work only on what is still walking
    Dataset<Row> jump = step.where(col("y").isNotNull()).localCheckpoint();
    for (long reach = 1; reach < count && !jump.isEmpty(); reach *= 2) {
      Dataset<Row> next = jump.select(col("x").as("via"), col("y").as("to"));
      jump = jump.join(next, jump.col("y").equalTo(next.col("via")))
          .select(jump.col("x"), next.col("to").as("y")).localCheckpoint();
    }
    Dataset<Row> onCycles = jump.select("y").distinct().except(selfParents);
    return organizations.join(onCycles, organizations.col("id").equalTo(onCycles.col("y")))
        .select("position", "file", "line", "parent")
        .map((MapFunction<Row, Row>) r -> Integrity.problem(r, "/parent",
            "dataset.organization.parent.cycle", Map.of(), r.getString(3)),
            Encoders.row(Integrity.PROBLEM));
  }
}
