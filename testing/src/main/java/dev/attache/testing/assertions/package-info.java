/**
 * AssertJ assertions for the main types of attache and for problems.
 *
 * <p><b>API.</b> {@code AttacheAssertions} and the assertion classes it returns. Every public type
 * and member here is attache's API: from 1.0 on it changes only in compatible ways (the build
 * compares it with the last release); what users need not see is in packages that are not
 * exported.
 */
package dev.attache.testing.assertions;
