package dev.attache.json;

import dev.attache.model.ParticipantCount;
import dev.attache.model.ParticipantRole;
import dev.attache.model.ProjectParticipant;
import dev.attache.common.CountryCode;
import dev.attache.common.DateQualifier;
import dev.attache.common.Decimals;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.common.Limits;
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
import dev.attache.model.Organization;
import dev.attache.model.Change;
import dev.attache.model.Source;
import dev.attache.model.StatusObservation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The codecs of the building blocks: every value that is not an entity. Scalars with a text form
 * are JSON strings in that form; composite values are JSON objects.
 */
final class BuildingBlocks {
  /** A hard cap on any array or map while decoding; the domain's own limits are validated after. */
  static final int MAX_ITEMS = 10_000;

  private static final String SLUG = "[a-z0-9]+(?:[-.][a-z0-9]+)*";

  private BuildingBlocks() {}

  static final Codec<PartialDate> PARTIAL_DATE = Scalars.parsed("PartialDate",
      PartialDate::parse,
      s -> s.string("A date known to the year, month or day: 2019, 2021-09, 2025-10-13.")
          .put("pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"));

  static final Codec<CountryCode> COUNTRY = Scalars.parsed("CountryCode", CountryCode::parse,
      // a pattern, not the JDK's list: the list changes between JDKs, the format does not
      s -> s.string("An ISO 3166-1 alpha-2 country code; a reader checks it against the codes"
          + " its JDK knows.").put("pattern", "^[A-Z]{2}$"));

  static final Codec<URI> URL = Scalars.parsed("Url", text -> {
    if (text.length() > Limits.URL) {
      throw new IllegalArgumentException("longer than " + Limits.URL + " characters");
    }
    return URI.create(text);
  }, s -> s.string("An absolute http or https address.").put("maxLength", Limits.URL)
      .put("format", "uri"));

  static final Codec<Party> PARTY = Scalars.parsed("Party", Party::parse,
      s -> s.string("A state by its country code (RU) or an organization by its id (org:undp).")
          .put("pattern", "^([A-Z]{2}|org:" + SLUG + ")$"));

  static final Codec<Ref<?>> ANY_REF = Scalars.parsed("Id", text -> (Ref<?>) Ref.parse(text),
      s -> s.string("The id of an entity of any kind: kind:slug.")
          .put("pattern", "^[a-z-]+:" + SLUG + "$").put("maxLength", 160));

  private static final java.util.Map<Class<?>, Codec<?>> REFS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The id of an entity of one type: {@code org:undp}. */
  @SuppressWarnings("unchecked")
  static <T extends Entity> Codec<Ref<T>> ref(Class<T> type) {
    return (Codec<Ref<T>>) REFS.computeIfAbsent(type, t -> {
      EntityKind kind = EntityKind.of(type);
      String name = "Id." + kind.getPrefix();
      return Scalars.parsed(name, text -> Ref.parse(type, text),
          s -> s.string("The id of " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + ": " + kind.getPrefix() + ":slug.")
              .put("pattern", "^" + kind.getPrefix().replace(".", "\\.") + ":" + SLUG + "$")
              .put("maxLength", kind.getPrefix().length() + 1 + Ref.MAX_SLUG_LENGTH));
    });
  }

  static final Codec<String> TEXT = Scalars.TEXT;

  static final Codec<BigDecimal> DECIMAL = Scalars.parsed("Decimal", Decimals::parse,
      s -> s.string("A plain decimal number as a string, at most 30 digits: 1500000.00.")
          .put("pattern", "^-?[0-9]+(\\.[0-9]+)?$").put("maxLength", Decimals.MAX_DIGITS + 2));

  static final Codec<Currency> CURRENCY = Scalars.parsed("Currency", Money::parseCurrency,
      s -> s.string("An ISO 4217 currency code known to the JDK.")
          .put("pattern", "^[A-Z]{3}$"));

  static final Codec<Names> NAMES =
      new ObjectCodec<Names, Names.Builder>("Names", Names::builder, Names.Builder::build)
          .map("byLanguage", new MapCodec<>(TEXT, MAX_ITEMS), Names.Builder::putAllByLanguage,
              Names::getByLanguage)
          .list("aliases", TEXT, MAX_ITEMS, Names.Builder::addAllAliases, Names::getAliases)
          .constrainedBy(Names.class);

  /** Collects a qualified date's parts. */
  static final class DateParts {
    PartialDate date;
    DateQualifier qualifier;
  }

  static final Codec<QualifiedDate> QUALIFIED_DATE =
      new ObjectCodec<QualifiedDate, DateParts>("QualifiedDate", DateParts::new,
          p -> QualifiedDate.of(p.date, p.qualifier))
          .required("date", PARTIAL_DATE, (p, v) -> p.date = v, QualifiedDate::getDate)
          .required("qualifier", Scalars.enumeration(DateQualifier.class),
              (p, v) -> p.qualifier = v, QualifiedDate::getQualifier);

  /**
   * A date that format 1 first wrote as a plain string and that may now be qualified: a stated
   * date stays the string it always was ({@code "2021-03-31"}), a qualified one is a
   * {@link #QUALIFIED_DATE} object. Files written before qualifiers existed read unchanged.
   */
  static final Codec<QualifiedDate> DATE_AS_STATED = new Codec<>() {
    @Override
    public QualifiedDate read(Decoder in) {
      if (in.token() == JsonToken.START_OBJECT) {
        return QUALIFIED_DATE.read(in);
      }
      PartialDate date = PARTIAL_DATE.read(in);
      return date == null ? null : QualifiedDate.of(date);
    }

    @Override
    public void write(JsonGenerator out, QualifiedDate value) {
      if (value.isExact()) {
        PARTIAL_DATE.write(out, value.getDate());
      } else {
        QUALIFIED_DATE.write(out, value);
      }
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.ref("DateAsStated", () -> {
        ObjectNode node = schemas.object().put("description",
            "A date as stated (a string), or a qualified date where the source gives none.");
        node.putArray("oneOf").add(PARTIAL_DATE.schema(schemas))
            .add(QUALIFIED_DATE.schema(schemas));
        return node;
      });
    }
  };

