package dev.attache.internal;

import java.util.Map;

/**
 * Russian Cyrillic in Latin letters, passport style ({@code х→kh}, {@code ж→zh}, {@code ы→y},
 * {@code щ→shch}): the romanization Russian-language sources print, Хаджимырат Худайгулыев →
 * Khadzhimyrat Khudaygulyev. A fixed table of 33 letters, so that the result never depends on the
 * JDK or a library version.
 */
public final class Cyrillic {
  private static final Map<Character, String> LETTERS = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
      Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
      Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
      Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
      Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
      Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
      Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
      Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
      Map.entry('я', "ya"));

  private Cyrillic() {}

  /**
   * The Latin letters of one lower-case Russian letter, or null for any other character.
   *
   * @param lowerCase the character to look up
   * @return its Latin letters in lower case ({@code "shch"} for {@code щ}, empty for the signs
   *     {@code ъ} and {@code ь}), or null if it is not a lower-case Russian letter
   */
  public static String latin(char lowerCase) {
    return LETTERS.get(lowerCase);
  }

  /**
   * The text with its Russian letters romanized; a capital starts each romanized word.
   *
   * <p>Each Russian letter, of either case, becomes its Latin letters; every other character is
   * kept. A capital that starts a word gives a capital followed by lower case ({@code Щука} →
   * {@code Shchuka}); every other letter gives lower case, so {@code СССР} → {@code Sssr}.
   *
   * @param text the text, not null
   * @return the romanized text, not null
   */
  public static String toLatin(CharSequence text) {
    StringBuilder latin = new StringBuilder(text.length() + 8);
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String mapped = LETTERS.get(Character.toLowerCase(c));
      if (mapped == null) {
        latin.append(c);
        wordStart = !Character.isLetter(c);
        continue;
      }
      if (wordStart && Character.isUpperCase(c) && !mapped.isEmpty()) {
        latin.append(Character.toUpperCase(mapped.charAt(0))).append(mapped, 1, mapped.length());
      } else {
        latin.append(mapped);
      }
      wordStart = false;
    }
    return latin.toString();
  }
}
