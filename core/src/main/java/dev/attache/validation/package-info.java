/**
 * Validation: the {@link dev.attache.validation.Problem} every error is reported as, the
 * {@link dev.attache.validation.AttacheValidator} facade, and the constraints shared by the model.
 *
 * <p><b>API.</b> {@code Problem}, {@code AttacheValidator}, {@code InvalidEntityException} and the
 * shared constraints ({@code NonBlank}, {@code NoControlCharacters}, {@code NonNegative}, {@code
 * Distinct}, {@code ReferenceData}). Every public type and member here is attache's API: from 1.0
 * on it changes only in compatible ways (the build compares it with the last release); what users
 * need not see is in packages that are not exported.
 */
@AttacheStyle
package dev.attache.validation;

import dev.attache.internal.AttacheStyle;
