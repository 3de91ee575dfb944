package dev.attache.example.consumer;

import dev.attache.model.AttachePosting;
import dev.attache.model.PostingStatus;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.data.ReferenceDataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.DocumentResult;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * What a user's code does with attache: asks the reference dataset a question, generates a
 * dataset, writes and reads it as JSON, and validates what was read.
 */
public final class CooperationDigest {
  private CooperationDigest() {}

  /**
   * The hosts of the attachés planned or in training on a date, in the reference dataset.
   *
   * @param date the date, not null
   * @return the host countries, in the order of the postings
   */
  public static List<CountryCode> plannedHosts(LocalDate date) {
    Dataset reference = ReferenceDataset.load();
    return reference.postings().stream()
        .filter(p -> p.getStatus() == PostingStatus.PLANNED
            || p.getStatus() == PostingStatus.IN_TRAINING)
        .filter(p -> p.isOn(date))
        .map(AttachePosting::getHostCountry)
        .distinct()
        .toList();
  }

  /**
   * Generates entities, writes them as a format-1 document, reads the document back strictly and
   * validates every entity read.
   *
   * @param seed the generator's seed
   * @param count how many entities
   * @return the problems found: none for a generated dataset
   */
  public static List<Problem> roundTrip(long seed, int count) {
    List<Entity> generated = DatasetGenerator.of(GeneratorConfig.builder(seed).count(count).build())
        .stream().toList();
    String json = AttacheJson.strict().writeDocument(generated);
    DocumentResult read = AttacheJson.strict().readDocument(json);
    if (!read.isValid() || !read.entities().equals(generated)) {
      return read.problems();
    }
    return read.entities().stream()
        .flatMap(entity -> AttacheValidator.standard().validate(entity).stream())
        .toList();
  }
}
