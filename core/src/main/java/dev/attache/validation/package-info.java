/**
 * Validation: the {@link dev.attache.validation.Problem} every error is reported as, the
 * {@link dev.attache.validation.AttacheValidator} facade, and the constraints shared by the model.
 */
@AttacheStyle
package dev.attache.validation;

import dev.attache.internal.AttacheStyle;
