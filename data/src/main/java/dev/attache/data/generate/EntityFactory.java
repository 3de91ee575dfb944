package dev.attache.data.generate;

import static dev.attache.data.generate.Pools.pick;

import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.DealStage;
import dev.attache.model.Duty;
import dev.attache.model.ExportDeal;
import dev.attache.model.PostingStatus;
import dev.attache.model.ProductCategory;
import dev.attache.model.ActivityStatus;
import dev.attache.model.ParticipantCount;
import dev.attache.model.ParticipantRole;
import dev.attache.model.Project;
import dev.attache.model.ProjectParticipant;
import dev.attache.model.TrainingProgram;
import dev.attache.common.CountryCode;
import dev.attache.common.DateQualifier;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.common.Money;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.model.Party;
import dev.attache.common.DateRange;
import dev.attache.common.Place;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import dev.attache.common.QuantityComparator;
import dev.attache.model.Ref;
import dev.attache.model.Agreement;
import dev.attache.model.StatusObservation;
import dev.attache.model.Recurrence;
import dev.attache.model.Change;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.CooperationArea;
import dev.attache.model.Indicator;
import dev.attache.model.Statement;
import dev.attache.model.StatementKind;
import dev.attache.model.InformationSystem;
import dev.attache.model.Metric;
import dev.attache.model.Strategy;
import dev.attache.model.StrategyKind;
import dev.attache.model.SystemKind;
import dev.attache.model.SystemStatus;
import dev.attache.model.Event;
import dev.attache.model.EventKind;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.OrganizationKind;
import dev.attache.model.Person;
import dev.attache.model.Source;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the entity of a kind and number, valid by construction: every value through the public
 * builders, every date consistent with the rules, every reference to an entity that the whole
 * dataset has. Each entity draws from its own random stream, seeded by (seed, kind, number).
 */
final class EntityFactory {
  private final GeneratorConfig config;
  private final Layout layout;
  private final LocalDate today;
  private final Set<String> languages;

  EntityFactory(GeneratorConfig config, Layout layout) {
    this.config = config;
    this.layout = layout;
    this.today = config.getReferenceDate();
    this.languages = config.getLanguages();
  }

  Entity make(EntityKind kind, long number) {
    SplittableRandom random = Seeds.random(config.getSeed(), kind.ordinal(), number, 0);
    return switch (kind) {
      case SOURCE -> source(number, random);
      case ORGANIZATION -> organization(number, random);
      case PERSON -> person(number, random);
      case MEMBERSHIP -> membership(number, random);
      case ATTACHE_SERVICE -> service(number, random);
      case ATTACHE_POSTING -> posting(number, random);
      case EXPORT_DEAL -> deal(number, random);
      case AGREEMENT -> agreement(number, random);
      case COMMISSION -> commission(number, random);
      case COMMISSION_SESSION -> session(number, random);
      case STRATEGY -> strategy(number, random);
      case PROJECT -> project(number, random);
      case TRAINING_PROGRAM -> training(number, random);
      case INFORMATION_SYSTEM -> system(number, random);
      case EVENT -> event(number, random);
      case INDICATOR -> indicator(number, random);
      case STATEMENT -> statement(number, random);
    };
  }

  // ---------------------------------------------------------------- references and dates

  static <T extends Entity> Ref<T> id(Class<T> type, long number) {
    return Ref.of(type, "g-" + number);
  }

  /** A random existing entity of a kind, or null if the dataset has none. */
  private <T extends Entity> Ref<T> any(Class<T> type, SplittableRandom random) {
    long total = layout.total(EntityKind.of(type));
    return total == 0 ? null : id(type, random.nextLong(total));
  }

  /** Up to {@code n} distinct existing entities of a kind. */
  private <T extends Entity> List<Ref<T>> some(Class<T> type, SplittableRandom random, int n) {
    Set<Ref<T>> refs = new LinkedHashSet<>();
    long total = layout.total(EntityKind.of(type));
    for (int i = 0; i < n && refs.size() < total; i++) {
      refs.add(id(type, random.nextLong(total)));
    }
    return new ArrayList<>(refs);
  }

  private List<Ref<Source>> sources(SplittableRandom random) {
    return some(Source.class, random, 1 + random.nextInt(2));
  }

  private static LocalDate day(SplittableRandom random, LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
  }

  /** A date known to the day, month or year, as sources give them. */
  private static PartialDate vague(SplittableRandom random, LocalDate date) {
    int roll = random.nextInt(10);
    return roll < 5 ? PartialDate.of(date) : roll < 8
        ? PartialDate.of(date.getYear(), date.getMonthValue()) : PartialDate.of(date.getYear());
  }

