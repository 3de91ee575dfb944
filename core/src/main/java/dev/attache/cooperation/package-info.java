/**
 * Cooperation between states: {@link dev.attache.cooperation.Agreement}s, intergovernmental
 * {@link dev.attache.cooperation.Commission}s and their sessions, and the
 * {@link dev.attache.cooperation.CooperationArea} catalogue.
 *
 * <p>An entity about areas of cooperation, here or in another package, implements
 * {@link dev.attache.cooperation.HasCooperationAreas}.
 */
@AttacheStyle
package dev.attache.cooperation;

import dev.attache.common.AttacheStyle;
