package dev.attache.ftm;

import dev.attache.common.InvalidValueException;
import dev.attache.model.Ref;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FtM ids from attache ids, deterministic and reversible. An attache id {@code kind:slug} becomes
 * {@code kind.slug} ({@code org:undp} → {@code org.undp}), after an optional namespace and a dot;
 * an FtM entity made beside the one an attache entity maps to (the occupancy of a post, a project's
 * participant) adds {@code --} and its part ({@code posting.ru-cn--occupancy}). A kind has no dot
 * and a slug never holds {@code --}, so each id reads back to exactly one attache id and part.
 */
public final class FtmIds {
  /** What FtM accepts as an id. */
  public static final Pattern FTM_ID = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$");
  /**
   * The longest namespace: FtM's ids have at most 200 characters, and the longest id of an
   * attache entity is 145 ({@code project.}, a slug of 120, {@code --participant-999}).
   */
  public static final int MAX_NAMESPACE_LENGTH = 50;
  private static final Pattern NAMESPACE = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z-]*[0-9a-zA-Z])?$");
  /** A part of an FtM entity made beside another: {@code occupancy}, {@code participant-0}. */
  private static final Pattern PART = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  private final String prefix;

  private FtmIds(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Ids without a namespace.
   *
   * @return the ids, not null
   */
  public static FtmIds plain() {
    return new FtmIds("");
  }

  /**
   * Ids under a namespace: {@code acme} makes {@code acme.org.undp}.
   *
   * @param namespace letters, digits and inner hyphens, at most {@value #MAX_NAMESPACE_LENGTH}
   *     characters, not null
   * @return the ids, not null
   * @throws IllegalArgumentException if the namespace is not of that form
   */
  public static FtmIds namespaced(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (namespace.length() > MAX_NAMESPACE_LENGTH) {
      throw new IllegalArgumentException("a namespace has at most " + MAX_NAMESPACE_LENGTH
          + " characters, so that every FtM id stays within 200; this one has "
          + namespace.length());
    }
    if (!NAMESPACE.matcher(namespace).matches()) {
      throw new IllegalArgumentException("a namespace is letters, digits and inner hyphens, not '"
          + namespace + "'");
    }
    return new FtmIds(namespace + ".");
  }

  /**
   * The FtM id of an attache entity.
   *
   * @param ref the attache id, not null
   * @return the FtM id, not null
   */
  public String of(Ref<?> ref) {
    return prefix + ref.getKind().getPrefix() + "." + ref.getSlug();
  }

  /**
   * The FtM id of an entity made beside an attache entity.
   *
   * @param ref the attache id, not null
   * @param part the part, lower-case letters, digits and inner hyphens, not null
   * @return the FtM id, not null
   */
  public String of(Ref<?> ref, String part) {
    return of(ref) + "--" + part;
  }

  /**
   * The attache id an FtM id was made from.
   *
   * @param ftmId an id this namespace made, not null
   * @return the attache id, or empty if the id is not one this namespace makes
   */
  public Optional<Ref<?>> attacheId(String ftmId) {
    if (!Objects.requireNonNull(ftmId, "ftmId").startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = ftmId.substring(prefix.length());
    int part = rest.indexOf("--");
    if (part >= 0) {
      if (!PART.matcher(rest.substring(part + 2)).matches()) {
        return Optional.empty(); // no part, or one with another "--": never made here
      }
      rest = rest.substring(0, part);
    }
    int dot = rest.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Ref.parse(rest.substring(0, dot) + ":" + rest.substring(dot + 1)));
    } catch (InvalidValueException e) {
      return Optional.empty(); // not a kind, or not a slug
    }
  }
}
