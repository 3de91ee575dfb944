package dev.attache.party;

import dev.attache.common.Entity;
import dev.attache.common.Names;
import dev.attache.common.Period;
import dev.attache.common.Ref;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who held which post in which organization when: a deputy prime minister, a minister, a rector.
 * A post is single-holder when only one person holds it at a time (a minister, a chairman); the
 * dataset checks that such memberships do not overlap.
 */
@Value.Immutable
public abstract sealed class Membership implements Entity, WithMembership
    permits ImmutableMembership {
  Membership() {}

  @Override
  public abstract Ref<Membership> getId();

  public abstract Ref<Person> getPerson();

  public abstract Ref<Organization> getOrganization();

  /** The title of the post, in one or more languages: "Minister of Communications". */
  @Valid
  public abstract Names getRole();

  /** True if only one person holds the post at a time. */
  @Value.Default
  public boolean isSingleHolder() {
    return false;
  }

  /** When the post was held, as far as known; a date the post was held on is a one-date period. */
  public abstract Optional<Period> getPeriod();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }

}
