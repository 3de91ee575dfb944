package dev.attache.common;

import dev.attache.internal.Texts;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The names of one thing: one per language, keyed by a BCP 47 tag ({@code en}, {@code ru},
 * {@code tk}, {@code ru-Latn}), plus aliases: other spellings, transliterations and abbreviations.
 *
 * <p>Invariants: at least one name; every tag well formed (kept in its canonical form, so
 * {@code EN} becomes {@code en}); no name or alias blank. Aliases keep their order and drop
 * repeats of a name or an earlier alias.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Names implements WithNames {
  Names() {}

  /**
   * The name in each language, in the order they were given.
   *
   * @return the names keyed by canonical language tag, at least one; an unmodifiable map
   */
  @Size(max = Limits.LANGUAGES)
  public abstract Map<@Size(max = 35) String, @Size(max = Limits.NAME) String> getByLanguage();

  /**
   * Other spellings, transliterations and abbreviations.
   *
   * @return the aliases in the order given, none of them a name or repeated; an unmodifiable
   *     list, may be empty
   */
  @Size(max = Limits.ALIASES)
  public abstract List<@Size(max = Limits.NAME) String> getAliases();

  /**
   * One name in one language.
   *
   * @param languageTag the BCP 47 tag of the language, such as {@code ru}, not null
   * @param name the name in that language, not null
   * @return the names
   * @throws InvalidValueException {@code names.language} if the tag is not well formed,
   *     {@code names.blank} if the name is blank, {@code names.character} if it has a control
   *     character or an unpaired surrogate
   */
  public static Names of(String languageTag, String name) {
    return builder().putByLanguage(languageTag, name).build();
  }

  /**
   * An English name.
   *
   * @param englishName the name in English, not null
   * @return the names, with the one name keyed {@code en}
   * @throws InvalidValueException {@code names.blank} if the name is blank,
   *     {@code names.character} if it has a control character or an unpaired surrogate
   */
  public static Names of(String englishName) {
    return of("en", englishName);
  }

  /**
   * A new builder, with no names and no aliases.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Names}; {@code put(tag, name)} adds a name, {@code addAlias} a spelling.
   *
   * <p>{@code build()} checks the invariants and throws {@link InvalidValueException} when one is
   * broken: {@code names.empty} without a name, {@code names.language}, {@code names.blank},
   * {@code names.character} as for {@link Names#of(String, String)}, and
   * {@code names.language.duplicate} for two tags of one canonical form ({@code en} and
   * {@code EN}). A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableNames.Builder {
    Builder() {}

    /**
     * Adds the name in a language; the same as {@code putByLanguage}. The tag and the name are
     * checked when the names are built.
     *
     * @param languageTag the BCP 47 tag of the language, such as {@code ru}, not null
     * @param name the name in that language, not null
     * @return this builder
     */
    public Builder put(String languageTag, String name) {
      putByLanguage(languageTag, name);
      return this;
    }
  }

  @Value.Check
  Names normalize() {
    if (getByLanguage().isEmpty()) {
      throw new InvalidValueException("names.empty",
          "Invalid names: at least one name in one language is required");
    }
    // the common case allocates nothing: canonical tags, good names, distinct aliases
    boolean changed = false;
    for (Map.Entry<String, String> entry : getByLanguage().entrySet()) {
      String tag = canonicalTag(entry.getKey());
      checkName(tag, entry.getValue());
      changed |= !tag.equals(entry.getKey());
    }
    List<String> aliases = getAliases();
    // a set only for many aliases: a few are compared faster than they are hashed
    Set<String> seen = aliases.size() > 16 ? new HashSet<>() : null;
    for (int i = 0; i < aliases.size(); i++) {
      String alias = aliases.get(i);
      if (Texts.isBlank(alias)) {
        throw new InvalidValueException("names.blank",
            "Invalid names: alias " + InvalidValueException.quote(alias) + " is blank");
      }
      checkCharacters(alias);
      changed |= getByLanguage().containsValue(alias)
          || (seen != null ? !seen.add(alias) : aliases.subList(0, i).contains(alias));
    }
    return changed ? normalized() : this;
  }

  private static void checkName(String tag, String name) {
    if (Texts.isBlank(name)) {
      throw new InvalidValueException("names.blank",
          "Invalid names: the name in '" + tag + "' is blank: " + InvalidValueException.quote(name));
    }
    checkCharacters(name);
  }

  /** A copy with canonical tags and without repeated aliases. */
  private Names normalized() {
    Map<String, String> byLanguage = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : getByLanguage().entrySet()) {
      String tag = canonicalTag(entry.getKey());
      if (byLanguage.put(tag, entry.getValue()) != null) {
        throw new InvalidValueException("names.language.duplicate",
            "Invalid names: two names for language " + InvalidValueException.quote(tag));
      }
    }
    Set<String> aliases = new LinkedHashSet<>(getAliases());
    aliases.removeAll(byLanguage.values());
    return ImmutableNames.builder().putAllByLanguage(byLanguage).addAllAliases(aliases).build();
  }

  /** A name is one line of text: no control character, no half of a character. */
  private static void checkCharacters(String name) {
    int bad = Texts.firstIllegal(name, false);
    if (bad >= 0) {
      throw new InvalidValueException("names.character",
          "Invalid names: " + InvalidValueException.quote(name) + " has the character "
              + Texts.codePoint(name.charAt(bad)) + " at index " + bad
              + " (a control character or an unpaired surrogate)");
    }
  }

  /** Canonical forms of the tags seen so far: a handful of languages, parsed once each. */
  private static final Map<String, String> CANONICAL =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_TAGS = 1024;

  /**
   * The canonical form of a BCP 47 language tag ({@code "EN-gb"} → {@code "en-GB"}), as names are
   * keyed; tags are parsed once each.
   *
   * @param tag the tag, not null
   * @return the canonical form of the tag
   * @throws InvalidValueException {@code names.language} if the tag is not well-formed or names no
   *     language
   */
  public static String canonicalTag(String tag) {
    String cached = CANONICAL.get(tag);
    if (cached != null) {
      return cached;
    }
    String canonical = parseTag(tag);
    if (CANONICAL.size() < MAX_CACHED_TAGS) {
      CANONICAL.put(tag, canonical);
    }
    return canonical;
  }

  private static String parseTag(String tag) {
    try {
      String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      if (canonical.equals("und")) { // what an empty tag becomes
        throw new IllformedLocaleException("no language");
      }
      return canonical;
    } catch (IllformedLocaleException e) {
      throw new InvalidValueException("names.language",
          "Invalid names: language tag " + InvalidValueException.quote(tag)
              + " is not a well-formed BCP 47 tag");
    }
  }

  /**
   * The name in a language ({@code "ru"}, {@code "EN"}), if there is one. The tag is looked up in
   * its canonical form, as names are keyed: {@code get("EN")} finds the name given as {@code en}.
   *
   * @param languageTag the BCP 47 tag of the language, not null
   * @return the name in that language, or empty if there is none
   * @throws InvalidValueException {@code names.language} if the tag is not well formed
   */
  public Optional<String> get(String languageTag) {
    String name = getByLanguage().get(languageTag); // the common case: already canonical
    return Optional.ofNullable(name != null ? name : getByLanguage().get(canonicalTag(languageTag)));
  }

  /**
   * The best name for a locale: its exact tag, then its language alone, then English, then the
   * first name given.
   *
   * @param locale the locale of the reader, not null
   * @return the best name, never null
   */
  public String get(Locale locale) {
    String tag = locale.toLanguageTag();
    String name = getByLanguage().get(tag);
    if (name == null) {
      name = getByLanguage().get(locale.getLanguage());
    }
    if (name == null) {
      name = getByLanguage().get("en");
    }
    return name != null ? name : getPrimary();
  }

  /**
   * The English name if there is one, else the first name given.
   *
   * @return the primary name, never null
   */
  public String getPrimary() {
    String english = getByLanguage().get("en");
    return english != null ? english : getByLanguage().values().iterator().next();
  }

  /**
   * Every name and alias, names first, without repeats; an unmodifiable set.
   *
   * @return the spellings, names first in language order, then aliases in order
   */
  public Set<String> allSpellings() {
    Set<String> all = new LinkedHashSet<>(getByLanguage().values());
    all.addAll(getAliases());
    return java.util.Collections.unmodifiableSet(all);
  }

  @Override
  public String toString() {
    return "Names" + getByLanguage() + (getAliases().isEmpty() ? "" : " aka " + getAliases());
  }
}
