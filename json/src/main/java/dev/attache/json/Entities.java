package dev.attache.json;

import static dev.attache.json.BuildingBlocks.ANY_REF;
import static dev.attache.json.BuildingBlocks.CHANGE;
import static dev.attache.json.BuildingBlocks.COUNTRY;
import static dev.attache.json.BuildingBlocks.DATE_AS_STATED;
import static dev.attache.json.BuildingBlocks.MAX_ITEMS;
import static dev.attache.json.BuildingBlocks.MONEY;
import static dev.attache.json.BuildingBlocks.NAMES;
import static dev.attache.json.BuildingBlocks.PARTIAL_DATE;
import static dev.attache.json.BuildingBlocks.PARTICIPANT_COUNT;
import static dev.attache.json.BuildingBlocks.PARTY;
import static dev.attache.json.BuildingBlocks.PERIOD;
import static dev.attache.json.BuildingBlocks.PLACE;
import static dev.attache.json.BuildingBlocks.PROJECT_PARTICIPANT;
import static dev.attache.json.BuildingBlocks.QUALIFIED_DATE;
import static dev.attache.json.BuildingBlocks.QUANTITY;
import static dev.attache.json.BuildingBlocks.TEXT;
import static dev.attache.json.BuildingBlocks.URL;
import static dev.attache.json.BuildingBlocks.observation;
import static dev.attache.json.BuildingBlocks.ref;
import static dev.attache.json.Scalars.enumeration;

import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.DealStage;
import dev.attache.model.Duty;
import dev.attache.model.ExportDeal;
import dev.attache.model.PostingStatus;
import dev.attache.model.ProductCategory;
import dev.attache.model.ActivityStatus;
import dev.attache.model.Project;
import dev.attache.model.TrainingProgram;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
import dev.attache.model.Recurrence;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.CooperationArea;
import dev.attache.model.Indicator;
import dev.attache.model.Statement;
import dev.attache.model.StatementKind;
import dev.attache.model.InformationSystem;
import dev.attache.model.Metric;
import dev.attache.model.Strategy;
import dev.attache.model.StrategyKind;
import dev.attache.model.SystemKind;
import dev.attache.model.SystemStatus;
import dev.attache.model.Event;
import dev.attache.model.EventKind;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.OrganizationKind;
import dev.attache.model.Person;
import dev.attache.model.Source;
import java.util.EnumMap;
import java.util.Map;

/**
 * The codec of every entity kind, with the name of its {@code type}. Every entity starts with
 * {@code type} and {@code id} and ends with {@code sources} and {@code notes}; in between come its
 * own properties in the order of its Java type.
 */
final class Entities {
  private Entities() {}

