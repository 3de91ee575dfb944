package dev.attache.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.PostingStatus;
import dev.attache.common.CountryCode;
import dev.attache.common.DateQualifier;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.model.Ref;
import dev.attache.dataset.Dataset;
import dev.attache.model.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's dataset example, so that it cannot rot. */
class ReadmeDatasetExampleTest {

  @Test
  void theReadmeQueriesAnswerAsDocumented() {
    AttacheService service = AttacheService.builder()
        .id(Ref.parse(AttacheService.class, "attache-service:ru-digital-attache"))
        .names(Names.of("Digital attaché service")).sendingCountry(CountryCode.of("RU")).build();
    AttachePosting turkmenistan = AttachePosting.builder()
        .id(Ref.parse(AttachePosting.class, "posting:ru-tm"))
        .service(service.getId()).hostCountry(CountryCode.of("TM")).status(PostingStatus.PLANNED)
        .plannedArrival(QualifiedDate.of(PartialDate.of(2025), DateQualifier.NOT_LATER_THAN))
        .build();
    Person minister = Person.builder()
        .id(Ref.parse(Person.class, "person:hajymyrat-hudayguliyev"))
        .names(Names.of("Hajymyrat Hudayguliyev")).build();

    // README example start
    Dataset dataset = Dataset.of(List.of(service, turkmenistan, minister));
    dataset.checkIntegrity();                                    // [] : no problem
    dataset.postings(CountryCode.of("TM"), LocalDate.of(2025, 6, 1), PostingStatus.ACTIVE); // []
    dataset.postings(CountryCode.of("TM"), LocalDate.of(2025, 6, 1), PostingStatus.PLANNED); // [posting:ru-tm]
    dataset.search("Khadzhimyrat Khudaygulyev");                   // [person:hajymyrat-hudayguliyev]
    dataset.timeline(CountryCode.of("RU"), CountryCode.of("TM")); // [2025 posting:ru-tm]
    // README example end

    assertThat(dataset.checkIntegrity()).isEmpty();
    assertThat(dataset.postings(CountryCode.of("TM"), LocalDate.of(2025, 6, 1),
        PostingStatus.ACTIVE)).isEmpty();
    assertThat(dataset.postings(CountryCode.of("TM"), LocalDate.of(2025, 6, 1),
        PostingStatus.PLANNED)).containsExactly(turkmenistan);
    assertThat(dataset.search("Khadzhimyrat Khudaygulyev")).containsExactly(minister);
    assertThat(dataset.timeline(CountryCode.of("RU"), CountryCode.of("TM")))
        .extracting(e -> e.date() + " " + e.entity().getId()).containsExactly("2025 posting:ru-tm");
  }
}
