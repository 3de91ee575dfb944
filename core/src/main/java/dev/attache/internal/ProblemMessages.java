package dev.attache.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of problem codes, from the {@code ValidationMessages} bundle in each language.
 *
 * <p>Read directly rather than through {@code ResourceBundle}: the JVM's default locale never
 * leaks in (Russian is returned only when asked for), and every {@code ValidationMessages} file on
 * the class path is merged, so an application's own bundle does not hide this library's codes.
 * Parameters such as {@code {max}} are replaced by the constraint's attributes; nothing else is
 * evaluated.
 */
public final class ProblemMessages {
  private static final String BASE = "ValidationMessages";
  private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

  private ProblemMessages() {}

  /**
   * True if the code has a message: it is one of the library's codes.
   *
   * @param key the message key, not null
   * @return true if a {@code ValidationMessages} file on the class path gives it an English
   *     message
   */
  public static boolean isCode(String key) {
    return bundle("").containsKey(key);
  }

  /**
   * The message of a code in a language (English if the language has none), with {@code {name}}
   * parameters replaced by the given values; empty for an unknown code.
   *
   * @param code the problem code, not null
   * @param attributes the parameter values by name, not null; each written as its
   *     {@code toString()}
   * @param locale the language wanted, not null; only its language counts
   * @return the message, or empty if the code has no message in English either
   */
  public static Optional<String> format(String code, Map<String, ?> attributes, Locale locale) {
    String template = bundle(locale.getLanguage()).getProperty(code);
    if (template == null) {
      template = bundle("").getProperty(code);
    }
    if (template == null) {
      return Optional.empty();
    }
    String message = template;
    for (Map.Entry<String, ?> attribute : attributes.entrySet()) {
      message = message.replace("{" + attribute.getKey() + "}",
          String.valueOf(attribute.getValue()));
    }
    return Optional.of(message);
  }

  /**
   * The message of a code in a language, only if that language has one: no fallback to English.
   *
   * @param code the problem code, not null
   * @param locale the language wanted, not null; only its language counts
   * @return the template as written, parameters unreplaced, or empty
   */
  public static Optional<String> translation(String code, Locale locale) {
    String language = locale.getLanguage();
    if (language.isEmpty() || language.equals("en")) {
      return Optional.ofNullable(bundle("").getProperty(code));
    }
    return Optional.ofNullable(bundle(language).getProperty(code));
  }

  private static Properties bundle(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, ProblemMessages::load);
  }

  private static Properties load(String language) {
    String name = BASE + (language.isEmpty() || language.equals("en") ? "" : "_" + language)
        + ".properties";
    Properties merged = new Properties();
    try {
      ClassLoader loader = ProblemMessages.class.getClassLoader();
      Enumeration<URL> urls = loader.getResources(name);
      while (urls.hasMoreElements()) {
        Properties one = new Properties();
        try (InputStream in = urls.nextElement().openStream()) {
          one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        one.forEach(merged::putIfAbsent);
      }
      if (merged.isEmpty()) {
        try (InputStream in = ProblemMessages.class.getResourceAsStream("/" + name)) {
          if (in != null) {
            merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return merged;
  }
}