  /** "By that day", as an article's date says of what it reports. */
  private static QualifiedDate notLaterThan(LocalDate day) {
    return QualifiedDate.of(PartialDate.of(day), DateQualifier.NOT_LATER_THAN);
  }

  /**
   * An earlier state the first source saw and the current one the last source saw: the two
   * observations of an entity the sources followed over time.
   */
  private static <S extends Enum<S>> List<StatusObservation<S>> seen(List<Ref<Source>> cited,
      S earlier, QualifiedDate earlierOn, S current, QualifiedDate currentOn) {
    return List.of(StatusObservation.of(earlier, Optional.of(earlierOn), cited.get(0)),
        StatusObservation.of(current, Optional.of(currentOn), cited.get(cited.size() - 1)));
  }

  private LocalDate yearsAgo(int years) {
    return today.minusYears(years);
  }

  private static <E extends Enum<E>> Set<E> someOf(SplittableRandom random, E[] values, int min,
      int max) {
    Set<E> chosen = new LinkedHashSet<>();
    int n = min + random.nextInt(max - min + 1);
    while (chosen.size() < n) {
      chosen.add(values[random.nextInt(values.length)]);
    }
    return chosen;
  }

  private Names names(String en, String ru, String tk) {
    return Pools.names(languages, en, ru, tk);
  }

