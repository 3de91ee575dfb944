/**
 * The reference dataset of attache.
 *
 * <p><b>API.</b> {@code ReferenceDataset}. Every public type and member here is attache's API:
 * from 1.0 on it changes only in compatible ways (the build compares it with the last release);
 * what users need not see is in packages that are not exported.
 */
package dev.attache.data;
