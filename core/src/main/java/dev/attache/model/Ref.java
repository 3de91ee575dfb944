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
  // A reference read from an id keeps the id and cuts its slug only when asked (most are only
  // compared and written again): one text fewer for each reference decoded. One built from a slug
  // has both; a deserialized one makes its id when first asked. Each is made at most once, in a
  // benign race (both are immutable texts).
  private String slug;
  private transient String text;

  private Ref(EntityKind kind, String slug, String text) {
    this.kind = kind;
    this.slug = slug;
    this.text = text;
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
    String id = kind.getPrefix() + ":" + slug;
    checkSlug(id, kind.getPrefix().length() + 1);
    return new Ref<>(kind, slug, id);
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
    checkSlug(id, colon + 1);
    return new Ref<>(kind, null, id);
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
      checkSlug(id, length + 1);
      return new Ref<>(kind, null, id);
    }
    return parse(id).as(type);
  }

  /** Checks the slug of {@code id}, which starts at {@code from}. */
  private static void checkSlug(String id, int from) {
    int length = id.length() - from;
    if (length < 1 || length > MAX_SLUG_LENGTH || !isSlug(id, from)) {
      throw new InvalidValueException("id.malformed",
          "Invalid id " + InvalidValueException.quote(id)
              + ": the slug must be 1 to " + MAX_SLUG_LENGTH
              + " lower-case letters a-z and digits, in groups joined by single '-' or '.'");
    }
  }

  private static boolean isSlug(String id, int from) {
    boolean afterSeparator = true;
    for (int i = from; i < id.length(); i++) {
      char c = id.charAt(i);
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
    String cut = slug;
    if (cut == null) {
      cut = text.substring(kind.getPrefix().length() + 1);
      slug = cut;
    }
    return cut;
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
    // one kind, one prefix: the ids compare as their slugs do
    return c != 0 ? c : toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ref<?> that && kind == that.kind
        && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
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
    if (kind == null || slug == null) {
      throw new InvalidValueException("id.malformed", "Invalid id: no kind or no slug");
    }
    checkSlug(toString(), kind.getPrefix().length() + 1);
    return this;
  }

  /**
   * The slug is what is serialized: cut before writing if this reference was read from an id.
   *
   * @param out the stream written to
   * @throws java.io.IOException if the stream cannot be written
   */
  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    getSlug();
    out.defaultWriteObject();
  }
}
