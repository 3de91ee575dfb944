package dev.attache.data.generate;

import dev.attache.model.EntityKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate: a seed, a number of entities, the mix of kinds (relative weights), the
 * reference date that stands for "today" (the generator never reads the clock), the languages of
 * names, and the share of entities that break one rule on purpose. Immutable and thread-safe;
 * build it with {@link #builder(long)}.
 */
public final class GeneratorConfig {
  /** The default reference date: what the generated data takes for today. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

  /** The default mix: per 100 entities, roughly what a real collection of such data holds. */
  public static final Map<EntityKind, Integer> DEFAULT_MIX = defaultMix();

  private static Map<EntityKind, Integer> defaultMix() {
    Map<EntityKind, Integer> mix = new EnumMap<>(EntityKind.class);
    mix.put(EntityKind.SOURCE, 4);
    mix.put(EntityKind.ORGANIZATION, 18);
    mix.put(EntityKind.PERSON, 16);
    mix.put(EntityKind.MEMBERSHIP, 8);
    mix.put(EntityKind.ATTACHE_SERVICE, 1);
    mix.put(EntityKind.ATTACHE_POSTING, 7);
    mix.put(EntityKind.EXPORT_DEAL, 6);
    mix.put(EntityKind.AGREEMENT, 8);
    mix.put(EntityKind.COMMISSION, 1);
    mix.put(EntityKind.COMMISSION_SESSION, 3);
    mix.put(EntityKind.STRATEGY, 2);
    mix.put(EntityKind.PROJECT, 2);
    mix.put(EntityKind.TRAINING_PROGRAM, 3);
    mix.put(EntityKind.INFORMATION_SYSTEM, 3);
    mix.put(EntityKind.EVENT, 14);
    mix.put(EntityKind.INDICATOR, 4);
    mix.put(EntityKind.STATEMENT, 2);
    return Collections.unmodifiableMap(mix);
  }

  /** Kinds an entity of a kind must be able to refer to: they come first in every cycle. */
  static final Map<EntityKind, List<EntityKind>> REQUIRES = Map.of(
      EntityKind.MEMBERSHIP, List.of(EntityKind.PERSON, EntityKind.ORGANIZATION),
      EntityKind.ATTACHE_POSTING, List.of(EntityKind.ATTACHE_SERVICE),
      EntityKind.EXPORT_DEAL, List.of(EntityKind.ORGANIZATION),
      EntityKind.COMMISSION_SESSION, List.of(EntityKind.COMMISSION),
      EntityKind.STATEMENT, List.of(EntityKind.ORGANIZATION));

  private final long seed;
  private final long count;
  private final Map<EntityKind, Integer> mix;
  private final LocalDate referenceDate;
  private final Set<String> languages;
  private final double invalidRate;

  private GeneratorConfig(Builder builder) {
    this.seed = builder.seed;
    if (builder.count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + builder.count);
    }
    this.count = builder.count;
    Map<EntityKind, Integer> mix = new EnumMap<>(EntityKind.class);
    builder.mix.forEach((kind, weight) -> {
      if (weight < 0 || weight > 1000) {
        throw new IllegalArgumentException("weight of " + kind + " must be 0..1000: " + weight);
      }
      if (weight > 0) {
        mix.put(kind, weight);
      }
    });
    if (mix.isEmpty()) {
      throw new IllegalArgumentException("the mix must give at least one kind a weight");
    }
    REQUIRES.forEach((kind, needed) -> {
      if (mix.containsKey(kind)) {
        for (EntityKind need : needed) {
          if (!mix.containsKey(need)) {
            throw new IllegalArgumentException("a mix with " + kind + " needs " + need
                + ", which it refers to");
          }
        }
      }
    });
    this.mix = Collections.unmodifiableMap(mix);
    this.referenceDate = Objects.requireNonNull(builder.referenceDate, "referenceDate");
    if (referenceDate.getYear() < 2010 || referenceDate.getYear() > 2100) {
      throw new IllegalArgumentException("referenceDate must be in 2010..2100: " + referenceDate);
    }
    Set<String> languages = new LinkedHashSet<>(builder.languages);
    if (languages.isEmpty() || !Set.of("en", "ru", "tk").containsAll(languages)) {
      throw new IllegalArgumentException("languages must be a non-empty subset of en, ru, tk: "
          + languages);
    }
    this.languages = Collections.unmodifiableSet(languages);
    if (!(builder.invalidRate >= 0 && builder.invalidRate <= 1)) {
      throw new IllegalArgumentException("invalidRate must be in 0..1: " + builder.invalidRate);
    }
    this.invalidRate = builder.invalidRate;
  }

  /**
   * A builder with the defaults and this seed: 1,000 entities, the {@link #DEFAULT_MIX}, the
   * {@link #DEFAULT_REFERENCE_DATE}, names in en, ru and tk, and no invalid entities.
   *
   * @param seed the seed of every random choice
   * @return a new builder, not null
   */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  /**
   * The seed: the same configuration gives the same entities.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * How many entities, of all kinds together.
   *
   * @return the number of entities, zero or more
   */
  public long getCount() {
    return count;
  }

  /**
   * The weight of each kind that is generated.
   *
   * @return the positive weight of each generated kind, in kind order, unmodifiable, not null
   */
  public Map<EntityKind, Integer> getMix() {
    return mix;
  }

  /**
   * The reference date: what the generated data takes for today.
   *
   * @return the reference date, in the years 2010 to 2100, not null
   */
  public LocalDate getReferenceDate() {
    return referenceDate;
  }

  /**
   * The languages names are given in.
   *
   * @return a non-empty subset of en, ru and tk, in the order given, unmodifiable, not null
   */
  public Set<String> getLanguages() {
    return languages;
  }

  /**
   * The share of entities that break exactly one named rule each.
   *
   * @return the share, from 0 to 1
   */
  public double getInvalidRate() {
    return invalidRate;
  }

  /**
   * A builder holding this configuration, to make a changed copy of it.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder(seed).count(count).mix(mix).referenceDate(referenceDate)
        .languages(languages).invalidRate(invalidRate);
  }

  @Override
  public String toString() {
    return "GeneratorConfig[seed=" + seed + ", count=" + count + ", mix=" + mix
        + ", referenceDate=" + referenceDate + ", languages=" + languages + ", invalidRate="
        + invalidRate + "]";
  }

  /**
   * Builds a {@link GeneratorConfig}. Mutable and not thread-safe; the values are checked by
   * {@link #build()}.
   */
  public static final class Builder {
    private final long seed;
    private long count = 1000;
    private Map<EntityKind, Integer> mix = DEFAULT_MIX;
    private LocalDate referenceDate = DEFAULT_REFERENCE_DATE;
    private Set<String> languages = Set.of("en", "ru", "tk");
    private double invalidRate;

    private Builder(long seed) {
      this.seed = seed;
    }

    /**
     * How many entities, of all kinds together (1,000 by default).
     *
     * @param count the number of entities, zero or more
     * @return this builder
     */
    public Builder count(long count) {
      this.count = count;
      return this;
    }

    /**
     * The relative weight of each kind; kinds left out are not generated. The default is
     * {@link GeneratorConfig#DEFAULT_MIX}. A kind needs the kinds its entities refer to: a
     * membership needs persons and organizations, an attaché posting an attaché service, an
     * export deal organizations, a commission session a commission.
     *
     * @param mix the weight of each kind, from 0 to 1000, at least one positive, not null and
     *     without null keys or values
     * @return this builder
     */
    public Builder mix(Map<EntityKind, Integer> mix) {
      this.mix = Map.copyOf(mix);
      return this;
    }

    /**
     * The date the generated data takes for today
     * ({@link GeneratorConfig#DEFAULT_REFERENCE_DATE} by default).
     *
     * @param referenceDate the date, in the years 2010 to 2100, not null
     * @return this builder
     */
    public Builder referenceDate(LocalDate referenceDate) {
      this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
      return this;
    }

    /**
     * The languages names are given in (a subset of en, ru, tk); other spellings are aliases.
     * All three by default.
     *
     * @param languages a non-empty subset of en, ru and tk, not null
     * @return this builder
     */
    public Builder languages(Set<String> languages) {
      this.languages = new LinkedHashSet<>(languages);
      return this;
    }

    /**
     * The share of entities, 0 to 1, that break exactly one named rule each (0 by default).
     *
     * @param invalidRate the share, from 0 to 1
     * @return this builder
     */
    public Builder invalidRate(double invalidRate) {
      this.invalidRate = invalidRate;
      return this;
    }

    /**
     * Checks the values and builds the configuration.
     *
     * @return a new configuration, not null
     * @throws IllegalArgumentException if the count is negative, a weight is outside 0 to 1000, no
     *     kind has a positive weight, a kind lacks a kind it refers to, the reference date is
     *     outside the years 2010 to 2100, the languages are empty or not among en, ru and tk, or
     *     the invalid rate is outside 0 to 1
     * @throws NullPointerException if the reference date is null
     */
    public GeneratorConfig build() {
      return new GeneratorConfig(this);
    }
  }
}
