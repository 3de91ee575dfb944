package dev.attache;

import java.util.function.IntFunction;

/**
 * How the cost of some work grows when its input doubles: a ratio of two timings made side by
 * side, never a wall time. Linear work gives about 2, n log n a little more, quadratic about 4.
 * Each size is timed five times after three warm-up rounds, keeping the fastest; the time is the
 * CPU time of the test's own thread, so neither other processes nor the collector's pauses (which
 * run on threads of their own) blur the ratio.
 */
public final class Growth {
  private Growth() {}

  /**
   * The ratio of the time of {@code work} at {@code 2n} to its time at {@code n}.
   *
   * @param work makes, for a size, the task to time (building the input is not timed)
   */
  public static double ofDoubling(int n, IntFunction<Runnable> work) {
    Runnable small = work.apply(n);
    Runnable large = work.apply(2 * n);
    for (int i = 0; i < 3; i++) { // warm-up: class loading and the compilers' work
      small.run();
      large.run();
    }
    // the least of three ratios: noise only ever raises one, a square law raises all three
    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3; attempt++) {
      ratio = Math.min(ratio, best(large) / best(small));
    }
    System.out.printf("[growth] n=%d: time(2n) / time(n) = %.2f%n", n, ratio);
    return ratio;
  }

  private static double best(Runnable task) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      task.run();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
    }
    return Math.max(1, best);
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
}
