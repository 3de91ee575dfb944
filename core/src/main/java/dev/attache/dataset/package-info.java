/**
 * Whole datasets: {@link dev.attache.dataset.Dataset} holds entities of every kind, checks what no
 * single entity can (ids unique, references resolved, no overlapping posts) and answers questions
 * about them through indexes built once.
 *
 * <p><b>API.</b> {@code Dataset} with its builder, {@code TimelineEntry} and {@code NameMatch}.
 * Every public type and member here is attache's API: from 1.0 on it changes only in compatible
 * ways (the build compares it with the last release); what users need not see is in packages that
 * are not exported.
 */
package dev.attache.dataset;