  private static String area(CooperationArea area) {
    return area.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // ---------------------------------------------------------------- kinds

  private Source source(long number, SplittableRandom random) {
    String a = Pools.countryName(pick(random, Pools.SENDING));
    String b = Pools.countryName(pick(random, Pools.HOSTS));
    CooperationArea topic = pick(random, List.of(CooperationArea.values()));
    return Source.builder().id(id(Source.class, number))
        .title(a + " and " + b + " discuss " + area(topic))
        .outlet(pick(random, Pools.OUTLETS))
        .publishedOn(vague(random, day(random, LocalDate.of(2012, 1, 1), today)))
        .language(random.nextInt(10) < 7 ? "en" : "ru")
        .url(URI.create("https://news.example.org/articles/" + number))
        .build();
  }

  private static final int[] ORGANIZATION_WEIGHTS = {3, 15, 12, 12, 6, 6, 5, 4, 22, 5, 3, 3, 4};

  private static OrganizationKind organizationKind(SplittableRandom random) {
    return weighted(random, OrganizationKind.values(), ORGANIZATION_WEIGHTS);
  }

  /** One of the values, each with its weight in a hundred; the last if the weights fall short. */
  private static <E> E weighted(SplittableRandom random, E[] values, int[] weights) {
    int roll = random.nextInt(100);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private Organization organization(long number, SplittableRandom random) {
    OrganizationKind kind = organizationKind(random); // the first draw: membership() relies on it
    String country = Pools.country(random);
    String countryName = Pools.countryName(country);
    String genitive = Pools.russianGenitive(country);
    boolean tm = country.equals("TM");
    String city = Pools.city(random, country);
    Names names = switch (kind) {
      case GOVERNMENT -> names("Government of " + countryName,
          genitive == null ? null : "Правительство " + genitive,
          tm ? "Türkmenistanyň Hökümeti" : null);
      case MINISTRY -> {
        Pools.Field field = pick(random, Pools.MINISTRIES);
        yield names("Ministry of " + field.en() + " of " + countryName,
            genitive == null ? null : "Министерство " + field.ru() + " " + genitive,
            tm ? "Türkmenistanyň " + field.tk() + " ministrligi" : null);
      }
      case AGENCY -> {
        Pools.Field field = pick(random, Pools.AGENCIES);
        yield names(field.en() + " of " + countryName,
            genitive == null ? null : field.ru() + " " + genitive,
            tm ? "Türkmenistanyň " + field.tk() : null);
      }
      case UNIVERSITY -> names(city + " State University", null, null);
      case COLLEGE -> names(city + " College of Informatics and Communication", null, null);
      case INSTITUTE -> names(city + " Institute of Telecommunications and Informatics",
          null, null);
      case IT_PARK -> names(city + " IT Park", null, null);
      case COMPETENCE_CENTRE -> names(city + " Digital Competence Centre", null, null);
      case COMPANY -> names(pick(random, Pools.COMPANY_STARTS) + pick(random, Pools.COMPANY_ENDS)
          + " " + pick(random, Pools.COMPANY_KINDS), null, null);
      case NON_PROFIT -> names(city + " Centre for Digital Cooperation", null, null);
      case INTERNATIONAL_ORGANIZATION -> {
        String[] international = pick(random, Pools.INTERNATIONAL);
        yield Names.builder().put("en", international[0]).addAlias(international[1]).build();
      }
      case FUND -> names(countryName + " IT Development Fund", null, null);
      case OTHER -> names(city + " Digital Office", null, null);
    };
    Organization.Builder organization = Organization.builder().id(id(Organization.class, number))
        .addAllSources(sources(random)).names(names).kind(kind);
    if (kind != OrganizationKind.INTERNATIONAL_ORGANIZATION) {
      organization.country(CountryCode.of(country));
    }
    if (number > 0 && random.nextInt(10) < 3) {
      // only to an earlier organization: parent chains can never close into a cycle
      long from = Math.max(0, number - 100);
      organization.parent(id(Organization.class, from + random.nextLong(number - from)));
    }
    return organization.build();
  }

  private Person person(long number, SplittableRandom random) {
    String country = Pools.country(random);
    return Person.builder().id(id(Person.class, number)).addAllSources(sources(random))
        .names(Pools.person(random, country, languages)).citizenship(CountryCode.of(country))
        .build();
  }

  private static final int SINGLE_HOLDER_SLOTS = 6;

  private Membership membership(long number, SplittableRandom random) {
    long organizations = layout.total(EntityKind.ORGANIZATION);
    long organizationNumber = number % organizations;
    long slot = number / organizations;
    // the organization's kind is its first draw: drawn again here, not the whole organization
    OrganizationKind kind = organizationKind(
        Seeds.random(config.getSeed(), EntityKind.ORGANIZATION.ordinal(), organizationNumber, 0));
    String role = switch (kind) {
      case MINISTRY -> "Minister";
      case AGENCY -> "Chairman";
      case UNIVERSITY, COLLEGE, INSTITUTE -> "Rector";
      case COMPANY -> "Chief Executive Officer";
      case GOVERNMENT -> "Deputy Prime Minister";
      case INTERNATIONAL_ORGANIZATION -> "Resident Representative";
      default -> "Director";
    };
    // one holder at a time: each slot of an organization's post gets its own four years
    boolean single = !role.equals("Deputy Prime Minister") && slot < SINGLE_HOLDER_SLOTS;
    Membership.Builder membership = Membership.builder().id(id(Membership.class, number))
        .addAllSources(sources(random)).person(any(Person.class, random))
        .organization(id(Organization.class, organizationNumber)).role(Names.of(role)).singleHolder(single);
    if (single) {
      int start = 2000 + 4 * (int) slot;
      membership.period(DateRange.of(PartialDate.of(start, 1 + random.nextInt(3)),
          PartialDate.of(start + 3, 9 + random.nextInt(4))));
    } else {
      LocalDate start = day(random, LocalDate.of(2005, 1, 1), today);
      int roll = random.nextInt(5);
      if (roll == 0) {
        // a holder named in an article: seen in the post that day, the tenure unknown
        membership.observedOn(QualifiedDate.of(PartialDate.of(start)));
      } else {
        membership.period(roll == 1
            // in post by a day, since some time before
            ? DateRange.between(Optional.of(QualifiedDate.of(PartialDate.of(start),
                DateQualifier.NOT_LATER_THAN)), Optional.empty())
            : roll == 2 ? DateRange.startingAt(vague(random, start))
            : DateRange.of(PartialDate.of(start),
                PartialDate.of(start.plusYears(1 + random.nextInt(4)))));
      }
    }
    return membership.build();
  }

  private AttacheService service(long number, SplittableRandom random) {
    String country = Pools.SENDING.get((int) (number % Pools.SENDING.size()));
    // conceived at least a year before "today", so that it can be established after it
    int conceived = Math.min(today.getYear() - 1,
        2014 + random.nextInt(Math.max(1, Math.min(8, today.getYear() - 2015))));
    int established = Math.min(today.getYear(), conceived + 1 + random.nextInt(2));
    AttacheService.Builder service = AttacheService.builder();
    Ref<Strategy> mandate = any(Strategy.class, random);
    if (mandate != null && random.nextBoolean()) {
      service.mandate(mandate).decided(QualifiedDate.of(PartialDate.of(established)));
    }
    return service.id(id(AttacheService.class, number))
        .addAllSources(sources(random))
        .names(names("Digital attaché service of " + Pools.countryName(country),
            country.equals("RU") ? "Служба цифровых атташе" : null, null))
        .sendingCountry(CountryCode.of(country))
        .addAllResponsibleBodies(some(Organization.class, random, 1 + random.nextInt(3)))
        .conceived(QualifiedDate.of(PartialDate.of(conceived)))
        .established(QualifiedDate.of(PartialDate.of(established, 1 + random.nextInt(12)),
            random.nextInt(4) == 0 ? DateQualifier.APPROXIMATE : DateQualifier.EXACT))
        .addAllDuties(someOf(random, Duty.values(), 2, 6))
        .build();
  }

  private static final int POSTING_SLOTS = 20;

  private AttachePosting posting(long number, SplittableRandom random) {
    long services = layout.total(EntityKind.ATTACHE_SERVICE);
    long pairs = services * Pools.HOSTS.size();
    long pair = number % pairs;
    long slot = number / pairs;
    String host = Pools.HOSTS.get((int) (pair / services));
    List<Ref<Source>> cited = sources(random);
    AttachePosting.Builder posting = AttachePosting.builder()
        .id(id(AttachePosting.class, number)).addAllSources(cited)
        .service(id(AttacheService.class, pair % services)).hostCountry(CountryCode.of(host))
        .addAllDuties(someOf(random, Duty.values(), 1, 4));
    if (random.nextBoolean()) {
      Ref<Person> person = any(Person.class, random);
      if (person != null) {
        posting.person(person);
      }
    }
    if (slot >= POSTING_SLOTS) {
      return posting.status(PostingStatus.CANCELLED).build();
    }
    // each (service, host) pair has three-year windows, one after another: never two at once
    LocalDate arrival = LocalDate.of(2019 + 3 * (int) slot, 1 + random.nextInt(6),
        1 + random.nextInt(28));
    LocalDate departure = arrival.plusYears(2).plusMonths(random.nextInt(6));
    if (departure.isBefore(today)) {
      if (random.nextInt(20) == 0) {
        return posting.status(PostingStatus.CANCELLED)
            .plannedArrival(QualifiedDate.of(PartialDate.of(arrival.getYear()))).build();
      }
      posting.status(PostingStatus.COMPLETED)
          .arrival(QualifiedDate.of(vague(random, arrival)))
          .departure(QualifiedDate.of(vague(random, departure)));
      if (!cited.isEmpty() && random.nextInt(3) == 0) {
        // seen at work during the stay, and the stay over by a later source's day
        posting.addAllObservations(seen(cited, PostingStatus.ACTIVE,
            notLaterThan(arrival.plusMonths(6)), PostingStatus.COMPLETED, notLaterThan(today)));
      }
      return posting.build();
    }
    if (arrival.isAfter(today)) {
      return posting.status(random.nextInt(10) < 7 ? PostingStatus.PLANNED : PostingStatus.IN_TRAINING)
          .plannedArrival(random.nextBoolean()
              ? QualifiedDate.of(PartialDate.of(arrival.getYear()), DateQualifier.NOT_LATER_THAN)
              : QualifiedDate.of(PartialDate.of(arrival.getYear(), arrival.getMonthValue())))
          .build();
    }
    posting.status(PostingStatus.ACTIVE)
        .arrival(random.nextInt(4) == 0
            ? QualifiedDate.of(PartialDate.of(today), DateQualifier.NOT_LATER_THAN)
            : QualifiedDate.of(vague(random, arrival)));
    if (!cited.isEmpty() && random.nextInt(3) == 0) {
      // one source saw the attaché in training before the arrival, the last one at work
      posting.addAllObservations(seen(cited, PostingStatus.IN_TRAINING,
          notLaterThan(arrival.minusMonths(1)), PostingStatus.ACTIVE, notLaterThan(today)));
    }
    return posting.build();
  }

  private static final List<String> CURRENCIES = List.of("USD", "EUR", "RUB", "CNY", "AED");

  private ExportDeal deal(long number, SplittableRandom random) {
    DealStage stage = pick(random, List.of(DealStage.values()));
    Party customer = random.nextBoolean() || layout.total(EntityKind.ORGANIZATION) < 2
        ? Party.state(pick(random, Pools.HOSTS))
        : Party.organization(any(Organization.class, random));
    ProductCategory category = pick(random, List.of(ProductCategory.values()));
    ExportDeal.Builder deal = ExportDeal.builder().id(id(ExportDeal.class, number))
        .addAllSources(sources(random)).exporter(any(Organization.class, random))
        .customer(customer).productCategory(category)
        .description(category.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " for "
            + partyName(customer))
        .value(Money.of(BigDecimal.valueOf(10_000_00L + random.nextLong(5_000_000_000L), 2),
            java.util.Currency.getInstance(pick(random, CURRENCIES))))
        .stage(stage);
    Ref<AttachePosting> posting = any(AttachePosting.class, random);
    if (posting != null && random.nextBoolean()) {
      deal.posting(posting);
    }
    if (stage == DealStage.SIGNED || stage == DealStage.IMPLEMENTATION
        || stage == DealStage.COMPLETED) {
      deal.signedOn(vague(random, day(random, yearsAgo(6), today)));
    }
    return deal.build();
  }

  private List<Party> twoParties(SplittableRandom random) {
    if (random.nextInt(10) < 7 || layout.total(EntityKind.ORGANIZATION) < 2) {
      return List.of(Party.state(pick(random, Pools.SENDING)),
          Party.state(pick(random, Pools.HOSTS)));
    }
    List<Ref<Organization>> two = some(Organization.class, random, 8);
    if (two.size() < 2) {
      return List.of(Party.state(pick(random, Pools.SENDING)),
          Party.state(pick(random, Pools.HOSTS)));
    }
    return List.of(Party.organization(two.get(0)), Party.organization(two.get(1)));
  }

  private static final int[] AGREEMENT_STATUS_WEIGHTS = {10, 7, 8, 15, 45, 10, 5};

  private Agreement agreement(long number, SplittableRandom random) {
    AgreementStatus status = weighted(random, AgreementStatus.values(), AGREEMENT_STATUS_WEIGHTS);
    List<Party> parties = twoParties(random);
    Set<CooperationArea> areas = someOf(random, CooperationArea.values(), 1, 3);
    AgreementKind kind = pick(random, List.of(AgreementKind.values()));
    Agreement.Builder agreement = Agreement.builder().id(id(Agreement.class, number))
        .addAllSources(sources(random))
        .title(Names.of(kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT)
            .replace('_', ' ') + " on " + area(areas.iterator().next()) + " between "
            + partyName(parties.get(0)) + " and " + partyName(parties.get(1))))
        .kind(kind).addAllParties(parties).status(status).addAllAreas(areas);
    // dates are chosen back from the event that fixes the status, so they are always in order
    LocalDate anchor;
    switch (status) {
      case PROPOSED, NEGOTIATING -> {
        anchor = day(random, yearsAgo(2), today);
        agreement.proposedOn(vague(random, anchor));
      }
      case AGREED -> {
        anchor = day(random, yearsAgo(1), today);
        agreement.agreedOn(random.nextInt(4) == 0
                // reported as reached by an article's day
                ? QualifiedDate.of(PartialDate.of(anchor), DateQualifier.NOT_LATER_THAN)
                : QualifiedDate.of(vague(random, anchor)))
            .proposedOn(vague(random, anchor.minusDays(random.nextInt(365))));
        if (random.nextBoolean()) {
          agreement.nextStatus(AgreementStatus.SIGNED);
          if (random.nextBoolean()) {
            agreement.nextStatusBy(QualifiedDate.of(PartialDate.of(anchor.getYear() + 1),
                DateQualifier.NOT_LATER_THAN));
          }
        }
        if (random.nextInt(5) == 0) {
          agreement.addConditions(pick(random, CONDITIONS));
        }
      }
      case SIGNED -> {
        anchor = day(random, yearsAgo(1), today.minusDays(1));
        signedFrom(agreement, random, anchor);
        if (random.nextBoolean()) {
          agreement.inForceFrom(PartialDate.of(today.plusDays(1 + random.nextInt(180))));
        }
      }
      case IN_FORCE -> {
        LocalDate inForce = day(random, yearsAgo(8), today.minusMonths(1));
        signedFrom(agreement, random, inForce.minusDays(random.nextInt(180)));
        agreement.inForceFrom(vague(random, inForce));
        if (random.nextInt(10) < 6) {
          agreement.expiresOn(PartialDate.of(today.plusYears(1 + random.nextInt(6)).getYear()));
        }
      }
      default -> { // EXPIRED, TERMINATED
        LocalDate expiry = day(random, yearsAgo(5), today.minusMonths(1));
        LocalDate inForce = expiry.minusYears(2 + random.nextInt(5));
        signedFrom(agreement, random, inForce.minusDays(random.nextInt(180)));
        agreement.inForceFrom(vague(random, inForce));
        if (status == AgreementStatus.EXPIRED || random.nextBoolean()) {
          agreement.expiresOn(vague(random, expiry));
        }
      }
    }
    return agreement.build();
  }

  /** A party as a title names it: a country by name, an organization by its number. */
  private static String partyName(Party party) {
    return party.getState().map(c -> Pools.countryName(c.getCode()))
        .orElseGet(() -> "organization " + party.getOrganization().get().getSlug());
  }

  private void signedFrom(Agreement.Builder agreement, SplittableRandom random, LocalDate signed) {
    LocalDate agreed = signed.minusDays(random.nextInt(120));
    agreement.signedOn(vague(random, signed)).agreedOn(vague(random, agreed))
        .proposedOn(vague(random, agreed.minusDays(random.nextInt(365))));
  }

  private static final List<String> CONDITIONS = List.of(
      "Once the epidemiological situation allows", "Subject to funding by both parties",
      "After ratification by both parliaments");

  private static final List<String> COMMISSION_FIELDS = List.of("Economic Cooperation",
      "Trade and Economic Cooperation", "Scientific and Technical Cooperation",
      "Cooperation in Information and Communication Technologies");

  /** The first year of a commission: shared by the commission and its sessions. */
  private int commissionStart(long number) {
    SplittableRandom random = Seeds.random(config.getSeed(), EntityKind.COMMISSION.ordinal(),
        number, 1);
    return 1995 + random.nextInt(Math.min(21, today.getYear() - 1995));
  }

  private Commission commission(long number, SplittableRandom random) {
    String a = Pools.SENDING.get((int) (number % Pools.SENDING.size()));
    String b = pick(random, Pools.HOSTS);
    int start = commissionStart(number);
    return Commission.builder().id(id(Commission.class, number)).addAllSources(sources(random))
        .names(Names.of("Intergovernmental " + Pools.countryName(a) + "–" + Pools.countryName(b)
            + " Commission for " + pick(random, COMMISSION_FIELDS)))
        .addParties(Party.state(a), Party.state(b))
        .period(DateRange.startingAt(PartialDate.of(start)))
        .meets(random.nextInt(4) == 0 ? Recurrence.REGULARLY : Recurrence.ANNUALLY)
        .addAllAreas(someOf(random, CooperationArea.values(), 1, 4)).build();
  }

  private CommissionSession session(long number, SplittableRandom random) {
    long commission = number % layout.total(EntityKind.COMMISSION);
    int start = commissionStart(commission);
    int span = today.getYear() - start;
    int year = start + (int) ((number / layout.total(EntityKind.COMMISSION)) % (span + 1));
    String host = random.nextBoolean() ? pick(random, Pools.HOSTS)
        : Pools.SENDING.get((int) (commission % Pools.SENDING.size()));
    return CommissionSession.builder().id(id(CommissionSession.class, number))
        .addAllSources(sources(random)).commission(id(Commission.class, commission))
        .number(year - start + 1)
        .date(vague(random, day(random, LocalDate.of(year, 1, 1),
            year == today.getYear() ? today : LocalDate.of(year, 12, 31))))
        .place(Place.of(CountryCode.of(host), Pools.city(random, host)))
        .addDecisions("Agreed to widen cooperation in " + area(pick(random,
            List.of(CooperationArea.values()))))
        .build();
  }

  private static final List<String> GOALS = List.of("Grow business and investment activity",
      "Bring digital methods into public administration", "Create new jobs",
      "Train specialists in information technology", "Build the information infrastructure",
      "Move public services online");

  private Strategy strategy(long number, SplittableRandom random) {
    String country = Pools.sendingOrHost(random);
    int start = 2010 + random.nextInt(Math.max(1, today.getYear() - 2010));
    StrategyKind kind = pick(random, List.of(StrategyKind.values()));
    Strategy.Builder strategy = Strategy.builder().id(id(Strategy.class, number))
        .addAllSources(sources(random))
        .names(Names.of("Digital economy " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " of " + Pools.countryName(country) + " " + start + "–" + (start + 6)))
        .kind(kind).country(CountryCode.of(country))
        .adoptedOn(PartialDate.of(start - 1, 1 + random.nextInt(12)))
        .period(DateRange.between(Optional.of(QualifiedDate.of(PartialDate.of(start),
                random.nextInt(4) == 0 ? DateQualifier.APPROXIMATE : DateQualifier.EXACT)),
            Optional.of(QualifiedDate.of(PartialDate.of(start + 6)))))
        .addGoals(pick(random, GOALS))
        .addAllAreas(someOf(random, CooperationArea.values(), 1, 3));
    Ref<Organization> owner = any(Organization.class, random);
    if (owner != null && random.nextBoolean()) {
      strategy.owner(owner);
    }
    return strategy.build();
  }

  private Project project(long number, SplittableRandom random) {
    int start = 2012 + random.nextInt(Math.max(1, today.getYear() - 2011));
    int end = start + 2 + random.nextInt(4);
    ActivityStatus status = start > today.getYear() ? ActivityStatus.PIPELINE
        : end < today.getYear() ? (random.nextInt(4) == 0 ? ActivityStatus.FINALISATION
            : ActivityStatus.CLOSED)
        : (random.nextInt(10) == 0 ? ActivityStatus.SUSPENDED : ActivityStatus.IMPLEMENTATION);
    Project.Builder project = Project.builder().id(id(Project.class, number))
        .addAllSources(sources(random))
        .title(Names.of("Digital governance support in " + Pools.countryName(
            pick(random, Pools.HOSTS)) + " (" + start + ")"))
        .status(status).period(DateRange.of(PartialDate.of(start), PartialDate.of(end)))
        .addRecipientCountries(CountryCode.of(pick(random, Pools.HOSTS)))
        .addAllAreas(someOf(random, CooperationArea.values(), 1, 4));
    ParticipantRole[] roles = ParticipantRole.values();
    for (Ref<Organization> organization : some(Organization.class, random, 2 + random.nextInt(3))) {
      project.addParticipants(ProjectParticipant.of(organization, pick(random, List.of(roles))));
    }
    if (status == ActivityStatus.CLOSED) {
      project.addResults(random.nextInt(200) + 10 + " specialists trained");
    }
    return project.build();
  }

  private TrainingProgram training(long number, SplittableRandom random) {
    LocalDate start = day(random, LocalDate.of(2015, 1, 1), today);
    String country = Pools.sendingOrHost(random);
    TrainingProgram.Builder training = TrainingProgram.builder()
        .id(id(TrainingProgram.class, number)).addAllSources(sources(random))
        .names(Names.of("Training in " + pick(random, Pools.TOPICS) + " (" + start.getYear() + ")"))
        .addAllProviders(some(Organization.class, random, 1 + random.nextInt(2)))
        .period(DateRange.of(PartialDate.of(start), PartialDate.of(start.plusDays(4 + random.nextInt(30)))))
        .place(Place.of(CountryCode.of(country), Pools.city(random, country)));
    long sum = 0;
    for (Ref<Organization> organization : some(Organization.class, random, random.nextInt(4))) {
      long count = 1 + random.nextInt(40);
      sum += count;
      training.addParticipantCounts(ParticipantCount.of(organization, count));
    }
    int roll = random.nextInt(3);
    training.participantTotal(roll == 0 ? Quantity.of(sum + random.nextInt(30))
        : Quantity.of(roll == 1 ? QuantityComparator.MORE_THAN : QuantityComparator.APPROXIMATELY,
            Math.max(1, sum + random.nextInt(30) - 10)));
    Set<String> topics = new LinkedHashSet<>();
    for (int i = 0; i < 2 + random.nextInt(3); i++) {
      topics.add(pick(random, Pools.TOPICS));
    }
    training.addAllTopics(topics);
    if (random.nextBoolean()) {
      training.addCertifications(pick(random, Pools.CERTIFICATIONS));
    }
    Ref<Project> project = any(Project.class, random);
    if (project != null && random.nextInt(10) < 4) {
      training.project(project);
    }
    Ref<Strategy> strategy = any(Strategy.class, random);
    if (strategy != null && random.nextInt(5) == 0) {
      // a strand of a national programme, run by more providers than are named
      training.strategy(strategy)
          .providerTotal(Quantity.of(5 + random.nextInt(30)))
          .addEligibility(pick(random, ELIGIBILITY));
    }
    if (random.nextInt(5) == 0) {
      training.addAllSystems(some(InformationSystem.class, random, 1 + random.nextInt(2)));
    }
    Ref<AttacheService> service = any(AttacheService.class, random);
    if (service != null && random.nextInt(5) == 0) {
      training.attacheService(service);
      for (int i = 0; i < 1 + random.nextInt(5); i++) {
        training.addHostCountries(CountryCode.of(pick(random, Pools.HOSTS)));
      }
    }
    return training.build();
  }

  private static final List<String> ELIGIBILITY = List.of(
      "Foreign students enrolled in the country's universities", "Civil servants of any ministry",
      "Graduates in computer science");

  private InformationSystem system(long number, SplittableRandom random) {
    SystemKind kind = pick(random, List.of(SystemKind.values()));
    String country = Pools.sendingOrHost(random);
    int start = 2010 + random.nextInt(Math.max(1, today.getYear() - 2009));
    SystemStatus status = start > today.getYear() - 1 ? SystemStatus.PILOT
        : pick(random, List.of(SystemStatus.PILOT, SystemStatus.PRODUCTION, SystemStatus.PRODUCTION,
            SystemStatus.RETIRED));
    List<Ref<Source>> cited = sources(random);
    InformationSystem.Builder system = InformationSystem.builder()
        .id(id(InformationSystem.class, number)).addAllSources(cited)
        .names(Names.of(kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT)
            .replace('_', ' ') + " system of " + Pools.countryName(country)))
        .kind(kind).country(CountryCode.of(country)).status(status)
        .addAllParticipants(some(Organization.class, random, random.nextInt(4)))
        .period(status == SystemStatus.RETIRED
            ? DateRange.of(PartialDate.of(start), PartialDate.of(Math.min(today.getYear(), start + 5)))
            : DateRange.startingAt(PartialDate.of(start)));
    Ref<Organization> operator = any(Organization.class, random);
    if (operator != null && random.nextInt(10) < 7) {
      system.operator(operator);
    }
    Ref<Project> project = any(Project.class, random);
    if (project != null && random.nextInt(10) < 3) {
      system.project(project);
    }
    if (!cited.isEmpty() && status != SystemStatus.PILOT && random.nextInt(4) == 0) {
      // seen as a pilot a year after its start, in its current state later
      system.addAllObservations(seen(cited, SystemStatus.PILOT,
          QualifiedDate.of(PartialDate.of(start + 1)), status, notLaterThan(today)));
    }
    return system.build();
  }

