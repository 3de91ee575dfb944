package dev.attache.model;

import dev.attache.common.QualifiedDate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state a source saw something in, on a date: the first cohort of attachés still in training
 * according to one article, working according to a later one. A posting or a system keeps its
 * observations beside its current status, so that no earlier state is lost and each state cites
 * the source that gives it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <S> the kind of status: {@link PostingStatus}, {@link SystemStatus}
 */
@Value.Immutable
public abstract class StatusObservation<S extends Enum<S>> {
  StatusObservation() {}

  /**
   * The state seen.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract S getStatus();

  /**
   * When it was seen, qualified as the source allows: an article's date is usually
   * {@code NOT_LATER_THAN} the day the state held.
   *
   * @return the date, or empty when the source is undated
   */
  @Value.Parameter
  public abstract Optional<QualifiedDate> getOn();

  /**
   * The source that reports the state.
   *
   * @return the reference to the source, not null
   */
  @Value.Parameter
  public abstract Ref<Source> getSource();

  /**
   * An observation.
   *
   * @param <S> the kind of status
   * @param status the state seen, not null
   * @param on when it was seen, or empty for an undated source; not null
   * @param source the source that reports it, not null
   * @return the observation
   */
  public static <S extends Enum<S>> StatusObservation<S> of(S status, Optional<QualifiedDate> on,
      Ref<Source> source) {
    return ImmutableStatusObservation.create(status, on, source);
  }

  /**
   * The state most recently seen on or before a day: of the dated observations whose date is
   * certainly not after the day, the one whose date may be latest (for equal dates, the first in
   * the list). Undated observations cannot be placed in time and are never chosen.
   *
   * @param <S> the kind of status
   * @param observations the observations, not null
   * @param day the day, not null
   * @return the status seen, or empty when no dated observation precedes the day
   */
  static <S extends Enum<S>> Optional<S> latestOn(List<StatusObservation<S>> observations,
      LocalDate day) {
    return observations.stream()
        .filter(o -> o.getOn().isPresent() && !o.getOn().get().latestPossible().isAfter(day))
        .max(Comparator.comparing((StatusObservation<S> o) -> o.getOn().get().latestPossible()))
        .map(StatusObservation::getStatus);
  }

  /**
   * The observation as text: {@code ACTIVE <=2025-10-13 (source:nca-2025-10-13)}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return getStatus() + getOn().map(d -> " " + d).orElse("") + " (" + getSource() + ")";
  }
}
