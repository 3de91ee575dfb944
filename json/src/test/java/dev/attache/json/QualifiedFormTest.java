package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.common.DateQualifier;
import dev.attache.common.DateRange;
import dev.attache.common.QualifiedDate;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementStatus;
import dev.attache.model.AttachePosting;
import dev.attache.model.Entity;
import dev.attache.model.Event;
import dev.attache.model.Indicator;
import dev.attache.model.PostingStatus;
import dev.attache.model.Recurrence;
import dev.attache.model.Commission;
import dev.attache.model.Strategy;
import dev.attache.model.TrainingProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms the fidelity additions take in format 1: dates that were plain strings stay plain
 * when stated and become qualified objects when not; the additions round-trip byte for byte; their
 * bad values are reported where they are.
 */
class QualifiedFormTest {
  private final AttacheJson json = AttacheJson.strict();

  private static final String AGREEMENT = "{\"type\":\"agreement\",\"id\":\"agreement:x\","
      + "\"title\":{\"byLanguage\":{\"en\":\"Terms\"}},\"kind\":\"COOPERATION_TERMS\","
      + "\"parties\":[\"RU\",\"TM\"],\"status\":\"AGREED\"%s}";

  private <T extends Entity> T roundTrip(String text, Class<T> type) {
    T entity = json.read(text, type);
    assertThat(json.write(entity)).isEqualTo(text);
    return entity;
  }

  private List<String> problems(String entity) {
    DocumentResult read = json.readDocument("{\"format\":\"attache/1\",\"entities\":[" + entity
        + "]}");
    return read.problems().stream().map(p -> p.getPointer() + " " + p.getCode()).toList();
  }

  @Test
  void aStatedDateStaysTheStringFormatOneAlwaysHad() {
    Agreement agreement = roundTrip(AGREEMENT.formatted(
        ",\"proposedOn\":\"2021-03-31\",\"agreedOn\":\"2021-09\""), Agreement.class);
    assertThat(agreement.getProposedOn()).hasValue(QualifiedDate.parse("2021-03-31"));
    assertThat(agreement.getAgreedOn().orElseThrow().isExact()).isTrue();
  }

  @Test
  void aDateTheSourceDoesNotStateIsAQualifiedObject() {
    Agreement agreement = roundTrip(AGREEMENT.formatted(
        ",\"agreedOn\":{\"date\":\"2025-03-27\",\"qualifier\":\"NOT_LATER_THAN\"},"
            + "\"nextStatus\":\"SIGNED\",\"nextStatusBy\":{\"date\":\"2025\",\"qualifier\":"
            + "\"NOT_LATER_THAN\"},\"conditions\":[\"Once travel is possible\"]"),
        Agreement.class);
    assertThat(agreement.getAgreedOn()).hasValue(QualifiedDate.parse("<=2025-03-27"));
    assertThat(agreement.getNextStatus()).hasValue(AgreementStatus.SIGNED);
    assertThat(agreement.getConditions()).containsExactly("Once travel is possible");
    // an object that says EXACT is read, and written back as the plain string
    Agreement exact = json.read(AGREEMENT.formatted(
        ",\"agreedOn\":{\"date\":\"2025-03\",\"qualifier\":\"EXACT\"}"), Agreement.class);
    assertThat(json.write(exact)).contains("\"agreedOn\":\"2025-03\"");
  }

  @Test
  void aPeriodSideCarriesItsQualifier() {
    Strategy strategy = roundTrip("{\"type\":\"strategy\",\"id\":\"strategy:x\",\"names\":"
        + "{\"byLanguage\":{\"en\":\"Plan\"}},\"kind\":\"CONCEPT\",\"country\":\"TM\","
        + "\"period\":{\"start\":{\"date\":\"2019\",\"qualifier\":\"APPROXIMATE\"},"
        + "\"end\":\"2025\"}}", Strategy.class);
    assertThat(strategy.getPeriod()).hasValue(DateRange.parse("~2019/2025"));
    assertThat(strategy.getPeriod().get().getStartQualifier()).isEqualTo(DateQualifier.APPROXIMATE);
  }

