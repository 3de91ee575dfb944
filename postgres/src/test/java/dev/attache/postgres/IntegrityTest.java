package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.common.CountryCode;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.data.ReferenceDataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.dataset.Dataset;
import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.Entity;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.PostingStatus;
import dev.attache.model.Ref;
import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code checkIntegrity()} of the store and of a dataset of the same entities agree, on a
 * generated dataset broken on purpose in every way the store can hold: references to entities
 * left out, overlapping active postings and single-holder posts, parent cycles, sessions outside
 * their commission; and after a run of random updates and deletions, on the questions too.
 */
class IntegrityTest {
  @Test
  void theProblemsOfABrokenDatasetAreTheSameInSql() {
    List<Entity> entities = broken(DatasetGenerator.of(
        GeneratorConfig.builder(99).count(5_000).build()).stream().toList());
    EntityStore store = TestDatabases.freshStore();
    store.putAll(entities);
    Dataset dataset = Dataset.of(entities);
    List<Problem> expected = dataset.checkIntegrity();
    assertThat(expected).extracting(Problem::getCode).contains("dataset.ref.unresolved",
        "dataset.posting.active.overlap", "dataset.membership.overlap",
        "dataset.organization.parent.cycle", "dataset.session.outside");
    assertThat(store.checkIntegrity()).isEqualTo(expected);
    Locale russian = Locale.forLanguageTag("ru");
    assertThat(store.checkIntegrity(russian)).isEqualTo(dataset.checkIntegrity(russian));
  }

  /** The entities with dataset-level breakage, each entity still valid on its own. */
  static List<Entity> broken(List<Entity> generated) {
    Random random = new Random(5);
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      if (i % 47 != 3) { // left out: what refers to them dangles
        entities.add(generated.get(i));
      }
    }
    List<Entity> more = new ArrayList<>();
    int copies = 0;
    Map<Ref<Commission>, Commission> commissions = new HashMap<>();
    for (Entity entity : entities) {
      if (entity instanceof Commission commission) {
        commissions.put(commission.getId(), commission);
      }
    }
    List<Organization> organizations = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      if (entity instanceof AttachePosting posting && posting.getArrival().isPresent()
          && copies < 25) {
        // still there: active, with a twin of the same service in the same country
        AttachePosting active = posting.withStatus(PostingStatus.ACTIVE)
            .withDeparture(java.util.Optional.empty());
        entities.set(i, active);
        more.add(active.withId(Ref.of(AttachePosting.class, "copy-" + copies++)));
      } else if (entity instanceof Membership membership && copies < 50
          && membership.getPeriod().isPresent()) {
        more.add(membership.withSingleHolder(true)
            .withId(Ref.of(Membership.class, "copy-" + copies++)));
        entities.set(i, membership.withSingleHolder(true));
      } else if (entity instanceof CommissionSession session && random.nextInt(3) == 0) {
        Commission commission = commissions.get(session.getCommission());
        if (commission != null && commission.getPeriod().flatMap(p -> p.getStart()).isPresent()) {
          int year = commission.getPeriod().get().getStart().get().getYear();
          entities.set(i, session.withDate(PartialDate.of(year - 3)));
        }
      } else if (entity instanceof Organization organization) {
        organizations.add(organization);
      }
    }
    // parent cycles of two and of three, and a chain leading into a cycle
    Map<Ref<?>, Organization> changed = new HashMap<>();
    changed.put(organizations.get(0).getId(), organizations.get(0)
        .withParent(organizations.get(1).getId()));
    changed.put(organizations.get(1).getId(), organizations.get(1)
        .withParent(organizations.get(0).getId()));
    changed.put(organizations.get(2).getId(), organizations.get(2)
        .withParent(organizations.get(3).getId()));
    changed.put(organizations.get(3).getId(), organizations.get(3)
        .withParent(organizations.get(4).getId()));
    changed.put(organizations.get(4).getId(), organizations.get(4)
        .withParent(organizations.get(2).getId()));
    changed.put(organizations.get(5).getId(), organizations.get(5)
        .withParent(organizations.get(2).getId()));
    entities.replaceAll(e -> changed.containsKey(e.getId()) ? changed.get(e.getId()) : e);
    entities.addAll(more);
    return entities;
  }

  @Test
  void afterRandomUpdatesAndDeletionsTheStoreStillAnswersAsTheDataset() {
    EntityStore store = TestDatabases.freshStore();
    List<Entity> current = new ArrayList<>(ReferenceDataset.load().entities());
    store.putAll(current);
    Random random = new Random(11);
    List<CountryCode> countries = List.of(CountryCode.of("RU"), CountryCode.of("TM"),
        CountryCode.of("KZ"), CountryCode.of("CN"));
    for (int step = 0; step < 60; step++) {
      int index = random.nextInt(current.size());
      Entity entity = current.get(index);
      switch (random.nextInt(4)) {
        case 0 -> { // deleted: what refers to it dangles, and no longer involves its countries
          store.delete(entity.getId());
          current.remove(index);
        }
        case 1 -> { // deleted, then written again: it comes last now
          store.delete(entity.getId());
          store.put(entity);
          current.remove(index);
          current.add(entity);
        }
        case 2 -> { // a service loses its dates and leaves the timeline, or gets one back
          List<AttacheService> services = current.stream()
              .filter(AttacheService.class::isInstance).map(AttacheService.class::cast).toList();
          if (!services.isEmpty()) {
            AttacheService service = services.get(random.nextInt(services.size()));
            AttacheService changed = service.timelineDate().isPresent()
                ? service.withEstablished(Optional.empty()).withDecided(Optional.empty())
                    .withConceived(Optional.empty())
                : service.withDecided(QualifiedDate.parse("2019"));
            store.put(changed);
            current.set(current.indexOf(service), changed);
          }
        }
        default -> { // an organization moves: what refers to it involves another country
          Organization organization = (Organization) current.stream()
              .filter(e -> e instanceof Organization o && o.getCountry().isPresent())
              .skip(random.nextInt(5)).findFirst().orElseThrow();
          Organization moved = organization.withCountry(countries.get(random.nextInt(4)));
          store.put(moved);
          current.set(current.indexOf(organization), moved);
        }
      }
      Dataset dataset = Dataset.of(current);
      assertThat(store.toDataset().entities()).isEqualTo(current);
      assertThat(store.checkIntegrity()).as("step %d", step).isEqualTo(dataset.checkIntegrity());
      for (CountryCode a : countries) {
        for (CountryCode b : countries) {
          assertThat(store.timeline(a, b)).as("step %d, %s %s", step, a, b)
              .isEqualTo(dataset.timeline(a, b));
        }
      }
      assertThat(DifferentialTest.ask(dataset, store, new Random(step), 3)).isNotNegative();
    }
  }
}
