/**
 * Helpers of attache's own modules, not part of its API: text checks and escapes, the Cyrillic
 * table, problem messages, the Immutables style. Exported only to attache's modules.
 */
package dev.attache.internal;
