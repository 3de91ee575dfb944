package dev.attache.example.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as HTTP entity tags: version 3 is {@code "3"}. {@code If-Match} carries the version a
 * client read, and a write goes through only over that version.
 */
final class Etags {
  /** {@code If-Match: *}: any version, as long as the entity is there. */
  static final long ANY = -2;

  /**
   * One entity tag of this service, weak or strong ({@code "3"}, {@code W/"3"}), or {@code *}
   * alone, with the optional white space HTTP allows around a field value. Nothing else: Spring's
   * lenient {@code ETag.parse} reads {@code **} as {@code *} and {@code "3" x} as {@code "3"}.
   */
  private static final Pattern FORM =
      Pattern.compile("[ \\t]*(?:(\\*)|(?:W/)?\"([0-9]{1,18})\")[ \\t]*");

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
    Matcher form = FORM.matcher(ifMatch);
    if (form.matches()) {
      if (form.group(1) != null) {
        return ANY;
      }
      long version = Long.parseLong(form.group(2));
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
