package dev.attache.data;

import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.DocumentResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The reference dataset: every fact of the five source articles (an nCa item of 13 October 2025,
 * a Trend item of 6 October 2021, an nCa feature of 27 March 2025, an undated Trend item on a
 * Turkmen delegation in Kazan, and an undated text on the training of Russia's first digital
 * attachés) as entities of the model, each citing the article it comes from.
 *
 * <p>It ships in this jar as a format-1 document, {@code dev/attache/data/reference.json}, is
 * read strictly and validated when first asked for, and is then shared: a {@link Dataset} is
 * immutable. Summaries and notes are written in our own words; a date deduced rather than stated
 * is marked {@code APPROXIMATE} or explained in a note.
 *
 * <p>If the resource is missing or has problems (a broken jar), the first call of
 * {@link #load()} or {@link #document()} fails with an {@link ExceptionInInitializerError}, and
 * later calls with a {@link NoClassDefFoundError}.
 */
public final class ReferenceDataset {
  /** The resource holding the dataset. */
  public static final String RESOURCE = "/dev/attache/data/reference.json";

  private ReferenceDataset() {}

  /**
   * The reference dataset.
   *
   * @return the dataset, the same on every call, not null
   */
  public static Dataset load() {
    return Holder.DATASET;
  }

  /**
   * The document as read, for users who want the entities in document order or to write them.
   *
   * @return the document, valid and complete, the same on every call, not null
   */
  public static DocumentResult document() {
    return Holder.DOCUMENT;
  }

  private static final class Holder {
    static final DocumentResult DOCUMENT = read();
    static final Dataset DATASET = DOCUMENT.toDataset();

    private static DocumentResult read() {
      try (InputStream in = ReferenceDataset.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The reference dataset " + RESOURCE + " is missing");
        }
        DocumentResult document = AttacheJson.strict().readDocument(in);
        if (!document.isValid()) {
          throw new IllegalStateException("The reference dataset has problems: "
              + document.problems());
        }
        return document;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
