package dev.attache.event;

import dev.attache.common.Entity;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.Place;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Ref;
import dev.attache.cooperation.HasCooperationAreas;
import dev.attache.party.Organization;
import dev.attache.party.Person;
import jakarta.validation.Valid;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened: a meeting, an official or working visit, a lecture, a training session,
 * a business mission, a commission session, an announcement. It has a date (the first day, with
 * how sure it is) and for a span an end date, a place, participants, areas, related entities and
 * a short summary in our own words. Rule: the end is not before the date
 * ({@code event.end.order}).
 */
@Value.Immutable
@EventRules
public abstract sealed class Event implements Entity, HasCooperationAreas, WithEvent permits ImmutableEvent {
  Event() {}

  @Override
  public abstract Ref<Event> getId();

  public abstract EventKind getKind();

  /** When it happened or began. */
  public abstract QualifiedDate getDate();

  /** When a span of days ended: a visit from 3 to 14 March ends on the 14th. */
  public abstract Optional<PartialDate> getEndDate();

  public abstract Optional<@Valid Place> getPlace();

  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Person>> getPersons();

  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getOrganizations();

  /** Other entities it concerns: the agreement discussed, the posting announced. */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<?>> getRelated();

  /** What happened, in a sentence or two of our own. */
  @NonBlank
  @Size(max = Limits.TEXT)
  public abstract String getSummary();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
