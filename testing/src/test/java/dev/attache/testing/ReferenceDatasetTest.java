package dev.attache.testing;

import static dev.attache.testing.assertions.AttacheAssertions.assertThat;
import static dev.attache.testing.assertions.AttacheAssertions.assertThatProblems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.AttachePosting;
import dev.attache.model.PostingStatus;
import dev.attache.model.TrainingProgram;
import dev.attache.common.CountryCode;
import dev.attache.common.DateQualifier;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.common.QuantityComparator;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementStatus;
import dev.attache.dataset.Dataset;
import dev.attache.model.Indicator;
import dev.attache.model.Metric;
import dev.attache.model.Strategy;
import dev.attache.model.Event;
import dev.attache.model.EventKind;
import dev.attache.testing.junit.AttacheExtension;
import dev.attache.testing.junit.ReferenceEntity;
import dev.attache.model.Person;
import dev.attache.model.Source;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import dev.attache.validation.ReferenceData;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reference dataset is valid, complete, and answers the questions a reader would ask. */
@ExtendWith(AttacheExtension.class)
class ReferenceDatasetTest {

  @Test
  void itHasNoProblemAtAll(Dataset reference) {
    assertThat(reference).hasNoProblems();
    List<Problem> referenceRules = new ArrayList<>();
    for (Entity entity : reference.entities()) {
      referenceRules.addAll(AttacheValidator.standard().validate(entity, Locale.ENGLISH,
          Default.class, ReferenceData.class));
    }
    assertThatProblems(referenceRules).isEmpty();
  }

