package dev.attache.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.Growth;
import dev.attache.model.AttachePosting;
import dev.attache.model.PostingStatus;
import dev.attache.model.TrainingProgram;
import dev.attache.model.Entity;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.model.Party;
import dev.attache.common.DateRange;
import dev.attache.model.Ref;
import dev.attache.model.CommissionSession;
import dev.attache.model.Event;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.OrganizationKind;
import dev.attache.model.Person;
import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class IntegrityCheckTest {
  private static final int N = Datasets.valid().size();

  private static List<String> problems(Dataset dataset) {
    return dataset.checkIntegrity().stream().map(p -> p.getPointer() + " " + p.getCode()).toList();
  }

  @Test
  void aDuplicateIdIsReportedAtTheRepeat() {
    Dataset dataset = Datasets.with(Examples.agreement());
    assertThat(dataset.checkIntegrity()).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/entities/" + N + "/id");
      assertThat(p.getCode()).isEqualTo("dataset.id.duplicate");
      assertThat(p.getValue()).hasValue("agreement:innopolis-sanly-chozgut-terms");
      assertThat(p.getMessage()).contains("position 7");
    });
    // the first one wins for lookups
    assertThat(dataset.get(Examples.agreement().getId()).get()).isSameAs(dataset.entities().get(7));
  }

  @Test
  void aReferenceToNothingIsReportedWhereItSits() {
    Event event = Examples.event().withOrganizations(Examples.INNOPOLIS,
        Ref.of(Organization.class, "nobody"));
    assertThat(problems(Datasets.with(event.withId(Ref.of(Event.class, "other")))))
        .containsExactly("/entities/" + N + "/organizations/1 dataset.ref.unresolved");
  }

  @Test
  void aTrainingProgrammesParticipatingOrganizationsAreReferences() {
    TrainingProgram program = Examples.trainingProgram()
        .withId(Ref.of(TrainingProgram.class, "other"))
        .withParticipatingOrganizations(Examples.AGENCY, Ref.of(Organization.class, "nobody"));
    assertThat(problems(Datasets.with(program)))
        .containsExactly("/entities/" + N + "/participatingOrganizations/1 dataset.ref.unresolved");
  }

  @Test
  void dealsAndEventsReferringToUnknownEntitiesAreReported() {
    List<Entity> entities = new ArrayList<>(Datasets.valid());
    entities.removeIf(e -> e.getId().equals(Examples.posting().getId())
        || e.getId().equals(Examples.MINISTER));
    Dataset dataset = Dataset.of(entities);
    assertThat(problems(dataset)).contains(
        "/entities/4/posting dataset.ref.unresolved",
        "/entities/" + (14 - 2) + "/persons/0 dataset.ref.unresolved");
  }

  @Test
  void aSourceThatIsNotInTheDatasetIsUnresolved() {
    List<Entity> entities = new ArrayList<>(Datasets.valid());
    entities.remove(0); // the source
    assertThat(Dataset.of(entities).checkIntegrity())
        .extracting(Problem::getCode).containsOnly("dataset.ref.unresolved").hasSize(N - 1);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aReferenceToAnEntityOfTheWrongKindIsReported() {
    // generics are erased: a raw reference can smuggle a person id into an organization slot
    Ref wrong = Ref.parse("person:hajymyrat-hudayguliyev");
    Event event = Examples.event().withId(Ref.of(Event.class, "other"))
        .withOrganizations((Ref<Organization>) wrong);
    List<Problem> found = Datasets.with(event).checkIntegrity();
    assertThat(found).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/entities/" + N + "/organizations/0 dataset.ref.kind");
    assertThat(found.get(0).getMessage()).contains("'person'");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void anIdOfTheWrongKindIsReported() {
    Ref personId = Ref.parse("person:pretender");
    Organization pretender = Examples.organization().withId(personId)
        .withParent(java.util.Optional.empty());
    assertThat(problems(Datasets.with(pretender)))
        .containsExactly("/entities/" + N + "/id dataset.id.kind");
  }

  @Test
  void aParentCycleIsReportedForEachOrganizationOnIt() {
    Ref<Organization> a = Ref.of(Organization.class, "a");
    Ref<Organization> b = Ref.of(Organization.class, "b");
    Ref<Organization> c = Ref.of(Organization.class, "c");
    Ref<Organization> tail = Ref.of(Organization.class, "tail");
    Dataset dataset = Datasets.with(
        Datasets.organization(a, "A", OrganizationKind.AGENCY, Examples.TM).withParent(b),
        Datasets.organization(b, "B", OrganizationKind.AGENCY, Examples.TM).withParent(c),
        Datasets.organization(c, "C", OrganizationKind.AGENCY, Examples.TM).withParent(a),
        Datasets.organization(tail, "T", OrganizationKind.AGENCY, Examples.TM).withParent(a));
    assertThat(problems(dataset)).containsExactly(
        "/entities/" + N + "/parent dataset.organization.parent.cycle",
        "/entities/" + (N + 1) + "/parent dataset.organization.parent.cycle",
        "/entities/" + (N + 2) + "/parent dataset.organization.parent.cycle");
  }

  @Test
  void aLongParentChainIsCheckedInLinearTime() {
    List<Entity> entities = new ArrayList<>(Datasets.valid());
    int length = 50_000;
    for (int i = 0; i < length; i++) {
      Organization.Builder org = Organization.builder()
          .id(Ref.of(Organization.class, "chain-" + i)).names(Names.of("Chain " + i))
          .kind(OrganizationKind.AGENCY);
      if (i + 1 < length) {
        org.parent(Ref.of(Organization.class, "chain-" + (i + 1)));
      }
      entities.add(org.build());
    }
    assertThat(Dataset.of(entities).checkIntegrity()).isEmpty();
  }

  @Test
  void twoActivePostingsOfOneServiceInOneCountryMustNotOverlap() {
    AttachePosting first = Examples.posting().withId(Ref.of(AttachePosting.class, "first"))
        .withStatus(PostingStatus.ACTIVE).withArrival(QualifiedDate.parse("2023-01"));
    AttachePosting second = first.withId(Ref.of(AttachePosting.class, "second"))
        .withArrival(QualifiedDate.parse("2024-06"));
    assertThat(problems(Datasets.with(first, second)))
        .containsExactly("/entities/" + (N + 1) + "/arrival dataset.posting.active.overlap");
    // one after the other is fine, and so are dates that do not prove an overlap
    assertThat(problems(Datasets.with(first.withArrival(QualifiedDate.parse("2021"))
            .withDeparture(QualifiedDate.parse("2022")),
        second.withArrival(QualifiedDate.parse("2023"))))).isEmpty();
    assertThat(problems(Datasets.with(first.withArrival(QualifiedDate.parse("2021"))
            .withDeparture(QualifiedDate.parse("2023")),
        second.withArrival(QualifiedDate.parse("2023"))))).isEmpty();
    // both still there with no departure: they overlap however vague the arrival
    assertThat(problems(Datasets.with(first, second.withArrival(QualifiedDate.parse(">=2024")))))
        .hasSize(1);
    // another host country, or a completed posting, is no conflict
    assertThat(problems(Datasets.with(first, second.withHostCountry(Examples.RU)))).isEmpty();
    assertThat(problems(Datasets.with(first, second.withStatus(PostingStatus.COMPLETED)
        .withArrival(QualifiedDate.parse("2023-02")).withDeparture(QualifiedDate.parse("2023-12")))))
        .isEmpty();
  }

  @Test
  void holdersOfASingleHolderPostMustNotOverlap() {
    Membership minister = Examples.membership().withPeriod(DateRange.parse("2022/2024-06"));
    Membership successor = minister.withId(Ref.of(Membership.class, "successor"))
        .withPerson(Ref.of(Person.class, "successor"))
        .withPeriod(DateRange.startingAt(PartialDate.of(2024, 3)));
    Person person = Examples.person().withId(Ref.of(Person.class, "successor"));
    List<Entity> entities = new ArrayList<>(Datasets.valid());
    entities.removeIf(e -> e.getId().equals(minister.getId()));
    entities.add(minister);
    entities.add(person);
    entities.add(successor);
    int at = entities.size() - 1;
    assertThat(problems(Dataset.of(entities)))
        .containsExactly("/entities/" + at + "/period dataset.membership.overlap");
    // a post several people hold at once may overlap
    entities.set(at, successor.withSingleHolder(false));
    entities.set(at - 2, minister.withSingleHolder(false));
    assertThat(problems(Dataset.of(entities))).isEmpty();
  }

  @Test
  void theSamePersonTwiceInOnePostAtOnceIsReported() {
    Membership again = Examples.membership().withId(Ref.of(Membership.class, "again"));
    assertThat(problems(Datasets.with(again)))
        .containsExactly("/entities/" + N + "/period dataset.membership.overlap");
  }

  @Test
  void aCommissionSessionLiesInsideTheCommissionsLife() {
    List<Entity> entities = new ArrayList<>(Datasets.valid());
    entities.replaceAll(e -> e.equals(Examples.commission())
        ? Examples.commission().withPeriod(DateRange.parse("2008/2020")) : e);
    assertThat(problems(Dataset.of(entities)))
        .containsExactly("/entities/9/date dataset.session.outside");
    entities.replaceAll(e -> e instanceof CommissionSession s
        ? s.withDate(PartialDate.of(2020)) : e);
    assertThat(problems(Dataset.of(entities))).isEmpty();
  }

  @Test
  void partiesThatAreOrganizationsMustResolve() {
    Dataset dataset = Datasets.with(Examples.agreement()
        .withId(Ref.of(dev.attache.model.Agreement.class, "other"))
        .withParties(Party.state("RU"), Party.organization(Ref.of(Organization.class, "ghost"))));
    assertThat(problems(dataset))
        .containsExactly("/entities/" + N + "/parties/1 dataset.ref.unresolved");
  }

  @Test
  void problemsAreInEntityOrderAndInRussianOnRequest() {
    List<Entity> entities = new ArrayList<>(Datasets.valid());
    entities.add(Examples.agreement());
    for (int i = 0; i < 10; i++) {
      entities.add(Examples.source());
    }
    List<Problem> problems = Dataset.of(entities).checkIntegrity(Locale.forLanguageTag("ru"));
    assertThat(problems).hasSize(11);
    assertThat(problems.get(0).getPointer()).isEqualTo("/entities/" + N + "/id");
    assertThat(problems.get(10).getPointer()).isEqualTo("/entities/" + (N + 10) + "/id");
    assertThat(problems.get(0).getMessage()).startsWith("идентификатор уже занят");
  }

  @Test
  void validateAddsEveryEntitysOwnProblemsUnderItsPosition() {
    Dataset dataset = Datasets.with(Examples.agreement().withId(Ref.of(
        dev.attache.model.Agreement.class, "broken")).withParties(Party.state("RU")));
    assertThat(dataset.validate()).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/entities/" + N + "/parties agreement.parties.size");
  }

  @Test
  void deputyMinister1And11AreDifferentPosts() {
    Membership first = Examples.membership().withRole(Names.of("Deputy Minister 1"));
    Membership eleventh = Examples.membership().withId(Ref.of(Membership.class, "deputy-11"))
        .withPerson(Ref.of(Person.class, "someone-else")).withRole(Names.of("Deputy Minister 11"));
    Dataset dataset = Dataset.of(List.of(first, eleventh));
    assertThat(dataset.checkIntegrity()).extracting(Problem::getCode)
        .doesNotContain("dataset.membership.overlap");
    assertThat(dataset.holders(first.getOrganization(), "Deputy Minister 1",
        java.time.LocalDate.of(2025, 10, 13))).containsExactly(first);
  }

  @Test
  @Tag("slow")
  void overlapsInALargeGroupOfSingleHolderPostsCostNearLinearTime() {
    double growth = Growth.ofDoubling(20_000, n -> {
      List<Entity> terms = new ArrayList<>(n);
      for (int i = 0; i < n; i++) { // one post, n terms one after another: no overlap at all
        java.time.LocalDate start = java.time.LocalDate.of(1000, 1, 1).plusDays(2L * i);
        terms.add(Examples.membership().withId(Ref.of(Membership.class, "term-" + i))
            .withPeriod(DateRange.of(PartialDate.of(start), PartialDate.of(start))));
      }
      Dataset dataset = Dataset.of(terms);
      return () -> assertThat(dataset.checkIntegrity()).extracting(Problem::getCode)
          .doesNotContain("dataset.membership.overlap");
    });
    assertThat(growth).as("time at 2n / time at n").isLessThan(3.2);
  }

  @Test
  void theOverlapSweepNamesTheFirstEarlierOverlapAsComparingEveryPairWould() {
    java.util.Random random = new java.util.Random(12);
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(40);
      long[] from = new long[n];
      long[] to = new long[n];
      for (int i = 0; i < n; i++) {
        from[i] = random.nextInt(60);
        to[i] = from[i] + random.nextInt(12) - 2; // some empty spans
      }
      int[] fast = FirstOverlap.of(from, to);
      for (int j = 0; j < n; j++) {
        int expected = -1;
        for (int i = 0; i < j && expected < 0; i++) {
          boolean overlap = from[i] <= to[i] && from[j] <= to[j] && from[i] <= to[j]
              && from[j] <= to[i];
          expected = overlap ? i : -1;
        }
        assertThat(fast[j]).as("round %d, span %d", round, j).isEqualTo(expected);
      }
    }
  }
}