  private Event event(long number, SplittableRandom random) {
    EventKind kind = pick(random, List.of(EventKind.values()));
    LocalDate date = day(random, LocalDate.of(2012, 1, 1), today);
    String country = Pools.sendingOrHost(random);
    CooperationArea topic = pick(random, List.of(CooperationArea.values()));
    boolean exact = random.nextInt(5) > 0;
    Event.Builder event = Event.builder().id(id(Event.class, number)).addAllSources(sources(random))
        .kind(kind)
        .date(exact ? QualifiedDate.of(PartialDate.of(date))
            : QualifiedDate.of(PartialDate.of(date.getYear(), date.getMonthValue()),
                DateQualifier.APPROXIMATE))
        .place(Place.of(CountryCode.of(country), Pools.city(random, country)))
        .addAllPersons(some(Person.class, random, 1 + random.nextInt(3)))
        .addAllOrganizations(some(Organization.class, random, 1 + random.nextInt(3)))
        .addAreas(topic)
        .summary("A " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " in "
            + Pools.countryName(country) + " on " + area(topic) + ".");
    if (exact && (kind == EventKind.OFFICIAL_VISIT || kind == EventKind.WORKING_VISIT
        || kind == EventKind.BUSINESS_MISSION || kind == EventKind.TRAINING_SESSION)) {
      event.endDate(PartialDate.of(date.plusDays(1 + random.nextInt(10))));
    }
    Ref<Agreement> agreement = any(Agreement.class, random);
    if (agreement != null && random.nextInt(3) == 0) {
      event.addRelated(agreement);
    }
    Ref<Event> whole = any(Event.class, random);
    if (whole != null && !whole.equals(id(Event.class, number)) && random.nextInt(5) == 0) {
      event.partOf(whole);
    }
    if (random.nextInt(5) == 0) {
      event.place(Place.builder().country(CountryCode.of(country))
          .locality(Pools.city(random, country)).site("Technology park").build());
    }
    return event.build();
  }

