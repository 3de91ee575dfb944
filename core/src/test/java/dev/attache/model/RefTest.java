package dev.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefTest {

  @Test
  void anIdIsKindColonSlugBothWays() {
    Ref<Organization> innopolis = Ref.of(Organization.class, "innopolis-university");
    assertThat(innopolis).hasToString("org:innopolis-university");
    assertThat(Ref.parse("org:innopolis-university")).isEqualTo(innopolis);
    assertThat(Ref.parse(Organization.class, "org:innopolis-university").getType())
        .isEqualTo(Organization.class);
    assertThat(innopolis.getKind()).isEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void everyKindHasItsOwnPrefix() {
    for (EntityKind kind : EntityKind.values()) {
      assertThat(EntityKind.ofPrefix(kind.getPrefix())).hasValue(kind);
      assertThat(EntityKind.of(kind.getType())).isEqualTo(kind);
      assertThat(Ref.parse(kind.getPrefix() + ":x1").getKind()).isEqualTo(kind);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"org:", "org:Innopolis", "org:-a", "org:a-", "org:a--b", "org:a b",
      "org:a_b", "org:université", ":a", "org", "org:a:b", "org:a/b"})
  void aMalformedIdIsRefusedWithTheIdQuoted(String id) {
    assertThatThrownBy(() -> Ref.parse(id))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + id + "'")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("id.malformed"));
  }

  @Test
  void anUnknownKindOrTheWrongKindIsRefused() {
    assertThatThrownBy(() -> Ref.parse("java.lang.Runtime:x"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("id.kind"));
    assertThatThrownBy(() -> Ref.parse(Organization.class, "person:hajymyrat"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'person:hajymyrat'")
        .hasMessageContaining("'org:'");
  }

  @Test
  void aTooLongSlugIsRefused() {
    assertThatThrownBy(() -> Ref.of(Person.class, "a".repeat(Ref.MAX_SLUG_LENGTH + 1)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Ref.of(Person.class, "a".repeat(Ref.MAX_SLUG_LENGTH)).getSlug())
        .hasSize(Ref.MAX_SLUG_LENGTH);
  }

  @Test
  void orderIsByKindThenSlug() {
    assertThat(Ref.parse("org:b").compareTo(Ref.parse("person:a"))).isNegative();
    assertThat(Ref.parse("org:a").compareTo(Ref.parse("org:b"))).isNegative();
  }
}
