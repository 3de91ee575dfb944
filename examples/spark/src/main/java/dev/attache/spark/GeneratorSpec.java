package dev.attache.spark;

import dev.attache.data.generate.GeneratorConfig;
import dev.attache.model.EntityKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * A {@link GeneratorConfig} as plain values, to travel to executors: the configuration itself is
 * not {@code Serializable}, and a task must capture nothing else. Each executor rebuilds the
 * configuration with {@link #toConfig()} and gets the generator that made the driver's.
 *
 * @param seed the seed
 * @param count how many entities the whole dataset holds
 * @param mix the share of each kind, by the kind's name
 * @param referenceDate what the data take for today, ISO
 * @param languages the languages of names
 * @param invalidRate the share of entities that break a rule
 */
public record GeneratorSpec(long seed, long count, LinkedHashMap<String, Integer> mix,
    String referenceDate, ArrayList<String> languages, double invalidRate)
    implements Serializable {

  /**
   * The plain values of a configuration.
   *
   * @param config the configuration, not null
   * @return its values
   */
  public static GeneratorSpec of(GeneratorConfig config) {
    LinkedHashMap<String, Integer> mix = new LinkedHashMap<>();
    config.getMix().forEach((kind, share) -> mix.put(kind.name(), share));
    return new GeneratorSpec(config.getSeed(), config.getCount(), mix,
        config.getReferenceDate().toString(), new ArrayList<>(config.getLanguages()),
        config.getInvalidRate());
  }

  /**
   * The configuration again.
   *
   * @return a configuration equal to the one these values came from
   */
  public GeneratorConfig toConfig() {
    Map<EntityKind, Integer> kinds = new EnumMap<>(EntityKind.class);
    mix.forEach((kind, share) -> kinds.put(EntityKind.valueOf(kind), share));
    return GeneratorConfig.builder(seed).count(count).mix(kinds)
        .referenceDate(LocalDate.parse(referenceDate))
        .languages(new LinkedHashSet<>(languages)).invalidRate(invalidRate).build();
  }

  /**
   * The first position of a partition when the dataset is cut into {@code partitions} equal
   * parts: partition {@code p} holds positions {@code [start(p), start(p + 1))}.
   *
   * @param partition the partition, from 0 to {@code partitions}
   * @param partitions how many
   * @return the first position
   */
  public long start(long partition, int partitions) {
    // count * partition may pass Long.MAX_VALUE for a count near it: computed exactly, once per
    // partition
    return java.math.BigInteger.valueOf(count).multiply(java.math.BigInteger.valueOf(partition))
        .divide(java.math.BigInteger.valueOf(partitions)).longValueExact();
  }
}
