/**
 * Building blocks shared by every entity: countries, partial dates and periods, names in several
 * languages, money, quantities, places, parties, typed ids and the
 * {@link dev.attache.common.Entity} supertype.
 */
@AttacheStyle
package dev.attache.common;
