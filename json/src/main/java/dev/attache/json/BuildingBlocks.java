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
import java.util.function.BiFunction;
import java.util.function.Function;

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

  /** The two required parts of a value, read before the value is made of them. */
  static final class TwoParts<A, B> {
    A first;
    B second;
  }

  /**
   * The codec of a value of two required properties, made by {@code of} once both are read (and
   * reporting its invariants as any codec does).
   */
  static <T, A, B> ObjectCodec<T, TwoParts<A, B>> twoParts(String name,
      String first, Codec<A> firstCodec, Function<T, A> getFirst,
      String second, Codec<B> secondCodec, Function<T, B> getSecond, BiFunction<A, B, T> of) {
    return new ObjectCodec<T, TwoParts<A, B>>(name, TwoParts::new,
        p -> of.apply(p.first, p.second))
        .required(first, firstCodec, (p, v) -> p.first = v, getFirst)
        .required(second, secondCodec, (p, v) -> p.second = v, getSecond);
  }

  static final Codec<QualifiedDate> QUALIFIED_DATE = twoParts("QualifiedDate",
      "date", PARTIAL_DATE, QualifiedDate::getDate,
      "qualifier", Scalars.enumeration(DateQualifier.class), QualifiedDate::getQualifier,
      QualifiedDate::of);

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

  static final Codec<Money> MONEY = twoParts("Money",
      "amount", DECIMAL, Money::getAmount,
      "currency", CURRENCY, Money::getCurrency,
      Money::of);

  static final Codec<Quantity> QUANTITY = twoParts("Quantity",
      "comparator", Scalars.enumeration(QuantityComparator.class), Quantity::getComparator,
      "value", DECIMAL, Quantity::getValue,
      Quantity::of);

  static final Codec<Place> PLACE =
      new ObjectCodec<Place, Place.Builder>("Place", Place::builder, Place.Builder::build)
          .optional("country", COUNTRY, Place.Builder::country, Place::getCountry)
          .optional("locality", TEXT, Place.Builder::locality, Place::getLocality)
          .optional("region", TEXT, Place.Builder::region, Place::getRegion)
          .optional("site", TEXT, Place.Builder::site, Place::getSite)
          .constrainedBy(Place.class);

  static final Codec<Change> CHANGE = twoParts("Change",
      "factor", QUANTITY, Change::getFactor,
      "since", QUALIFIED_DATE, Change::getSince,
      Change::of)
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

  static final Codec<ProjectParticipant> PROJECT_PARTICIPANT = twoParts("ProjectParticipant",
      "organization", ref(Organization.class), ProjectParticipant::getOrganization,
      "role", Scalars.enumeration(ParticipantRole.class), ProjectParticipant::getRole,
      ProjectParticipant::of)
      .constrainedBy(ProjectParticipant.class);

  static final Codec<ParticipantCount> PARTICIPANT_COUNT = twoParts("ParticipantCount",
      "organization", ref(Organization.class), ParticipantCount::getOrganization,
      "count", Scalars.integer(Long.MIN_VALUE, Long.MAX_VALUE), ParticipantCount::getCount,
      ParticipantCount::of)
      .constrainedBy(ParticipantCount.class);
}