  @Test
  void theCountOfEachKindIsPinnedSoThatALossShows(Dataset reference) {
    assertThat(reference.countByKind()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
        Map.entry(EntityKind.SOURCE, 5),
        Map.entry(EntityKind.ORGANIZATION, 32),
        Map.entry(EntityKind.PERSON, 10),
        Map.entry(EntityKind.MEMBERSHIP, 12),
        Map.entry(EntityKind.ATTACHE_SERVICE, 1),
        Map.entry(EntityKind.ATTACHE_POSTING, 19),
        Map.entry(EntityKind.AGREEMENT, 3),
        Map.entry(EntityKind.COMMISSION, 1),
        Map.entry(EntityKind.STRATEGY, 3),
        Map.entry(EntityKind.PROJECT, 1),
        Map.entry(EntityKind.TRAINING_PROGRAM, 5),
        Map.entry(EntityKind.INFORMATION_SYSTEM, 6),
        Map.entry(EntityKind.EVENT, 13),
        Map.entry(EntityKind.INDICATOR, 7),
        Map.entry(EntityKind.STATEMENT, 8))));
    assertThat(reference.size()).isEqualTo(126);
  }

  @Test
  void eachArticleIsASourceWithOutletAndDateExactlyAsGiven(Dataset reference) {
    Map<String, Source> sources = reference.sources().stream()
        .collect(Collectors.toMap(s -> s.getId().getSlug(), s -> s));
    assertThat(sources.get("nca-2025-10-13").getOutlet()).hasValue("nCa");
    assertThat(sources.get("nca-2025-10-13").getPublishedOn()).hasValue(PartialDate.parse("2025-10-13"));
    assertThat(sources.get("trend-2021-10-06").getOutlet()).hasValue("Trend");
    assertThat(sources.get("trend-2021-10-06").getPublishedOn()).hasValue(PartialDate.parse("2021-10-06"));
    assertThat(sources.get("nca-2025-03-27").getPublishedOn()).hasValue(PartialDate.parse("2025-03-27"));
    Source kazan = sources.get("trend-turkmen-delegation-kazan");
    assertThat(kazan.getTitle()).hasValue("Turkmenistan exploring Russia’s experience in creating e-gov’t");
    assertThat(kazan.getAuthor()).hasValue("Huseyn Hasanov");
    assertThat(kazan.getPublishedOn()).as("'May 1' has no year: none is invented").isEmpty();
    Source training = sources.get("digital-attache-training-final");
    assertThat(training.getOutlet()).isEmpty();
    assertThat(training.getPublishedOn()).isEmpty();
    assertThat(training.getTitle()).isEmpty();
  }

  @Test
  void everyEntityCitesAnArticleOfTheDataset(Dataset reference) {
    for (Entity entity : reference.entities()) {
      if (!(entity instanceof Source)) {
        assertThat(reference.sourcesOf(entity)).as(entity.getId().toString()).isNotEmpty();
      }
    }
  }

  @Test
  void whereWillAnAttacheArriveBeforeTheEndOf2025(Dataset reference) {
    List<AttachePosting> planned = reference.postings().stream()
        .filter(p -> p.getStatus() == PostingStatus.PLANNED)
        .filter(p -> p.getPlannedArrival().filter(a -> a.getQualifier()
            == DateQualifier.NOT_LATER_THAN && a.getDate().equals(PartialDate.of(2025))).isPresent())
        .toList();
    assertThat(planned).singleElement().satisfies(p -> assertThat(p).isInHostCountry("TM")
        .hasStatus(PostingStatus.PLANNED).isOn(LocalDate.of(2025, 12, 31)));
    // planned is not active: nothing says the attaché has arrived
    assertThat(reference.postings(CountryCode.of("TM"), LocalDate.of(2025, 11, 1),
        PostingStatus.ACTIVE)).isEmpty();
  }

  @Test
  void attachesWorkInTheNamedCountriesAndTheCountOfAllIsAnIndicator(Dataset reference) {
    Set<String> active = reference.postings().stream()
        .filter(p -> p.getStatus() == PostingStatus.ACTIVE)
        .map(p -> p.getHostCountry().getCode()).collect(Collectors.toSet());
    assertThat(active).containsExactlyInAnyOrder("CN", "MY", "AE", "AR", "ID", "CU");
    Indicator nineteen = reference.get("indicator:ru-countries-with-attaches-2025-10", Indicator.class)
        .orElseThrow();
    assertThat(nineteen.getMetric()).isEqualTo(Metric.COUNTRIES_WITH_ATTACHES);
    assertThat(nineteen.getValue().getValue()).isEqualByComparingTo("19");
    assertThat(reference.postings(CountryCode.of("CU"), LocalDate.of(2025, 10, 13),
        PostingStatus.ACTIVE)).hasSize(1);
  }

  @Test
  void howManySpecialistsDidTheUndpProjectTrainAndInWhat(Dataset reference) {
    TrainingProgram training = reference.trainingPrograms().stream()
        .filter(t -> t.getProject().map(p -> p.getSlug().equals("undp-tm-edi-pilot")).orElse(false))
        .filter(t -> t.getParticipantTotal().isPresent())
        .findFirst().orElseThrow();
    assertThat(training.getParticipantTotal().get().getComparator())
        .isEqualTo(QuantityComparator.EXACT);
    assertThat(training.getParticipantTotal().get().getValue()).isEqualByComparingTo("75");
    assertThat(training.getTopics()).contains("Java", "Python", "Linux", "Cisco CCNA", "Cisco CCNP",
        "Cybersecurity");
  }

  @Test
  void whatPeriodDoesTurkmenistansDigitalEconomyConceptCover(Dataset reference) {
    Strategy concept = reference.search("Digital Economy Development Concept", Strategy.class).get(0);
    assertThat(concept.getCountry()).isEqualTo(CountryCode.of("TM"));
    assertThat(concept.getPeriod()).hasValue(DateRange.parse("2019/2025"));
  }

  @Test
  void whoMetWhomInAshgabatInOctober2025(Dataset reference) {
    List<Event> meetings = reference.events().stream()
        .filter(e -> e.getKind() == EventKind.MEETING)
        .filter(e -> e.getPlace().flatMap(p -> p.getLocality()).filter("Ashgabat"::equals).isPresent())
        .filter(e -> e.getDate().getDate().truncatedTo(PartialDate.Precision.MONTH)
            .equals(PartialDate.of(2025, 10)))
        .toList();
    assertThat(meetings).singleElement().satisfies(meeting ->
        assertThat(meeting.getPersons()).extracting(p -> reference.get(p).orElseThrow()
                .getNames().getPrimary())
            .containsExactlyInAnyOrder("Dmitry Grigorenko", "Mammetkhan Chakiyev",
                "Hajymyrat Hudayguliyev"));
  }

  @Test
  void theMinisterIsFoundByEverySpellingOfTheArticles(Dataset reference,
      @ReferenceEntity("person:hajymyrat-hudayguliyev") Person minister) {
    assertThat(reference.search("Khadzhimyrat Khudaygulyev", Person.class)).containsExactly(minister);
    assertThat(reference.search("Hajymyrat Hudayguliyev", Person.class)).containsExactly(minister);
    assertThat(reference.search("Худайгулыев", Person.class)).containsExactly(minister);
    // the posts he held, by date
    assertThat(reference.involving(minister.getId())).extracting(e -> e.getId().toString())
        .contains("membership:hudayguliyev-agency-chairman",
            "membership:hudayguliyev-minister-of-communications");
  }

  @Test
  void anAgreementReachedButNotSignedIsNotSigned(
      @ReferenceEntity("agreement:innopolis-sanly-chozgut-terms") Agreement terms) {
    assertThat(terms).hasStatus(AgreementStatus.AGREED).isNotInForceOn(LocalDate.of(2025, 6, 1));
    assertThat(terms.getSignedOn()).isEmpty();
  }

  @Test
  void nothingIsMoreCertainThanItsSource(Dataset reference) {
    // no article states anyone's citizenship
    assertThat(reference.persons()).allSatisfy(p -> assertThat(p.getCitizenship()).isEmpty());
    // the package of measures mentioned establishing the service: a decision, not the act
    assertThat(reference.attacheServices().get(0).getEstablished()).isEmpty();
    // statistics, trade, banking and customs are UNDP's other work in the article
    assertThat(reference.get("project:undp-tm-edi-pilot", dev.attache.model.Project.class)
        .orElseThrow().getAreas()).doesNotContain(dev.attache.model.CooperationArea.STATISTICS,
            dev.attache.model.CooperationArea.TRADE,
            dev.attache.model.CooperationArea.BANKING_AND_FINANCE,
            dev.attache.model.CooperationArea.CUSTOMS);
    // no article says where the attachés were trained
    assertThat(reference.get("training:ru-digital-attache-cohort-1",
        dev.attache.model.TrainingProgram.class).orElseThrow().getPlace()).isEmpty();
    // working attachés rest on the article that says they work; the training article only on
    // the earlier state it gives, which is kept as an observation rather than lost
    assertThat(reference.postings()).filteredOn(p -> p.getStatus() == PostingStatus.ACTIVE)
        .allSatisfy(p -> {
          assertThat(p.getObservations()).filteredOn(o -> o.getStatus() == PostingStatus.ACTIVE)
              .singleElement().satisfies(o -> {
                assertThat(o.getSource()).hasToString("source:nca-2025-10-13");
                assertThat(o.getOn()).hasValueSatisfying(d -> assertThat(d.getQualifier())
                    .isEqualTo(dev.attache.common.DateQualifier.NOT_LATER_THAN));
              });
          assertThat(p.getObservations()).filteredOn(o -> o.getSource().toString()
              .equals("source:digital-attache-training-final"))
              .allSatisfy(o -> assertThat(o.getStatus()).isEqualTo(PostingStatus.IN_TRAINING));
        });
    assertThat(reference.get("posting:ru-cn", dev.attache.model.AttachePosting.class)
        .orElseThrow().statusOn(LocalDate.of(2025, 10, 13))).hasValue(PostingStatus.ACTIVE);
    // a decision to establish the service is kept as a decision, with what decided it
    assertThat(reference.attacheServices().get(0).getDecided()).hasValueSatisfying(
        d -> assertThat(d).hasToString("2021-09"));
    assertThat(reference.attacheServices().get(0).getMandate()).hasValueSatisfying(
        m -> assertThat(m).hasToString("strategy:ru-second-it-support-package"));
    // terms reached are to be signed, missions wait on a condition; neither is dated exactly
    Agreement terms = reference.get("agreement:innopolis-sanly-chozgut-terms", Agreement.class)
        .orElseThrow();
    assertThat(terms.getNextStatus()).hasValue(AgreementStatus.SIGNED);
    assertThat(terms.getAgreedOn()).hasValueSatisfying(d -> assertThat(d).hasToString("<=2025-03-27"));
    assertThat(reference.get("agreement:ru-tm-business-missions", Agreement.class).orElseThrow()
        .getConditions()).singleElement().asString().contains("epidemiological");
    // systems "presented" or "named" have no stage the articles give, and two no kind
    assertThat(reference.informationSystems()).filteredOn(s -> s.getCountry().toString()
        .equals("RU")).isNotEmpty().allSatisfy(s -> assertThat(s.getStatus())
            .isEqualTo(dev.attache.model.SystemStatus.UNKNOWN));
    assertThat(reference.informationSystems()).noneMatch(s -> s.getKind()
        == dev.attache.model.SystemKind.CITIZEN_FEEDBACK);
    // a source keeps both its dates, and names whose words it reports
    Source undp = reference.get("source:nca-2025-03-27", Source.class).orElseThrow();
    assertThat(undp.getPublishedOn()).hasValue(PartialDate.parse("2025-03-27"));
    assertThat(undp.getOtherDate()).hasValue(PartialDate.parse("2025-03-26"));
    assertThat(reference.get("source:nca-2025-10-13", Source.class).orElseThrow()
        .getOriginators()).extracting(Object::toString).containsExactly("org:ru-government");
    // what an article reports on its day happened that day or before
    assertThat(reference.events()).filteredOn(e -> e.getSources().size() == 1
            && e.getSources().get(0).toString().equals("source:nca-2025-10-13"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.getDate().getQualifier())
            .isEqualTo(DateQualifier.NOT_LATER_THAN));
  }

  @Test
  void aMinisterNamedInAnArticleIsStillTheMinisterAWeekLater(Dataset reference) {
    // the article names him in the post on 13 October 2025 and says nothing of his tenure
    var ministry = dev.attache.model.Ref.of(dev.attache.model.Organization.class,
        "tm-ministry-of-communications");
    for (LocalDate day : List.of(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 20))) {
      assertThat(reference.holders(ministry, "Minister of Communications", day))
          .extracting(m -> m.getPerson().toString())
          .containsExactly("person:hajymyrat-hudayguliyev");
    }
    // an observation is not a tenure: no membership of the dataset invents one
    assertThat(reference.memberships()).allSatisfy(m -> assertThat(m.getPeriod()).isEmpty());
  }

  @Test
  void deducedDatesAreMarkedNotStated(@ReferenceEntity("event:tm-delegation-kazan-visit-2019") Event visit) {
    assertThat(visit.getDate().getQualifier()).isEqualTo(DateQualifier.APPROXIMATE);
    assertThat(visit.getNotes()).anyMatch(n -> n.contains("deduced"));
    // deduced from two articles together: both are cited
    assertThat(visit.getSources()).extracting(Object::toString).containsExactly(
        "source:trend-turkmen-delegation-kazan", "source:trend-2021-10-06");
  }

  @Test
  void theTimelineOfRussiaAndTurkmenistanRunsFrom2019(Dataset reference) {
    var timeline = reference.timeline(CountryCode.of("RU"), CountryCode.of("TM"));
    assertThat(timeline).isNotEmpty();
    assertThat(timeline.get(0).date().getYear()).isEqualTo(2019);
    assertThat(timeline).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
    assertThat(timeline).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
  }
}
