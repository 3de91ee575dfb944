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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store keeps of one entity besides its JSON, as one row of the staging table
 * ({@link Staging#COLUMNS}): every fact is taken from the model's own definitions
 * ({@link Entity#references()}, {@link Entity#countries()}, {@link Entity#spellings()},
 * {@link NameKey}, {@link AttachePosting#daysOn()}, {@link Agreement#daysInForce()},
 * {@link DateRange#possibleDays()}, …), so that SQL asks exactly what {@code Dataset} asks.
 */
final class StagingRow {
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
      return size() > 4096;
    }
  };

  /** A writer of rows; not thread-safe. */
  StagingRow() {}

  private Spelling keys(String spelling) {
    Spelling keys = spellings.get(spelling);
    if (keys == null) {
      List<String> words = NameKey.words(spelling);
      keys = new Spelling(NameKey.letters(spelling), String.join(" ", words), List.copyOf(words));
      spellings.put(spelling, keys);
    }
    return keys;
  }

  /**
   * Writes the row of an entity.
   *
   * @param out the row to fill, cleared first
   * @param line the line or position the entity came from
   * @param entity the entity, valid
   * @param json the entity's format-1 JSON
   */
  void write(CopyText out, long line, Entity entity, String json) {
    out.clear();
    EntityKind idKind = entity.getId().getKind();
    out.number(line).text(entity.getId().toString())
        .text(EntityKind.of(entity.getClass()).getPrefix())
        .number(idKind.ordinal()).text(entity.getId().getSlug())
        .text(entity.timelineDate().map(PartialDate::toString).orElse(null))
        .text(json);

    List<String> countries = new ArrayList<>();
    for (CountryCode country : entity.countries()) {
      countries.add(country.toString());
    }
    out.array(countries);

    List<Reference> references = entity.references();
    List<String> pointers = new ArrayList<>(references.size());
    List<String> targets = new ArrayList<>(references.size());
    List<String> expected = new ArrayList<>(references.size());
    for (Reference reference : references) {
      pointers.add(reference.pointer());
      targets.add(reference.target().toString());
      expected.add(reference.expected() == Entity.class ? ""
          : EntityKind.of(reference.expected()).getPrefix());
    }
    out.array(pointers).array(targets).array(expected);

    Set<String> names = entity.spellings();
    List<String> letters = new ArrayList<>(names.size());
    List<String> keys = new ArrayList<>(names.size());
    Set<String> words = new LinkedHashSet<>();
    for (String spelling : names) {
      Spelling found = keys(spelling);
      letters.add(found.letters());
      keys.add(found.key());
      words.addAll(found.words());
    }
    out.array(names).array(letters).array(keys).array(words);

    if (entity instanceof AttachePosting posting) {
      out.text(posting.getHostCountry().toString()).text(posting.getStatus().name())
          .text(posting.getService().toString())
          .text(posting.getArrival().map(Object::toString).orElse(""))
          .range(posting.daysOn()).range(posting.daysCertainlyThere());
    } else {
      out.nul().nul().nul().nul().nul().nul();
    }

    if (entity instanceof Agreement agreement) {
      List<String> parties = new ArrayList<>();
      for (Party party : agreement.getParties()) {
        parties.add(party.toString());
      }
      out.range(agreement.daysInForce()).array(parties);
    } else {
      out.nul().nul();
    }

    if (entity instanceof Membership membership) {
      Set<String> roleKeys = new LinkedHashSet<>();
      for (String spelling : membership.getRole().allSpellings()) {
        roleKeys.add(keys(spelling).key());
      }
      out.text(membership.getOrganization().toString()).bool(membership.isSingleHolder())
          .text(keys(membership.getRole().getPrimary()).key())
          .text(membership.describeTime())
          .range(membership.daysPossiblyHeld().orElse(null))
          .range(membership.daysCertainlyHeld())
          .array(roleKeys);
    } else {
      out.nul().nul().nul().nul().nul().nul().nul();
    }

    if (entity instanceof Commission commission && commission.getPeriod().isPresent()) {
      DateRange period = commission.getPeriod().get();
      out.date(period.getStart().map(PartialDate::earliest).orElse(null))
          .date(period.getEnd().map(PartialDate::latest).orElse(null))
          .text(period.toString());
    } else {
      out.nul().nul().nul();
    }

    if (entity instanceof CommissionSession session) {
      out.text(session.getCommission().toString()).date(session.getDate().earliest())
          .date(session.getDate().latest()).text(session.getDate().toString());
    } else {
      out.nul().nul().nul().nul();
    }

    if (entity instanceof Organization organization && organization.getParent().isPresent()) {
      out.text(organization.getParent().get().toString());
    } else {
      out.nul();
    }
  }
}
