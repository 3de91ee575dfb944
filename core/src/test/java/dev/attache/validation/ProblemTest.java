package dev.attache.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.common.InvalidValueException;
import dev.attache.common.PartialDate;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void theValueIsCutToEightyCharacters() {
    Problem problem = Problem.of("/title", "value.size", "too long", "y".repeat(1000));
    assertThat(problem.getValue()).get().asString().hasSize(80).endsWith("…");
    Problem built = Problem.builder().pointer("").code("c").message("m").value("z".repeat(200)).build();
    assertThat(built.getValue()).get().asString().hasSize(80);
  }

  @Test
  void pointersAreJsonPointers() {
    assertThat(Problem.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThatThrownBy(() -> Problem.of("title", "c", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Problem.of("/parties/1", "c", "m").under("/entities/3").getPointer())
        .isEqualTo("/entities/3/parties/1");
  }

  @Test
  void aBrokenInvariantBecomesAProblemWithItsCode() {
    try {
      PartialDate.parse("2025-13");
    } catch (InvalidValueException e) {
      Problem problem = Problem.of("/signedOn", e);
      assertThat(problem.getCode()).isEqualTo("date.invalid");
      assertThat(problem.getMessage()).contains("'2025-13'");
      return;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void problemsSortByPointerThenCode() {
    Problem a = Problem.of("/a", "z", "m");
    Problem b = Problem.of("/b", "a", "m");
    Problem b2 = Problem.of("/b", "b", "m");
    assertThat(java.util.stream.Stream.of(b2, b, a).sorted().toList()).containsExactly(a, b, b2);
  }
}
