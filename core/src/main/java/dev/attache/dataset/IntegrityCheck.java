package dev.attache.dataset;

import dev.attache.common.DayRange;
import dev.attache.model.AttachePosting;
import dev.attache.model.PostingStatus;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.model.Ref;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Reference;
import dev.attache.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a {@link Dataset} as a whole. Each reports problems and never throws on bad data;
 * each runs in one pass over the entities plus, for overlaps, a pass over each group.
 */
final class IntegrityCheck {
  private final Dataset dataset;
  private final Locale locale;
  private final List<Problem> problems = new ArrayList<>();

  IntegrityCheck(Dataset dataset, Locale locale) {
    this.dataset = dataset;
    this.locale = locale;
  }

  List<Problem> run() {
    Map<String, List<Integer>> activePostings = new HashMap<>();
    Map<String, List<Integer>> singleHolderPosts = new HashMap<>();
    for (int i = 0; i < dataset.size(); i++) {
      Entity entity = dataset.at(i);
      identity(i, entity);
      references(i, entity);
      if (entity instanceof AttachePosting posting
          && posting.getStatus() == PostingStatus.ACTIVE) {
        activePostings.computeIfAbsent(posting.getService() + " " + posting.getHostCountry(),
            k -> new ArrayList<>()).add(i);
      } else if (entity instanceof Membership membership && membership.isSingleHolder()) {
        singleHolderPosts.computeIfAbsent(membership.getOrganization() + " "
            + NameKey.of(membership.getRole().getPrimary()), k -> new ArrayList<>()).add(i);
      } else if (entity instanceof CommissionSession session) {
        sessionInsideCommission(i, session);
      }
    }
    parentCycles();
    activePostings.values().forEach(group -> overlaps(group, "dataset.posting.active.overlap",
        "/arrival", e -> ((AttachePosting) e).daysCertainlyThere()));
    singleHolderPosts.values().forEach(group -> overlaps(group, "dataset.membership.overlap",
        "/period", e -> ((Membership) e).daysCertainlyHeld()));
    problems.sort(Comparator.comparingInt(IntegrityCheck::position).thenComparing(p -> p));
    return List.copyOf(problems);
  }

  private void identity(int position, Entity entity) {
    int first = dataset.positionOf(entity.getId());
    if (first != position) {
      report(position, "/id", "dataset.id.duplicate", entity.getId(), Map.of("first", first));
    }
    if (EntityKind.of(entity.getClass()) != entity.getId().getKind()) {
      report(position, "/id", "dataset.id.kind", entity.getId(),
          Map.of("kind", EntityKind.of(entity.getClass()).getPrefix()));
    }
  }

  private void references(int position, Entity entity) {
    for (Reference reference : entity.references()) {
      Ref<?> target = reference.target();
      Optional<Entity> found = dataset.find(target);
      if (found.isEmpty()) {
        report(position, reference.pointer(), "dataset.ref.unresolved", target, Map.of());
      } else if (!reference.expected().isInstance(found.get())) {
        report(position, reference.pointer(), "dataset.ref.kind", target,
            Map.of("kind", EntityKind.of(found.get().getClass()).getPrefix()));
      }
    }
  }

  /**
   * Finds parent cycles in one pass: each organization is walked up until the walk meets an
   * organization already settled or one on the current walk (a cycle). Every organization on a
   * cycle of two or more reports it; a self-parent is the entity rule
   * {@code organization.parent.self}. Linear in the number of organizations, whatever the chains.
   */
  private void parentCycles() {
    Map<Ref<?>, Integer> state = new HashMap<>(); // absent: unseen; 1: on this walk; 2: settled
    for (Organization start : dataset.organizations()) {
      List<Organization> walk = new ArrayList<>();
      Organization current = start;
      while (current != null && !state.containsKey(current.getId())) {
        state.put(current.getId(), 1);
        walk.add(current);
        current = current.getParent().flatMap(dataset::get).orElse(null);
      }
      if (current != null && state.get(current.getId()) == 1) {
        List<Organization> cycle = walk.subList(walk.indexOf(current), walk.size());
        if (cycle.size() > 1) {
          for (Organization member : cycle) {
            report(dataset.positionOf(member.getId()), "/parent",
                "dataset.organization.parent.cycle", member.getParent().get(), Map.of());
          }
        }
      }
      walk.forEach(o -> state.put(o.getId(), 2));
    }
  }

  private void sessionInsideCommission(int position, CommissionSession session) {
    dataset.get(session.getCommission()).flatMap(Commission::getPeriod).ifPresent(life -> {
      PartialDate date = session.getDate();
      boolean before = life.getStart().map(date::isCertainlyBefore).orElse(false);
      boolean after = life.getEnd().map(date::isCertainlyAfter).orElse(false);
      if (before || after) {
        report(position, "/date", "dataset.session.outside", date,
            Map.of("period", life.toString()));
      }
    });
  }

  /**
   * Reports each later member of a group whose stay certainly overlaps an earlier one's, naming
   * the first earlier member it overlaps ({@link FirstOverlap}: O(n log n) in the group's size).
   */
  private void overlaps(List<Integer> group, String code, String pointer,
      java.util.function.Function<Entity, DayRange> spanOf) {
    long[] from = new long[group.size()];
    long[] to = new long[group.size()];
    for (int k = 0; k < group.size(); k++) {
      DayRange span = spanOf.apply(dataset.at(group.get(k)));
      if (span.isEmpty()) {
        from[k] = 1; // nothing certain: an empty span, which overlaps nothing
        to[k] = 0;
      } else {
        from[k] = span.first().toEpochDay();
        to[k] = span.last().toEpochDay();
      }
    }
    int[] first = FirstOverlap.of(from, to);
    for (int j = 0; j < group.size(); j++) {
      if (first[j] >= 0) {
        report(group.get(j), pointer, code, describe(dataset.at(group.get(j))),
            Map.of("other", dataset.at(group.get(first[j])).getId().toString()));
      }
    }
  }

  private static Object describe(Entity entity) {
    if (entity instanceof AttachePosting posting) {
      return posting.getArrival().map(Object::toString).orElse("");
    }
    return ((Membership) entity).describeTime();
  }

  private static int position(Problem problem) {
    String pointer = problem.getPointer();
    int end = pointer.indexOf('/', "/entities/".length());
    return Integer.parseInt(pointer.substring("/entities/".length(), end < 0 ? pointer.length() : end));
  }

  private void report(int position, String pointer, String code, Object value,
      Map<String, Object> parameters) {
    problems.add(Problem.ofCode("/entities/" + position + pointer, code, parameters, value,
        locale));
  }
}
