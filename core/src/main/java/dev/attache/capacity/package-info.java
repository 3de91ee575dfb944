/**
 * Capacity building: donor-funded {@link dev.attache.capacity.Project}s with their IATI
 * participant roles, and {@link dev.attache.capacity.TrainingProgram}s.
 */
@AttacheStyle
package dev.attache.capacity;

import dev.attache.common.AttacheStyle;
