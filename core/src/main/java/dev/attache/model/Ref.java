package dev.attache.model;

import dev.attache.common.InvalidValueException;
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
 * <p>Text form: the id itself. Order: by kind (in the order of the {@link EntityKind} constants),
 * then slug.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the referenced entity
 */
public final class Ref<T extends Entity> implements Comparable<Ref<?>>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest slug. */
  public static final int MAX_SLUG_LENGTH = 120;

  /** The kind of the referenced entity, named by the id's prefix. */
  private final EntityKind kind;
  /** The part of the id after the colon. */
  private final String slug;
  private transient String text; // the id, made once: ids are written far more than built

  private Ref(EntityKind kind, String slug) {
    this.kind = kind;
    this.slug = slug;
  }

  /**
   * A reference to an entity of a type: {@code Ref.of(Organization.class, "undp")}.
   *
   * @param <T> the type of the referenced entity
   * @param type the entity type, not null
   * @param slug the slug, such as {@code undp}, not null
   * @return the reference, such as {@code org:undp}
   * @throws InvalidValueException {@code id.malformed} if the slug is malformed
   * @throws IllegalArgumentException if {@code type} is of no kind ({@link Entity} itself)
   */
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
   * @param text the id, such as {@code org:undp}, not null
   * @return the reference, of the kind its prefix names
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
   * @param <T> the type of the referenced entity
   * @param type the entity type the id must be of, not null
   * @param text the id, such as {@code org:undp}, not null
   * @return the reference
   * @throws InvalidValueException as {@link #parse(CharSequence)}, or {@code id.kind} if the id is
   *     of another kind
   * @throws IllegalArgumentException if {@code type} is of no kind ({@link Entity} itself)
   */
  public static <T extends Entity> Ref<T> parse(Class<T> type, CharSequence text) {
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
   * @param <U> the type to refer to
   * @param type the entity type, not null
   * @return this same reference, typed
   * @throws InvalidValueException {@code id.kind} if it refers to another kind
   * @throws IllegalArgumentException if {@code type} is of no kind ({@link Entity} itself)
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

  /**
   * The kind of the referenced entity.
   *
   * @return the kind its prefix names
   */
  public EntityKind getKind() {
    return kind;
  }

  /**
   * The slug: the part of the id after the colon.
   *
   * @return the slug, such as {@code innopolis-university}
   */
  public String getSlug() {
    return slug;
  }

  /**
   * The Java type of the referenced entity.
   *
   * @return the type of the kind, such as {@code Organization.class}
   */
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

  /**
   * The id: {@code org:innopolis-university}.
   *
   * @return the id, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    String id = text;
    if (id == null) {
      id = kind.getPrefix() + ":" + slug;
      text = id;
    }
    return id;
  }

  /**
   * Checks the slug of a deserialized reference like any other input.
   *
   * @return this reference
   * @throws InvalidValueException {@code id.malformed} if the slug is malformed
   */
  private Object readResolve() {
    checkSlug(toString(), slug);
    return this;
  }
}
