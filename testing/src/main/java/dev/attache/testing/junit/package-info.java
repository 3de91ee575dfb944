/** A JUnit 5 extension that injects the reference dataset and its entities into tests. */
package dev.attache.testing.junit;
