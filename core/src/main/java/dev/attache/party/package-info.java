/**
 * Who takes part: {@link dev.attache.party.Organization}s, {@link dev.attache.party.Person}s and
 * the posts they held ({@link dev.attache.party.Membership}).
 */
@AttacheStyle
package dev.attache.party;

import dev.attache.common.AttacheStyle;
