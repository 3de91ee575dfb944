/**
 * The digital attaché institution: the {@link dev.attache.attache.AttacheService}, its
 * {@link dev.attache.attache.AttachePosting}s abroad, their {@link dev.attache.attache.Duty}
 * catalogue and the {@link dev.attache.attache.ExportDeal}s they support.
 *
 * <p>Each entity's cross-field rules are a class-level constraint beside it:
 * {@link dev.attache.attache.AttachePostingRules}, {@link dev.attache.attache.AttacheServiceRules}.
 */
@AttacheStyle
package dev.attache.attache;

import dev.attache.common.AttacheStyle;
