package dev.attache.ftm;

import dev.attache.model.Entity;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Exports attache entities to FollowTheMoney: as FtM entities ({@code {id, schema, properties}})
 * in NDJSON, or as FtM statements in CSV. Sources become {@code Article}s that the others cite as
 * {@code proof}; strategies, information systems, indicators and statements have no FtM schema
 * and are counted as skipped, never dropped silently ({@link FtmSummary}). The mapping and what
 * each direction loses: {@code ftm/MAPPING.md}.
 *
 * <p>Instances are immutable and thread-safe; writers are not.
 */
public final class FtmExport {
  private static final Pattern DATASET = Pattern.compile("^[a-z0-9_]+$");

  private final String dataset;
  private final FtmIds ids;
  private final FtmMapping mapping;

  private FtmExport(String dataset, FtmIds ids) {
    this.dataset = dataset;
    this.ids = ids;
    this.mapping = new FtmMapping(ids);
  }

  /**
   * An export under a dataset name, with plain ids ({@code org.undp}).
   *
   * @param dataset the FtM dataset name the statements carry: lower-case letters, digits and
   *     underscores, not null
   * @return the export, not null
   * @throws IllegalArgumentException if the name is not of that form
   */
  public static FtmExport of(String dataset) {
    if (!DATASET.matcher(Objects.requireNonNull(dataset, "dataset")).matches()) {
      throw new IllegalArgumentException("an FtM dataset name is lower-case letters, digits and"
          + " underscores, not '" + dataset + "'");
    }
    return new FtmExport(dataset, FtmIds.plain());
  }

  /**
   * The same export with ids under a namespace ({@code acme.org.undp}), so that data of several
   * origins do not collide in one FtM store.
   *
   * @param namespace letters, digits and inner hyphens, not null
   * @return the export, not null
   * @throws IllegalArgumentException if the namespace is not of that form
   */
  public FtmExport withNamespace(String namespace) {
    return new FtmExport(dataset, FtmIds.namespaced(namespace));
  }

  /**
   * The dataset name of the statements.
   *
   * @return the name, not null
   */
  public String dataset() {
    return dataset;
  }

  /**
   * The ids this export makes, to read an FtM id back to its attache id.
   *
   * @return the ids, not null
   */
  public FtmIds ids() {
    return ids;
  }

  /**
   * The FtM entities of one attache entity: usually one; a posting with a holder in post adds an
   * {@code Occupancy}, a project a {@code ProjectParticipant} per participant.
   *
   * @param entity the entity, not null
   * @return the FtM entities, empty for exactly the kinds FtM has no schema for (strategies,
   *     information systems, indicators, statements); unmodifiable
   */
  public List<FtmEntity> map(Entity entity) {
    return mapping.map(Objects.requireNonNull(entity, "entity"));
  }

  /**
   * A writer of FtM entities as NDJSON, one {@code {"id", "schema", "properties"}} object a line.
   *
   * @param out the stream, flushed but never closed by the writer, not null
   * @return the writer, not null
   */
  public FtmWriter entitiesWriter(OutputStream out) {
    return new FtmEntitiesWriter(this, Objects.requireNonNull(out, "out"));
  }

  /**
   * A writer of FtM statements as CSV, one row a property value, under a header line:
   * {@code id, entity_id, canonical_id, prop, prop_type, schema, value, dataset, origin, lang,
   * original_value, first_seen, last_seen, external}. The origin of a value is the attache sources
   * it came from; {@code first_seen} and {@code last_seen} are left empty, so the same data give
   * the same bytes.
   *
   * @param out the stream, flushed but never closed by the writer, not null
   * @return the writer, not null
   */
  public FtmWriter statementsWriter(OutputStream out) {
    return new FtmStatementsWriter(this, Objects.requireNonNull(out, "out"));
  }
}