  /** Collects a period's sides. */
  static final class PeriodParts {
    Optional<QualifiedDate> start = Optional.empty();
    Optional<QualifiedDate> end = Optional.empty();
  }

  static final Codec<DateRange> PERIOD =
      new ObjectCodec<DateRange, PeriodParts>("DateRange", PeriodParts::new,
          p -> DateRange.between(p.start, p.end))
          .optional("start", DATE_AS_STATED, (p, v) -> p.start = Optional.of(v),
              DateRange::qualifiedStart)
          .optional("end", DATE_AS_STATED, (p, v) -> p.end = Optional.of(v),
              DateRange::qualifiedEnd);

  /** Collects money's parts. */
  static final class MoneyParts {
    BigDecimal amount;
    Currency currency;
  }

  static final Codec<Money> MONEY =
      new ObjectCodec<Money, MoneyParts>("Money", MoneyParts::new,
          p -> Money.of(p.amount, p.currency))
          .required("amount", DECIMAL, (p, v) -> p.amount = v, Money::getAmount)
          .required("currency", CURRENCY, (p, v) -> p.currency = v, Money::getCurrency);

  /** Collects a quantity's parts. */
  static final class QuantityParts {
    QuantityComparator comparator;
    BigDecimal value;
  }

  static final Codec<Quantity> QUANTITY =
      new ObjectCodec<Quantity, QuantityParts>("Quantity", QuantityParts::new,
          p -> Quantity.of(p.comparator, p.value))
          .required("comparator", Scalars.enumeration(QuantityComparator.class),
              (p, v) -> p.comparator = v, Quantity::getComparator)
          .required("value", DECIMAL, (p, v) -> p.value = v, Quantity::getValue);

  static final Codec<Place> PLACE =
      new ObjectCodec<Place, Place.Builder>("Place", Place::builder, Place.Builder::build)
          .optional("country", COUNTRY, Place.Builder::country, Place::getCountry)
          .optional("locality", TEXT, Place.Builder::locality, Place::getLocality)
          .optional("region", TEXT, Place.Builder::region, Place::getRegion)
          .optional("site", TEXT, Place.Builder::site, Place::getSite)
          .constrainedBy(Place.class);

  /** Collects a change's parts. */
  static final class ChangeParts {
    Quantity factor;
    QualifiedDate since;
  }

  static final Codec<Change> CHANGE =
      new ObjectCodec<Change, ChangeParts>("Change", ChangeParts::new,
          p -> Change.of(p.factor, p.since))
          .required("factor", QUANTITY, (p, v) -> p.factor = v, Change::getFactor)
          .required("since", QUALIFIED_DATE, (p, v) -> p.since = v, Change::getSince)
          .constrainedBy(Change.class);

  /** Collects an observation's parts. */
  static final class ObservationParts<S extends Enum<S>> {
    S status;
    Optional<QualifiedDate> on = Optional.empty();
    Ref<Source> source;
  }

  /** The codec of observations of one kind of status, named after it in the schema. */
  static <S extends Enum<S>> Codec<StatusObservation<S>> observation(Class<S> status) {
    return new ObjectCodec<StatusObservation<S>, ObservationParts<S>>(
        status.getSimpleName() + "Observation", ObservationParts::new,
        p -> StatusObservation.of(p.status, p.on, p.source))
        .required("status", Scalars.enumeration(status), (p, v) -> p.status = v,
            StatusObservation::getStatus)
        .optional("on", QUALIFIED_DATE, (p, v) -> p.on = Optional.of(v), StatusObservation::getOn)
        .required("source", ref(Source.class), (p, v) -> p.source = v,
            StatusObservation::getSource);
  }

  /** Collects a project participant's parts. */
  static final class ParticipantParts {
    Ref<Organization> organization;
    ParticipantRole role;
  }

  static final Codec<ProjectParticipant> PROJECT_PARTICIPANT =
      new ObjectCodec<ProjectParticipant, ParticipantParts>("ProjectParticipant",
          ParticipantParts::new, p -> ProjectParticipant.of(p.organization, p.role))
          .required("organization", ref(Organization.class), (p, v) -> p.organization = v,
              ProjectParticipant::getOrganization)
          .required("role", Scalars.enumeration(ParticipantRole.class), (p, v) -> p.role = v,
              ProjectParticipant::getRole)
          .constrainedBy(ProjectParticipant.class);

  /** Collects a participant count's parts. */
  static final class CountParts {
    Ref<Organization> organization;
    long count;
  }

  static final Codec<ParticipantCount> PARTICIPANT_COUNT =
      new ObjectCodec<ParticipantCount, CountParts>("ParticipantCount", CountParts::new,
          p -> ParticipantCount.of(p.organization, p.count))
          .required("organization", ref(Organization.class), (p, v) -> p.organization = v,
              ParticipantCount::getOrganization)
          .required("count", Scalars.integer(Long.MIN_VALUE, Long.MAX_VALUE),
              (p, v) -> p.count = v, ParticipantCount::getCount)
          .constrainedBy(ParticipantCount.class);
}
