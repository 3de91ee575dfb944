package dev.attache.data.generate;

import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonWriter;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates a synthetic dataset of the model: plausible, seeded, and partitionable.
 *
 * <p><b>Deterministic.</b> The same configuration and the same {@link #VERSION} give the same
 * entities and byte-identical JSON, on any machine; the version changes whenever the output does.
 *
 * <p><b>Partitionable.</b> Entity {@code i} depends only on the configuration and {@code i}: kinds
 * are laid out in fixed cycles, the {@code k}-th entity of a kind has the id {@code kind:g-k} and
 * draws from a random stream seeded by (seed, kind, k), and references name entities by number.
 * Any range {@code [from, to)} can be generated on its own, in any order or in parallel, and the
 * ranges together are the whole dataset, with every reference resolved.
 *
 * <p><b>Valid by construction.</b> Entities are made through the public builders, with dates,
 * statuses and periods consistent with the rules (agreements signed before they enter into force,
 * one active posting per service and host country at a time, single-holder posts held one after
 * another, sessions inside their commission's life, no parent cycles). With an
 * {@linkplain GeneratorConfig#getInvalidRate() invalid rate}, that share of entities breaks exactly
 * one named rule each, reported by {@link GeneratedEntity#brokenRule()}.
 *
 * <p>The model of what is generated is documented in the README ("Generating datasets").
 * Instances are immutable and thread-safe.
 */
public final class DatasetGenerator {
  /** The version of the output: part of the determinism promise. */
  public static final String VERSION = "4";

  private static final long INVALID_SALT = 0x1BADL;

  private final GeneratorConfig config;
  private final Layout layout;
  private final EntityFactory factory;

  private DatasetGenerator(GeneratorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.layout = new Layout(config);
    this.factory = new EntityFactory(config, layout);
  }

  /**
   * A generator of the dataset a configuration describes.
   *
   * @param config the configuration, not null
   * @return a new generator, not null
   */
  public static DatasetGenerator of(GeneratorConfig config) {
    return new DatasetGenerator(config);
  }

  /**
   * The configuration of this generator.
   *
   * @return the configuration, not null
   */
  public GeneratorConfig config() {
    return config;
  }

  /**
   * How many entities the whole dataset has.
   *
   * @return the configured number of entities, zero or more
   */
  public long count() {
    return config.getCount();
  }

  /**
   * How many entities of a kind the whole dataset has.
   *
   * @param kind the kind, not null
   * @return the number of entities of the kind, zero for a kind outside the mix
   */
  public long count(EntityKind kind) {
    return layout.total(kind);
  }

  /**
   * The entity at a position, with the rule it breaks if it was made invalid on purpose.
   *
   * @param position the 0-based position, from 0 to {@code count() - 1}
   * @return the generated entity, not null
   * @throws IndexOutOfBoundsException if {@code position} is outside that range
   */
  public GeneratedEntity generate(long position) {
    if (position < 0 || position >= config.getCount()) {
      throw new IndexOutOfBoundsException("position " + position + " is outside 0.."
          + (config.getCount() - 1));
    }
    EntityKind kind = layout.kindAt(position);
    long number = layout.numberAt(position);
    Entity entity = factory.make(kind, number);
    if (config.getInvalidRate() > 0 && Seeds.random(config.getSeed(), kind.ordinal(), number,
        INVALID_SALT).nextDouble() < config.getInvalidRate()) {
      Breakage.Broken broken = Breakage.of(entity);
      return new GeneratedEntity(position, broken.entity(), Optional.of(broken.code()));
    }
    return new GeneratedEntity(position, entity, Optional.empty());
  }

  /**
   * The entity at a position.
   *
   * @param position the 0-based position, from 0 to {@code count() - 1}
   * @return the entity, not null
   * @throws IndexOutOfBoundsException if {@code position} is outside that range
   */
  public Entity entity(long position) {
    return generate(position).entity();
  }

  /**
   * The entities of positions {@code [from, to)}, in order; the stream may be made parallel.
   *
   * @param from the first position, inclusive, zero or more
   * @param to the end position, exclusive, from {@code from} to {@link #count()}
   * @return a lazy stream of the generated entities, not null
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, count())}
   */
  public Stream<GeneratedEntity> generate(long from, long to) {
    if (from < 0 || to > config.getCount() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") is outside [0, "
          + config.getCount() + ")");
    }
    return LongStream.range(from, to).mapToObj(this::generate);
  }

  /**
   * The entities of positions {@code [from, to)}, in order.
   *
   * @param from the first position, inclusive, zero or more
   * @param to the end position, exclusive, from {@code from} to {@link #count()}
   * @return a lazy stream of the entities, not null
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, count())}
   */
  public Stream<Entity> stream(long from, long to) {
    return generate(from, to).map(GeneratedEntity::entity);
  }

  /**
   * Every entity, in order.
   *
   * @return a lazy stream of every entity of the dataset, not null
   */
  public Stream<Entity> stream() {
    return stream(0, config.getCount());
  }

  /**
   * The whole dataset in memory (at most {@code Integer.MAX_VALUE} entities).
   *
   * @return a new dataset of every entity, in order, not null
   * @throws IllegalStateException if the count is above {@code Integer.MAX_VALUE}
   */
  public Dataset dataset() {
    if (config.getCount() > Integer.MAX_VALUE) {
      throw new IllegalStateException("too many entities for one in-memory dataset: "
          + config.getCount());
    }
    return Dataset.of(stream());
  }

  /**
   * Writes positions {@code [from, to)} as NDJSON, one entity per line; memory stays flat
   * whatever the count. The stream is flushed, not closed.
   *
   * @param out the stream to write to, in UTF-8, not null
   * @param from the first position, inclusive, zero or more
   * @param to the end position, exclusive, from {@code from} to {@link #count()}
   * @return the number of entities written
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, count())}
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  public long writeNdjson(OutputStream out, long from, long to) {
    return write(AttacheJson.strict().ndjsonWriter(out), from, to);
  }

  /**
   * Writes positions {@code [from, to)} as NDJSON led by the header line
   * {@code {"format":"attache/1"}}, as {@link #writeNdjson(OutputStream, long, long)} does
   * otherwise.
   *
   * @param out the stream to write to, in UTF-8, not null
   * @param from the first position, inclusive, zero or more
   * @param to the end position, exclusive, from {@code from} to {@link #count()}
   * @return the number of entities written, the header not counted
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, count())}
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  public long writeNdjsonWithHeader(OutputStream out, long from, long to) {
    return write(AttacheJson.strict().ndjsonWriterWithHeader(out), from, to);
  }

  private long write(NdjsonWriter writer, long from, long to) {
    generate(from, to).forEachOrdered(g -> writer.write(g.entity()));
    writer.flush();
    return writer.count();
  }
}
