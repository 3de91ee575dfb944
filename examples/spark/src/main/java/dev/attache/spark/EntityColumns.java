package dev.attache.spark;

import dev.attache.json.AttacheJson;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.ExportDeal;
import dev.attache.model.InformationSystem;
import dev.attache.model.Project;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row per entity, as a data team queries a dataset in Parquet: its position, kind, id, the
 * columns most questions filter on, and the format-1 JSON, which holds everything else.
 */
public final class EntityColumns {
  /**
   * The columns: {@code position} (in the dataset), {@code kind} (the format's type name),
   * {@code id}, {@code date} (the date that places it on a timeline, ISO, any precision),
   * {@code countries} (ISO codes it is about), {@code status} (or a deal's stage) and
   * {@code json}.
   */
  public static final StructType SCHEMA = new StructType()
      .add("position", DataTypes.LongType, false)
      .add("kind", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("date", DataTypes.StringType, true)
      .add("countries", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("status", DataTypes.StringType, true)
      .add("json", DataTypes.StringType, false);

  private EntityColumns() {}

  /**
   * The row of an entity.
   *
   * @param position its position in the dataset
   * @param entity the entity
   * @param json its format-1 JSON
   * @return the row, in the order of {@link #SCHEMA}
   */
  public static Row of(long position, Entity entity, String json) {
    List<String> countries = entity.countries().stream().map(Object::toString).sorted().toList();
    return RowFactory.create(position, AttacheJson.typeName(EntityKind.of(entity.getClass())),
        entity.getId().toString(), entity.timelineDate().map(Object::toString).orElse(null),
        scala.jdk.javaapi.CollectionConverters.asScala(countries).toSeq(), status(entity), json);
  }

  /** The state a kind has, by the name its enum gives it; null for kinds without one. */
  static String status(Entity entity) {
    if (entity instanceof AttachePosting posting) {
      return posting.getStatus().name();
    } else if (entity instanceof Agreement agreement) {
      return agreement.getStatus().name();
    } else if (entity instanceof Project project) {
      return project.getStatus().name();
    } else if (entity instanceof InformationSystem system) {
      return system.getStatus().name();
    } else if (entity instanceof ExportDeal deal) {
      return deal.getStage().name();
    }
    return null;
  }
}