  /** The {@code type} of each kind: its name in lower case with hyphens. */
  static String typeName(EntityKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The catalogues several kinds share, one codec each. */
  private static final Codec<CooperationArea> AREA = enumeration(CooperationArea.class);
  private static final Codec<Duty> DUTY = enumeration(Duty.class);

  static final Map<EntityKind, ObjectCodec<? extends Entity, ?>> BY_KIND = new EnumMap<>(
      EntityKind.class);

  /** Adds the trailing properties every entity has. */
  private static <T extends Entity, B> ObjectCodec<T, B> common(ObjectCodec<T, B> codec,
      java.util.function.BiConsumer<B, java.util.List<dev.attache.model.Ref<Source>>> sources,
      java.util.function.BiConsumer<B, java.util.List<String>> notes) {
    return codec
        .list("sources", ref(Source.class), MAX_ITEMS, sources, T::getSources)
        .list("notes", TEXT, MAX_ITEMS, notes, T::getNotes);
  }

  static {
    for (EntityKind kind : EntityKind.values()) {
      BY_KIND.put(kind, constrained(codec(kind), kind).reserve("type"));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Entity> ObjectCodec<T, ?> constrained(ObjectCodec<?, ?> codec,
      EntityKind kind) {
    return ((ObjectCodec<T, ?>) codec).constrainedBy((Class<T>) kind.getType());
  }

  /**
   * The codec of each kind, declared property by property. An exhaustive switch: a kind added to
   * {@link EntityKind} does not compile until it has its codec here.
   */
  private static ObjectCodec<? extends Entity, ?> codec(EntityKind kind) {
    return switch (kind) {
      case SOURCE -> common(new ObjectCodec<Source, Source.Builder>(
          "source", Source::builder, Source.Builder::build)
          .required("id", ref(Source.class), Source.Builder::id, Source::getId)
          .optional("title", TEXT, Source.Builder::title, Source::getTitle)
          .optional("outlet", TEXT, Source.Builder::outlet, Source::getOutlet)
          .optional("author", TEXT, Source.Builder::author, Source::getAuthor)
          .optional("dateline", PLACE, Source.Builder::dateline, Source::getDateline)
          .optional("publishedOn", PARTIAL_DATE, Source.Builder::publishedOn, Source::getPublishedOn)
          .optional("otherDate", PARTIAL_DATE, Source.Builder::otherDate, Source::getOtherDate)
          .list("originators", ref(Organization.class), MAX_ITEMS,
              Source.Builder::addAllOriginators, Source::getOriginators)
          .required("language", TEXT, Source.Builder::language, Source::getLanguage)
          .optional("url", URL, Source.Builder::url, Source::getUrl),
          Source.Builder::addAllSources, Source.Builder::addAllNotes);

      case ORGANIZATION -> common(new ObjectCodec<Organization, Organization.Builder>(
          "organization", Organization::builder, Organization.Builder::build)
          .required("id", ref(Organization.class), Organization.Builder::id, Organization::getId)
          .required("names", NAMES, Organization.Builder::names, Organization::getNames)
          .required("kind", enumeration(OrganizationKind.class), Organization.Builder::kind,
              Organization::getKind)
          .optional("country", COUNTRY, Organization.Builder::country, Organization::getCountry)
          .optional("parent", ref(Organization.class), Organization.Builder::parent,
              Organization::getParent),
          Organization.Builder::addAllSources, Organization.Builder::addAllNotes);

      case PERSON -> common(new ObjectCodec<Person, Person.Builder>(
          "person", Person::builder, Person.Builder::build)
          .required("id", ref(Person.class), Person.Builder::id, Person::getId)
          .required("names", NAMES, Person.Builder::names, Person::getNames)
          .optional("citizenship", COUNTRY, Person.Builder::citizenship, Person::getCitizenship),
          Person.Builder::addAllSources, Person.Builder::addAllNotes);

      case MEMBERSHIP -> common(new ObjectCodec<Membership, Membership.Builder>(
          "membership", Membership::builder, Membership.Builder::build)
          .required("id", ref(Membership.class), Membership.Builder::id, Membership::getId)
          .required("person", ref(Person.class), Membership.Builder::person, Membership::getPerson)
          .required("organization", ref(Organization.class), Membership.Builder::organization,
              Membership::getOrganization)
          .required("role", NAMES, Membership.Builder::role, Membership::getRole)
          .flag("singleHolder", Membership.Builder::singleHolder, Membership::isSingleHolder)
          .optional("period", PERIOD, Membership.Builder::period, Membership::getPeriod)
          .optional("observedOn", DATE_AS_STATED, Membership.Builder::observedOn,
              Membership::getObservedOn),
          Membership.Builder::addAllSources, Membership.Builder::addAllNotes);

      case ATTACHE_SERVICE -> common(
          new ObjectCodec<AttacheService, AttacheService.Builder>(
              "attache-service", AttacheService::builder, AttacheService.Builder::build)
          .required("id", ref(AttacheService.class), AttacheService.Builder::id,
              AttacheService::getId)
          .required("names", NAMES, AttacheService.Builder::names, AttacheService::getNames)
          .required("sendingCountry", COUNTRY, AttacheService.Builder::sendingCountry,
              AttacheService::getSendingCountry)
          .list("responsibleBodies", ref(Organization.class), MAX_ITEMS,
              AttacheService.Builder::addAllResponsibleBodies, AttacheService::getResponsibleBodies)
          .optional("conceived", QUALIFIED_DATE, AttacheService.Builder::conceived,
              AttacheService::getConceived)
          .optional("decided", QUALIFIED_DATE, AttacheService.Builder::decided,
              AttacheService::getDecided)
          .optional("mandate", ref(Strategy.class), AttacheService.Builder::mandate,
              AttacheService::getMandate)
          .optional("established", QUALIFIED_DATE, AttacheService.Builder::established,
              AttacheService::getEstablished)
          .list("duties", DUTY, MAX_ITEMS, AttacheService.Builder::addAllDuties,
              AttacheService::getDuties)
          .list("otherDuties", TEXT, MAX_ITEMS, AttacheService.Builder::addAllOtherDuties,
              AttacheService::getOtherDuties),
          AttacheService.Builder::addAllSources, AttacheService.Builder::addAllNotes);

      case ATTACHE_POSTING -> common(
          new ObjectCodec<AttachePosting, AttachePosting.Builder>(
              "attache-posting", AttachePosting::builder, AttachePosting.Builder::build)
          .required("id", ref(AttachePosting.class), AttachePosting.Builder::id,
              AttachePosting::getId)
          .required("service", ref(AttacheService.class), AttachePosting.Builder::service,
              AttachePosting::getService)
          .required("hostCountry", COUNTRY, AttachePosting.Builder::hostCountry,
              AttachePosting::getHostCountry)
          .optional("person", ref(Person.class), AttachePosting.Builder::person,
              AttachePosting::getPerson)
          .required("status", enumeration(PostingStatus.class), AttachePosting.Builder::status,
              AttachePosting::getStatus)
          .optional("plannedArrival", QUALIFIED_DATE, AttachePosting.Builder::plannedArrival,
              AttachePosting::getPlannedArrival)
          .optional("arrival", QUALIFIED_DATE, AttachePosting.Builder::arrival,
              AttachePosting::getArrival)
          .optional("departure", QUALIFIED_DATE, AttachePosting.Builder::departure,
              AttachePosting::getDeparture)
          .list("duties", DUTY, MAX_ITEMS, AttachePosting.Builder::addAllDuties,
              AttachePosting::getDuties)
          .list("otherDuties", TEXT, MAX_ITEMS, AttachePosting.Builder::addAllOtherDuties,
              AttachePosting::getOtherDuties)
          .list("observations", observation(PostingStatus.class), MAX_ITEMS,
              AttachePosting.Builder::addAllObservations, AttachePosting::getObservations),
          AttachePosting.Builder::addAllSources, AttachePosting.Builder::addAllNotes);

      case EXPORT_DEAL -> common(new ObjectCodec<ExportDeal, ExportDeal.Builder>(
          "export-deal", ExportDeal::builder, ExportDeal.Builder::build)
          .required("id", ref(ExportDeal.class), ExportDeal.Builder::id, ExportDeal::getId)
          .optional("posting", ref(AttachePosting.class), ExportDeal.Builder::posting,
              ExportDeal::getPosting)
          .required("exporter", ref(Organization.class), ExportDeal.Builder::exporter,
              ExportDeal::getExporter)
          .required("customer", PARTY, ExportDeal.Builder::customer, ExportDeal::getCustomer)
          .required("productCategory", enumeration(ProductCategory.class),
              ExportDeal.Builder::productCategory, ExportDeal::getProductCategory)
          .optional("description", TEXT, ExportDeal.Builder::description,
              ExportDeal::getDescription)
          .optional("value", MONEY, ExportDeal.Builder::value, ExportDeal::getValue)
          .required("stage", enumeration(DealStage.class), ExportDeal.Builder::stage,
              ExportDeal::getStage)
          .optional("signedOn", PARTIAL_DATE, ExportDeal.Builder::signedOn, ExportDeal::getSignedOn),
          ExportDeal.Builder::addAllSources, ExportDeal.Builder::addAllNotes);

      case AGREEMENT -> common(new ObjectCodec<Agreement, Agreement.Builder>(
          "agreement", Agreement::builder, Agreement.Builder::build)
          .required("id", ref(Agreement.class), Agreement.Builder::id, Agreement::getId)
          .required("title", NAMES, Agreement.Builder::title, Agreement::getTitle)
          .required("kind", enumeration(AgreementKind.class), Agreement.Builder::kind,
              Agreement::getKind)
          .list("parties", PARTY, MAX_ITEMS, Agreement.Builder::addAllParties, Agreement::getParties)
          .required("status", enumeration(AgreementStatus.class), Agreement.Builder::status,
              Agreement::getStatus)
          .optional("proposedOn", DATE_AS_STATED, Agreement.Builder::proposedOn,
              Agreement::getProposedOn)
          .optional("agreedOn", DATE_AS_STATED, Agreement.Builder::agreedOn, Agreement::getAgreedOn)
          .optional("signedOn", DATE_AS_STATED, Agreement.Builder::signedOn, Agreement::getSignedOn)
          .optional("inForceFrom", DATE_AS_STATED, Agreement.Builder::inForceFrom,
              Agreement::getInForceFrom)
          .optional("expiresOn", DATE_AS_STATED, Agreement.Builder::expiresOn, Agreement::getExpiresOn)
          .optional("nextStatus", enumeration(AgreementStatus.class), Agreement.Builder::nextStatus,
              Agreement::getNextStatus)
          .optional("nextStatusBy", QUALIFIED_DATE, Agreement.Builder::nextStatusBy,
              Agreement::getNextStatusBy)
          .list("conditions", TEXT, MAX_ITEMS, Agreement.Builder::addAllConditions,
              Agreement::getConditions)
          .list("areas", AREA, MAX_ITEMS, Agreement.Builder::addAllAreas,
              Agreement::getAreas)
          .list("otherAreas", TEXT, MAX_ITEMS, Agreement.Builder::addAllOtherAreas,
              Agreement::getOtherAreas),
          Agreement.Builder::addAllSources, Agreement.Builder::addAllNotes);

      case COMMISSION -> common(new ObjectCodec<Commission, Commission.Builder>(
          "commission", Commission::builder, Commission.Builder::build)
          .required("id", ref(Commission.class), Commission.Builder::id, Commission::getId)
          .required("names", NAMES, Commission.Builder::names, Commission::getNames)
          .list("parties", PARTY, MAX_ITEMS, Commission.Builder::addAllParties,
              Commission::getParties)
          .optional("period", PERIOD, Commission.Builder::period, Commission::getPeriod)
          .optional("meets", enumeration(Recurrence.class), Commission.Builder::meets,
              Commission::getMeets)
          .list("areas", AREA, MAX_ITEMS,
              Commission.Builder::addAllAreas, Commission::getAreas)
          .list("otherAreas", TEXT, MAX_ITEMS, Commission.Builder::addAllOtherAreas,
              Commission::getOtherAreas),
          Commission.Builder::addAllSources, Commission.Builder::addAllNotes);

      case COMMISSION_SESSION -> common(
          new ObjectCodec<CommissionSession, CommissionSession.Builder>(
              "commission-session", CommissionSession::builder, CommissionSession.Builder::build)
          .required("id", ref(CommissionSession.class), CommissionSession.Builder::id,
              CommissionSession::getId)
          .required("commission", ref(Commission.class), CommissionSession.Builder::commission,
              CommissionSession::getCommission)
          .optionalInt("number", Scalars.integer(Integer.MIN_VALUE, Integer.MAX_VALUE),
              CommissionSession.Builder::number, CommissionSession::getNumber)
          .required("date", PARTIAL_DATE, CommissionSession.Builder::date, CommissionSession::getDate)
          .optional("place", PLACE, CommissionSession.Builder::place, CommissionSession::getPlace)
          .list("decisions", TEXT, MAX_ITEMS, CommissionSession.Builder::addAllDecisions,
              CommissionSession::getDecisions),
          CommissionSession.Builder::addAllSources, CommissionSession.Builder::addAllNotes);

      case STRATEGY -> common(new ObjectCodec<Strategy, Strategy.Builder>(
          "strategy", Strategy::builder, Strategy.Builder::build)
          .required("id", ref(Strategy.class), Strategy.Builder::id, Strategy::getId)
          .required("names", NAMES, Strategy.Builder::names, Strategy::getNames)
          .required("kind", enumeration(StrategyKind.class), Strategy.Builder::kind,
              Strategy::getKind)
          .required("country", COUNTRY, Strategy.Builder::country, Strategy::getCountry)
          .optional("owner", ref(Organization.class), Strategy.Builder::owner, Strategy::getOwner)
          .optional("adoptedOn", PARTIAL_DATE, Strategy.Builder::adoptedOn, Strategy::getAdoptedOn)
          .optional("period", PERIOD, Strategy.Builder::period, Strategy::getPeriod)
          .list("goals", TEXT, MAX_ITEMS, Strategy.Builder::addAllGoals, Strategy::getGoals)
          .list("areas", AREA, MAX_ITEMS, Strategy.Builder::addAllAreas,
              Strategy::getAreas)
          .list("otherAreas", TEXT, MAX_ITEMS, Strategy.Builder::addAllOtherAreas,
              Strategy::getOtherAreas),
          Strategy.Builder::addAllSources, Strategy.Builder::addAllNotes);

      case PROJECT -> common(new ObjectCodec<Project, Project.Builder>(
          "project", Project::builder, Project.Builder::build)
          .required("id", ref(Project.class), Project.Builder::id, Project::getId)
          .required("title", NAMES, Project.Builder::title, Project::getTitle)
          .list("participants", PROJECT_PARTICIPANT, MAX_ITEMS, Project.Builder::addAllParticipants,
              Project::getParticipants)
          .required("status", enumeration(ActivityStatus.class), Project.Builder::status,
              Project::getStatus)
          .optional("period", PERIOD, Project.Builder::period, Project::getPeriod)
          .list("recipientCountries", COUNTRY, MAX_ITEMS, Project.Builder::addAllRecipientCountries,
              Project::getRecipientCountries)
          .list("areas", AREA, MAX_ITEMS, Project.Builder::addAllAreas,
              Project::getAreas)
          .list("otherAreas", TEXT, MAX_ITEMS, Project.Builder::addAllOtherAreas,
              Project::getOtherAreas)
          .list("results", TEXT, MAX_ITEMS, Project.Builder::addAllResults, Project::getResults),
          Project.Builder::addAllSources, Project.Builder::addAllNotes);

      case TRAINING_PROGRAM -> common(
          new ObjectCodec<TrainingProgram, TrainingProgram.Builder>(
              "training-program", TrainingProgram::builder, TrainingProgram.Builder::build)
          .required("id", ref(TrainingProgram.class), TrainingProgram.Builder::id,
              TrainingProgram::getId)
          .required("names", NAMES, TrainingProgram.Builder::names, TrainingProgram::getNames)
          .list("providers", ref(Organization.class), MAX_ITEMS,
              TrainingProgram.Builder::addAllProviders, TrainingProgram::getProviders)
          .list("lecturers", ref(Organization.class), MAX_ITEMS,
              TrainingProgram.Builder::addAllLecturers, TrainingProgram::getLecturers)
          .list("participatingOrganizations", ref(Organization.class), MAX_ITEMS,
              TrainingProgram.Builder::addAllParticipatingOrganizations,
              TrainingProgram::getParticipatingOrganizations)
          .optional("participantTotal", QUANTITY, TrainingProgram.Builder::participantTotal,
              TrainingProgram::getParticipantTotal)
          .list("participantCounts", PARTICIPANT_COUNT, MAX_ITEMS,
              TrainingProgram.Builder::addAllParticipantCounts, TrainingProgram::getParticipantCounts)
          .list("topics", TEXT, MAX_ITEMS, TrainingProgram.Builder::addAllTopics,
              TrainingProgram::getTopics)
          .list("certifications", TEXT, MAX_ITEMS, TrainingProgram.Builder::addAllCertifications,
              TrainingProgram::getCertifications)
          .optional("period", PERIOD, TrainingProgram.Builder::period, TrainingProgram::getPeriod)
          .optional("place", PLACE, TrainingProgram.Builder::place, TrainingProgram::getPlace)
          .optional("project", ref(Project.class), TrainingProgram.Builder::project,
              TrainingProgram::getProject)
          .optional("attacheService", ref(AttacheService.class),
              TrainingProgram.Builder::attacheService, TrainingProgram::getAttacheService)
          .list("hostCountries", COUNTRY, MAX_ITEMS, TrainingProgram.Builder::addAllHostCountries,
              TrainingProgram::getHostCountries)
          .optional("strategy", ref(Strategy.class), TrainingProgram.Builder::strategy,
              TrainingProgram::getStrategy)
          .optional("providerTotal", QUANTITY, TrainingProgram.Builder::providerTotal,
              TrainingProgram::getProviderTotal)
          .list("eligibility", TEXT, MAX_ITEMS, TrainingProgram.Builder::addAllEligibility,
              TrainingProgram::getEligibility)
          .list("systems", ref(InformationSystem.class), MAX_ITEMS,
              TrainingProgram.Builder::addAllSystems, TrainingProgram::getSystems),
          TrainingProgram.Builder::addAllSources, TrainingProgram.Builder::addAllNotes);

      case INFORMATION_SYSTEM -> common(
          new ObjectCodec<InformationSystem, InformationSystem.Builder>(
              "information-system", InformationSystem::builder, InformationSystem.Builder::build)
          .required("id", ref(InformationSystem.class), InformationSystem.Builder::id,
              InformationSystem::getId)
          .required("names", NAMES, InformationSystem.Builder::names, InformationSystem::getNames)
          .required("kind", enumeration(SystemKind.class), InformationSystem.Builder::kind,
              InformationSystem::getKind)
          .required("country", COUNTRY, InformationSystem.Builder::country,
              InformationSystem::getCountry)
          .optional("operator", ref(Organization.class), InformationSystem.Builder::operator,
              InformationSystem::getOperator)
          .list("participants", ref(Organization.class), MAX_ITEMS,
              InformationSystem.Builder::addAllParticipants, InformationSystem::getParticipants)
          .required("status", enumeration(SystemStatus.class), InformationSystem.Builder::status,
              InformationSystem::getStatus)
          .optional("period", PERIOD, InformationSystem.Builder::period, InformationSystem::getPeriod)
          .optional("project", ref(Project.class), InformationSystem.Builder::project,
              InformationSystem::getProject)
          .list("observations", observation(SystemStatus.class), MAX_ITEMS,
              InformationSystem.Builder::addAllObservations, InformationSystem::getObservations),
          InformationSystem.Builder::addAllSources, InformationSystem.Builder::addAllNotes);

      case EVENT -> common(new ObjectCodec<Event, Event.Builder>(
          "event", Event::builder, Event.Builder::build)
          .required("id", ref(Event.class), Event.Builder::id, Event::getId)
          .required("kind", enumeration(EventKind.class), Event.Builder::kind, Event::getKind)
          .required("date", QUALIFIED_DATE, Event.Builder::date, Event::getDate)
          .optional("endDate", PARTIAL_DATE, Event.Builder::endDate, Event::getEndDate)
          .optional("place", PLACE, Event.Builder::place, Event::getPlace)
          .list("persons", ref(Person.class), MAX_ITEMS, Event.Builder::addAllPersons,
              Event::getPersons)
          .list("organizations", ref(Organization.class), MAX_ITEMS,
              Event.Builder::addAllOrganizations, Event::getOrganizations)
          .list("areas", AREA, MAX_ITEMS, Event.Builder::addAllAreas,
              Event::getAreas)
          .list("otherAreas", TEXT, MAX_ITEMS, Event.Builder::addAllOtherAreas, Event::getOtherAreas)
          .list("related", ANY_REF, MAX_ITEMS, Event.Builder::addAllRelated, Event::getRelated)
          .optional("partOf", ref(Event.class), Event.Builder::partOf, Event::getPartOf)
          .required("summary", TEXT, Event.Builder::summary, Event::getSummary),
          Event.Builder::addAllSources, Event.Builder::addAllNotes);

      case INDICATOR -> common(new ObjectCodec<Indicator, Indicator.Builder>(
          "indicator", Indicator::builder, Indicator.Builder::build)
          .required("id", ref(Indicator.class), Indicator.Builder::id, Indicator::getId)
          .required("subject", PARTY, Indicator.Builder::subject, Indicator::getSubject)
          .required("metric", enumeration(Metric.class), Indicator.Builder::metric,
              Indicator::getMetric)
          .optional("label", NAMES, Indicator.Builder::label, Indicator::getLabel)
          .required("value", QUANTITY, Indicator.Builder::value, Indicator::getValue)
          .optional("unit", TEXT, Indicator.Builder::unit, Indicator::getUnit)
          .optional("asOf", PARTIAL_DATE, Indicator.Builder::asOf, Indicator::getAsOf)
          .optional("change", CHANGE, Indicator.Builder::change, Indicator::getChange),
          Indicator.Builder::addAllSources, Indicator.Builder::addAllNotes);

      case STATEMENT -> common(new ObjectCodec<Statement, Statement.Builder>(
          "statement", Statement::builder, Statement.Builder::build)
          .required("id", ref(Statement.class), Statement.Builder::id, Statement::getId)
          .required("kind", enumeration(StatementKind.class), Statement.Builder::kind,
              Statement::getKind)
          .required("speaker", ANY_REF, Statement.Builder::speaker, Statement::getSpeaker)
          .optional("date", QUALIFIED_DATE, Statement.Builder::date, Statement::getDate)
          .required("summary", TEXT, Statement.Builder::summary, Statement::getSummary)
          .list("subjects", ANY_REF, MAX_ITEMS, Statement.Builder::addAllSubjects,
              Statement::getSubjects)
          .list("about", COUNTRY, MAX_ITEMS, Statement.Builder::addAllAbout, Statement::getAbout),
          Statement.Builder::addAllSources, Statement.Builder::addAllNotes);
    };
  }

}
