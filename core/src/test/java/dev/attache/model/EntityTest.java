package dev.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.common.QualifiedDate;
import dev.attache.Examples;
import dev.attache.common.PartialDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityTest {

  @Test
  void thereIsAnExampleOfEveryKindAndItsIdIsOfThatKind() {
    Set<EntityKind> kinds = Examples.all().stream().map(Entity::entityKind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntityKind.class)));
    assertThat(kinds).containsExactlyInAnyOrder(EntityKind.values());
    for (Entity entity : Examples.all()) {
      assertThat(entity).isInstanceOf(entity.entityKind().getType());
      assertThat(EntityKind.of(entity.getClass())).isEqualTo(entity.entityKind());
    }
  }

  @Test
  void theSetOfKindsIsSealedAndEachKindIsOneType() {
    assertThat(Entity.class.isSealed()).isTrue();
    assertThat(Entity.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(java.util.Arrays.stream(EntityKind.values())
            .map(EntityKind::getType).toArray(Class[]::new));
    assertThat(Agreement.class.isSealed()).isTrue();
  }

  @Test
  void everyKindNamesItsReferencesWithTheirPlaces() {
    Event visit = Examples.event();
    assertThat(visit.references()).extracting(Reference::pointer)
        .startsWith("/sources/0").contains("/organizations/0", "/related/0");
    assertThat(visit.references()).allMatch(r -> r.expected() != null && r.target() != null);
    Project project = Examples.project();
    assertThat(project.references()).extracting(Reference::pointer)
        .contains("/participants/0/organization");
    assertThat(Examples.agreement().withParties(Party.state("RU"), Party.state("TM"))
        .references()).extracting(Reference::pointer)
        .noneMatch(p -> p.startsWith("/parties")); // states are not entities
    for (Entity entity : Examples.all()) {
      assertThat(entity.references()).as(entity.entityKind().name())
          .extracting(r -> r.target().getKind())
          .allMatch(kind -> kind != null);
      assertThat(entity.label()).as(entity.entityKind().name()).isNotBlank();
    }
  }

  @Test
  void everyKindSaysItsTimelineDateNamesAndCountries() {
    assertThat(Examples.agreement().timelineDate()).isEqualTo(Examples.agreement().getSignedOn()
        .or(Examples.agreement()::getProposedOn).or(Examples.agreement()::getInForceFrom)
        .map(QualifiedDate::getDate));
    assertThat(Examples.organization().timelineDate()).isEmpty();
    assertThat(Examples.person().timelineDate()).isEmpty();
    assertThat(Examples.posting().countries()).containsExactly(Examples.TM);
    assertThat(Examples.organization().spellings()).contains("Sanly Çözgüt");
    assertThat(Examples.source().spellings()).containsExactly(Examples.source().getTitle().get());
    assertThat(Examples.membership().spellings()).isEmpty();
  }

  @Test
  void aBuilderMissingARequiredAttributeIsRefusedWithACodeNamingThem() {
    assertThatThrownBy(() -> Agreement.builder().id(Ref.of(Agreement.class, "x")).build())
        .isInstanceOfSatisfying(dev.attache.common.InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo("attributes.missing");
          assertThat(e.getMessage()).isEqualTo(
              "Cannot build Agreement: the required attributes title, kind, status are not set");
        });
  }

  @Test
  void buildersTakeTheTextFormsAPersonWritesByHand() {
    Agreement agreement = Agreement.builder().id("agreement:memo").title("Memo")
        .kind(AgreementKind.MEMORANDUM).status(AgreementStatus.SIGNED)
        .addParties("RU", "TM").signedOn(java.time.LocalDate.of(2025, 10, 13))
        .proposedOn("2025-03").build();
    assertThat(agreement.getTitle().get("en")).hasValue("Memo");
    assertThat(agreement.getParties()).containsExactly(Party.state("RU"), Party.state("TM"));
    assertThat(agreement.getSignedOn()).hasValue(QualifiedDate.parse("2025-10-13"));
    AttachePosting posting = AttachePosting.builder().id("posting:tm")
        .service("attache-service:ru").hostCountry("TM").status(PostingStatus.PLANNED)
        .plannedArrival("<=2025").build();
    assertThat(posting.getPlannedArrival().get().toString()).isEqualTo("<=2025");
    assertThatThrownBy(() -> Agreement.builder().id("org:undp"))
        .isInstanceOfSatisfying(dev.attache.common.InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo("id.kind"));
    assertThatThrownBy(() -> AttachePosting.builder().hostCountry("XX"))
        .isInstanceOfSatisfying(dev.attache.common.InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo("country.unknown"));
  }

  @Test
  void noNullsAreAccepted() {
    assertThatThrownBy(() -> Agreement.builder().title((dev.attache.common.Names) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Examples.agreement().withStatus(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Examples.agreement().withSignedOn((QualifiedDate) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void absentIsOptionalAndCollectionsAreEmptyAndImmutable() {
    Agreement agreement = Examples.agreement();
    assertThat(agreement.getProposedOn()).isEmpty();
    assertThat(agreement.getNotes()).isEmpty();
    assertThatThrownBy(() -> agreement.getParties().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> agreement.getAreas().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withCopiesChangeOneAttributeAndLeaveTheOriginal() {
    Agreement agreement = Examples.agreement();
    Agreement noted = agreement.withNotes("Date of entry into force deduced from context");
    assertThat(agreement.getNotes()).isEmpty();
    assertThat(noted.getNotes()).hasSize(1);
    assertThat(noted.withNotes(java.util.List.of())).isEqualTo(agreement);
  }

  @Test
  void buildersStartFromAnExistingValue() {
    Agreement agreement = Examples.agreement();
    assertThat(Agreement.builder().from(agreement).build()).isEqualTo(agreement)
        .hasSameHashCodeAs(agreement);
  }

  @Test
  void valuesAreEqualByContent() {
    assertThat(Examples.all()).isEqualTo(Examples.all());
    assertThat(Examples.event().toString()).contains("innopolis-visit-2025-03");
  }
}
