package dev.attache.dataset;

import dev.attache.common.Entity;
import dev.attache.common.Ref;

/**
 * One reference held by an entity: where it sits in the entity (a JSON Pointer relative to it) and
 * the id it points to. Immutable and thread-safe.
 *
 * @param pointer the place of the reference inside its entity: {@code /parties/1}
 * @param target the referenced id
 * @param expected the type the attribute refers to ({@code Entity} where any kind will do); it can
 *     differ from the target's kind only when raw types smuggled a wrong id in
 */
public record Reference(String pointer, Ref<? extends Entity> target,
    Class<? extends Entity> expected) {}
