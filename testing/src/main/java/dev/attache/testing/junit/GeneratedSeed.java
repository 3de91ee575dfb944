package dev.attache.testing.junit;

/**
 * Attached (as a suppressed exception) to the failure of a test that used generated data, so the
 * report shows the seed and how to repeat the run.
 */
public final class GeneratedSeed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The seed the test's data was generated with; serialized with the exception. */
  private final long seed;

  GeneratedSeed(long seed) {
    super("The test used data generated with seed " + seed + "; repeat it with @Seed(" + seed
        + "L)", null, false, false);
    this.seed = seed;
  }

  /**
   * The seed the test's data was generated with.
   *
   * @return the seed, to pin with {@link Seed} to repeat the run
   */
  public long getSeed() {
    return seed;
  }
}
