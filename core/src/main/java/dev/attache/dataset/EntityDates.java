package dev.attache.dataset;

import dev.attache.attache.AttachePosting;
import dev.attache.attache.AttacheService;
import dev.attache.attache.ExportDeal;
import dev.attache.capacity.Project;
import dev.attache.capacity.TrainingProgram;
import dev.attache.common.Entity;
import dev.attache.common.PartialDate;
import dev.attache.common.Period;
import dev.attache.common.QualifiedDate;
import dev.attache.cooperation.Agreement;
import dev.attache.cooperation.Commission;
import dev.attache.cooperation.CommissionSession;
import dev.attache.economy.Indicator;
import dev.attache.economy.InformationSystem;
import dev.attache.economy.Strategy;
import dev.attache.event.Event;
import dev.attache.party.Membership;
import dev.attache.source.Source;
import java.util.Optional;

/**
 * The date that places an entity on a timeline: when it happened or began.
 *
 * <ul>
 *   <li>event: its date; commission session: its date; source: its publication;
 *   <li>agreement: signed, else proposed, else in force;
 *   <li>posting: its arrival, else its planned arrival;
 *   <li>attaché service: established, else conceived;
 *   <li>strategy: adopted, else the start of its period;
 *   <li>project, training, information system, commission, membership: the start of the period;
 *   <li>export deal: signed; indicator: as of.
 * </ul>
 *
 * Organizations and persons have no date of their own.
 */
public final class EntityDates {
  private EntityDates() {}

  /**
   * The timeline date of an entity, if it has one.
   *
   * @param entity the entity, not null
   * @return its date by the rules above, or empty for an organization or a person, or when the
   *     attributes the date comes from are all absent
   */
  public static Optional<PartialDate> of(Entity entity) {
    if (entity instanceof Event e) {
      return Optional.of(e.getDate().getDate());
    } else if (entity instanceof CommissionSession e) {
      return Optional.of(e.getDate());
    } else if (entity instanceof Source e) {
      return e.getPublishedOn();
    } else if (entity instanceof Agreement e) {
      return e.getSignedOn().or(e::getProposedOn).or(e::getInForceFrom);
    } else if (entity instanceof AttachePosting e) {
      return e.getArrival().or(e::getPlannedArrival).map(QualifiedDate::getDate);
    } else if (entity instanceof AttacheService e) {
      return e.getEstablished().or(e::getConceived).map(QualifiedDate::getDate);
    } else if (entity instanceof Strategy e) {
      return e.getAdoptedOn().or(() -> start(e.getPeriod()));
    } else if (entity instanceof Project e) {
      return start(e.getPeriod());
    } else if (entity instanceof TrainingProgram e) {
      return start(e.getPeriod());
    } else if (entity instanceof InformationSystem e) {
      return start(e.getPeriod());
    } else if (entity instanceof Commission e) {
      return start(e.getPeriod());
    } else if (entity instanceof Membership e) {
      return start(e.getPeriod());
    } else if (entity instanceof ExportDeal e) {
      return e.getSignedOn();
    } else if (entity instanceof Indicator e) {
      return e.getAsOf();
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> start(Optional<Period> period) {
    return period.flatMap(Period::getStart);
  }
}
