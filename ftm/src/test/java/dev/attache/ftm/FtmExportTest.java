package dev.attache.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.data.ReferenceDataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.dataset.Dataset;
import dev.attache.common.CountryCode;
import dev.attache.common.Names;
import dev.attache.common.Place;
import dev.attache.model.CommissionSession;
import dev.attache.model.Entity;
import dev.attache.model.Event;
import dev.attache.model.ExportDeal;
import dev.attache.model.Organization;
import dev.attache.model.Project;
import dev.attache.model.Source;
import dev.attache.model.EntityKind;
import dev.attache.model.Ref;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;
import tech.followthemoney.statement.Statement;

/**
 * Every exported entity and statement checked against the FollowTheMoney Java model itself: the
 * schema exists, every property exists on it, the required ones are there, every reference points
 * at an exported entity of the range's schema, ids, countries, dates and languages have FtM's form.
 */
class FtmExportTest {
  private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Model model;

  @BeforeAll
  static void load() throws IOException {
    model = Model.loadDefault();
  }

  /** The entities an export writes, read back by the FtM model, checked one by one and together. */
  private static Map<String, ValueEntity> checkEntities(FtmExport export, Iterable<Entity> entities)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FtmWriter writer = export.entitiesWriter(out)) {
      entities.forEach(writer::write);
    }
    Map<String, ValueEntity> written = new HashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      assertThat(line).startsWith("{\"id\":"); // nothing before the object, not even a space
      JsonNode json = JSON.readTree(line);
      assertThat(json.fieldNames()).toIterable().containsExactly("id", "schema", "properties");
      ValueEntity entity = ValueEntity.fromJson(model, json); // refuses an unknown schema
      Schema schema = entity.getSchema();
      assertThat(entity.getId()).matches(FtmIds.FTM_ID);
      assertThat(written.put(entity.getId(), entity)).as("id written once").isNull();
      json.get("properties").fieldNames().forEachRemaining(name -> {
        Property property = schema.getProperty(name);
        assertThat(property).as(schema.getName() + "." + name).isNotNull();
        assertThat(FtmTypes.of(name)).as(schema.getName() + "." + name)
            .isEqualTo(property.getType().getName());
        for (JsonNode value : json.get("properties").get(name)) {
          String text = value.asText();
          assertThat(text.codePointCount(0, text.length())).as(schema.getName() + "." + name)
              .isLessThanOrEqualTo(property.getType().getMaxLength());
          switch (property.getType().getName()) {
            case "country" -> assertThat(text).matches("^[a-z]{2}$");
            case "date" -> assertThat(text).matches(DATE);
            case "language" -> assertThat(property.getType().getValues().orElseThrow())
                .containsKey(text);
            default -> assertThat(text).isNotBlank();
          }
        }
      });
      for (Property required : schema.getRequiredProperties()) {
        assertThat(entity.getValues(required)).as(entity.getId() + " " + required.getName())
            .isNotEmpty();
      }
    }
    // every reference points at an exported entity whose schema is of the property's range
    for (ValueEntity entity : written.values()) {
      for (Property property : entity.getDefinedProperties()) {
        if (!property.getType().getName().equals("entity")) {
          continue;
        }
        for (String target : entity.getValues(property)) {
          ValueEntity referred = written.get(target);
          assertThat(referred).as(entity.getId() + " " + property.getName() + " → " + target)
              .isNotNull();
          property.getRange().ifPresent(range -> assertThat(referred.getSchema().isA(range))
              .as(target + " is a " + range.getName()).isTrue());
        }
      }
    }
    return written;
  }

  @Test
  void theReferenceDatasetPassesTheFtmModel() throws Exception {
    Dataset reference = ReferenceDataset.load();
    FtmExport export = FtmExport.of("attache_reference");
    Map<String, ValueEntity> written = checkEntities(export, reference.entities());
    Map<String, Long> bySchema = new HashMap<>();
    written.values().forEach(e -> bySchema.merge(e.getSchema().getName(), 1L, Long::sum));
    assertThat(bySchema).containsEntry("Article", 5L).containsEntry("Person", 10L)
        .containsEntry("Membership", 12L).containsEntry("Position", 19L)
        .containsEntry("Contract", 3L).containsEntry("Project", 1L)
        .containsEntry("ProjectParticipant", 3L).containsKeys("PublicBody", "Event");
    // each id reads back to the attache id it was made from
    for (String id : written.keySet()) {
      Ref<?> back = export.ids().attacheId(id).orElseThrow();
      assertThat(reference.get(back.toString(), Entity.class)).as(id).isPresent();
    }
    // the Turkmen agency has its Turkmen name, in Turkmen, and its English one
    ValueEntity agency = written.get("org.turkmenaragatnashyk");
    assertThat(agency.getValues(agency.getSchema().getProperty("name")))
        .contains("Turkmenaragatnashyk Agency", "Türkmenaragatnaşyk");
    assertThat(agency.getValues(agency.getSchema().getProperty("proof")))
        .allMatch(written::containsKey);
  }

  @Test
  void aHundredThousandGeneratedEntitiesPassTheFtmModel() throws Exception {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(7).count(100_000)
        .build());
    List<Entity> entities = generator.stream().toList();
    Map<String, ValueEntity> written = checkEntities(FtmExport.of("generated")
        .withNamespace("gen"), entities);
    assertThat(written).hasSizeGreaterThan(80_000);
    assertThat(written.keySet()).allMatch(id -> id.startsWith("gen."));
  }

  @Test
  void statementsCarryTheFtmTypesIdsLanguagesAndSources() throws IOException {
    Dataset reference = ReferenceDataset.load();
    FtmExport export = FtmExport.of("attache_reference");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FtmSummary summary;
    try (FtmWriter writer = export.statementsWriter(out)) {
      reference.entities().forEach(writer::write);
      summary = writer.summary();
    }
    List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8)
        .split("\n")));
    assertThat(lines.remove(0)).isEqualTo("id,entity_id,canonical_id,prop,prop_type,schema,"
        + "value,dataset,origin,lang,original_value,first_seen,last_seen,external");
    int checked = 0;
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      List<String> row = csv(line);
      assertThat(row).as(line).hasSize(14);
      Schema schema = model.getSchema(row.get(5));
      Property property = schema.getProperty(row.get(3));
      assertThat(property).as(row.get(5) + "." + row.get(3)).isNotNull();
      assertThat(row.get(4)).as(row.get(3)).isEqualTo(property.getType().getName());
      assertThat(row.get(0)).isEqualTo(Statement.makeId(row.get(7), row.get(1), row.get(3),
          row.get(6)));
      assertThat(row.get(9)).matches("^([a-z]{3})?$");
      assertThat(ids.add(row.get(0))).as("statement id written once: " + line).isTrue();
      if (!row.get(5).equals("Article")) {
        assertThat(row.get(8)).as("origin of " + line).startsWith("source:");
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(500);
    assertThat(lines).anyMatch(l -> l.contains(",name,name,") && l.contains(",tuk,"));
    // what FtM has no schema for is counted, not dropped
    assertThat(summary.skipped()).containsOnlyKeys(EntityKind.STRATEGY,
        EntityKind.INFORMATION_SYSTEM, EntityKind.INDICATOR, EntityKind.STATEMENT);
    assertThat(summary.skipped().get(EntityKind.STATEMENT)).isEqualTo(
        reference.countByKind().get(EntityKind.STATEMENT).longValue());
    assertThat(summary.toString()).contains("skipped statement 8", "wrote Article 5");
  }

  @Test
  void idsAreReversibleAndNamespacesChecked() {
    FtmIds plain = FtmIds.plain();
    Ref<?> slugWithDots = Ref.parse("posting:ru-cn.2025");
    assertThat(plain.of(slugWithDots)).isEqualTo("posting.ru-cn.2025");
    assertThat(plain.attacheId(plain.of(slugWithDots, "occupancy"))).hasValue(slugWithDots);
    assertThat(plain.attacheId("attache-service.ru-digital-attache"))
        .hasValueSatisfying(r -> assertThat(r).hasToString("attache-service:ru-digital-attache"));
    assertThat(plain.attacheId("nonsense")).isEmpty();
    assertThat(plain.attacheId("planet.earth")).isEmpty();
    assertThat(FtmIds.namespaced("acme").attacheId("other.org.undp")).isEmpty();
    assertThatThrownBy(() -> FtmIds.namespaced("a.b")).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> FtmExport.of("Bad Name")).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void whatTheExportAssumesOfFtmTypesIsWhatFtmsModelSays() {
    // each property's type is checked where it is written, in checkEntities
    FtmTypes.maxLengths().forEach((type, length) ->
        assertThat(model.getType(type).getMaxLength()).as(type).isEqualTo(length));
    assertThat(FtmTypes.languages())
        .isEqualTo(model.getType("language").getValues().orElseThrow().keySet());
  }

  @Test
  void valuesLongerThanFtmAllowsAreCutAndStayWholeWhereTheSchemaHasATextForThem() throws Exception {
    Dataset reference = generated();
    String longText = "Ж".repeat(3_990) + "𝔸𝔹"; // near attache's 4,000, ending in a surrogate pair
    Place place = Place.builder().country(CountryCode.of("TM")).locality("L".repeat(300))
        .region("R".repeat(300)).site("S".repeat(300)).build();
    Event event = Event.builder().from(first(reference, Event.class)).summary(longText)
        .place(place).build();
    ExportDeal deal = ExportDeal.builder().from(first(reference, ExportDeal.class))
        .description(longText).build();
    CommissionSession session = CommissionSession.builder()
        .from(first(reference, CommissionSession.class))
        .decisions(java.util.Collections.nCopies(20, "D".repeat(4_000))).build();
    Source tatar = Source.builder().from(first(reference, Source.class)).language("tt").build();
    FtmExport export = FtmExport.of("t");
    // the model's checks in checkEntities: no value over its type's length, languages FtM knows
    Map<Ref<?>, Entity> changed = new HashMap<>();
    List.of(event, deal, session, tatar).forEach(e -> changed.put(e.getId(), e));
    checkEntities(export, reference.entities().stream()
        .map(e -> changed.getOrDefault(e.getId(), e)).toList());

    FtmEntity ftmEvent = export.map(event).get(0);
    assertThat(values(ftmEvent, "name")).singleElement().satisfies(name -> {
      assertThat(name.codePointCount(0, name.length())).isEqualTo(384);
      assertThat(name).endsWith("Ж…");
    });
    assertThat(values(ftmEvent, "summary")).containsExactly(longText);
    assertThat(values(ftmEvent, "location")).singleElement()
        .satisfies(location -> assertThat(location).hasSize(250).endsWith("…"));
    FtmEntity ftmDeal = export.map(deal).get(0);
    assertThat(values(ftmDeal, "title")).singleElement()
        .satisfies(title -> assertThat(title.codePointCount(0, title.length())).isEqualTo(1024));
    assertThat(values(ftmDeal, "description")).containsExactly(longText);
    // a short description is the title alone
    assertThat(values(export.map(first(reference, ExportDeal.class)).get(0), "description"))
        .isEmpty();
    assertThat(values(export.map(session).get(0), "summary")).hasSize(1) // twenty alike: one
        .allMatch(decision -> decision.length() == 4_000);
    assertThat(values(export.map(tatar).get(0), "language")).isEmpty();
    assertThat(FtmMapping.clip("ab𝔸", 3)).isEqualTo("ab𝔸");
    assertThat(FtmMapping.clip("ab𝔸c", 3)).isEqualTo("ab…");
    assertThat(FtmMapping.clip("a𝔸bc", 3)).isEqualTo("a𝔸…");
  }

  @Test
  void aValueInTwoLanguagesIsOneValueAndOneStatement() throws IOException {
    Organization org = Organization.builder().from(first(ReferenceDataset.load(),
        Organization.class)).names(Names.builder().putByLanguage("en", "ACME, \"Ltd\"")
        .putByLanguage("tk", "ACME, \"Ltd\"").putByLanguage("ru", "АКМЕ").build()).build();
    FtmExport export = FtmExport.of("t");
    FtmEntity ftm = export.map(org).get(0);
    assertThat(ftm.values()).filteredOn(v -> v.property().equals("name"))
        .extracting(FtmEntity.Value::value, FtmEntity.Value::language)
        .containsExactly(tuple("ACME, \"Ltd\"", "eng"),
            tuple("АКМЕ", "rus"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FtmWriter writer = export.statementsWriter(out)) {
      writer.write(org);
    }
    List<String> rows = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    assertThat(rows).extracting(row -> csv(row).get(0)).doesNotHaveDuplicates();
    assertThat(rows).filteredOn(row -> csv(row).get(3).equals("name")).hasSize(2);
  }

  @Test
  void aWriterRefusesWhatItCannotDoAndSaysWhy() {
    FtmExport export = FtmExport.of("t");
    Entity source = first(ReferenceDataset.load(), Source.class);
    assertThatThrownBy(() -> export.entitiesWriter(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("out");
    assertThatThrownBy(() -> export.statementsWriter(null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    for (boolean statements : new boolean[] {false, true}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      FtmWriter writer = statements ? export.statementsWriter(out) : export.entitiesWriter(out);
      assertThatThrownBy(() -> writer.write(null)).isInstanceOf(NullPointerException.class)
          .hasMessage("entity");
      writer.write(source).close();
      int written = out.size();
      writer.close(); // again: nothing
      assertThatThrownBy(() -> writer.write(source)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThat(out.size()).isEqualTo(written);
      assertThat(writer.summary().toString()).contains("mapped source 1");
    }
  }

  @Test
  void namespacesKeepIdsWithinFtmsLengthAndOnlyIdsMadeHereReadBack() {
    String namespace = "n".repeat(FtmIds.MAX_NAMESPACE_LENGTH);
    FtmIds ids = FtmIds.namespaced(namespace);
    Ref<Project> longest = Ref.of(Project.class, "p".repeat(Ref.MAX_SLUG_LENGTH));
    assertThat(ids.of(longest, "participant-999")).hasSize(200 - 4);
    assertThatThrownBy(() -> FtmIds.namespaced(namespace + "n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 50");
    assertThatThrownBy(() -> FtmIds.namespaced(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("namespace");
    FtmIds plain = FtmIds.plain();
    assertThat(plain.attacheId("org.x--")).isEmpty();
    assertThat(plain.attacheId("org.undp--occupancy--x")).isEmpty();
    assertThat(plain.attacheId("org.undp--Occupancy")).isEmpty();
    assertThat(plain.attacheId("project.p--participant-3")).isPresent();
    assertThatThrownBy(() -> plain.attacheId(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("ftmId");
  }

  /** A generated dataset with entities of every kind. */
  private static Dataset generated() {
    return Dataset.of(DatasetGenerator.of(GeneratorConfig.builder(7).count(3_000).build())
        .stream());
  }

  private static <T extends Entity> T first(Dataset dataset, Class<T> type) {
    return dataset.all(type).get(0);
  }

  private static List<String> values(FtmEntity entity, String property) {
    return entity.properties().getOrDefault(property, List.of());
  }

  /** One CSV row, RFC 4180. */
  private static List<String> csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
