package dev.attache.model;

import dev.attache.common.Names;
import jakarta.validation.Valid;

/** An entity known by names: one per language, with aliases for other spellings. */
public interface Named {
  /**
   * The names of this entity.
   *
   * @return the names, at least one
   */
  @Valid
  Names getNames();
}
