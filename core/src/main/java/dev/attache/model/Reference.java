package dev.attache.model;

import java.util.Objects;

/**
 * One reference an entity holds to another: where it sits in the entity (a JSON Pointer relative
 * to it, such as {@code /parties/1}), the id it points to, and the kind the attribute expects.
 * Immutable and thread-safe. Made by {@link Entity#references()}.
 */
public final class Reference {
  private final String attribute;
  private final int index;
  private final String property;
  private final Ref<? extends Entity> target;
  private final Class<? extends Entity> expected;
  private String pointer;

  Reference(String attribute, int index, String property, Ref<? extends Entity> target,
      Class<? extends Entity> expected) {
    this.attribute = attribute;
    this.index = index;
    this.property = property;
    this.target = Objects.requireNonNull(target, "target");
    this.expected = expected;
  }

  /**
   * The place of the reference inside its entity, made when first asked for: an index of a
   * million entities holds millions of references and asks for few pointers.
   *
   * @return a JSON Pointer relative to the entity: {@code /service}, {@code /parties/1},
   *     {@code /participants/0/organization}
   */
  public String pointer() {
    String made = pointer;
    if (made == null) {
      made = "/" + attribute + (index < 0 ? "" : "/" + index) + (property == null ? ""
          : "/" + property);
      pointer = made;
    }
    return made;
  }

  /**
   * The id referred to.
   *
   * @return the id, not null
   */
  public Ref<? extends Entity> target() {
    return target;
  }

  /**
   * The type the attribute refers to: {@code Entity.class} where any kind will do. It can differ
   * from the target's kind only when raw types smuggled a wrong id in, which a dataset check
   * reports.
   *
   * @return the expected type, not null
   */
  public Class<? extends Entity> expected() {
    return expected;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reference r && r.pointer().equals(pointer())
        && r.target.equals(target) && r.expected.equals(expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer(), target, expected);
  }

  /** {@code /parties/1 -> org:undp}. */
  @Override
  public String toString() {
    return pointer() + " -> " + target;
  }
}
