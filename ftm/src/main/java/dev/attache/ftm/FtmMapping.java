package dev.attache.ftm;

import dev.attache.common.CountryCode;
import dev.attache.common.DateRange;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.Place;
import dev.attache.common.QualifiedDate;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.Entity;
import dev.attache.model.Event;
import dev.attache.model.ExportDeal;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.Person;
import dev.attache.model.PostingStatus;
import dev.attache.model.Project;
import dev.attache.model.ProjectParticipant;
import dev.attache.model.Ref;
import dev.attache.model.Source;
import dev.attache.model.TrainingProgram;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each kind becomes in FollowTheMoney: an exhaustive switch over the kinds, so that a kind
 * added to the model does not compile until it is mapped or named as skipped. Only schemata and
 * properties present in FtM 3.8 and 4.x are used. Dates go out only when stated exactly: FtM has
 * no way to say "not later than" or "about", and a date it cannot qualify would overclaim.
 */
final class FtmMapping {
  private final FtmIds ids;

  FtmMapping(FtmIds ids) {
    this.ids = ids;
  }

  /** The FtM entities of one attache entity; empty for a kind FtM has no schema for. */
  List<FtmEntity> map(Entity entity) {
    return switch (entity.entityKind()) {
      case SOURCE -> List.of(source((Source) entity));
      case ORGANIZATION -> List.of(organization((Organization) entity));
      case PERSON -> List.of(person((Person) entity));
      case MEMBERSHIP -> List.of(membership((Membership) entity));
      case ATTACHE_SERVICE -> List.of(service((AttacheService) entity));
      case ATTACHE_POSTING -> posting((AttachePosting) entity);
      case EXPORT_DEAL -> List.of(deal((ExportDeal) entity));
      case AGREEMENT -> List.of(agreement((Agreement) entity));
      case COMMISSION -> List.of(commission((Commission) entity));
      case COMMISSION_SESSION -> List.of(session((CommissionSession) entity));
      case PROJECT -> project((Project) entity);
      case TRAINING_PROGRAM -> List.of(training((TrainingProgram) entity));
      case EVENT -> List.of(event((Event) entity));
      // no schema of FtM holds a strategy, a system, an indicator or a statement
      case STRATEGY, INFORMATION_SYSTEM, INDICATOR, STATEMENT -> List.of();
    };
  }

  /** An entity being built: every value carries the sources of the attache entity. */
  private final class Draft {
    private final String id;
    private final String schema;
    private final String origin;
    private final List<FtmEntity.Value> values = new ArrayList<>();

    Draft(String id, String schema, Entity from) {
      this.id = id;
      this.schema = schema;
      this.origin = from.getSources().stream().map(Ref::toString)
          .collect(Collectors.joining(" "));
    }

    Draft add(String property, String value) {
      return add(property, value, "");
    }

    Draft add(String property, String value, String language) {
      if (value != null && !value.isBlank()) {
        values.add(new FtmEntity.Value(property, clip(value, FtmTypes.maxLength(property)),
            language, origin));
      }
      return this;
    }

    Draft ref(String property, Ref<?> ref) {
      return add(property, ids.of(ref));
    }

    Draft refs(String property, List<? extends Ref<?>> refs) {
      refs.forEach(r -> ref(property, r));
      return this;
    }

    Draft country(String property, CountryCode country) {
      return add(property, country.getCode().toLowerCase(Locale.ROOT));
    }

    /** Every language's name, with its language; aliases where the schema has them. */
    Draft names(String property, Names names) {
      names.getByLanguage().forEach((tag, name) -> add(property, name, language(tag)));
      if (property.equals("name") || property.equals("title")) {
        names.getAliases().forEach(alias -> add("alias", alias));
      }
      return this;
    }

    /** A date as FtM writes it, an ISO prefix, only if it is stated exactly. */
    Draft date(String property, Optional<QualifiedDate> date) {
      date.filter(QualifiedDate::isExact).ifPresent(d -> add(property, d.getDate().toString()));
      return this;
    }

    Draft date(String property, PartialDate date) {
      return add(property, date.toString());
    }

    Draft period(Optional<DateRange> period, String start, String end) {
      period.ifPresent(p -> {
        date(start, p.qualifiedStart());
        date(end, p.qualifiedEnd());
      });
      return this;
    }

    Draft place(Optional<Place> place) {
      place.ifPresent(p -> {
        add("location", p.toString());
        p.getCountry().ifPresent(c -> country("country", c));
      });
      return this;
    }

