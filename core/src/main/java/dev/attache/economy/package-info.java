/**
 * National digital economies: {@link dev.attache.economy.Strategy} documents, digital-government
 * {@link dev.attache.economy.InformationSystem}s and observed
 * {@link dev.attache.economy.Indicator}s.
 */
@AttacheStyle
package dev.attache.economy;

import dev.attache.common.AttacheStyle;
