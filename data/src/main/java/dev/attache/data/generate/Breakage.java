package dev.attache.data.generate;

import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.ExportDeal;
import dev.attache.model.PostingStatus;
import dev.attache.model.Project;
import dev.attache.model.TrainingProgram;
import dev.attache.model.Entity;
import dev.attache.common.Money;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import dev.attache.common.QuantityComparator;
import dev.attache.model.Agreement;
import dev.attache.model.Change;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.Indicator;
import dev.attache.model.Statement;
import dev.attache.model.InformationSystem;
import dev.attache.model.Metric;
import dev.attache.model.Strategy;
import dev.attache.model.Event;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Person;
import dev.attache.model.Source;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Breaks exactly one named rule of a valid entity, for users who test their own error handling.
 * Each kind has one breakage, or two taken in turn by the parity of the id (so that both rules
 * of a kind that has two show up in any large enough dataset); the code returned is the one a validator reports, once, for the
 * broken entity. The breakages touch nothing that the dataset checks, so a dataset with broken
 * entities has no integrity problem either.
 */
final class Breakage {
  private Breakage() {}

  /** A broken copy of the entity and the code of the rule it breaks. */
  record Broken(Entity entity, String code) {}

  /** True for about half of the entities: picks the second breakage of a kind that has two. */
  private static boolean second(Entity entity) {
    return (entity.getId().getSlug().hashCode() & 1) == 1;
  }

  private static String tooLong() {
    return "x".repeat(301);
  }

  /**
   * A broken copy of an entity: an exhaustive switch over the kinds, so a kind added without its
   * breakage does not compile.
   */
  static Broken of(Entity entity) {
    return switch (entity.entityKind()) {
      case SOURCE -> {
        Source e = (Source) entity;
        yield new Broken(e.withUrl(URI.create("ftp://news.example.org/broken")), "source.url");
      }
      case ORGANIZATION -> {
        Organization e = (Organization) entity;
        yield new Broken(e.withParent(e.getId()), "organization.parent.self");
      }
      case PERSON -> {
        Person e = (Person) entity;
        yield new Broken(e.withNames(Names.of(tooLong())), "value.size");
      }
      case MEMBERSHIP -> {
        Membership e = (Membership) entity;
        yield new Broken(e.withRole(Names.of(tooLong())), "value.size");
      }
      case ATTACHE_SERVICE -> {
        AttacheService e = (AttacheService) entity;
        int conceived = e.getConceived().orElseThrow().getDate().getYear();
        if (second(e)) {
          yield new Broken(e.withDecided(QualifiedDate.of(PartialDate.of(conceived - 1)))
              .withEstablished(Optional.empty()), "attache-service.decided.order");
        }
        yield new Broken(e.withEstablished(QualifiedDate.of(PartialDate.of(conceived - 1))),
            "attache-service.established.order");
      }
      case ATTACHE_POSTING -> {
        AttachePosting e = (AttachePosting) entity;
        yield new Broken(e.withStatus(PostingStatus.ACTIVE).withArrival(Optional.empty())
            .withDeparture(Optional.empty()), "posting.active.arrival");
      }
      case EXPORT_DEAL -> {
        ExportDeal e = (ExportDeal) entity;
        yield new Broken(e.withValue(Money.of("-1.00", "USD")), "value.negative");
      }
      case AGREEMENT -> {
        Agreement e = (Agreement) entity;
        if (second(e)) {
          yield new Broken(e.withNextStatus(e.getStatus()), "agreement.next.order");
        }
        yield new Broken(e.withParties(e.getParties().get(0), e.getParties().get(0)),
            "agreement.parties.distinct");
      }
      case COMMISSION -> {
        Commission e = (Commission) entity;
        yield new Broken(e.withParties(e.getParties().get(0), e.getParties().get(0)),
            "commission.parties.distinct");
      }
      case COMMISSION_SESSION -> {
        CommissionSession e = (CommissionSession) entity;
        yield new Broken(e.withNumber(0), "value.positive");
      }
      case STRATEGY -> {
        Strategy e = (Strategy) entity;
        yield new Broken(e.withGoals(" "), "value.blank");
      }
      case PROJECT -> {
        Project e = (Project) entity;
        yield new Broken(e.withResults(" "), "value.blank");
      }
      case TRAINING_PROGRAM -> {
        TrainingProgram e = (TrainingProgram) entity;
        // an approximate total bounds no sum, so the one rule broken is the sign
        yield new Broken(e.withParticipantTotal(Quantity.of(QuantityComparator.APPROXIMATELY, -5)),
            "value.negative");
      }
      case INFORMATION_SYSTEM -> {
        InformationSystem e = (InformationSystem) entity;
        yield new Broken(e.withNotes(List.of("x".repeat(4001))), "value.size");
      }
      case EVENT -> {
        Event e = (Event) entity;
        if (second(e)) {
          yield new Broken(e.withPartOf(e.getId()), "event.part-of.self");
        }
        PartialDate start = e.getDate().getDate();
        yield new Broken(e.withEndDate(PartialDate.of(start.earliest().minusDays(1))),
            "event.end.order");
      }
      case INDICATOR -> {
        Indicator e = (Indicator) entity;
        if (second(e)) {
          int after = e.getAsOf().orElseThrow().getYear() + 1;
          yield new Broken(e.withChange(Change.of(Quantity.of(2),
              QualifiedDate.of(PartialDate.of(after)))), "indicator.change.since");
        }
        yield new Broken(e.withMetric(Metric.OTHER).withLabel(Optional.empty()),
            "indicator.metric.label");
      }
      case STATEMENT -> {
        Statement e = (Statement) entity;
        // a source cannot speak
        yield new Broken(e.withSpeaker(e.getSources().isEmpty()
            ? dev.attache.model.Ref.of(dev.attache.model.Source.class, "g-0")
            : e.getSources().get(0)), "statement.speaker.kind");
      }
    };
  }
}
