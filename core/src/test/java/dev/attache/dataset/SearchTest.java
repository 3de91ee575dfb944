package dev.attache.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.Growth;
import dev.attache.common.Names;
import dev.attache.model.Ref;
import dev.attache.model.Organization;
import dev.attache.model.OrganizationKind;
import dev.attache.model.Person;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {
  private static final Person MINISTER = Person.builder()
      .id(Examples.MINISTER)
      .names(Names.builder().put("en", "Hajymyrat Hudayguliyev").build())
      .build();
  private static final Person NAMESAKE = Person.builder()
      .id(Ref.of(Person.class, "khadzhimyrat-khudaygulyev"))
      .names(Names.builder().put("en", "Khadzhimyrat Khudaygulyev").build())
      .build();
  private static final Organization PARK = Datasets.organization(Examples.IT_PARK,
      "Sanly Çözgüt IT Park", OrganizationKind.IT_PARK, Examples.TM);
  private static final Organization AGENCY = Organization.builder().id(Examples.AGENCY)
      .names(Names.builder().put("en", "Turkmenaragatnashyk Agency")
          .put("ru", "Агентство «Туркменарагатнашык»").addAlias("Turkmen communication Agency")
          .build())
      .kind(OrganizationKind.AGENCY).build();
  private static final Dataset DATASET = Dataset.of(List.of(MINISTER, NAMESAKE, PARK, AGENCY,
      Examples.agreement()));

  @ParameterizedTest
  @ValueSource(strings = {"Hajymyrat Hudayguliyev", "Khadzhimyrat Khudaygulyev",
      "Хаджимырат Худайгулыев", "hajymyrat hudayguliyev", "Hudayguliyev", "Khudaygulyev",
      "Худайгулыев", "Hajymyrat", "Khadzhimyrat", "KHADZHIMYRAT  KHUDAYGULYEV"})
  void everySpellingOfTheMinisterFindsBothRecords(String query) {
    assertThat(DATASET.search(query, Person.class)).containsExactlyInAnyOrder(MINISTER, NAMESAKE);
  }

  @Test
  void exactMatchesComeFirst() {
    assertThat(DATASET.search("Khadzhimyrat Khudaygulyev")).containsExactly(NAMESAKE, MINISTER);
    assertThat(DATASET.search("Hajymyrat Hudayguliyev")).containsExactly(MINISTER, NAMESAKE);
    List<NameMatch> matches = DATASET.searchMatches("Khadzhimyrat Khudaygulyev");
    assertThat(matches).extracting(NameMatch::quality).containsExactly(
        NameMatch.Quality.EXACT, NameMatch.Quality.TRANSLITERATED);
    assertThat(matches.get(1).spelling()).isEqualTo("Hajymyrat Hudayguliyev");
  }

  @Test
  void turkmenLettersMeetTheirPlainAndCyrillicSpellings() {
    assertThat(DATASET.search("Sanly Chozgut")).containsExactly(PARK);
    assertThat(DATASET.search("sanly cozgut it park")).containsExactly(PARK);
    assertThat(DATASET.searchMatches("sanly çözgüt it park").get(0).quality())
        .isEqualTo(NameMatch.Quality.SAME_LETTERS);
    assertThat(DATASET.search("Санлы Чөзгүт")).containsExactly(PARK);
    assertThat(DATASET.search("Туркменарагатнашык")).containsExactly(AGENCY);
    assertThat(DATASET.search("Turkmenaragatnashyk")).containsExactly(AGENCY);
  }

  @Test
  void aliasesTitlesAndWordPrefixesAreFound() {
    assertThat(DATASET.search("Turkmen communication agency")).containsExactly(AGENCY);
    assertThat(DATASET.search("Terms of cooperation")).containsExactly(Examples.agreement());
    assertThat(DATASET.searchMatches("Turkmenar")).singleElement()
        .satisfies(m -> assertThat(m.quality()).isEqualTo(NameMatch.Quality.WORD_PREFIXES));
    assertThat(DATASET.search("park sanly")).containsExactly(PARK);
  }

  @Test
  void nothingIsFoundForNothing() {
    assertThat(DATASET.search("")).isEmpty();
    assertThat(DATASET.search("   ")).isEmpty();
    assertThat(DATASET.search("Zzyzx")).isEmpty();
    assertThat(DATASET.search("x".repeat(100_000))).isEmpty();
    assertThat(Dataset.empty().search("anything")).isEmpty();
  }

  @Test
  void keysFoldTheRomanizationsTogether() {
    assertThat(NameKey.of("Hajymyrat Hudayguliyev"))
        .isEqualTo(NameKey.of("Khadzhimyrat Khudaygulyev"))
        .isEqualTo(NameKey.of("Хаджимырат Худайгулыев"));
    assertThat(NameKey.of("Çözgüt")).isEqualTo(NameKey.of("Chozgut"));
    assertThat(NameKey.of("Ýagşygeldi")).isEqualTo(NameKey.of("Yagshygeldi"))
        .isEqualTo(NameKey.of("Ягшигельды"));
    assertThat(NameKey.words("Sanly  Çözgüt — IT-Park")).containsExactly("sanli", "cozgut", "it",
        "park");
    assertThat(NameKey.of("Hudayguliyev")).isNotEqualTo(NameKey.of("Hudaybergenov"));
  }

  @Test
  void digitsAreNeverFoldedLikeDoubledLetters() {
    Organization school10 = Datasets.organization(Ref.of(Organization.class, "school-10"),
        "School 10", OrganizationKind.OTHER, Examples.TM);
    Organization school100 = Datasets.organization(Ref.of(Organization.class, "school-100"),
        "School 100", OrganizationKind.OTHER, Examples.TM);
    Dataset schools = Dataset.of(List.of(school10, school100));
    assertThat(schools.searchMatches("School 10")).extracting(NameMatch::entity)
        .first().isEqualTo(school10);
    assertThat(schools.searchMatches("School 10"))
        .noneMatch(m -> m.entity().equals(school100)
            && m.quality().compareTo(NameMatch.Quality.WORDS) <= 0);
    // letters still fold: Hajjimyrat and Hajimyrat meet
    assertThat(NameKey.of("Hajjimyrat 11")).isEqualTo("hajimirat 11");
  }

  @Test
  @Tag("slow")
  void aPrefixSharedByManyNamesCostsNearLinearTime() {
    double growth = Growth.ofDoubling(40_000, n -> {
      List<Organization> many = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        many.add(Datasets.organization(Ref.of(Organization.class, "o" + i), "ab" + i,
            OrganizationKind.OTHER, Examples.TM));
      }
      Dataset dataset = Dataset.of(many);
      dataset.search("zz"); // the index is built outside the timing
      return () -> assertThat(dataset.search("ab")).hasSize(n);
    });
    assertThat(growth).as("time at 2n / time at n").isLessThan(3.2);
  }

  @Test
  @Tag("slow")
  void aLongQueryOfCombiningMarksCostsNearLinearTime() {
    Dataset dataset = Dataset.of(List.of(MINISTER));
    double growth = Growth.ofDoubling(100_000, n -> {
      StringBuilder query = new StringBuilder("a");
      for (int i = 0; i < n; i++) {
        query.append(i % 2 == 0 ? '\u0301' : '\u0316'); // above and below: reordered by NFC
      }
      String text = query.toString();
      return () -> dataset.search(text);
    });
    assertThat(growth).as("time at 2n / time at n").isLessThan(3.2);
  }

  @Test
  void runsOfCombiningMarksBeyondTheFirstPlaneAreBoundedToo() {
    StringBuilder text = new StringBuilder("a");
    for (int i = 0; i < 1_000; i++) {
      text.appendCodePoint(i % 2 == 0 ? 0x1E000 : 0x10A0D); // marks written as surrogate pairs
    }
    String bounded = NameKey.boundMarks(text.toString());
    assertThat(bounded.codePointCount(0, bounded.length())).isEqualTo(1 + NameKey.MAX_MARKS);
    assertThat(NameKey.boundMarks("Çözgüt")).isEqualTo("Çözgüt");
  }
}
