/**
 * The digital attaché institution: the {@link dev.attache.attache.AttacheService}, its {@link dev.attache.attache.AttachePosting}s abroad, their {@link dev.attache.attache.Duty} catalogue and the {@link dev.attache.attache.ExportDeal}s they support.
 */
@AttacheStyle
package dev.attache.attache;

import dev.attache.common.AttacheStyle;
