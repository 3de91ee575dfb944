package dev.attache.json;

import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * Collections a codec reads into before a builder copies them, kept by each thread and used again:
 * a list or map read for a builder is otherwise made only to be copied and dropped. Taken and
 * given back in stack order, one for each depth of nesting; each is emptied before it is given
 * back, and never held more than its codec's maximum, so what a thread keeps is bounded.
 *
 * @param <C> the collection
 */
final class Scratch<C> {
  private final ThreadLocal<ArrayDeque<C>> pool = ThreadLocal.withInitial(ArrayDeque::new);
  private final Supplier<C> make;

  Scratch(Supplier<C> make) {
    this.make = make;
  }

  /** An empty collection, this thread's to use until it gives it back. */
  C take() {
    C taken = pool.get().poll();
    return taken != null ? taken : make.get();
  }

  /** Gives back a collection, emptied by the caller. */
  void give(C emptied) {
    pool.get().push(emptied);
  }
}
