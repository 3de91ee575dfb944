package dev.attache.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.model.AttachePosting;
import dev.attache.model.Duty;
import dev.attache.model.PostingStatus;
import dev.attache.common.CountryCode;
import dev.attache.common.DateQualifier;
import dev.attache.model.Entity;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.model.Party;
import dev.attache.common.DateRange;
import dev.attache.common.QualifiedDate;
import dev.attache.model.Ref;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
import dev.attache.model.CooperationArea;
import dev.attache.model.InformationSystem;
import dev.attache.model.Strategy;
import dev.attache.model.Event;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueriesTest {
  private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

  private static AttachePosting posting(String slug, CountryCode host, PostingStatus status) {
    return Examples.posting().withId(Ref.of(AttachePosting.class, slug)).withHostCountry(host)
        .withStatus(status).withPlannedArrival(Optional.empty());
  }

  @Test
  void aPostingPlannedNotLaterThan2025IsPlannedButNotActiveInJune2025() {
    Dataset dataset = Dataset.of(Datasets.valid());
    assertThat(dataset.postings(Examples.TM, JUNE_2025, PostingStatus.ACTIVE)).isEmpty();
    assertThat(dataset.postings(Examples.TM, JUNE_2025, PostingStatus.PLANNED))
        .containsExactly(Examples.posting());
    // its arrival window closes with 2025
    assertThat(dataset.postings(Examples.TM, LocalDate.of(2025, 12, 31))).hasSize(1);
    assertThat(dataset.postings(Examples.TM, LocalDate.of(2026, 1, 1))).isEmpty();
    // and it carries its duties
    assertThat(dataset.postings(Examples.TM, JUNE_2025).get(0).getDuties())
        .containsExactly(Duty.EXPORT_CONTRACTS);
  }

  @Test
  void activeAndCompletedPostingsAreReturnedWhileTheAttacheMayHaveBeenThere() {
    AttachePosting active = posting("cn", CountryCode.of("CN"), PostingStatus.ACTIVE)
        .withArrival(QualifiedDate.parse("2023"));
    AttachePosting done = posting("cn-old", CountryCode.of("CN"), PostingStatus.COMPLETED)
        .withArrival(QualifiedDate.parse("2021-09")).withDeparture(QualifiedDate.parse("2022-12"));
    AttachePosting undated = posting("cn-undated", CountryCode.of("CN"), PostingStatus.CANCELLED);
    AttachePosting notBefore = posting("cn-next", CountryCode.of("CN"), PostingStatus.PLANNED)
        .withPlannedArrival(QualifiedDate.of(PartialDate.of(2026), DateQualifier.NOT_BEFORE));
    AttachePosting working = posting("my", CountryCode.of("MY"), PostingStatus.ACTIVE)
        .withArrival(QualifiedDate.parse("<=2025-10-13"));
    Dataset dataset = Datasets.with(active, done, undated, notBefore, working);
    CountryCode cn = CountryCode.of("CN");
    assertThat(dataset.postings(cn, LocalDate.of(2023, 1, 1))).containsExactly(active, notBefore);
    // "2023" may have begun on any day of 2023: included from its first day
    assertThat(dataset.postings(cn, LocalDate.of(2022, 12, 31)))
        .containsExactly(notBefore, done);
    assertThat(dataset.postings(cn, LocalDate.of(2021, 8, 31))).containsExactly(notBefore);
    assertThat(dataset.postings(cn, LocalDate.of(2030, 1, 1), PostingStatus.ACTIVE,
        PostingStatus.COMPLETED)).containsExactly(active);
    assertThat(dataset.postings(CountryCode.of("ZA"), LocalDate.of(2023, 1, 1))).isEmpty();
    // working there on 2025-10-13 with an unknown arrival: possibly there on any earlier day
    assertThat(dataset.postings(CountryCode.of("MY"), LocalDate.of(2024, 1, 1))).containsExactly(working);
    assertThat(dataset.postings(CountryCode.of("MY"), LocalDate.of(2026, 1, 1))).containsExactly(working);
  }

  @Test
  void anActivePostingIsOnTheTimelineAtItsArrival() {
    AttachePosting active = posting("tm-active", Examples.TM, PostingStatus.ACTIVE)
        .withArrival(QualifiedDate.parse("2026"));
    assertThat(Datasets.with(active).timeline(Examples.RU, Examples.TM))
        .extracting(e -> e.date() + " " + e.entity().getId())
        .contains("2025 posting:ru-tm", "2026 posting:tm-active");
  }

  @Test
  void anEntityInvolvesTheCountriesOfEveryOrganizationItRefersTo() {
    Strategy owned = Examples.strategy().withId(Ref.of(Strategy.class, "owned-by-innopolis"))
        .withOwner(Examples.INNOPOLIS);
    InformationSystem operated = Examples.informationSystem()
        .withId(Ref.of(InformationSystem.class, "operated-by-innopolis"))
        .withOperator(Examples.INNOPOLIS).withPeriod(DateRange.startingAt(PartialDate.of(2024)));
    assertThat(Datasets.with(owned, operated).timeline(Examples.RU, Examples.TM))
        .extracting(e -> e.entity().getId().toString())
        .contains("strategy:owned-by-innopolis", "system:operated-by-innopolis")
        .doesNotContain(Examples.strategy().getId().toString());
  }

  private static Agreement agreement(String slug, AgreementStatus status) {
    return Agreement.builder().id(Ref.of(Agreement.class, slug)).title(Names.of(slug))
        .kind(AgreementKind.AGREEMENT).addParties(Party.state("RU"), Party.state("TM"))
        .status(status).addAreas(CooperationArea.CYBERSECURITY).build();
  }

  @Test
  void agreementsInForceOnADate() {
    Agreement inForce = agreement("in-force", AgreementStatus.IN_FORCE)
        .withSignedOn(QualifiedDate.of(PartialDate.of(2021, 3))).withInForceFrom(QualifiedDate.of(PartialDate.of(2021)))
        .withExpiresOn(QualifiedDate.of(PartialDate.of(2026)));
    Agreement signedOnly = agreement("signed", AgreementStatus.SIGNED)
        .withSignedOn(QualifiedDate.of(PartialDate.parse("2025-10-13"))).withAreas(CooperationArea.E_GOVERNMENT);
    Agreement proposed = agreement("proposed", AgreementStatus.PROPOSED);
    Agreement expiredOpen = agreement("expired", AgreementStatus.EXPIRED)
        .withSignedOn(QualifiedDate.of(PartialDate.of(2015))).withAreas(CooperationArea.TRADE);
    Dataset dataset = Datasets.with(inForce, signedOnly, proposed, expiredOpen);
    Party ru = Party.state("RU");
    Party tm = Party.state("TM");
    assertThat(dataset.agreementsInForce(ru, tm, LocalDate.of(2021, 1, 1)))
        .containsExactly(expiredOpen, inForce);
    assertThat(dataset.agreementsInForce(tm, ru, LocalDate.of(2026, 12, 31)))
        .containsExactly(expiredOpen, inForce);
    assertThat(dataset.agreementsInForce(ru, tm, LocalDate.of(2027, 1, 1)))
        .containsExactly(expiredOpen);
    assertThat(dataset.agreementsInForce(ru, tm, LocalDate.of(2014, 12, 31))).isEmpty();
    assertThat(dataset.areasInForce(ru, tm, LocalDate.of(2022, 1, 1)))
        .containsExactlyInAnyOrder(CooperationArea.CYBERSECURITY, CooperationArea.TRADE);
    assertThat(dataset.agreementsInForce(ru, Party.state("CN"), LocalDate.of(2022, 1, 1))).isEmpty();
  }

  @Test
  void theTimelineBetweenTwoCountriesIsInDateOrderWithSources() {
    Event yearOnly = Examples.event().withId(Ref.of(Event.class, "year-only"))
        .withDate(QualifiedDate.of(PartialDate.of(2025))).withEndDate(Optional.empty());
    Event monthOnly = Examples.event().withId(Ref.of(Event.class, "month-only"))
        .withDate(QualifiedDate.of(PartialDate.of(2025, 3))).withEndDate(Optional.empty());
    Dataset dataset = Datasets.with(yearOnly, monthOnly);
    List<TimelineEntry> timeline = dataset.timeline(Examples.RU, Examples.TM);
    assertThat(timeline).extracting(e -> e.date() + " " + e.entity().getId()).containsExactly(
        "2021 commission-session:ru-tm-economic-2021",
        // the planned posting sits at its planned arrival (<=2025); same date: by id
        "2025 posting:ru-tm",
        "2025 event:year-only",
        "2025-03 event:month-only",
        "2025-03-03 event:innopolis-visit-2025-03",
        "2025-03-14 agreement:innopolis-sanly-chozgut-terms");
    // the minister's membership involves Turkmenistan alone
    assertThat(timeline).noneMatch(e -> e.entity() instanceof Membership);
    assertThat(timeline).allSatisfy(e ->
        assertThat(e.sources()).containsExactly(Examples.source()));
    assertThat(dataset.timeline(Examples.TM, Examples.RU)).isEqualTo(timeline);
    assertThat(dataset.timeline(Examples.RU, CountryCode.of("CN"))).isEmpty();
  }

  @Test
  void whoHeldAPostOnADate() {
    Dataset dataset = Dataset.of(Datasets.valid());
    Ref<Organization> ministry = Ref.of(Organization.class, "tm-ministry-of-communications");
    assertThat(dataset.holders(ministry, "minister of communications", LocalDate.of(2025, 10, 13)))
        .extracting(Membership::getPerson).containsExactly(Examples.MINISTER);
    assertThat(dataset.holders(ministry, "Minister of Communications", LocalDate.of(2025, 10, 14)))
        .isEmpty();
    assertThat(dataset.holders(ministry, "Rector", LocalDate.of(2025, 10, 13))).isEmpty();
  }

  @Test
  void everythingAPersonOrOrganizationTookPartIn() {
    Dataset dataset = Dataset.of(Datasets.valid());
    assertThat(dataset.involving(Examples.MINISTER)).extracting(e -> e.getId().toString())
        .containsExactly("event:innopolis-visit-2025-03", "membership:hudayguliyev-minister",
            "statement:minister-sector-promising");
    List<Entity> agency = dataset.involving(Examples.AGENCY);
    assertThat(agency).extracting(e -> e.getId().toString()).containsExactly(
        // dated first, in date order; then the undated, by id (kind, then slug)
        "project:undp-edi-pilot", "event:innopolis-visit-2025-03",
        "org:sanly-chozgut", "deal:ru-tm-software-1",
        "training:undp-innopolis-it-training", "system:tm-interagency-edi");
    assertThat(dataset.involving(Ref.of(Person.class, "nobody"))).isEmpty();
    assertThat(dataset.involving(Examples.ARTICLE)).hasSize(Datasets.valid().size() - 1);
  }

  @Test
  void queryResultsCannotBeChanged() {
    Dataset dataset = Dataset.of(Datasets.valid());
    Entity any = dataset.entities().get(0);
    List<List<?>> results = List.of(
        dataset.postings(Examples.TM, JUNE_2025),
        dataset.agreementsInForce(Party.state("RU"), Party.state("TM"), JUNE_2025),
        dataset.timeline(Examples.RU, Examples.TM),
        dataset.holders(Examples.membership().getOrganization(), "Minister of Communications",
            LocalDate.of(2025, 10, 13)),
        dataset.involving(Examples.ARTICLE),
        dataset.validate(),
        dataset.checkIntegrity(),
        dataset.sourcesOf(Examples.agreement()),
        dataset.search("Sanly"),
        dataset.searchMatches("Sanly"));
    for (List<?> result : results) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> result.add(null))
          .isInstanceOf(UnsupportedOperationException.class);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> dataset.areasInForce(Party.state("RU"), Party.state("TM"), JUNE_2025).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(any).isNotNull();
  }
}
