package dev.attache.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Money;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import dev.attache.model.Ref;
import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.DocumentResult;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.model.Organization;
import dev.attache.model.OrganizationKind;
import dev.attache.model.Person;
import dev.attache.validation.Problem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Fuzz targets. The property of each: a valid value or problems, never anything else — no other
 * exception, no value that cannot be written back. {@code mvn verify} replays the inputs in
 * {@code src/test/resources/dev/attache/json/fuzz/FuzzTargetsInputs/}; to fuzz for real, see the
 * README ("Robustness").
 */
class FuzzTargets {
  private static final AttacheJson STRICT = AttacheJson.strict();
  private static final AttacheJson LENIENT = AttacheJson.lenient();
  private static final Dataset NAMES = Dataset.of(List.of(
      Person.builder().id(Ref.of(Person.class, "p"))
          .names(Names.builder().put("en", "Hajymyrat Hudayguliyev").put("ru", "Хаджимырат Худайгулыев")
              .addAlias("Khadzhimyrat Khudaygulyev").build()).build(),
      Organization.builder().id(Ref.of(Organization.class, "o"))
          .names(Names.builder().put("en", "Sanly Chözgüt IT Park").put("tk", "Sanly Çözgüt").build())
          .kind(OrganizationKind.IT_PARK).build()));

  @FuzzTest
  void documentDecoding(byte[] input) {
    for (AttacheJson json : List.of(STRICT, LENIENT)) {
      DocumentResult read = json.readDocument(new ByteArrayInputStream(input));
      read.problems().forEach(FuzzTargets::wellFormed);
      if (!read.entities().isEmpty()) {
        // what was decoded can be written, and reads back the same
        DocumentResult again = json.readDocument(json.writeDocument(read));
        assertThat(again.problems()).isEmpty();
        assertThat(again.entities()).isEqualTo(read.entities());
      }
    }
  }

  @FuzzTest
  void ndjsonLineDecoding(byte[] input) {
    try (NdjsonReader reader = STRICT.ndjsonReader(new ByteArrayInputStream(input))) {
      while (reader.hasNext()) {
        NdjsonLine line = reader.next();
        line.problems().forEach(FuzzTargets::wellFormed);
        assertThat(line.entity().isPresent()).isNotEqualTo(!line.problems().isEmpty());
        line.entity().ifPresent(e -> assertThat(STRICT.read(STRICT.write(e.entity()),
            Entity.class)).isEqualTo(e.entity()));
      }
    }
  }

  @FuzzTest
  void scalarParsing(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    roundTrip(text, PartialDate::parse);
    roundTrip(text, CountryCode::parse);
    roundTrip(text, Money::parse);
    roundTrip(text, Quantity::parse);
    roundTrip(text, DateRange::parse);
    roundTrip(text, QualifiedDate::parse);
    roundTrip(text, Ref::parse);
  }

  @FuzzTest
  void nameLookup(FuzzedDataProvider data) {
    String query = data.consumeRemainingAsString();
    NAMES.searchMatches(query).forEach(m -> assertThat(m.spelling()).isNotEmpty());
  }

  /** Parses to a value whose text form parses to the same value, or refuses with a code. */
  private static void roundTrip(String text, Function<String, Object> parse) {
    Object value;
    try {
      value = parse.apply(text);
    } catch (InvalidValueException e) {
      assertThat(e.getCode()).isNotEmpty();
      assertThat(e.getMessage()).hasSizeLessThan(400);
      return;
    }
    assertThat(parse.apply(value.toString())).isEqualTo(value);
  }

  private static void wellFormed(Problem problem) {
    assertThat(problem.getCode()).isNotEmpty();
    assertThat(problem.getPointer()).matches("(/.*)?");
    assertThat(problem.getMessage()).hasSizeLessThan(1000);
    // one problem, one line of output: nothing in it breaks a line or an encoder
    assertThat(dev.attache.internal.Texts.firstIllegal(problem.getPointer(), false)).isNegative();
    assertThat(dev.attache.internal.Texts.firstIllegal(problem.getMessage(), false)).isNegative();
    problem.getValue().ifPresent(v ->
        assertThat(dev.attache.internal.Texts.firstIllegal(v, false)).isNegative());
    problem.getValue().ifPresent(v -> assertThat(v.length()).isLessThanOrEqualTo(80));
  }
}
