/**
 * A JUnit 5 extension that injects the reference dataset and its entities into tests.
 *
 * <p><b>API.</b> {@code AttacheExtension} and its annotations ({@code ReferenceEntity}, {@code
 * GeneratedDataset}, {@code Seed}), {@code GeneratedSeed}. Every public type and member here is
 * attache's API: from 1.0 on it changes only in compatible ways (the build compares it with the
 * last release); what users need not see is in packages that are not exported.
 */
package dev.attache.testing.junit;
