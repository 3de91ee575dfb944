/**
 * Cooperation between states: {@link dev.attache.cooperation.Agreement}s, intergovernmental {@link dev.attache.cooperation.Commission}s and their sessions, and the {@link dev.attache.cooperation.CooperationArea} catalogue.
 */
@AttacheStyle
package dev.attache.cooperation;

import dev.attache.common.AttacheStyle;
