package dev.attache.json;

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

/**
 * One value of every entity kind with every property filled, so that a round trip exercises
 * every field of every codec. Also the content of the golden document.
 */
final class Samples {
  static final CountryCode RU = CountryCode.of("RU");
  static final CountryCode TM = CountryCode.of("TM");
  static final Ref<Source> ARTICLE = Ref.of(Source.class, "nca-2025-10-13");
  static final Ref<Organization> AGENCY = Ref.of(Organization.class, "turkmenaragatnashyk");
  static final Ref<Organization> PARK = Ref.of(Organization.class, "sanly-chozgut");
  static final Ref<Organization> UNDP = Ref.of(Organization.class, "undp");
  static final Ref<Organization> INNOPOLIS = Ref.of(Organization.class, "innopolis-university");
  static final Ref<Person> MINISTER = Ref.of(Person.class, "hajymyrat-hudayguliyev");
  static final Ref<AttacheService> SERVICE = Ref.of(AttacheService.class, "ru-digital-attache");
  static final Ref<Project> PROJECT = Ref.of(Project.class, "undp-edi-pilot");

  private Samples() {}

  static List<Entity> all() {
    return List.of(
        Source.builder().id(ARTICLE).title("Russia to post a digital attaché to Turkmenistan")
            .outlet("nCa").author("Staff").publishedOn(PartialDate.parse("2025-10-13"))
            .language("en").url(URI.create("https://example.org/news?id=1&x=%22q%22"))
            .addNotes("Outlet and date as the article gives them").build(),
        Organization.builder().id(PARK).addSources(ARTICLE)
            .names(Names.builder().put("en", "Sanly Chözgüt IT Park").put("tk", "Sanly Çözgüt")
                .put("ru", "ИТ-парк «Санлы чözgüt»").addAliases("Sanly Chozgut", "IT Park").build())
            .kind(OrganizationKind.IT_PARK).country(TM).parent(AGENCY).build(),
        Person.builder().id(MINISTER).addSources(ARTICLE)
            .names(Names.builder().put("en", "Hajymyrat Hudayguliyev")
                .put("ru", "Хаджимырат Худайгулыев").addAlias("Khadzhimyrat Khudaygulyev").build())
            .citizenship(TM).build(),
        Membership.builder().id(Ref.of(Membership.class, "hudayguliyev-minister"))
            .addSources(ARTICLE).person(MINISTER).organization(AGENCY)
            .role(Names.of("Minister of Communications")).singleHolder(true)
            .period(DateRange.on(PartialDate.parse("2025-10-13"))).build(),
        AttacheService.builder().id(SERVICE).addSources(ARTICLE)
            .names(Names.of("Digital attaché service")).sendingCountry(RU)
            .addResponsibleBodies(Ref.of(Organization.class, "ru-digital-ministry"))
            .conceived(QualifiedDate.of(PartialDate.of(2019)))
            .established(QualifiedDate.of(PartialDate.of(2021, 9), DateQualifier.APPROXIMATE))
            .addDuties(Duty.EXPORT_CONTRACTS, Duty.LEGAL_SUPPORT)
            .addOtherDuties("Report on the local market").build(),
        AttachePosting.builder().id(Ref.of(AttachePosting.class, "ru-cn")).addSources(ARTICLE)
            .service(SERVICE).hostCountry(CountryCode.of("CN")).person(MINISTER)
            .status(PostingStatus.COMPLETED)
            .plannedArrival(QualifiedDate.of(PartialDate.of(2022), DateQualifier.NOT_LATER_THAN))
            .arrival(QualifiedDate.parse("2022-03"))
            .departure(QualifiedDate.of(PartialDate.of(2024), DateQualifier.APPROXIMATE))
            .addDuties(Duty.PAYMENT_CHANNELS)
            .addOtherDuties("Open a liaison office").build(),
        ExportDeal.builder().id(Ref.of(ExportDeal.class, "ru-tm-software-1")).addSources(ARTICLE)
            .posting(Ref.of(AttachePosting.class, "ru-cn")).exporter(INNOPOLIS)
            .customer(Party.organization(AGENCY)).productCategory(ProductCategory.SOFTWARE)
            .description("Licences for a document management system")
            .value(Money.of("1500000.00", "USD")).stage(DealStage.SIGNED)
            .signedOn(PartialDate.of(2025, 4)).build(),
        Agreement.builder().id(Ref.of(Agreement.class, "innopolis-sanly-chozgut-terms"))
            .addSources(ARTICLE)
            .title(Names.builder().put("en", "Terms of cooperation").addAlias("Terms").build())
            .kind(AgreementKind.COOPERATION_TERMS)
            .addParties(Party.organization(INNOPOLIS), Party.organization(PARK), Party.state("TM"))
            .status(AgreementStatus.IN_FORCE).proposedOn(PartialDate.parse("2025-03-10"))
            .agreedOn(PartialDate.parse("2025-03-12"))
            .signedOn(PartialDate.parse("2025-03-14")).inForceFrom(PartialDate.parse("2025-04"))
            .expiresOn(PartialDate.of(2030))
            .addAreas(CooperationArea.ICT_TRAINING, CooperationArea.CYBERSECURITY)
            .addOtherAreas("Competence centre").build(),
        Commission.builder().id(Ref.of(Commission.class, "ru-tm-economic")).addSources(ARTICLE)
            .names(Names.of("Intergovernmental Russian-Turkmen Commission for Economic Cooperation"))
            .addParties(Party.state(RU), Party.state(TM)).period(DateRange.startingAt(PartialDate.of(2008)))
            .addAreas(CooperationArea.DIGITAL_ECONOMY).addOtherAreas("Energy").build(),
        CommissionSession.builder().id(Ref.of(CommissionSession.class, "ru-tm-economic-2021"))
            .addSources(ARTICLE).commission(Ref.of(Commission.class, "ru-tm-economic"))
            .number(7).date(PartialDate.of(2021)).place(Place.of(TM, "Ashgabat"))
            .addDecisions("Discuss digital cooperation proposals").build(),
        Strategy.builder().id(Ref.of(Strategy.class, "tm-digital-economy-concept"))
            .addSources(ARTICLE)
            .names(Names.of("Concept for the Development of the Digital Economy in Turkmenistan"))
            .kind(StrategyKind.CONCEPT).country(TM).owner(AGENCY)
            .adoptedOn(PartialDate.of(2018, 11)).period(DateRange.parse("2019/2025"))
            .addGoals("Grow business and investment activity")
            .addAreas(CooperationArea.DIGITAL_ECONOMY).addOtherAreas("Knowledge economy").build(),
        Project.builder().id(PROJECT).addSources(ARTICLE)
            .title(Names.of("Pilot electronic data interchange system in Turkmenistan"))
            .addParticipants(ProjectParticipant.of(UNDP, ParticipantRole.IMPLEMENTING),
                ProjectParticipant.of(AGENCY, ParticipantRole.ACCOUNTABLE),
                ProjectParticipant.of(INNOPOLIS, ParticipantRole.TRAINING_PROVIDER))
            .status(ActivityStatus.IMPLEMENTATION).period(DateRange.startingAt(PartialDate.of(2023)))
            .addRecipientCountries(TM).addAreas(CooperationArea.ELECTRONIC_DATA_INTERCHANGE)
            .addOtherAreas("Gender-responsive needs assessment")
            .addResults("75 specialists trained").build(),
        TrainingProgram.builder().id(Ref.of(TrainingProgram.class, "undp-innopolis-it-training"))
            .addSources(ARTICLE).names(Names.of("IT specialist training"))
            .addProviders(INNOPOLIS).addLecturers(UNDP).addParticipatingOrganizations(AGENCY, PARK)
            .participantTotal(Quantity.of(75))
            .addParticipantCounts(ParticipantCount.of(AGENCY, 30), ParticipantCount.of(PARK, 20))
            .addTopics("Java", "Python", "Linux").addCertifications("Cisco CCNA")
            .period(DateRange.parse("2025-03-03/2025-03-14")).place(Place.of(TM, "Ashgabat"))
            .project(PROJECT).attacheService(SERVICE).addHostCountries(TM, RU).build(),
        InformationSystem.builder().id(Ref.of(InformationSystem.class, "tm-interagency-edi"))
            .addSources(ARTICLE).names(Names.of("Interagency Electronic Data Exchange System"))
            .kind(SystemKind.ELECTRONIC_DATA_INTERCHANGE).country(TM).operator(AGENCY)
            .addParticipants(PARK).status(SystemStatus.PILOT)
            .period(DateRange.startingAt(PartialDate.of(2023))).project(PROJECT).build(),
        Event.builder().id(Ref.of(Event.class, "innopolis-visit-2025-03")).addSources(ARTICLE)
            .kind(EventKind.WORKING_VISIT).date(QualifiedDate.of(PartialDate.parse("2025-03-03")))
            .endDate(PartialDate.parse("2025-03-14")).place(Place.of(TM, "Ashgabat"))
            .addPersons(MINISTER).addOrganizations(INNOPOLIS, AGENCY)
            .addAreas(CooperationArea.ICT_TRAINING).addOtherAreas("Cisco CCNA")
            .addRelated(PROJECT).summary("Innopolis experts trained agency specialists.")
            .addNotes("The year is that of the article").build(),
        Indicator.builder().id(Ref.of(Indicator.class, "ru-accredited-it-companies-2025"))
            .addSources(ARTICLE).subject(Party.state(RU)).metric(Metric.OTHER)
            .label(Names.of("Accredited IT companies"))
            .value(Quantity.of(QuantityComparator.MORE_THAN, 20000)).unit("companies")
            .asOf(PartialDate.parse("2025-10")).build(),
        Statement.builder().id("statement:ru-ministry-tm-sector-promising-2021")
            .addSources(ARTICLE).kind(StatementKind.ASSESSMENT)
            .speaker("org:ru-digital-ministry").date("<=2021-10-06")
            .summary("Russia's digital ministry judged Turkmenistan's digital sector a good"
                + " ground for shared projects and exchange of experience.")
            .addAbout(CountryCode.of("TM")).build());
  }
}
