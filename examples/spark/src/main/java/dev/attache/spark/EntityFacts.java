package dev.attache.spark;

import dev.attache.common.DateRange;
import dev.attache.common.DayRange;
import dev.attache.dataset.NameKey;
import dev.attache.model.AttachePosting;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.PostingStatus;
import dev.attache.model.Reference;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What the dataset-wide checks need of one entity, worked out where the entity is read, so that
 * the checks themselves are joins and groupings of small rows: its references, the group and the
 * certain days of an active posting or a single-holder post, a session's commission and date, a
 * commission's life, an organization's parent, and the entity's own problems. The definitions are
 * the model's ({@code daysCertainlyThere}, {@code certainDays}, {@code NameKey}), as in
 * {@code Dataset.checkIntegrity()}.
 */
final class EntityFacts {
  /** A problem without its place in the dataset: that comes with the position. */
  static final StructType PROBLEM = new StructType()
      .add("pointer", DataTypes.StringType, false)
      .add("code", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false)
      .add("value", DataTypes.StringType, true);

  static final StructType REFERENCE = new StructType()
      .add("pointer", DataTypes.StringType, false)
      .add("target", DataTypes.StringType, false)
      .add("expected", DataTypes.StringType, false);

  /** The row of an entity; {@code index} is its rank among the entities of its partition. */
  static final StructType SCHEMA = new StructType()
      .add("partition", DataTypes.IntegerType, false)
      .add("index", DataTypes.LongType, false)
      .add("line", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("idKindWrong", DataTypes.BooleanType, false)
      .add("references", DataTypes.createArrayType(REFERENCE, false), false)
      .add("problems", DataTypes.createArrayType(PROBLEM, false), false)
      .add("overlapGroup", DataTypes.StringType, true)
      .add("overlapCode", DataTypes.StringType, true)
      .add("spanFrom", DataTypes.LongType, true)
      .add("spanTo", DataTypes.LongType, true)
      .add("describe", DataTypes.StringType, true)
      .add("commission", DataTypes.StringType, true)
      .add("date", DataTypes.StringType, true)
      .add("lifeStart", DataTypes.StringType, true)
      .add("lifeEnd", DataTypes.StringType, true)
      .add("life", DataTypes.StringType, true)
      .add("parent", DataTypes.StringType, true);

  private EntityFacts() {}

  static Row of(int partition, long index, long line, Entity entity) {
    List<Row> references = new ArrayList<>();
    for (Reference reference : entity.references()) {
      references.add(RowFactory.create(reference.pointer(), reference.target().toString(),
          reference.expected().getName()));
    }
    List<Row> problems = new ArrayList<>();
    for (Problem problem : AttacheValidator.standard().validate(entity, Locale.ENGLISH)) {
      problems.add(problem(problem));
    }
    String group = null;
    String code = null;
    DayRange span = null;
    String describe = null;
    String commission = null;
    String date = null;
    String lifeStart = null;
    String lifeEnd = null;
    String life = null;
    String parent = null;
    if (entity instanceof AttachePosting posting && posting.getStatus() == PostingStatus.ACTIVE) {
      group = "posting " + posting.getService() + " " + posting.getHostCountry();
      code = "dataset.posting.active.overlap";
      span = posting.daysCertainlyThere();
      describe = posting.getArrival().map(Object::toString).orElse("");
    } else if (entity instanceof Membership membership && membership.isSingleHolder()) {
      group = "post " + membership.getOrganization() + " "
          + NameKey.of(membership.getRole().getPrimary());
      code = "dataset.membership.overlap";
      span = membership.daysCertainlyHeld();
      describe = membership.describeTime();
    } else if (entity instanceof CommissionSession session) {
      commission = session.getCommission().toString();
      date = session.getDate().toString();
    } else if (entity instanceof Commission lived && lived.getPeriod().isPresent()) {
      DateRange period = lived.getPeriod().get();
      lifeStart = period.getStart().map(Object::toString).orElse("");
      lifeEnd = period.getEnd().map(Object::toString).orElse("");
      life = period.toString();
    } else if (entity instanceof Organization organization) {
      parent = organization.getParent().map(Object::toString).orElse(null);
    }
    Long from = null;
    Long to = null;
    if (span != null) {
      // nothing certain is an empty span, which overlaps nothing
      from = span.isEmpty() ? 1L : span.first().toEpochDay();
      to = span.isEmpty() ? 0L : span.last().toEpochDay();
    }
    EntityKind kind = EntityKind.of(entity.getClass());
    return RowFactory.create(partition, index, line, entity.getId().toString(), kind.getPrefix(),
        kind != entity.getId().getKind(), seq(references), seq(problems), group, code, from, to,
        describe, commission, date, lifeStart, lifeEnd, life, parent);
  }

  static Row problem(Problem problem) {
    return RowFactory.create(problem.getPointer(), problem.getCode(), problem.getMessage(),
        problem.getValue().orElse(null));
  }

  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }
}
