package dev.attache.common;

import java.io.Serializable;
import java.util.Objects;

/**
 * A typed reference to an entity by its id, {@code kind:slug}: {@code org:innopolis-university}.
 *
 * <p>The kind is one of {@link EntityKind}'s prefixes and must match the referenced type, so a
 * {@code Ref<Organization>} can only hold an {@code org:} id. The slug is 1 to
 * {@value #MAX_SLUG_LENGTH} characters of lower-case ASCII letters and digits, in groups joined by
 * single hyphens or dots ({@code undp}, {@code ru-tm-2025-10-13}, {@code cisco.ccna}).
 *
 * <p>Text form: the id itself. Order: by kind, then slug.
 *
 * @param <T> the type of the referenced entity
 */
public final class Ref<T extends Entity> implements Comparable<Ref<?>>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest slug. */
  public static final int MAX_SLUG_LENGTH = 120;

  private final EntityKind kind;
  private final String slug;
  private transient String text; // the id, made once: ids are written far more than built

  private Ref(EntityKind kind, String slug) {
    this.kind = kind;
    this.slug = slug;
  }

  /** A reference to an entity of a type: {@code Ref.of(Organization.class, "undp")}. */
  public static <T extends Entity> Ref<T> of(Class<T> type, String slug) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(slug, "slug");
    EntityKind kind = EntityKind.of(type);
    checkSlug(kind.getPrefix() + ":" + slug, slug);
    return new Ref<>(kind, slug);
  }

  /**
   * Parses an id of any kind.
   *
   * @throws InvalidValueException {@code id.malformed} or {@code id.kind} for an unknown prefix
   */
  public static Ref<? extends Entity> parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String id = text.toString();
    int colon = id.indexOf(':');
    if (colon <= 0) {
      throw new InvalidValueException("id.malformed",
          "Invalid id " + InvalidValueException.quote(id) + ": expected kind:slug");
    }
    String prefix = id.substring(0, colon);
    EntityKind kind = EntityKind.ofPrefix(prefix).orElseThrow(() ->
        new InvalidValueException("id.kind",
            "Invalid id " + InvalidValueException.quote(id) + ": unknown kind "
                + InvalidValueException.quote(prefix)));
    String slug = id.substring(colon + 1);
    checkSlug(id, slug);
    return new Ref<>(kind, slug);
  }

  /**
   * Parses an id that must be of the given type.
   *
   * @throws InvalidValueException as {@link #parse(CharSequence)}, or {@code id.kind} if the id is
   *     of another kind
   */
  public static <T extends Entity> Ref<T> parse(CharSequence text, Class<T> type) {
    EntityKind kind = EntityKind.of(type);
    String prefix = kind.getPrefix();
    int length = prefix.length();
    String id = text.toString();
    // the common case: an id of the expected kind, read without a detour
    if (id.length() > length && id.charAt(length) == ':' && id.startsWith(prefix)) {
      String slug = id.substring(length + 1);
      checkSlug(id, slug);
      Ref<T> ref = new Ref<>(kind, slug);
      ref.text = id;
      return ref;
    }
    return parse(id).as(type);
  }

  private static void checkSlug(String id, String slug) {
    if (slug.isEmpty() || slug.length() > MAX_SLUG_LENGTH || !isSlug(slug)) {
      throw new InvalidValueException("id.malformed",
          "Invalid id " + InvalidValueException.quote(id)
              + ": the slug must be 1 to " + MAX_SLUG_LENGTH
              + " lower-case letters a-z and digits, in groups joined by single '-' or '.'");
    }
  }

  private static boolean isSlug(String slug) {
    boolean afterSeparator = true;
    for (int i = 0; i < slug.length(); i++) {
      char c = slug.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        afterSeparator = false;
      } else if ((c == '-' || c == '.') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /**
   * This reference typed as a reference to {@code type}.
   *
   * @throws InvalidValueException {@code id.kind} if it refers to another kind
   */
  @SuppressWarnings("unchecked")
  public <U extends Entity> Ref<U> as(Class<U> type) {
    EntityKind expected = EntityKind.of(type);
    if (kind != expected) {
      throw new InvalidValueException("id.kind",
          "Invalid id " + InvalidValueException.quote(toString()) + ": expected an id of kind '"
              + expected.getPrefix() + ":'");
    }
    return (Ref<U>) this;
  }

  public EntityKind getKind() {
    return kind;
  }

  public String getSlug() {
    return slug;
  }

  /** The Java type of the referenced entity. */
  @SuppressWarnings("unchecked")
  public Class<T> getType() {
    return (Class<T>) kind.getType();
  }

  @Override
  public int compareTo(Ref<?> other) {
    int c = kind.compareTo(other.kind);
    return c != 0 ? c : slug.compareTo(other.slug);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ref<?> that && kind == that.kind && slug.equals(that.slug);
  }

  @Override
  public int hashCode() {
    return 31 * kind.ordinal() + slug.hashCode();
  }

  /** The id: {@code org:innopolis-university}. */
  @Override
  public String toString() {
    String id = text;
    if (id == null) {
      id = kind.getPrefix() + ":" + slug;
      text = id;
    }
    return id;
  }

  private Object readResolve() {
    checkSlug(toString(), slug);
    return this;
  }
}
