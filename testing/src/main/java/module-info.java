/**
 * attache testing: a JUnit 5 extension that injects the reference dataset, its entities and
 * generated datasets into tests, and AssertJ assertions for the values of attache.
 */
module dev.attache.testing {
  requires transitive dev.attache.data;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports dev.attache.testing.junit;
  exports dev.attache.testing.assertions;
}
