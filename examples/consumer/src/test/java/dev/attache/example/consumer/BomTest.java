package dev.attache.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Importing attache-bom manages attache's artifacts and nothing else: a user's JUnit, Jackson or
 * AssertJ stay the versions the user (or Spring Boot) chose.
 */
class BomTest {

  @Test
  void theBomsEffectivePomManagesAttachesArtifactsOnly() throws Exception {
    Path effective = Path.of(System.getProperty("attache.bom.effective"));
    String pom = Files.readString(effective);
    int start = pom.indexOf("<dependencyManagement>");
    int end = pom.indexOf("</dependencyManagement>");
    assertTrue(start >= 0 && end > start, "the BOM has dependency management");
    Matcher coordinates = Pattern.compile(
        "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>")
        .matcher(pom.substring(start, end));
    List<String> managed = new ArrayList<>();
    while (coordinates.find()) {
      managed.add(coordinates.group(1) + ":" + coordinates.group(2));
    }
    assertEquals(List.of("dev.attache:attache-core", "dev.attache:attache-json",
        "dev.attache:attache-data", "dev.attache:attache-testing", "dev.attache:attache-postgres",
        "dev.attache:attache-spring-boot-starter", "dev.attache:attache-ftm"), managed);
    // and nothing else of the build leaks in: no imported BOMs, no plugins' dependencies
    assertFalse(pom.substring(start, end).contains("<scope>import</scope>"));
  }

  @Test
  void attachesTestingArtifactLeavesJunitToTheUser() throws Exception {
    // declared before a user's JUnit 6, a JUnit API 5.13 it brought would win the tie of
    // Maven's nearest-first rule and the tests would die with a NoClassDefFoundError
    String pom = Files.readString(Path.of(System.getProperty("attache.testing.pom")));
    Matcher api = Pattern.compile("<artifactId>junit-jupiter-api</artifactId>\\s*"
        + "<scope>([^<]+)</scope>").matcher(pom);
    assertTrue(api.find(), "attache-testing compiles against JUnit's API");
    assertEquals("provided", api.group(1));
  }

  @Test
  void theJunitThisProjectChoseIsTheJunitItRunsOn() {
    // the BOM once pinned JUnit 5.13 under every project that imported it
    assertEquals("6.0.3", Test.class.getPackage().getImplementationVersion());
  }
}
