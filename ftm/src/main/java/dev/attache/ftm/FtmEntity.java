package dev.attache.ftm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One FollowTheMoney entity: an id, a schema and property values, each value with the language it
 * is in (for names) and the attache sources it came from (for statements).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FtmEntity {
  /**
   * One value of a property.
   *
   * @param property the FtM property, such as {@code name}
   * @param value the value, as FtM writes it (a country lower-case, a date an ISO prefix)
   * @param language the value's language as an ISO 639-3 code ({@code eng}), or empty
   * @param origin the ids of the attache sources the value comes from, joined by spaces, or empty
   */
  public record Value(String property, String value, String language, String origin) {
    /**
     * Checks that no part is null.
     *
     * @param property the FtM property
     * @param value the value
     * @param language the ISO 639-3 language, or empty
     * @param origin the source ids, or empty
     */
    public Value {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(origin, "origin");
    }
  }

  private final String id;
  private final String schema;
  private final List<Value> values;

  FtmEntity(String id, String schema, List<Value> values) {
    this.id = id;
    this.schema = schema;
    // FtM knows a property's value once (a statement's id does not hold its language): a name
    // spelt alike in two languages is one value, with the language it came with first
    Map<List<String>, Value> distinct = new LinkedHashMap<>();
    for (Value value : values) {
      distinct.putIfAbsent(List.of(value.property(), value.value()), value);
    }
    this.values = List.copyOf(distinct.values());
  }

  /**
   * The FtM id.
   *
   * @return the id, matching {@link FtmIds#FTM_ID}
   */
  public String id() {
    return id;
  }

  /**
   * The FtM schema: {@code PublicBody}, {@code Occupancy}, …
   *
   * @return the schema name
   */
  public String schema() {
    return schema;
  }

  /**
   * Every value, in the order written; a value given twice for a property is kept once, with the
   * language and origin it came with first.
   *
   * @return the values, unmodifiable
   */
  public List<Value> values() {
    return values;
  }

  /**
   * The values by property, as FtM's entity JSON has them: {@code {"name": ["…", "…"]}}.
   *
   * @return the properties in the order first written, unmodifiable
   */
  public Map<String, List<String>> properties() {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    for (Value value : values) {
      properties.computeIfAbsent(value.property(), p -> new ArrayList<>()).add(value.value());
    }
    properties.replaceAll((p, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(properties);
  }

  /**
   * The entity as text, for messages: {@code PublicBody org.undp}.
   *
   * @return the schema and the id
   */
  @Override
  public String toString() {
    return schema + " " + id;
  }
}
