package dev.attache.data.generate;

import dev.attache.model.EntityKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each kind sits: entities come in cycles of {@code W} positions (the sum of the weights),
 * each cycle a block of each kind in kind order, so the kinds every other kind refers to come
 * first. The position of the {@code k}-th entity of a kind, and the kind and number of the entity
 * at a position, are arithmetic: any range can be generated on its own.
 */
final class Layout {
  private final int cycle;
  private final EntityKind[] kindAt;
  private final Map<EntityKind, Integer> start = new EnumMap<>(EntityKind.class);
  private final Map<EntityKind, Integer> weight = new EnumMap<>(EntityKind.class);
  private final Map<EntityKind, Long> totals = new EnumMap<>(EntityKind.class);

  Layout(GeneratorConfig config) {
    long count = config.getCount();
    int position = 0;
    for (EntityKind kind : EntityKind.values()) {
      int w = config.getMix().getOrDefault(kind, 0);
      start.put(kind, position);
      weight.put(kind, w);
      position += w;
    }
    this.cycle = position;
    this.kindAt = new EntityKind[cycle];
    for (EntityKind kind : EntityKind.values()) {
      for (int i = 0; i < weight.get(kind); i++) {
        kindAt[start.get(kind) + i] = kind;
      }
    }
    long full = count / cycle;
    long rest = count % cycle;
    for (EntityKind kind : EntityKind.values()) {
      long partial = Math.max(0, Math.min(weight.get(kind), rest - start.get(kind)));
      totals.put(kind, full * weight.get(kind) + partial);
    }
  }

  EntityKind kindAt(long position) {
    return kindAt[(int) (position % cycle)];
  }

  /** The number of the entity at a position among the entities of its kind. */
  long numberAt(long position) {
    EntityKind kind = kindAt(position);
    return position / cycle * weight.get(kind) + position % cycle - start.get(kind);
  }

  /** How many entities of a kind the whole dataset has. */
  long total(EntityKind kind) {
    return totals.get(kind);
  }
}
