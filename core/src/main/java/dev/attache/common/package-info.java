/**
 * The building blocks of every entity: countries ({@link dev.attache.common.CountryCode}), dates
 * known to the year, month or day ({@link dev.attache.common.PartialDate}), with a qualifier
 * ({@link dev.attache.common.QualifiedDate}) and as ranges ({@link dev.attache.common.DateRange}),
 * names in several languages ({@link dev.attache.common.Names}), money, quantities, places, the
 * size limits of the model, and the {@link dev.attache.common.InvalidValueException} a value that
 * breaks an invariant is refused with. This package knows nothing of the entities.
 *
 * <p><b>API.</b> The value types ({@code CountryCode}, {@code PartialDate}, {@code QualifiedDate},
 * {@code DateQualifier}, {@code DateRange}, {@code Names}, {@code Money}, {@code Quantity}, {@code
 * QuantityComparator}, {@code Place}), their limits ({@code Limits}) and {@code
 * InvalidValueException}. Every public type and member here is attache's API: from 1.0 on it
 * changes only in compatible ways (the build compares it with the last release); what users need
 * not see is in packages that are not exported.
 */
@AttacheStyle
package dev.attache.common;

import dev.attache.internal.AttacheStyle;