    Draft parties(List<Party> parties, String organizations) {
      for (Party party : parties) {
        party.getState().ifPresent(c -> country("country", c));
        party.getOrganization().ifPresent(o -> ref(organizations, o));
      }
      return this;
    }

    /** The sources as FtM's {@code proof}, and the notes: for schemata that have them. */
    Draft thing(Entity from) {
      refs("proof", from.getSources());
      from.getNotes().forEach(note -> add("notes", note));
      return this;
    }

    FtmEntity build() {
      return new FtmEntity(id, schema, values);
    }
  }

  /**
   * FtM's languages are ISO 639-3 codes: {@code en} is {@code eng}. A language FtM does not know
   * ({@code tt}, Tatar) is left out, as FtM itself would drop it.
   */
  static String language(String tag) {
    try {
      String code = Locale.forLanguageTag(tag).getISO3Language();
      return FtmTypes.isLanguage(code) ? code : "";
    } catch (MissingResourceException | IllformedLocaleException e) {
      return "";
    }
  }

  /**
   * A value cut to FtM's longest of its type, in whole characters, ending with an ellipsis where it
   * was cut: FtM's own loaders refuse or cut a longer value, and a value cut here says so.
   */
  static String clip(String value, int maxLength) {
    if (value.codePointCount(0, value.length()) <= maxLength) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, maxLength - 1)) + "…";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private FtmEntity source(Source source) {
    Draft article = new Draft(ids.of(source.getId()), "Article", source)
        .add("title", source.getTitle().orElse(null))
        .add("author", source.getAuthor().orElse(null))
        .add("publisher", source.getOutlet().orElse(null));
    source.getPublishedOn().ifPresent(d -> article.date("publishedAt", d));
    source.getUrl().ifPresent(url -> article.add("sourceUrl", url.toString()));
    article.add("language", language(source.getLanguage()));
    source.getNotes().forEach(note -> article.add("notes", note));
    return article.build();
  }

  private FtmEntity organization(Organization organization) {
    String schema = switch (organization.getKind()) {
      case GOVERNMENT, MINISTRY, AGENCY -> "PublicBody";
      case COMPANY -> "Company";
      default -> "Organization";
    };
    Draft draft = new Draft(ids.of(organization.getId()), schema, organization)
        .names("name", organization.getNames())
        .add("classification", lower(organization.getKind()));
    organization.getCountry().ifPresent(c -> draft.country("country", c));
    organization.getParent().ifPresent(p -> draft.ref("parent", p));
    return draft.thing(organization).build();
  }

  private FtmEntity person(Person person) {
    Draft draft = new Draft(ids.of(person.getId()), "Person", person)
        .names("name", person.getNames());
    person.getCitizenship().ifPresent(c -> draft.country("citizenship", c));
    return draft.thing(person).build();
  }

  private FtmEntity membership(Membership membership) {
    Draft draft = new Draft(ids.of(membership.getId()), "Membership", membership)
        .ref("member", membership.getPerson())
        .ref("organization", membership.getOrganization())
        .names("role", membership.getRole())
        .period(membership.getPeriod(), "startDate", "endDate")
        .date("date", membership.getObservedOn());
    membership.getNotes().forEach(note -> draft.add("description", note));
    return draft.build();
  }

  private FtmEntity service(AttacheService service) {
    return new Draft(ids.of(service.getId()), "PublicBody", service)
        .names("name", service.getNames())
        .country("country", service.getSendingCountry())
        .refs("parent", service.getResponsibleBodies())
        .date("incorporationDate", service.getEstablished())
        .add("classification", "digital attaché service")
        .thing(service).build();
  }

  private List<FtmEntity> posting(AttachePosting posting) {
    String country = posting.getHostCountry().getDisplayName(Locale.ENGLISH);
    FtmEntity position = new Draft(ids.of(posting.getId()), "Position", posting)
        .add("name", "Digital attaché in " + country)
        .country("country", posting.getHostCountry())
        .ref("organization", posting.getService())
        .thing(posting).build();
    // an occupancy only for a named holder who took up the post
    if (posting.getPerson().isEmpty() || (posting.getStatus() != PostingStatus.ACTIVE
        && posting.getStatus() != PostingStatus.COMPLETED)) {
      return List.of(position);
    }
    FtmEntity occupancy = new Draft(ids.of(posting.getId(), "occupancy"), "Occupancy", posting)
        .ref("holder", posting.getPerson().get())
        .ref("post", posting.getId())
        .date("startDate", posting.getArrival())
        .date("endDate", posting.getDeparture())
        .add("status", posting.getStatus() == PostingStatus.ACTIVE ? "current" : "ended")
        .build();
    return List.of(position, occupancy);
  }

  private FtmEntity deal(ExportDeal deal) {
    // the title is a string of at most 1,024 characters: a longer description stays whole in
    // the description
    Draft draft = new Draft(ids.of(deal.getId()), "Contract", deal)
        .add("title", deal.getDescription().orElse(lower(deal.getProductCategory())))
        .add("description", deal.getDescription()
            .filter(d -> d.length() > FtmTypes.maxLength("title")).orElse(null))
        .add("type", lower(deal.getProductCategory()))
        .add("status", lower(deal.getStage()))
        .parties(List.of(deal.getCustomer()), "authority");
    deal.getSignedOn().ifPresent(d -> draft.date("contractDate", d));
    deal.getValue().ifPresent(v -> draft.add("amount", v.getAmount().toPlainString())
        .add("currency", v.getCurrency().getCurrencyCode().toLowerCase(Locale.ROOT)));
    return draft.thing(deal).build();
  }

  private FtmEntity agreement(Agreement agreement) {
    Draft draft = new Draft(ids.of(agreement.getId()), "Contract", agreement)
        .names("title", agreement.getTitle())
        .add("type", lower(agreement.getKind()))
        .add("status", lower(agreement.getStatus()))
        .date("contractDate", agreement.getSignedOn())
        .parties(agreement.getParties(), "authority");
    agreement.getAreas().forEach(a -> draft.add("classification", lower(a)));
    return draft.thing(agreement).build();
  }

  private FtmEntity commission(Commission commission) {
    Draft draft = new Draft(ids.of(commission.getId()), "PublicBody", commission)
        .names("name", commission.getNames())
        .add("classification", "intergovernmental commission")
        .period(commission.getPeriod(), "incorporationDate", "dissolutionDate");
    commission.getParties().forEach(p -> p.getState().ifPresent(c -> draft.country("country", c)));
    return draft.thing(commission).build();
  }

  private FtmEntity session(CommissionSession session) {
    Draft draft = new Draft(ids.of(session.getId()), "Event", session)
        .add("name", session.label())
        .date("date", session.getDate())
        .place(session.getPlace())
        .ref("organizer", session.getCommission())
        .thing(session);
    // each decision a value: all of them joined could pass the 65,000 characters of a text
    session.getDecisions().forEach(decision -> draft.add("summary", decision));
    return draft.build();
  }

  private List<FtmEntity> project(Project project) {
    List<FtmEntity> entities = new ArrayList<>();
    Draft draft = new Draft(ids.of(project.getId()), "Project", project)
        .names("name", project.getTitle())
        .add("status", lower(project.getStatus()))
        .period(project.getPeriod(), "startDate", "endDate");
    project.getRecipientCountries().forEach(c -> draft.country("country", c));
    project.getResults().forEach(r -> draft.add("summary", r));
    entities.add(draft.thing(project).build());
    List<ProjectParticipant> participants = project.getParticipants();
    for (int i = 0; i < participants.size(); i++) {
      entities.add(new Draft(ids.of(project.getId(), "participant-" + i), "ProjectParticipant",
          project)
          .ref("project", project.getId())
          .ref("participant", participants.get(i).getOrganization())
          .add("role", lower(participants.get(i).getRole()))
          .build());
    }
    return entities;
  }

  private FtmEntity training(TrainingProgram training) {
    return new Draft(ids.of(training.getId()), "Event", training)
        .names("name", training.getNames())
        .period(training.getPeriod(), "startDate", "endDate")
        .place(training.getPlace())
        .refs("organizer", training.getProviders())
        .refs("involved", training.getLecturers())
        .refs("involved", training.getParticipatingOrganizations())
        .add("summary", String.join(", ", training.getTopics()))
        .thing(training).build();
  }

  private FtmEntity event(Event event) {
    Draft draft = new Draft(ids.of(event.getId()), "Event", event)
        .add("name", event.getSummary())
        .date("date", Optional.of(event.getDate()))
        .place(event.getPlace())
        .refs("involved", event.getPersons())
        .refs("involved", event.getOrganizations())
        .add("summary", event.getSummary());
    event.getEndDate().ifPresent(d -> draft.date("endDate", d));
    return draft.thing(event).build();
  }
}
