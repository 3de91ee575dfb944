package dev.attache.data.generate;

import dev.attache.model.Entity;
import java.util.Optional;

/**
 * One generated entity, with its position in the dataset and, when it was made invalid on
 * purpose, the code of the one rule it breaks.
 *
 * @param position the 0-based position in the whole dataset
 * @param entity the entity
 * @param brokenRule the problem code a validator reports for it, if it breaks a rule on purpose
 */
public record GeneratedEntity(long position, Entity entity, Optional<String> brokenRule) {}