  @Test
  void observationsPartsStrandsTrendsAndRhythmsRoundTrip() {
    AttachePosting posting = roundTrip("{\"type\":\"attache-posting\",\"id\":\"posting:x\","
        + "\"service\":\"attache-service:s\",\"hostCountry\":\"CN\",\"status\":\"ACTIVE\","
        + "\"arrival\":{\"date\":\"2025-10-13\",\"qualifier\":\"NOT_LATER_THAN\"},"
        + "\"observations\":[{\"status\":\"IN_TRAINING\",\"source\":\"source:a\"},"
        + "{\"status\":\"ACTIVE\",\"on\":{\"date\":\"2025-10-13\",\"qualifier\":"
        + "\"NOT_LATER_THAN\"},"
        + "\"source\":\"source:b\"}],\"sources\":[\"source:a\",\"source:b\"]}",
        AttachePosting.class);
    assertThat(posting.getObservations()).extracting(o -> o.getStatus())
        .containsExactly(PostingStatus.IN_TRAINING, PostingStatus.ACTIVE);
    Event event = roundTrip("{\"type\":\"event\",\"id\":\"event:x\",\"kind\":\"VISIT\","
        + "\"date\":{\"date\":\"2019-05-01\",\"qualifier\":\"APPROXIMATE\"},\"place\":{\"country\":"
        + "\"RU\",\"locality\":\"Innopolis\",\"region\":\"Republic of Tatarstan\",\"site\":"
        + "\"Technology park\"},\"partOf\":\"event:y\",\"summary\":\"A tour.\"}", Event.class);
    assertThat(event.getPlace().orElseThrow()).hasToString(
        "Technology park, Innopolis, Republic of Tatarstan, RU");
    assertThat(event.getPartOf()).hasValueSatisfying(p -> assertThat(p).hasToString("event:y"));
    TrainingProgram strand = roundTrip("{\"type\":\"training-program\",\"id\":\"training:x\","
        + "\"names\":{\"byLanguage\":{\"en\":\"AI strand\"}},\"strategy\":\"strategy:p\","
        + "\"providerTotal\":{\"comparator\":\"EXACT\",\"value\":\"22\"},\"eligibility\":"
        + "[\"Foreign students\"],\"systems\":[\"system:edi\"]}",
        TrainingProgram.class);
    assertThat(strand.getProviderTotal().orElseThrow().getValue()).isEqualByComparingTo("22");
    Indicator indicator = roundTrip("{\"type\":\"indicator\",\"id\":\"indicator:x\","
        + "\"subject\":\"RU\",\"metric\":\"ACCREDITED_IT_COMPANIES\",\"value\":{\"comparator\":"
        + "\"MORE_THAN\",\"value\":\"20000\"},\"asOf\":\"2025-10-13\",\"change\":{\"factor\":"
        + "{\"comparator\":\"EXACT\",\"value\":\"2\"},\"since\":{\"date\":\"2020\",\"qualifier\":"
        + "\"APPROXIMATE\"}}}", Indicator.class);
    assertThat(indicator.getChange().orElseThrow()).hasToString("x2 since ~2020");
    Commission commission = roundTrip("{\"type\":\"commission\",\"id\":\"commission:x\","
        + "\"names\":{\"byLanguage\":{\"en\":\"Commission\"}},\"parties\":[\"RU\",\"TM\"],"
        + "\"meets\":\"ANNUALLY\"}", Commission.class);
    assertThat(commission.getMeets()).hasValue(Recurrence.ANNUALLY);
  }

  @Test
  void badValuesAreReportedWhereTheyAre() {
    assertThat(problems(AGREEMENT.formatted(
        ",\"agreedOn\":{\"date\":\"2025\",\"qualifier\":\"SOMETIMES\"}")))
        .containsExactly("/entities/0/agreedOn/qualifier json.enum");
    assertThat(problems(AGREEMENT.formatted(",\"agreedOn\":2025")))
        .singleElement().asString().startsWith("/entities/0/agreedOn ");
    assertThat(problems(AGREEMENT.formatted(",\"agreedOn\":\"2025-13\"")))
        .singleElement().asString().startsWith("/entities/0/agreedOn date.");
    assertThat(problems(AGREEMENT.formatted(",\"nextStatus\":\"AGREED\"")))
        .containsExactly("/entities/0/nextStatus agreement.next.order");
    assertThat(problems("{\"type\":\"attache-posting\",\"id\":\"posting:x\",\"service\":"
        + "\"attache-service:s\",\"hostCountry\":\"CN\",\"status\":\"PLANNED\",\"observations\":"
        + "[{\"status\":\"ACTIVE\"}],\"sources\":[],\"notes\":[]}"))
        .singleElement().asString().startsWith("/entities/0/observations/0");
    assertThat(problems("{\"type\":\"strategy\",\"id\":\"strategy:x\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"Plan\"}},\"kind\":\"CONCEPT\",\"country\":\"TM\",\"period\":{\"start\":"
        + "{\"date\":\"2026\",\"qualifier\":\"NOT_BEFORE\"},\"end\":\"2025\"},\"sources\":[],"
        + "\"notes\":[]}")).singleElement().asString().contains("period.order");
  }
}
