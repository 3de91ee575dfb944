package dev.attache;

import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.DealStage;
import dev.attache.model.Duty;
import dev.attache.model.ExportDeal;
import dev.attache.model.PostingStatus;
import dev.attache.model.ProductCategory;
import dev.attache.model.ActivityStatus;
import dev.attache.model.ParticipantCount;
import dev.attache.model.ParticipantRole;
import dev.attache.model.Project;
import dev.attache.model.ProjectParticipant;
import dev.attache.model.TrainingProgram;
import dev.attache.common.CountryCode;
import dev.attache.common.DateQualifier;
import dev.attache.model.Entity;
import dev.attache.common.Money;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.model.Party;
import dev.attache.common.DateRange;
import dev.attache.common.Place;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import dev.attache.common.QuantityComparator;
import dev.attache.model.Ref;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
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
import java.net.URI;
import java.util.List;

/** One valid, hand-built value of every entity kind, for tests to break one rule at a time. */
public final class Examples {
  public static final CountryCode RU = CountryCode.of("RU");
  public static final CountryCode TM = CountryCode.of("TM");
  public static final Ref<Source> ARTICLE = Ref.of(Source.class, "nca-2025-10-13");
  public static final Ref<Organization> AGENCY = Ref.of(Organization.class, "turkmenaragatnashyk");
  public static final Ref<Organization> IT_PARK = Ref.of(Organization.class, "sanly-chozgut");
  public static final Ref<Organization> UNDP = Ref.of(Organization.class, "undp");
  public static final Ref<Organization> INNOPOLIS = Ref.of(Organization.class, "innopolis-university");
  public static final Ref<Person> MINISTER = Ref.of(Person.class, "hajymyrat-hudayguliyev");

  private Examples() {}

  public static Source source() {
    return Source.builder()
        .id(ARTICLE)
        .title("Russia to post a digital attache to Turkmenistan")
        .outlet("nCa")
        .publishedOn(PartialDate.parse("2025-10-13"))
        .language("en")
        .url(URI.create("https://example.org/news/digital-attache"))
        .build();
  }

  public static Organization organization() {
    return Organization.builder()
        .id(IT_PARK)
        .addSources(ARTICLE)
        .names(Names.builder().put("en", "Sanly Chozgut IT Park").put("tk", "Sanly Çözgüt")
            .addAlias("Sanly Chözgüt").build())
        .kind(OrganizationKind.IT_PARK)
        .country(TM)
        .parent(AGENCY)
        .build();
  }

  public static Person person() {
    return Person.builder()
        .id(MINISTER)
        .addSources(ARTICLE)
        .names(Names.builder().put("en", "Hajymyrat Hudayguliyev")
            .addAliases("Khadzhimyrat Khudaygulyev").build())
        .citizenship(TM)
        .build();
  }

  public static Membership membership() {
    return Membership.builder()
        .id(Ref.of(Membership.class, "hudayguliyev-minister"))
        .addSources(ARTICLE)
        .person(MINISTER)
        .organization(Ref.of(Organization.class, "tm-ministry-of-communications"))
        .role(Names.of("Minister of Communications"))
        .singleHolder(true)
        .period(DateRange.on(PartialDate.parse("2025-10-13")))
        .build();
  }

  public static AttacheService attacheService() {
    return AttacheService.builder()
        .id(Ref.of(AttacheService.class, "ru-digital-attache"))
        .addSources(ARTICLE)
        .names(Names.of("Digital attache service"))
        .sendingCountry(RU)
        .addResponsibleBodies(Ref.of(Organization.class, "ru-digital-ministry"))
        .conceived(QualifiedDate.of(PartialDate.of(2019)))
        .established(QualifiedDate.of(PartialDate.of(2021, 9)))
        .addDuties(Duty.EXPORT_CONTRACTS, Duty.LEGAL_SUPPORT)
        .build();
  }

  public static AttachePosting posting() {
    return AttachePosting.builder()
        .id(Ref.of(AttachePosting.class, "ru-tm"))
        .addSources(ARTICLE)
        .service(Ref.of(AttacheService.class, "ru-digital-attache"))
        .hostCountry(TM)
        .status(PostingStatus.PLANNED)
        .plannedArrival(QualifiedDate.of(PartialDate.of(2025), DateQualifier.NOT_LATER_THAN))
        .addDuties(Duty.EXPORT_CONTRACTS)
        .build();
  }

  public static ExportDeal exportDeal() {
    return ExportDeal.builder()
        .id(Ref.of(ExportDeal.class, "ru-tm-software-1"))
        .addSources(ARTICLE)
        .posting(Ref.of(AttachePosting.class, "ru-tm"))
        .exporter(Ref.of(Organization.class, "ru-software-company"))
        .customer(Party.organization(AGENCY))
        .productCategory(ProductCategory.SOFTWARE)
        .value(Money.of("1500000.00", "USD"))
        .stage(DealStage.NEGOTIATION)
        .build();
  }

  public static Agreement agreement() {
    return Agreement.builder()
        .id(Ref.of(Agreement.class, "innopolis-sanly-chozgut-terms"))
        .addSources(ARTICLE)
        .title(Names.of("Terms of cooperation"))
        .kind(AgreementKind.COOPERATION_TERMS)
        .addParties(Party.organization(INNOPOLIS), Party.organization(IT_PARK))
        .status(AgreementStatus.SIGNED)
        .signedOn(PartialDate.parse("2025-03-14"))
        .inForceFrom(PartialDate.parse("2025-04"))
        .expiresOn(PartialDate.of(2030))
        .addAreas(CooperationArea.ICT_TRAINING)
        .build();
  }

