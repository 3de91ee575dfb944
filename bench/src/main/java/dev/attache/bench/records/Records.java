package dev.attache.bench.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.attache.model.DealStage;
import dev.attache.model.Duty;
import dev.attache.model.PostingStatus;
import dev.attache.model.ProductCategory;
import dev.attache.model.ActivityStatus;
import dev.attache.model.ParticipantRole;
import dev.attache.common.DateQualifier;
import dev.attache.common.QuantityComparator;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
import dev.attache.model.CooperationArea;
import dev.attache.model.Metric;
import dev.attache.model.StrategyKind;
import dev.attache.model.SystemKind;
import dev.attache.model.StatementKind;
import dev.attache.model.SystemStatus;
import dev.attache.model.EventKind;
import dev.attache.model.OrganizationKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The baseline: what a Java team would write instead of attache — plain records mirroring format
 * 1, bound by Jackson databind with a {@code type} property. Enums are the model's enums; dates,
 * ids, countries and parties are plain strings (nothing checks them); no validation.
 */
public final class Records {
  private Records() {}

  /** Any entity, told apart by {@code type}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = SourceRecord.class, name = "source"),
      @JsonSubTypes.Type(value = OrganizationRecord.class, name = "organization"),
      @JsonSubTypes.Type(value = PersonRecord.class, name = "person"),
      @JsonSubTypes.Type(value = MembershipRecord.class, name = "membership"),
      @JsonSubTypes.Type(value = AttacheServiceRecord.class, name = "attache-service"),
      @JsonSubTypes.Type(value = AttachePostingRecord.class, name = "attache-posting"),
      @JsonSubTypes.Type(value = ExportDealRecord.class, name = "export-deal"),
      @JsonSubTypes.Type(value = AgreementRecord.class, name = "agreement"),
      @JsonSubTypes.Type(value = CommissionRecord.class, name = "commission"),
      @JsonSubTypes.Type(value = CommissionSessionRecord.class, name = "commission-session"),
      @JsonSubTypes.Type(value = StrategyRecord.class, name = "strategy"),
      @JsonSubTypes.Type(value = ProjectRecord.class, name = "project"),
      @JsonSubTypes.Type(value = TrainingProgramRecord.class, name = "training-program"),
      @JsonSubTypes.Type(value = InformationSystemRecord.class, name = "information-system"),
      @JsonSubTypes.Type(value = EventRecord.class, name = "event"),
      @JsonSubTypes.Type(value = IndicatorRecord.class, name = "indicator"),
      @JsonSubTypes.Type(value = StatementRecord.class, name = "statement")})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public sealed interface EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NamesRecord(Map<String, String> byLanguage, List<String> aliases) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  /** A side is a date string or a qualified-date object: a plain binding keeps either as is. */
  public record PeriodRecord(Object start, Object end) {}

  public record QualifiedDateRecord(String date, DateQualifier qualifier) {}

  public record MoneyRecord(BigDecimal amount, String currency) {}

  public record QuantityRecord(QuantityComparator comparator, BigDecimal value) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlaceRecord(String country, String locality, String region, String site) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ObservationRecord(String status, QualifiedDateRecord on, String source) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ChangeRecord(QuantityRecord factor, QualifiedDateRecord since) {}

  public record ParticipantRecord(String organization, ParticipantRole role) {}

  public record CountRecord(String organization, long count) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SourceRecord(String id, String title, String outlet, String author,
      PlaceRecord dateline, String publishedOn, String otherDate, List<String> originators,
      String language, String url, List<String> sources, List<String> notes)
      implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OrganizationRecord(String id, NamesRecord names, OrganizationKind kind,
      String country, String parent, List<String> sources, List<String> notes)
      implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PersonRecord(String id, NamesRecord names, String citizenship,
      List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MembershipRecord(String id, String person, String organization, NamesRecord role,
      boolean singleHolder, PeriodRecord period, Object observedOn, List<String> sources,
      List<String> notes)
      implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AttacheServiceRecord(String id, NamesRecord names, String sendingCountry,
      List<String> responsibleBodies, QualifiedDateRecord conceived, QualifiedDateRecord decided,
      String mandate, QualifiedDateRecord established, List<Duty> duties, List<String> otherDuties,
      List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AttachePostingRecord(String id, String service, String hostCountry, String person,
      PostingStatus status, QualifiedDateRecord plannedArrival, QualifiedDateRecord arrival,
      QualifiedDateRecord departure, List<Duty> duties, List<String> otherDuties,
      List<ObservationRecord> observations, List<String> sources, List<String> notes)
      implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ExportDealRecord(String id, String posting, String exporter, String customer,
      ProductCategory productCategory, String description, MoneyRecord value, DealStage stage,
      String signedOn, List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AgreementRecord(String id, NamesRecord title, AgreementKind kind,
      List<String> parties, AgreementStatus status, Object proposedOn, Object agreedOn,
      Object signedOn, Object inForceFrom, Object expiresOn, AgreementStatus nextStatus,
      QualifiedDateRecord nextStatusBy, List<String> conditions, List<CooperationArea> areas,
      List<String> otherAreas, List<String> sources, List<String> notes)
      implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CommissionRecord(String id, NamesRecord names, List<String> parties,
      PeriodRecord period, String meets, List<CooperationArea> areas, List<String> otherAreas,
      List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CommissionSessionRecord(String id, String commission, Integer number, String date,
      PlaceRecord place, List<String> decisions, List<String> sources, List<String> notes)
      implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StrategyRecord(String id, NamesRecord names, StrategyKind kind, String country,
      String owner, String adoptedOn, PeriodRecord period, List<String> goals,
      List<CooperationArea> areas, List<String> otherAreas, List<String> sources,
      List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProjectRecord(String id, NamesRecord title, List<ParticipantRecord> participants,
      ActivityStatus status, PeriodRecord period, List<String> recipientCountries,
      List<CooperationArea> areas, List<String> otherAreas, List<String> results,
      List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TrainingProgramRecord(String id, NamesRecord names, List<String> providers,
      List<String> lecturers, List<String> participatingOrganizations,
      QuantityRecord participantTotal, List<CountRecord> participantCounts, List<String> topics,
      List<String> certifications, PeriodRecord period, PlaceRecord place, String project,
      String attacheService, List<String> hostCountries, String strategy,
      QuantityRecord providerTotal, List<String> eligibility, List<String> systems,
      List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InformationSystemRecord(String id, NamesRecord names, SystemKind kind,
      String country, String operator, List<String> participants, SystemStatus status,
      PeriodRecord period, String project, List<ObservationRecord> observations,
      List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EventRecord(String id, EventKind kind, QualifiedDateRecord date, String endDate,
      PlaceRecord place, List<String> persons, List<String> organizations,
      List<CooperationArea> areas, List<String> otherAreas, List<String> related, String partOf,
      String summary, List<String> sources, List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IndicatorRecord(String id, String subject, Metric metric, NamesRecord label,
      QuantityRecord value, String unit, String asOf, ChangeRecord change, List<String> sources,
      List<String> notes) implements EntityRecord {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StatementRecord(String id, StatementKind kind, String speaker,
      QualifiedDateRecord date, String summary, List<String> subjects, List<String> about,
      List<String> sources, List<String> notes) implements EntityRecord {}
}
