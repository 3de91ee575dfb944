package dev.attache.data.generate;

import java.util.SplittableRandom;

/** Seeds derived from (seed, kind, number): each entity draws from its own stream. */
final class Seeds {
  private Seeds() {}

  /** SplitMix64's finalizer: a good, fast mix of 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static SplittableRandom random(long seed, int kind, long number, long salt) {
    return new SplittableRandom(mix(mix(mix(seed ^ salt) + kind) + number));
  }
}