  public static Commission commission() {
    return Commission.builder()
        .id(Ref.of(Commission.class, "ru-tm-economic"))
        .addSources(ARTICLE)
        .names(Names.of("Intergovernmental Russian-Turkmen Commission for Economic Cooperation"))
        .addParties(Party.state(RU), Party.state(TM))
        .addAreas(CooperationArea.DIGITAL_ECONOMY)
        .build();
  }

  public static CommissionSession commissionSession() {
    return CommissionSession.builder()
        .id(Ref.of(CommissionSession.class, "ru-tm-economic-2021"))
        .addSources(ARTICLE)
        .commission(Ref.of(Commission.class, "ru-tm-economic"))
        .number(7)
        .date(PartialDate.of(2021))
        .place(Place.of(TM, "Ashgabat"))
        .addDecisions("Discuss digital cooperation proposals")
        .build();
  }

  public static Strategy strategy() {
    return Strategy.builder()
        .id(Ref.of(Strategy.class, "tm-digital-economy-concept"))
        .addSources(ARTICLE)
        .names(Names.of("Concept for the Development of the Digital Economy in Turkmenistan"))
        .kind(StrategyKind.CONCEPT)
        .country(TM)
        .period(DateRange.of(PartialDate.of(2019), PartialDate.of(2025)))
        .addGoals("Grow business and investment activity")
        .addAreas(CooperationArea.DIGITAL_ECONOMY)
        .build();
  }

  public static Project project() {
    return Project.builder()
        .id(Ref.of(Project.class, "undp-edi-pilot"))
        .addSources(ARTICLE)
        .title(Names.of("Pilot electronic data interchange system in Turkmenistan"))
        .addParticipants(ProjectParticipant.of(UNDP, ParticipantRole.IMPLEMENTING),
            ProjectParticipant.of(AGENCY, ParticipantRole.ACCOUNTABLE))
        .status(ActivityStatus.IMPLEMENTATION)
        .period(DateRange.startingAt(PartialDate.of(2023)))
        .addRecipientCountries(TM)
        .addAreas(CooperationArea.ELECTRONIC_DATA_INTERCHANGE)
        .build();
  }

  public static TrainingProgram trainingProgram() {
    return TrainingProgram.builder()
        .id(Ref.of(TrainingProgram.class, "undp-innopolis-it-training"))
        .addSources(ARTICLE)
        .names(Names.of("IT specialist training"))
        .addProviders(INNOPOLIS)
        .participantTotal(Quantity.of(75))
        .addParticipantCounts(ParticipantCount.of(AGENCY, 30), ParticipantCount.of(IT_PARK, 20))
        .addTopics("Java", "Python", "Linux")
        .addCertifications("Cisco CCNA")
        .project(Ref.of(Project.class, "undp-edi-pilot"))
        .build();
  }

  public static InformationSystem informationSystem() {
    return InformationSystem.builder()
        .id(Ref.of(InformationSystem.class, "tm-interagency-edi"))
        .addSources(ARTICLE)
        .names(Names.of("Interagency Electronic Data Exchange System"))
        .kind(SystemKind.ELECTRONIC_DATA_INTERCHANGE)
        .country(TM)
        .operator(AGENCY)
        .status(SystemStatus.PILOT)
        .project(Ref.of(Project.class, "undp-edi-pilot"))
        .build();
  }

  public static Event event() {
    return Event.builder()
        .id(Ref.of(Event.class, "innopolis-visit-2025-03"))
        .addSources(ARTICLE)
        .kind(EventKind.WORKING_VISIT)
        .date(QualifiedDate.of(PartialDate.parse("2025-03-03")))
        .endDate(PartialDate.parse("2025-03-14"))
        .place(Place.of(TM, "Ashgabat"))
        .addOrganizations(INNOPOLIS, AGENCY)
        .addPersons(MINISTER)
        .addRelated(Ref.of(Project.class, "undp-edi-pilot"))
        .summary("Innopolis experts trained agency specialists for Cisco CCNA.")
        .build();
  }

  public static Indicator indicator() {
    return Indicator.builder()
        .id(Ref.of(Indicator.class, "ru-accredited-it-companies-2025"))
        .addSources(ARTICLE)
        .subject(Party.state(RU))
        .metric(Metric.ACCREDITED_IT_COMPANIES)
        .value(Quantity.of(QuantityComparator.MORE_THAN, 20000))
        .asOf(PartialDate.parse("2025-10"))
        .build();
  }

  public static Statement statement() {
    return Statement.builder()
        .id(Ref.of(Statement.class, "minister-sector-promising"))
        .addSources(ARTICLE)
        .kind(StatementKind.ASSESSMENT)
        .speaker(MINISTER)
        .date("<=2025-10-13")
        .summary("The minister judged the digital sector promising for joint projects.")
        .addAbout(TM)
        .build();
  }

  /** One of every kind. */
  public static List<Entity> all() {
    return List.of(source(), organization(), person(), membership(), attacheService(), posting(),
        exportDeal(), agreement(), commission(), commissionSession(), strategy(), project(),
        trainingProgram(), informationSystem(), event(), indicator(), statement());
  }
}
