package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.json.AttacheJson;
import dev.attache.model.Agreement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTextTest {
  private static String row(CopyText filled) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    filled.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void textsAreUtf8WithTheFormatsEscapes() throws Exception {
    CopyText row = new CopyText();
    assertThat(row(row.clear().number(-42).text("a\tb\nc\rd\\e").nul().bool(true)))
        .isEqualTo("-42\ta\\tb\\nc\\rd\\\\e\t\\N\tt\n");
    // two-, three- and four-byte characters come out as UTF-8, unescaped
    assertThat(row(row.clear().text("Ашхабад · 東京 · 𝄞")))
        .isEqualTo("Ашхабад · 東京 · 𝄞\n");
    assertThat(row(row.clear().array(List.of("a\"b", "c\\d", "e\tf"))))
        .isEqualTo("{\"a\\\\\"b\",\"c\\\\\\\\d\",\"e\\tf\"}\n");
  }

  @Test
  void theJsonOfAnEntityIsEscapedAsAnyText() throws Exception {
    Agreement agreement = Agreement.builder().from(EntityStoreTest.agreement("escaped"))
        .title("Memorandum \"quoted\" и \\ slash").build();
    String json = AttacheJson.strict().write(agreement);
    assertThat(json).contains("\\\"quoted\\\"", "\\\\ slash");
    String expected = json.replace("\\", "\\\\") + "\n";
    assertThat(row(new CopyText().json(agreement))).isEqualTo(expected);
    // a row made again after a longer one holds only the new row
    CopyText row = new CopyText();
    row.clear().text("x".repeat(5000));
    assertThat(row(row.clear().text("y"))).isEqualTo("y\n");
  }
}
