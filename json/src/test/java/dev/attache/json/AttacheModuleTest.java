package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.Entity;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.model.Agreement;
import dev.attache.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class AttacheModuleTest {

  /** A user's own type holding values of the model. */
  public record Report(String title, PartialDate asOf, DateRange period, List<Entity> entities) {}

  /** A user's own type holding entities as they came. */
  public record Envelope(String note, List<DecodedEntity> entities) {}

  @Test
  void findAndAddModulesFindsTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof AttacheModule);
    Person person = (Person) Samples.all().get(2);
    String text = mapper.writeValueAsString(person);
    assertThat(text).isEqualTo(AttacheJson.strict().write(person));
    assertThat(mapper.readValue(text, Person.class)).isEqualTo(person);
    assertThat(mapper.readValue(text, Entity.class)).isEqualTo(person);
  }

  @Test
  void valuesOfTheModelWorkInsideAUsersOwnTypes() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AttacheModule()).build();
    Report report = new Report("r", PartialDate.parse("2025-10"), DateRange.parse("2019/2025"),
        List.of(Samples.all().get(7)));
    String text = mapper.writeValueAsString(report);
    assertThat(text).contains("\"asOf\":\"2025-10\"", "\"period\":{\"start\":\"2019\",\"end\":\"2025\"}");
    assertThat(mapper.readValue(text, Report.class)).isEqualTo(report);
  }

  @Test
  void everyProblemOfAValueComesInOneExceptionWithJacksonsPath() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AttacheModule()).build();
    String text = "{\"title\":\"r\",\"asOf\":\"2025-13\",\"period\":null,\"entities\":[{\"type\":"
        + "\"person\",\"id\":\"person:X\",\"names\":{\"byLanguage\":{\"en\":7}}}]}";
    assertThatThrownBy(() -> mapper.readValue(text, Report.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("date.invalid");
    String entities = "[{\"type\":\"person\",\"id\":\"person:X\",\"names\":{\"byLanguage\":{\"en\":7}}}]";
    assertThatThrownBy(() -> mapper.readValue(entities, new TypeReference<List<Entity>>() {}))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.getProblems()).extracting(p -> p.getPointer() + " " + p.getCode())
              .containsExactly("/id id.malformed", "/names/byLanguage/en json.type");
          assertThat(e.getPath()).isNotEmpty();
        });
  }

  @Test
  void unknownPropertiesFollowTheMappersSetting() {
    String text = "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}},"
        + "\"born\":1970}";
    JsonMapper strict = JsonMapper.builder().addModule(new AttacheModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue(text, Person.class))
        .isInstanceOf(JsonDecodingException.class).hasMessageContaining("json.property.unknown");
    JsonMapper tolerant = JsonMapper.builder().addModule(new AttacheModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(tolerant.readValue(text, Person.class).getId().getSlug()).isEqualTo("p");
  }

  @Test
  void theModuleBindsWithoutValidatingUnlessAskedTo() {
    String twins = "{\"type\":\"agreement\",\"id\":\"agreement:a\",\"title\":{\"byLanguage\":"
        + "{\"en\":\"M\"}},\"kind\":\"MEMORANDUM\",\"parties\":[\"RU\",\"RU\"],\"status\":\"PROPOSED\"}";
    JsonMapper plain = JsonMapper.builder().addModule(new AttacheModule()).build();
    assertThat(plain.readValue(twins, Agreement.class).getParties()).hasSize(2);
    JsonMapper validating = JsonMapper.builder()
        .addModule(new AttacheModule().withValidation()).build();
    assertThatThrownBy(() -> validating.readValue(twins, Agreement.class))
        .hasMessageContaining("agreement.parties.distinct");
    assertThat(new AttacheModule().withValidation().withoutValidation().isValidating()).isFalse();
    // one registration, whatever the settings: a mapper never holds two
    JsonMapper both = JsonMapper.builder().addModule(new AttacheModule())
        .addModule(new AttacheModule().withValidation()).build();
    assertThat(both.registeredModules()).filteredOn(m -> m instanceof AttacheModule).hasSize(1);
  }


  @Test
  void problemsHaveAJsonFormToo() {
    JsonMapper mapper = AttacheJson.strict().mapper();
    var problem = dev.attache.validation.Problem.of("/a", "c", "m", "v").withLine(3).withColumn(4);
    String text = mapper.writeValueAsString(problem);
    assertThat(text).isEqualTo(
        "{\"pointer\":\"/a\",\"code\":\"c\",\"message\":\"m\",\"value\":\"v\",\"line\":3,\"column\":4}");
    assertThat(mapper.readValue(text, dev.attache.validation.Problem.class)).isEqualTo(problem);
  }

  @Test
  void theModuleRunsOnTheModulePath() {
    // the runs on newer Jackson lines use the class path, where nothing is a named module
    org.junit.jupiter.api.Assumptions.assumeTrue(AttacheModule.class.getModule().isNamed());
    assertThat(AttacheModule.class.getModule().getName()).isEqualTo("dev.attache.json");
    assertThat(AttacheModule.class.getModule().getDescriptor().provides())
        .anyMatch(p -> p.service().equals("tools.jackson.databind.JacksonModule")
            && p.providers().contains(AttacheModule.class.getName()));
  }

  /** A user's type with values of the model in a property and in a list. */
  public record Price(dev.attache.common.Money price, List<dev.attache.common.Money> others) {}

  /** A user's type whose values of the model may be left out. */
  public record Optionals(String note, dev.attache.common.CountryCode country,
      dev.attache.model.Ref<dev.attache.model.Agreement> agreement,
      java.util.Optional<dev.attache.common.CountryCode> host, Entity entity) {}

  @Test
  void aValueOfTheModelLeftOutOfAUsersTypeIsAbsentNotNull() {
    for (JsonMapper mapper : List.of(JsonMapper.builder().findAndAddModules().build(),
        AttacheJson.strict().mapper())) {
      Optionals read = mapper.readValue("{\"note\":\"n\"}", Optionals.class);
      assertThat(read.note()).isEqualTo("n");
      assertThat(read.country()).isNull();
      assertThat(read.agreement()).isNull();
      assertThat(read.host()).satisfiesAnyOf(host -> assertThat(host).isNull(),
          host -> assertThat(host).isEmpty());
      assertThat(read.entity()).isNull();
      // said null, it is still a problem, in words a reader can take
      assertThatThrownBy(() -> mapper.readValue("{\"entity\":null}", Optionals.class))
          .isInstanceOfSatisfying(JsonDecodingException.class, e -> assertThat(e.getProblems())
              .extracting(dev.attache.validation.Problem::getCode).containsExactly("json.null"));
    }
    assertThatThrownBy(() -> JsonMapper.builder().addModule(new AttacheModule()).build()
        .readValue("{\"entity\":null}", Optionals.class))
        .hasMessageContaining("expected an Entity");
  }

  /** A user's type with ids as map keys. */
  public record Counts(java.util.Map<dev.attache.model.Ref<dev.attache.model.Agreement>, Integer>
      agreements, java.util.Map<dev.attache.model.Ref<?>, Integer> any) {}

  @Test
  void anIdAsAMapKeyIsOfTheKindItsTypeNames() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Counts counts = mapper.readValue("{\"agreements\":{\"agreement:a\":1},"
        + "\"any\":{\"org:x\":2}}", Counts.class);
    assertThat(counts.agreements().keySet()).extracting(dev.attache.model.Ref::getKind)
        .containsExactly(dev.attache.model.EntityKind.AGREEMENT);
    assertThat(counts.any()).containsKey(dev.attache.model.Ref.parse("org:x"));
    assertThatThrownBy(() -> mapper.readValue("{\"agreements\":{\"org:x\":1},\"any\":{}}",
        Counts.class)).isInstanceOfSatisfying(JsonDecodingException.class, e ->
            assertThat(e.getProblems()).extracting(dev.attache.validation.Problem::getCode)
                .containsExactly("id.kind"));
    assertThatThrownBy(() -> AttacheJson.strict().mapper().readValue("{\"person:p\":1}",
        new tools.jackson.core.type.TypeReference<java.util.Map<
            dev.attache.model.Ref<dev.attache.model.Agreement>, Integer>>() {}))
        .isInstanceOf(JsonDecodingException.class).hasMessageContaining("id.kind");
  }

  @Test
  void aHugePropertyNameIsRefusedShortEvenOnAMapperWithJacksonsOwnLimits() {
    // an application's mapper (Spring Boot's) allows names of 50,000 characters
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String huge = "k".repeat(50_000);
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"agreement\",\"" + huge + "\":1}",
        Entity.class)).isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.getProblems()).allSatisfy(problem -> {
            assertThat(problem.getPointer()).hasSizeLessThan(100);
            assertThat(problem.getMessage()).hasSizeLessThan(300);
          });
          assertThat(e.getProblems()).filteredOn(p -> p.getCode().equals("json.limit"))
              .singleElement().satisfies(problem -> {
            assertThat(problem.getCode()).isEqualTo("json.limit");
            assertThat(problem.getPointer()).isEmpty();
            assertThat(problem.getMessage()).hasSizeLessThan(200).contains("50000 characters");
            assertThat(problem.getValue()).hasValueSatisfying(v -> assertThat(v).hasSizeLessThan(100));
          });
        });
    // the limit's source, a Jackson class and method, stays out of the message
    String deep = "[".repeat(40) + "]".repeat(40);
    DocumentResult read = AttacheJson.strict().readDocument(
        "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"person\",\"x\":" + deep + "}]}");
    assertThat(read.problems()).extracting(dev.attache.validation.Problem::getCode)
        .contains("json.limit");
    assertThat(read.problems()).allSatisfy(problem ->
        assertThat(problem.getMessage()).doesNotContain("`", "StreamReadConstraints"));
  }

  @Test
  void nullForAValueOfTheModelInsideAUsersTypeIsAProblem() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AttacheModule()).build();
    assertThatThrownBy(() -> mapper.readValue("{\"price\":null,\"others\":[]}", Price.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.getProblems()).extracting(dev.attache.validation.Problem::getCode)
              .containsExactly("json.null");
          assertThat(e.getPathReference()).contains("price");
        });
    assertThatThrownBy(() -> mapper.readValue(
        "{\"price\":{\"amount\":\"1\",\"currency\":\"USD\"},\"others\":[null]}", Price.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> assertThat(e.getProblems())
            .extracting(dev.attache.validation.Problem::getCode).containsExactly("json.null"));
  }

  @Test
  void aProblemWhosePointerIsNotAPointerIsRefusedWithAProblem() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AttacheModule()).build();
    assertThatThrownBy(() -> mapper.readValue("{\"pointer\":\"parties/1\",\"code\":\"c\","
        + "\"message\":\"m\"}", dev.attache.validation.Problem.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> assertThat(e.getProblems())
            .extracting(dev.attache.validation.Problem::getCode)
            .containsExactly("problem.pointer"));
  }

  @Test
  void theProblemsOfADecodingExceptionSurviveJavaSerialization() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new AttacheModule()).build();
    JsonDecodingException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        JsonDecodingException.class, () -> mapper.readValue("\"2025-13\"", PartialDate.class));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      JsonDecodingException back = (JsonDecodingException) in.readObject();
      assertThat(back.getProblems()).isNotEmpty().isEqualTo(thrown.getProblems());
    }
  }

  /** A user's type with ids and keyed maps of the model. */
  public record Links(dev.attache.model.Ref<Agreement> agreement, dev.attache.model.Ref<?> any,
      java.util.Map<PartialDate, String> byDate,
      java.util.Map<dev.attache.common.CountryCode, Integer> byCountry) {}

  @Test
  void idsAndKeysOfTheModelWorkInsideAUsersOwnTypes() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AttacheModule()).build();
    Links links = new Links(dev.attache.model.Ref.of(Agreement.class, "ru-tm"),
        dev.attache.model.Ref.parse("org:undp"),
        java.util.Map.of(PartialDate.parse("2025-10"), "posted"),
        java.util.Map.of(dev.attache.common.CountryCode.of("TM"), 1));
    String text = mapper.writeValueAsString(links);
    assertThat(text).contains("\"agreement\":\"agreement:ru-tm\"", "\"any\":\"org:undp\"",
        "\"2025-10\":\"posted\"", "\"TM\":1").doesNotContain("dev.attache");
    assertThat(mapper.readValue(text, Links.class)).isEqualTo(links);
    // the declared kind is checked: an organization's id is not an agreement's
    assertThatThrownBy(() -> mapper.readValue(text.replace("agreement:ru-tm", "org:x"),
        Links.class)).isInstanceOfSatisfying(JsonDecodingException.class, e -> assertThat(
            e.getProblems()).extracting(dev.attache.validation.Problem::getCode)
            .containsExactly("id.kind"));
    assertThatThrownBy(() -> mapper.readValue(text.replace("\"2025-10\"", "\"2025-13\""),
        Links.class)).isInstanceOfSatisfying(JsonDecodingException.class, e -> assertThat(
            e.getProblems()).extracting(dev.attache.validation.Problem::getCode)
            .containsExactly("date.invalid"));
  }

  @Test
  void theModuleReportsTheVersionOfTheBuild() {
    tools.jackson.core.Version version = new AttacheModule().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("dev.attache");
    assertThat(version.getArtifactId()).isEqualTo("attache-json");
  }

  @Test
  void unknownPropertiesGoThroughTheMappersProblemHandlers() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    JsonMapper mapper = JsonMapper.builder().addModule(new AttacheModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new tools.jackson.databind.deser.DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(tools.jackson.databind.DeserializationContext ctxt,
              tools.jackson.core.JsonParser p, tools.jackson.databind.ValueDeserializer<?> deser,
              Object beanOrClass, String name) {
            seen.add(name);
            p.skipChildren();
            return true;
          }
        }).build();
    String text = "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"P\"},\"nick\":[1]},\"born\":1970}";
    assertThat(mapper.readValue(text, Person.class).getId().getSlug()).isEqualTo("p");
    assertThat(seen).containsExactly("nick", "born");
  }

  @Test
  void theModuleDealsWithUnknownPropertiesAsToldWhateverTheMapperSays() {
    String text = "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"P\"},\"nick\":[1]},\"born\":1970}";
    AttacheModule module = new AttacheModule();
    assertThat(module.unknownProperties()).isEqualTo(UnknownProperties.FOLLOW_MAPPER);
    JsonMapper failing = JsonMapper.builder()
        .addModule(module.withUnknownProperties(UnknownProperties.FAIL))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> failing.readValue(text, Person.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e ->
            assertThat(e.getProblems()).extracting(p -> p.getPointer() + " " + p.getCode())
                .containsExactly("/names/nick json.property.unknown",
                    "/born json.property.unknown"));
    JsonMapper ignoring = JsonMapper.builder()
        .addModule(module.withUnknownProperties(UnknownProperties.IGNORE))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(ignoring.readValue(text, Person.class).getId().getSlug()).isEqualTo("p");
    // a bare entity has no place to keep them: refused, never silently dropped
    JsonMapper keeping = JsonMapper.builder()
        .addModule(module.withUnknownProperties(UnknownProperties.KEEP)).build();
    assertThatThrownBy(() -> keeping.readValue(text, Person.class))
        .isInstanceOf(JsonDecodingException.class)
        .hasMessageContaining("json.property.unknown").hasMessageContaining("DecodedEntity");
    // settings combine, and the module stays one registration
    AttacheModule both = module.withValidation().withUnknownProperties(UnknownProperties.KEEP);
    assertThat(both.isValidating()).isTrue();
    assertThat(both.withoutValidation().unknownProperties()).isEqualTo(UnknownProperties.KEEP);
    assertThat(both.withUnknownProperties(UnknownProperties.KEEP)).isSameAs(both);
    assertThat(both.getRegistrationId()).isEqualTo(module.getRegistrationId());
  }

  @Test
  void aDecodedEntityKeepsUnknownPropertiesAndWritesThemBackWhereTheyWere() {
    String text = "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"P\"},\"nick\":[1,{\"a\":true}]},\"born\":1970}";
    JsonMapper keeping = JsonMapper.builder()
        .addModule(new AttacheModule().withUnknownProperties(UnknownProperties.KEEP)).build();
    DecodedEntity decoded = keeping.readValue(text, DecodedEntity.class);
    assertThat(decoded.entity()).isInstanceOf(Person.class);
    assertThat(decoded.unknown()).containsOnlyKeys("/names/nick", "/born");
    assertThat(keeping.writeValueAsString(decoded)).isEqualTo(text);
    // inside a user's own type too, and with nothing unknown the entity's own form
    Envelope envelope = new Envelope("n", List.of(decoded, DecodedEntity.of(Samples.all().get(2))));
    String written = keeping.writeValueAsString(envelope);
    assertThat(written).contains(text, AttacheJson.strict().write(Samples.all().get(2)));
    assertThat(keeping.readValue(written, Envelope.class)).isEqualTo(envelope);
    // under the other policies, nothing is kept
    JsonMapper failing = JsonMapper.builder()
        .addModule(new AttacheModule().withUnknownProperties(UnknownProperties.FAIL)).build();
    assertThatThrownBy(() -> failing.readValue(text, DecodedEntity.class))
        .hasMessageContaining("json.property.unknown");
    JsonMapper ignoring = JsonMapper.builder()
        .addModule(new AttacheModule().withUnknownProperties(UnknownProperties.IGNORE)).build();
    assertThat(ignoring.readValue(text, DecodedEntity.class).unknown()).isEmpty();
    // a validating module refuses an invalid entity here as anywhere
    String twins = "{\"type\":\"agreement\",\"id\":\"agreement:a\",\"title\":{\"byLanguage\":"
        + "{\"en\":\"M\"}},\"kind\":\"MEMORANDUM\",\"parties\":[\"RU\",\"RU\"],"
        + "\"status\":\"PROPOSED\",\"x\":1}";
    JsonMapper validating = JsonMapper.builder().addModule(new AttacheModule().withValidation()
        .withUnknownProperties(UnknownProperties.KEEP)).build();
    assertThatThrownBy(() -> validating.readValue(twins, DecodedEntity.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e ->
            assertThat(e.getProblems()).extracting(p -> p.getPointer() + " " + p.getCode())
                .containsExactly("/parties/1 agreement.parties.distinct"));
    assertThatThrownBy(() -> keeping.readValue("{\"e\":null}",
        new TypeReference<java.util.Map<String, DecodedEntity>>() {}))
        .hasMessageContaining("json.null");
  }
}
