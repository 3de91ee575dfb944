/**
 * The building blocks of every entity: countries ({@link dev.attache.common.CountryCode}), dates
 * known to the year, month or day ({@link dev.attache.common.PartialDate}), with a qualifier
 * ({@link dev.attache.common.QualifiedDate}) and as ranges ({@link dev.attache.common.DateRange}),
 * names in several languages ({@link dev.attache.common.Names}), money, quantities, places, the
 * size limits of the model, and the {@link dev.attache.common.InvalidValueException} a value that
 * breaks an invariant is refused with. This package knows nothing of the entities.
 */
@AttacheStyle
package dev.attache.common;

import dev.attache.internal.AttacheStyle;
