package dev.attache.dataset;

import dev.attache.common.CountryCode;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.Entity;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.PostingStatus;
import dev.attache.model.Ref;
import dev.attache.model.Reference;
import dev.attache.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The questions of a {@link Dataset} and the indexes that answer them, built once with it: each
 * index maps a key (a referenced id, a country, a party, an organization) to ascending entity
 * positions, so an answer costs a hash probe and its own size. The semantics are documented on
 * the dataset's methods.
 */
final class Queries {
  private final List<Entity> entities;
  private final Map<Ref<?>, int[]> referencedBy;
  private final Map<CountryCode, int[]> byCountry;
  private final Map<CountryCode, List<AttachePosting>> postingsByHost;
  private final Map<Party, int[]> agreementsByParty;
  private final Map<Ref<?>, int[]> membershipsByOrganization;

  Queries(List<Entity> entities, Map<Ref<?>, Integer> positionById) {
    this.entities = entities;
    IntIndex<Ref<?>> referencedBy = new IntIndex<>(new HashMap<>());
    IntIndex<CountryCode> byCountry = new IntIndex<>(new HashMap<>());
    IntIndex<Party> agreementsByParty = new IntIndex<>(new HashMap<>());
    IntIndex<Ref<?>> membershipsByOrganization = new IntIndex<>(new HashMap<>());
    Map<CountryCode, List<AttachePosting>> postingsByHost = new HashMap<>();
    Involvement involvement = new Involvement(ref -> {
      Integer position = positionById.get(ref);
      return position == null ? Optional.empty() : Optional.of(entities.get(position));
    });
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      List<Reference> references = entity.references();
      for (int r = 0; r < references.size(); r++) {
        referencedBy.add(references.get(r).target(), i);
      }
      if (entity.timelineDate().isPresent()) {
        for (CountryCode country : involvement.countries(entity)) {
          byCountry.add(country, i);
        }
      }
      if (entity instanceof AttachePosting posting) {
        postingsByHost.computeIfAbsent(posting.getHostCountry(), c -> new ArrayList<>()).add(posting);
      } else if (entity instanceof Agreement agreement) {
        for (Party party : agreement.getParties()) {
          agreementsByParty.add(party, i);
        }
      } else if (entity instanceof Membership membership) {
        membershipsByOrganization.add(membership.getOrganization(), i);
      }
    }
    this.referencedBy = referencedBy.compact();
    this.byCountry = byCountry.compact();
    this.agreementsByParty = agreementsByParty.compact();
    this.membershipsByOrganization = membershipsByOrganization.compact();
    postingsByHost.replaceAll((country, list) -> List.copyOf(list));
    this.postingsByHost = postingsByHost;
  }

  List<AttachePosting> postings(CountryCode host, LocalDate date, PostingStatus... statuses) {
    Objects.requireNonNull(date, "date");
    for (PostingStatus status : statuses) {
      Objects.requireNonNull(status, "a status"); // EnumSet's own message names its internals
    }
    Set<PostingStatus> wanted = statuses.length == 0
        ? EnumSet.allOf(PostingStatus.class) : EnumSet.copyOf(Arrays.asList(statuses));
    List<AttachePosting> found = new ArrayList<>();
    for (AttachePosting posting : postingsByHost.getOrDefault(host, List.of())) {
      if (wanted.contains(posting.getStatus()) && posting.isOn(date)) {
        found.add(posting);
      }
    }
    found.sort(Comparator.comparing(AttachePosting::getId));
    return Collections.unmodifiableList(found);
  }

  List<Agreement> agreementsInForce(Party a, Party b, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Agreement> found = new ArrayList<>();
    for (int position : IntIndex.intersect(agreementsByParty.getOrDefault(a, IntIndex.NONE),
        agreementsByParty.getOrDefault(b, IntIndex.NONE))) {
      Agreement agreement = (Agreement) entities.get(position);
      if (agreement.isInForceOn(date)) {
        found.add(agreement);
      }
    }
    found.sort(Comparator.comparing(Agreement::getId));
    return Collections.unmodifiableList(found);
  }

  List<TimelineEntry> timeline(CountryCode a, CountryCode b,
      Function<Entity, List<Source>> sourcesOf) {
    int[] both = IntIndex.intersect(byCountry.getOrDefault(a, IntIndex.NONE),
        byCountry.getOrDefault(b, IntIndex.NONE));
    List<TimelineEntry> timeline = new ArrayList<>(both.length);
    for (int position : both) {
      Entity entity = entities.get(position);
      timeline.add(new TimelineEntry(entity.timelineDate().orElseThrow(), entity,
          sourcesOf.apply(entity)));
    }
    timeline.sort(Comparator.comparing(TimelineEntry::date)
        .thenComparing(e -> e.entity().getId()));
    return Collections.unmodifiableList(timeline);
  }

  List<Membership> holders(Ref<Organization> organization, String role, LocalDate date) {
    Objects.requireNonNull(date, "date");
    String key = NameKey.of(role);
    List<Membership> found = new ArrayList<>();
    for (int position : membershipsByOrganization.getOrDefault(organization, IntIndex.NONE)) {
      Membership membership = (Membership) entities.get(position);
      // the date first: it is cheaper than normalizing the role's spellings
      if (membership.daysPossiblyHeld().map(days -> days.contains(date)).orElse(false)
          && hasRole(membership.getRole(), key)) {
        found.add(membership);
      }
    }
    found.sort(Comparator.comparing(Membership::getId));
    return Collections.unmodifiableList(found);
  }

  private static boolean hasRole(Names role, String key) {
    return role.allSpellings().stream().anyMatch(s -> NameKey.of(s).equals(key));
  }

  List<Entity> involving(Ref<?> id) {
    int[] positions = referencedBy.getOrDefault(id, IntIndex.NONE);
    record Dated(PartialDate date, Entity entity) {}
    List<Dated> dated = new ArrayList<>(positions.length);
    for (int position : positions) {
      Entity entity = entities.get(position);
      dated.add(new Dated(entity.timelineDate().orElse(null), entity)); // once, not per comparison
    }
    dated.sort(Comparator.comparing(Dated::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(d -> d.entity().getId()));
    List<Entity> found = new ArrayList<>(dated.size());
    for (Dated d : dated) {
      found.add(d.entity());
    }
    return Collections.unmodifiableList(found);
  }
}
