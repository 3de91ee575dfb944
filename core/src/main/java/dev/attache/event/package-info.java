/**
 * What happened when: meetings, visits, lectures, missions, announcements as
 * {@link dev.attache.event.Event}s.
 */
@AttacheStyle
package dev.attache.event;

import dev.attache.common.AttacheStyle;
