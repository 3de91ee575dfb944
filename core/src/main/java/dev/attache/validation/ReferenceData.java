package dev.attache.validation;

/**
 * Validation group of the rules that hold for reference data but not for every user's data:
 * every entity cites at least one source. Validate with it in addition to the default group:
 * {@code validator.validate(entity, Locale.ENGLISH, Default.class, ReferenceData.class)}.
 */
public interface ReferenceData {}
