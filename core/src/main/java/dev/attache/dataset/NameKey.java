package dev.attache.dataset;

import dev.attache.internal.Cyrillic;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spelling-independent key of a name, so that Cyrillic and Latin spellings and the common
 * romanizations of Turkmen and Russian names meet: {@code Hajymyrat Hudayguliyev},
 * {@code Khadzhimyrat Khudaygulyev} and {@code Хаджимырат Худайгулыев} share one key.
 *
 * <p>Steps: Unicode NFKC and lower case; Cyrillic (Russian and Turkmen letters) to Latin by a
 * fixed table; Turkmen Latin letters (ç ş ž ň ý ä ö ü) and other diacritics to plain Latin; then
 * the spellings that romanizations disagree on are folded to one: {@code kh→h}, {@code dzh, dj,
 * zh, j→j}, {@code ch, tch→c}, {@code sh, shch→s}, {@code y→i}, {@code ts, tz→c}, {@code w→v},
 * {@code x→ks}, doubled letters (not digits) to one; everything that is not a letter or digit
 * separates words.
 *
 * <p>Public so that a store outside memory keeps the same keys and finds what
 * {@link Dataset#search(String)} finds.
 *
 * <p>The tables are attache's Cyrillic table and the JDK's {@link Normalizer} plus a few lines
 * here: ICU4J's transliterator would do the Cyrillic step but is a 13 MB dependency for a table
 * of 40 letters, and no library folds the romanization variants, which is the part that matters.
 */
public final class NameKey {
  /** Letters beyond Russian: Turkmen Cyrillic, and Turkmen Latin letters NFD keeps whole. */
  private static final Map<Character, String> TURKMEN = Map.ofEntries(
      Map.entry('ә', "a"), Map.entry('җ', "j"), Map.entry('ң', "n"), Map.entry('ө', "o"),
      Map.entry('ү', "u"), Map.entry('ı', "i"), Map.entry('ž', "zh"), Map.entry('ç', "ch"),
      Map.entry('ş', "sh"));

  private NameKey() {}

  /**
   * The key of a whole name: its words' keys joined by single spaces. Two names with one key are
   * the same name in other spellings ({@link Dataset#search} quality
   * {@link NameMatch.Quality#TRANSLITERATED}).
   *
   * @param name the name as written, not null
   * @return the key, empty if the name has no letter or digit
   */
  public static String of(String name) {
    return String.join(" ", words(name));
  }

  /**
   * The keys of the words of a name, in order, without empty ones: what
   * {@link NameMatch.Quality#WORDS} and {@link NameMatch.Quality#WORD_PREFIXES} match.
   *
   * @param name the name as written, not null
   * @return the word keys, a new modifiable list, possibly empty
   */
  public static List<String> words(String name) {
    String text = Normalizer.normalize(boundMarks(name), Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        latin.append(c); // no ASCII character is transliterated: most names look nothing up
        continue;
      }
      String replacement = TURKMEN.get(c);
      if (replacement == null) {
        replacement = Cyrillic.latin(c);
      }
      if (replacement != null) {
        latin.append(replacement);
      } else {
        latin.append(c);
      }
    }
    // strip the remaining diacritics: ä ö ü ý ň é → a o u y n e
    String plain = Normalizer.normalize(latin, Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(fold(word.toString()));
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(fold(word.toString()));
    }
    words.removeIf(String::isEmpty);
    return words;
  }

  /**
   * A name with case, diacritics and spacing set aside: {@code "Sanly  Çözgüt"} →
   * {@code "sanly cozgut"}; what {@link NameMatch.Quality#SAME_LETTERS} matches.
   *
   * @param text the name as written, not null
   * @return lower case, without combining marks, words separated by single spaces
   */
  public static String letters(String text) {
    String decomposed = Normalizer.normalize(NameKey.boundMarks(text), Normalizer.Form.NFKD)
        .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The longest run of combining marks kept, as in Unicode's stream-safe text format (UAX #15). */
  static final int MAX_MARKS = 30;

  /**
   * The text with each run of combining marks cut to {@value #MAX_MARKS}: normalizing reorders a
   * run by insertion, so a long run of marks would cost its length squared. No real text has such
   * a run, and keys drop non-spacing marks anyway.
   */
  static String boundMarks(String text) {
    StringBuilder out = null;
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i); // marks beyond the first plane too (U+1E000, U+10A0D, …)
      int width = Character.charCount(c);
      int type = Character.getType(c);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
      run = mark ? run + 1 : 0;
      if (run > MAX_MARKS) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (out != null) {
        out.append(text, i, i + width);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Folds the letters romanizations disagree on. Order matters: longer spellings first. Doubled
   * letters become one ({@code Hajjimyrat}, {@code Hajimyrat}); doubled digits stay, since 1 and
   * 11 are different numbers.
   */
  private static String fold(String word) {
    String w = word
        .replace("shch", "s").replace("sch", "s").replace("tch", "c")
        .replace("dzh", "j").replace("dj", "j").replace("zh", "j")
        .replace("kh", "h").replace("ch", "c").replace("sh", "s")
        .replace("ts", "c").replace("tz", "c")
        .replace('y', 'i').replace('w', 'v').replace("x", "ks");
    StringBuilder folded = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (folded.length() == 0 || folded.charAt(folded.length() - 1) != c
          || !Character.isLetter(c)) {
        folded.append(c);
      }
    }
    return folded.toString();
  }
}
