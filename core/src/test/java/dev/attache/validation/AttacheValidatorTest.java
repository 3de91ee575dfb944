package dev.attache.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.Examples;
import dev.attache.model.Entity;
import dev.attache.model.Party;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AttacheValidatorTest {
  private final AttacheValidator validator = AttacheValidator.standard();

  /** An agreement that breaks four rules at once. */
  private static Agreement broken() {
    return Examples.agreement()
        .withParties(Party.state("RU"), Party.state("RU"))
        .withStatus(AgreementStatus.IN_FORCE)
        .withSignedOn(Optional.empty())
        .withOtherAreas("x".repeat(500));
  }

  @Test
  void everyExampleEntityIsValid() {
    for (Entity entity : Examples.all()) {
      assertThat(validator.validate(entity)).as(entity.getId().toString()).isEmpty();
      assertThat(validator.isValid(entity)).isTrue();
    }
  }

  @Test
  void textThatJsonCannotCarryBackIsAProblemWhereverItIs() {
    Agreement conditions = Examples.agreement().withConditions("a\u0000b");
    dev.attache.model.Source title = Examples.source().withTitle("bell\u0007");
    Agreement notes = Examples.agreement().withNotes("ok", "escape\u001b[0m");
    dev.attache.model.Event place = Examples.event().withPlace(dev.attache.common.Place.builder()
        .country(dev.attache.common.CountryCode.of("TM")).locality("half \ud800 of one").build());
    dev.attache.model.Event summary = Examples.event().withSummary("next\u0085line");
    assertThat(validator.validate(conditions)).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/conditions/0 value.character");
    assertThat(validator.validate(title)).extracting(Problem::getPointer).containsExactly("/title");
    assertThat(validator.validate(notes)).extracting(Problem::getPointer).containsExactly("/notes/1");
    assertThat(validator.validate(place)).extracting(Problem::getPointer)
        .containsExactly("/place/locality");
    assertThat(validator.validate(summary)).extracting(Problem::getPointer)
        .containsExactly("/summary");
    // what a plain Jakarta validator sees, as Spring's @Valid would
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(AttacheValidator.toProblems(factory.getValidator().validate(conditions),
          Locale.ENGLISH)).isEqualTo(validator.validate(conditions));
    }
    // tabs, line breaks, and characters made of two halves are text
    assertThat(validator.validate(Examples.agreement().withConditions("a\tb\r\nc 𝔸 ё")))
        .isEmpty();
  }

  @Test
  void aPlainDefaultValidatorFactorySeesTheSameProblemsAsTheFacade() {
    // what Spring's @Valid uses: no configuration at all
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator plain = factory.getValidator();
      for (Object value : List.of(broken(), Examples.trainingProgram().withParticipantTotal(
          dev.attache.common.Quantity.of(-1)), Examples.posting().withStatus(
              dev.attache.model.PostingStatus.ACTIVE))) {
        Set<ConstraintViolation<Object>> violations = plain.validate(value);
        assertThat(violations).isNotEmpty();
        assertThat(AttacheValidator.toProblems(violations, Locale.ENGLISH))
            .isEqualTo(validator.validate(value));
      }
    }
  }

  @Test
  void theDefaultProviderResolvesTheLibraryMessages() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Agreement>> violations = factory.getValidator().validate(broken());
      assertThat(violations).extracting(ConstraintViolation::getMessage)
          .contains("the parties of an agreement must be distinct",
              "a signed agreement needs a signature date");
    }
  }

  @Test
  void problemsCarryPointerCodeMessageAndAShortValue() {
    List<Problem> problems = validator.validate(broken());
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "/otherAreas/0 value.size: size must be between 0 and 300 (" + "x".repeat(79) + "…)",
        "/parties/1 agreement.parties.distinct: the parties of an agreement must be distinct (RU)",
        "/signedOn agreement.signed.date: a signed agreement needs a signature date (IN_FORCE)");
    assertThat(problems.get(0).getValue()).get().asString().hasSize(80);
  }

  @Test
  void messagesAreAlsoInRussianChosenByLocale() {
    List<Problem> russian = validator.validate(broken(), Locale.forLanguageTag("ru"));
    assertThat(russian).extracting(Problem::getMessage).containsExactly(
        "размер должен быть от 0 до 300",
        "стороны соглашения должны быть различными",
        "у подписанного соглашения должна быть дата подписания");
    // same codes and pointers whatever the language
    assertThat(russian).extracting(Problem::getCode)
        .isEqualTo(validator.validate(broken()).stream().map(Problem::getCode).toList());
    // a language without a bundle falls back to English, never to the JVM's default
    assertThat(validator.validate(broken(), Locale.JAPANESE)).extracting(Problem::getMessage)
        .contains("the parties of an agreement must be distinct");
  }

  @Test
  void messagesNeverEvaluateExpressions() {
    // a value that looks like an expression is quoted, not run
    Agreement hostile = Examples.agreement().withOtherAreas("${1+1}", "${1+1}".repeat(100));
    List<Problem> problems = validator.validate(hostile);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getMessage()).doesNotContain("2");
      assertThat(p.getValue()).get().asString().startsWith("${1+1}");
    });
  }

  @Test
  void referenceDataMustCiteASource() {
    Agreement uncited = Examples.agreement().withSources(List.of());
    assertThat(validator.validate(uncited)).isEmpty();
    assertThat(validator.validate(uncited, Locale.ENGLISH, Default.class, ReferenceData.class))
        .extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/sources entity.sources.required");
    // a source itself cites nothing
    assertThat(validator.validate(Examples.source(), Locale.ENGLISH, ReferenceData.class)).isEmpty();
  }

  @Test
  void requireValidReturnsTheValueOrThrowsWithEveryProblem() {
    Agreement valid = Examples.agreement();
    assertThat(validator.requireValid(valid)).isSameAs(valid);
    assertThatThrownBy(() -> validator.requireValid(broken()))
        .isInstanceOf(InvalidEntityException.class)
        .hasMessageContaining("3 problems")
        .satisfies(e -> assertThat(((InvalidEntityException) e).getProblems()).hasSize(3));
  }

  @Test
  void theSharedValidatorIsThreadSafe() throws Exception {
    List<Problem> expected = validator.validate(broken());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Problem>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> AttacheValidator.standard().validate(broken())));
      }
      for (Future<List<Problem>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
