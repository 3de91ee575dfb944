package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.EntityKind;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every attribute of every kind has its property in format 1, and no property lacks its attribute:
 * a getter added to an entity without its codec line fails here, not in a user's data.
 */
class CodecCompletenessTest {

  /**
   * The attributes of a kind, as its builder sets them: every public one-argument method of the
   * builder that returns the builder, but the {@code add…} forms and {@code from}.
   */
  private static Set<String> attributes(Class<?> type) {
    Class<?> builder = Arrays.stream(type.getClasses())
        .filter(c -> c.getSimpleName().equals("Builder")).findFirst().orElseThrow();
    Set<String> names = new TreeSet<>();
    for (Method method : builder.getMethods()) {
      String name = method.getName();
      if (method.getParameterCount() == 1 && builder.isAssignableFrom(method.getReturnType())
          && !name.startsWith("add") && !name.equals("from")) {
        names.add(name);
      }
    }
    return names;
  }

  @Test
  void everyAttributeOfEveryKindIsAPropertyOfTheFormatAndBack() {
    JsonNode definitions = AttacheJson.schema().get("$defs");
    for (EntityKind kind : EntityKind.values()) {
      Set<String> properties = new TreeSet<>();
      definitions.get(AttacheJson.typeName(kind)).get("properties").propertyNames()
          .forEach(properties::add);
      properties.remove("type");
      assertThat(properties).as(kind.name())
          .containsExactlyInAnyOrderElementsOf(attributes(kind.getType()));
    }
  }

  @Test
  void theCheckSeesEveryAttribute() {
    assertThat(attributes(dev.attache.model.Agreement.class)).contains("id", "title", "parties",
        "signedOn", "sources", "notes", "areas");
    assertThat(Arrays.stream(EntityKind.values()).map(k -> attributes(k.getType()).size()))
        .allMatch(count -> count >= 3);
  }
}
