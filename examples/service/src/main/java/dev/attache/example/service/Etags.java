package dev.attache.example.service;

import java.util.List;
import org.springframework.http.ETag;

/**
 * Versions as HTTP entity tags: version 3 is {@code "3"}. {@code If-Match} carries the version a
 * client read, and a write goes through only over that version.
 */
final class Etags {
  /** {@code If-Match: *}: any version, as long as the entity is there. */
  static final long ANY = -2;

  private Etags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header names.
   *
   * @return the version, {@link #ANY} for {@code *}
   * @throws BadIfMatchException if the header is not one tag of this service's form
   */
  static long version(String ifMatch) {
    List<ETag> tags = ETag.parse(ifMatch);
    if (tags.size() == 1 && tags.get(0).isWildcard()) {
      return ANY;
    }
    // weak or strong: a version is a version
    String digits = tags.size() == 1 ? tags.get(0).tag() : "";
    if (!digits.isEmpty() && digits.length() <= 18
        && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long version = Long.parseLong(digits);
      if (version > 0) {
        return version;
      }
    }
    throw new BadIfMatchException(ifMatch);
  }

  /** An {@code If-Match} this service did not issue: 400. */
  static final class BadIfMatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadIfMatchException(String value) {
      super("If-Match must be one version tag such as \"3\", or *: "
          + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
    }
  }
}