  private Indicator indicator(long number, SplittableRandom random) {
    Metric metric = pick(random, List.of(Metric.values()));
    String country = Pools.sendingOrHost(random);
    QuantityComparator comparator = pick(random, List.of(QuantityComparator.values()));
    Indicator.Builder indicator = Indicator.builder().id(id(Indicator.class, number))
        .addAllSources(sources(random)).subject(Party.state(country)).metric(metric)
        .value(Quantity.of(comparator, random.nextInt(30_000)));
    PartialDate asOf = vague(random, day(random, LocalDate.of(2015, 1, 1), today));
    indicator.asOf(asOf);
    if (metric == Metric.OTHER) {
      indicator.label(Names.of("Registered IT companies")).unit("companies");
    }
    if (random.nextInt(5) == 0) {
      int baseline = asOf.getYear() - 1 - random.nextInt(5);
      indicator.change(Change.of(Quantity.of(QuantityComparator.APPROXIMATELY,
          1 + random.nextInt(3)), QualifiedDate.of(PartialDate.of(baseline),
          DateQualifier.APPROXIMATE)));
    }
    return indicator.build();
  }

  private Statement statement(long number, SplittableRandom random) {
    StatementKind kind = pick(random, List.of(StatementKind.values()));
    String country = Pools.sendingOrHost(random);
    CooperationArea topic = pick(random, List.of(CooperationArea.values()));
    Ref<Person> person = random.nextBoolean() ? any(Person.class, random) : null;
    Ref<?> speaker = person != null ? person : any(Organization.class, random);
    Statement.Builder statement = Statement.builder().id(id(Statement.class, number))
        .addAllSources(sources(random)).kind(kind)
        .speaker(speaker != null ? speaker : id(Organization.class, 0))
        .date(QualifiedDate.of(PartialDate.of(day(random, LocalDate.of(2015, 1, 1), today)),
            DateQualifier.NOT_LATER_THAN))
        .summary("A " + kind.name().toLowerCase(Locale.ROOT) + " on " + area(topic) + " in "
            + Pools.countryName(country) + ".")
        .addAbout(CountryCode.of(country));
    Ref<Agreement> agreement = any(Agreement.class, random);
    if (agreement != null && random.nextInt(3) == 0) {
      statement.addSubjects(agreement);
    }
    return statement.build();
  }
}
