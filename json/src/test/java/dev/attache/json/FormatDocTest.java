package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every JSON example of FORMAT.md decodes, and every entity example is exactly what is written. */
class FormatDocTest {

  private static List<String> examples() throws IOException {
    String text = Files.readString(Path.of("FORMAT.md"));
    Matcher blocks = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(text);
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(blocks.group(1));
    }
    return found;
  }

  @Test
  void everyExampleDecodesAndRoundTrips() throws IOException {
    AttacheJson json = AttacheJson.strict();
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    for (String example : examples()) {
      if (example.contains("\"format\"")) {
        assertThat(json.readDocument(example).problems()).as(example).isEmpty();
        continue;
      }
      Entity entity = json.read(example, Entity.class);
      kinds.add(entity.entityKind());
      String compact = json.mapper().writeValueAsString(json.mapper().readTree(example));
      assertThat(json.write(entity)).isEqualTo(compact);
    }
    assertThat(kinds).containsExactlyInAnyOrder(EntityKind.values());
  }
}
