package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something a person or an organization said on the record: an assessment ("the digital sector of
 * Turkmenistan is promising for joint projects"), a forecast, an announcement, a position; with
 * who said it, when, what about, and the source that reports it. The {@code summary} is in our own
 * words, never a long quotation. Rules: the speaker is a person or an organization
 * ({@code statement.speaker.kind}).
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rules, validation does.
 */
@Value.Immutable
@StatementRules
public abstract sealed class Statement implements Entity, WithStatement
    permits ImmutableStatement {
  Statement() {}

  @Override
  public abstract Ref<Statement> getId();

  /**
   * What sort of statement it is.
   *
   * @return the kind, not null
   */
  public abstract StatementKind getKind();

  /**
   * Who said it: a person ({@code person:…}) or an organization ({@code org:…}), such as a
   * ministry speaking through its press service ({@code statement.speaker.kind} otherwise).
   *
   * @return the id of the speaker, not null
   */
  public abstract Ref<?> getSpeaker();

  /**
   * When it was said, as certain as the source makes it: a statement reported in an article of
   * 6 October 2021 was made {@code <=2021-10-06}.
   *
   * @return the date, or empty if the source gives none; not null
   */
  public abstract Optional<QualifiedDate> getDate();

  /**
   * What it is about, in our own words.
   *
   * @return the summary, non-blank, not null
   */
  @NonBlank
  @NoControlCharacters
  @Size(max = Limits.TEXT)
  public abstract String getSummary();

  /**
   * The entities it is about: a system, an agreement, a service.
   *
   * @return the ids, possibly empty; not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<?>> getSubjects();

  /**
   * The countries it is about: "the digital sector of Turkmenistan" is about {@code TM}.
   *
   * @return the countries, possibly empty; not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract Set<CountryCode> getAbout();

  @Override
  public List<Reference> references() {
    return References.of(this).one("speaker", getSpeaker(), Entity.class)
        .all("subjects", getSubjects(), Entity.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getDate().map(QualifiedDate::getDate);
  }

  @Override
  public String label() {
    return getSummary();
  }

  @Override
  public Set<String> spellings() {
    return Set.of();
  }

  @Override
  public Set<CountryCode> countries() {
    return getAbout();
  }

  /**
   * Returns a new, empty builder of a statement.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Statement}: set at least the id, kind, speaker and summary, then call {@code
   * build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The rules are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}

    /**
     * Sets the id by its text, {@code statement:slug}.
     *
     * @param id the id of the statement, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Statement.class, id));
      return this;
    }

    /**
     * Sets the speaker by its id's text: {@code person:…} or {@code org:…}.
     *
     * @param id the id of the speaker, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}
     */
    public Builder speaker(String id) {
      speaker(Ref.parse(id));
      return this;
    }

    /**
     * Sets the date to a day said to be exact.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder date(LocalDate day) {
      date(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the date from its text: {@code 2021-10-06}, {@code <=2021-10-06}, {@code ~2019}.
     *
     * @param text the qualified date, not null
     * @return this builder
     * @throws InvalidValueException if the text is not a qualified date
     */
    public Builder date(String text) {
      date(QualifiedDate.parse(text));
      return this;
    }
  }
}
