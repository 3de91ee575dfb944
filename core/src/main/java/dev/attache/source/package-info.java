/**
 * Where facts come from: {@link dev.attache.source.Source}, the article or document every other
 * entity cites.
 */
@AttacheStyle
package dev.attache.source;

import dev.attache.common.AttacheStyle;
