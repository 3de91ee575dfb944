package dev.attache.data.generate;

import dev.attache.attache.AttachePosting;
import dev.attache.attache.AttacheService;
import dev.attache.attache.ExportDeal;
import dev.attache.attache.PostingStatus;
import dev.attache.capacity.Project;
import dev.attache.capacity.TrainingProgram;
import dev.attache.common.Entity;
import dev.attache.common.Money;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import dev.attache.common.QuantityComparator;
import dev.attache.cooperation.Agreement;
import dev.attache.cooperation.Commission;
import dev.attache.cooperation.CommissionSession;
import dev.attache.economy.Indicator;
import dev.attache.economy.InformationSystem;
import dev.attache.economy.Metric;
import dev.attache.economy.Strategy;
import dev.attache.event.Event;
import dev.attache.party.Membership;
import dev.attache.party.Organization;
import dev.attache.party.Person;
import dev.attache.source.Source;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Breaks exactly one named rule of a valid entity, for users who test their own error handling.
 * Each kind has one breakage; the code returned is the one a validator reports, once, for the
 * broken entity. The breakages touch nothing that the dataset checks, so a dataset with broken
 * entities has no integrity problem either.
 */
final class Breakage {
  private Breakage() {}

  /** A broken copy of the entity and the code of the rule it breaks. */
  record Broken(Entity entity, String code) {}

  private static String tooLong() {
    return "x".repeat(301);
  }

  static Broken of(Entity entity) {
    if (entity instanceof Source e) {
      return new Broken(e.withUrl(URI.create("ftp://news.example.org/broken")), "source.url");
    } else if (entity instanceof Organization e) {
      return new Broken(e.withParent(e.getId()), "organization.parent.self");
    } else if (entity instanceof Person e) {
      return new Broken(e.withNames(Names.of(tooLong())), "value.size");
    } else if (entity instanceof Membership e) {
      return new Broken(e.withRole(Names.of(tooLong())), "value.size");
    } else if (entity instanceof AttacheService e) {
      int conceived = e.getConceived().orElseThrow().getDate().getYear();
      return new Broken(e.withEstablished(QualifiedDate.of(PartialDate.of(conceived - 1))),
          "attache-service.established.order");
    } else if (entity instanceof AttachePosting e) {
      return new Broken(e.withStatus(PostingStatus.ACTIVE).withArrival(Optional.empty())
          .withDeparture(Optional.empty()), "posting.active.arrival");
    } else if (entity instanceof ExportDeal e) {
      return new Broken(e.withValue(Money.of("-1.00", "USD")), "value.negative");
    } else if (entity instanceof Agreement e) {
      return new Broken(e.withParties(e.getParties().get(0), e.getParties().get(0)),
          "agreement.parties.distinct");
    } else if (entity instanceof Commission e) {
      return new Broken(e.withParties(e.getParties().get(0), e.getParties().get(0)),
          "commission.parties.distinct");
    } else if (entity instanceof CommissionSession e) {
      return new Broken(e.withNumber(0), "value.positive");
    } else if (entity instanceof Strategy e) {
      return new Broken(e.withGoals(" "), "value.blank");
    } else if (entity instanceof Project e) {
      return new Broken(e.withResults(" "), "value.blank");
    } else if (entity instanceof TrainingProgram e) {
      // an approximate total bounds no sum, so the one rule broken is the sign
      return new Broken(e.withParticipantTotal(Quantity.of(QuantityComparator.APPROXIMATELY, -5)),
          "value.negative");
    } else if (entity instanceof InformationSystem e) {
      return new Broken(e.withNotes(List.of("x".repeat(4001))), "value.size");
    } else if (entity instanceof Event e) {
      PartialDate start = e.getDate().getDate();
      return new Broken(e.withEndDate(PartialDate.of(start.earliest().minusDays(1))),
          "event.end.order");
    } else if (entity instanceof Indicator e) {
      return new Broken(e.withMetric(Metric.OTHER).withLabel(Optional.empty()),
          "indicator.metric.label");
    }
    throw new AssertionError("no breakage for " + entity.getClass());
  }
}
