package dev.attache.postgres;

import dev.attache.common.CountryCode;
import dev.attache.common.DateRange;
import dev.attache.common.DayRange;
import dev.attache.common.PartialDate;
import dev.attache.dataset.NameKey;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store keeps of one entity besides its JSON, worked out once from the model's own
 * definitions ({@link Entity#references()}, {@link Entity#countries()}, {@link Entity#spellings()},
 * {@link NameKey}, {@link AttachePosting#daysOn()}, {@link Agreement#daysInForce()},
 * {@link DateRange#possibleDays()}, …), so that SQL asks exactly what {@code Dataset} asks. Both
 * ways of writing take their rows from here: the staging row of a write ({@link StagingRow}) and
 * the rows of each table of an import into an empty store ({@link FactFiles}).
 *
 * <p>One instance is filled again for each entity ({@link #of}); not thread-safe.
 */
final class Facts {
  /** The keys of one spelling: its letters, its key and its words. */
  private record Spelling(String letters, String key, List<String> words) {}

  /**
   * The keys of spellings met lately: generated and real data repeat names (posts, cities,
   * organizations), and normalizing Unicode is the costliest step of a row.
   */
  private final Map<String, Spelling> spellings = new LinkedHashMap<>(1024, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Spelling> eldest) {
      return size() > 65_536;
    }
  };

  // the entity row
  String id;
  String kind;
  int kindOrder;
  String slug;
  String timelineKey;
  /** Whether the entity's countries carry over to what refers to it (EntityKind). */
  boolean carries;

  /** Entity.countries(), each once. */
  final List<String> countries = new ArrayList<>();
  /** Entity.references(): pointer, target and expected kind ("" for any) of each, in order. */
  final List<String> pointers = new ArrayList<>();
  final List<String> targets = new ArrayList<>();
  final List<String> expected = new ArrayList<>();
  /** Each spelling of the entity's names, with its letters and key; its words, each once. */
  final List<String> names = new ArrayList<>();
  final List<String> letters = new ArrayList<>();
  final List<String> keys = new ArrayList<>();
  final Set<String> words = new LinkedHashSet<>();

  /** A posting's facts, or a null host for any other entity. */
  String postingHost;
  String postingStatus;
  String postingService;
  String postingArrival;
  DayRange daysOn;
  DayRange daysThere;

  /** An agreement's parties (none for any other entity) and days in force. */
  final List<String> parties = new ArrayList<>();
  DayRange daysInForce;

  /** A membership's facts, or a null organization for any other entity. */
  String organization;
  boolean singleHolder;
  String postKey;
  String period;
  DayRange daysPossible;
  DayRange daysCertain;
  final Set<String> roleKeys = new LinkedHashSet<>();

  /** A commission's period (null text without one, and for any other entity). */
  String commissionPeriod;
  LocalDate commissionStartsFrom;
  LocalDate commissionEndsBy;

  /** A session's commission and date, or a null commission for any other entity. */
  String sessionCommission;
  LocalDate sessionEarliest;
  LocalDate sessionLatest;
  String sessionDate;

  /** An organization's parent, or null. */
  String parent;

  /** A filler of facts; fill it with {@link #of}. */
  Facts() {}

  private Spelling keysOf(String spelling) {
    Spelling keys = spellings.get(spelling);
    if (keys == null) {
      List<String> words = NameKey.words(spelling);
      keys = new Spelling(NameKey.letters(spelling), String.join(" ", words), List.copyOf(words));
      spellings.put(spelling, keys);
    }
    return keys;
  }

  /** Forgets the last entity and works out the facts of this one, which must be valid. */
  Facts of(Entity entity) {
    EntityKind idKind = entity.getId().getKind();
    id = entity.getId().toString();
    EntityKind typeKind = EntityKind.of(entity.getClass());
    kind = typeKind.getPrefix();
    carries = typeKind.carriesCountries();
    kindOrder = idKind.ordinal();
    slug = entity.getId().getSlug();
    timelineKey = entity.timelineDate().map(PartialDate::toString).orElse(null);

    countries.clear();
    for (CountryCode country : entity.countries()) {
      countries.add(country.toString());
    }

    pointers.clear();
    targets.clear();
    expected.clear();
    for (Reference reference : entity.references()) {
      pointers.add(reference.pointer());
      targets.add(reference.target().toString());
      expected.add(reference.expected() == Entity.class ? ""
          : EntityKind.of(reference.expected()).getPrefix());
    }

    names.clear();
    letters.clear();
    keys.clear();
    words.clear();
    for (String spelling : entity.spellings()) {
      Spelling found = keysOf(spelling);
      names.add(spelling);
      letters.add(found.letters());
      keys.add(found.key());
      words.addAll(found.words());
    }

    postingHost = null;
    if (entity instanceof AttachePosting posting) {
      postingHost = posting.getHostCountry().toString();
      postingStatus = posting.getStatus().name();
      postingService = posting.getService().toString();
      postingArrival = posting.getArrival().map(Object::toString).orElse("");
      daysOn = posting.daysOn();
      daysThere = posting.daysCertainlyThere();
    }

    parties.clear();
    daysInForce = null;
    if (entity instanceof Agreement agreement) {
      for (Party party : agreement.getParties()) {
        parties.add(party.toString());
      }
      daysInForce = agreement.daysInForce();
    }

    organization = null;
    roleKeys.clear();
    if (entity instanceof Membership membership) {
      for (String spelling : membership.getRole().allSpellings()) {
        roleKeys.add(keysOf(spelling).key());
      }
      organization = membership.getOrganization().toString();
      singleHolder = membership.isSingleHolder();
      postKey = keysOf(membership.getRole().getPrimary()).key();
      period = membership.describeTime();
      daysPossible = membership.daysPossiblyHeld().orElse(null);
      daysCertain = membership.daysCertainlyHeld();
    }

    commissionPeriod = null;
    if (entity instanceof Commission commission && commission.getPeriod().isPresent()) {
      DateRange range = commission.getPeriod().get();
      commissionStartsFrom = range.getStart().map(PartialDate::earliest).orElse(null);
      commissionEndsBy = range.getEnd().map(PartialDate::latest).orElse(null);
      commissionPeriod = range.toString();
    }

    sessionCommission = null;
    if (entity instanceof CommissionSession session) {
      sessionCommission = session.getCommission().toString();
      sessionEarliest = session.getDate().earliest();
      sessionLatest = session.getDate().latest();
      sessionDate = session.getDate().toString();
    }

    parent = entity instanceof Organization org ? org.getParent().map(Object::toString)
        .orElse(null) : null;
    return this;
  }
}
