package dev.attache.common;

import jakarta.validation.constraints.Size;
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
 */
@Value.Immutable
public abstract class Names implements WithNames {
  Names() {}

  /** The name in each language, in the order they were given. */
  @Size(max = Limits.LANGUAGES)
  public abstract Map<@Size(max = 35) String, @Size(max = Limits.NAME) String> getByLanguage();

  /** Other spellings, transliterations and abbreviations. */
  @Size(max = Limits.ALIASES)
  public abstract List<@Size(max = Limits.NAME) String> getAliases();

  /** One name in one language. */
  public static Names of(String languageTag, String name) {
    return builder().putByLanguage(languageTag, name).build();
  }

  /** An English name. */
  public static Names of(String englishName) {
    return of("en", englishName);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@code Names}; {@code put(tag, name)} adds a name, {@code addAlias} a spelling. */
  public static final class Builder extends ImmutableNames.Builder {
    Builder() {}

    /** Adds the name in a language; the same as {@code putByLanguage}. */
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
    boolean changed = false;
    Map<String, String> byLanguage = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : getByLanguage().entrySet()) {
      String tag = canonicalTag(entry.getKey());
      String name = entry.getValue();
      if (Texts.isBlank(name)) {
        throw new InvalidValueException("names.blank",
            "Invalid names: the name in '" + tag + "' is blank: " + InvalidValueException.quote(name));
      }
      checkCharacters(name);
      changed |= !tag.equals(entry.getKey());
      if (byLanguage.put(tag, name) != null) {
        throw new InvalidValueException("names.language.duplicate",
            "Invalid names: two names for language " + InvalidValueException.quote(tag));
      }
    }
    Set<String> aliases = new LinkedHashSet<>();
    for (String alias : getAliases()) {
      if (Texts.isBlank(alias)) {
        throw new InvalidValueException("names.blank",
            "Invalid names: alias " + InvalidValueException.quote(alias) + " is blank");
      }
      checkCharacters(alias);
      if (!byLanguage.containsValue(alias)) {
        aliases.add(alias);
      }
    }
    changed |= aliases.size() != getAliases().size();
    if (!changed) {
      return this;
    }
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

  private static String canonicalTag(String tag) {
    try {
      String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      if (canonical.isEmpty() || canonical.equals("und")) {
        throw new IllformedLocaleException("no language");
      }
      return canonical;
    } catch (IllformedLocaleException e) {
      throw new InvalidValueException("names.language",
          "Invalid names: language tag " + InvalidValueException.quote(tag)
              + " is not a well-formed BCP 47 tag");
    }
  }

  /** The name in a language tag ({@code "ru"}), if there is one. */
  public Optional<String> get(String languageTag) {
    return Optional.ofNullable(getByLanguage().get(languageTag));
  }

  /**
   * The best name for a locale: its exact tag, then its language alone, then English, then the
   * first name given.
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

  /** The English name if there is one, else the first name given. */
  public String getPrimary() {
    String english = getByLanguage().get("en");
    return english != null ? english : getByLanguage().values().iterator().next();
  }

  /** Every name and alias, names first, without repeats. */
  public Set<String> allSpellings() {
    Set<String> all = new LinkedHashSet<>(getByLanguage().values());
    all.addAll(getAliases());
    return all;
  }

  @Override
  public String toString() {
    return "Names" + getByLanguage() + (getAliases().isEmpty() ? "" : " aka " + getAliases());
  }
}
