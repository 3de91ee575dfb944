package dev.attache.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins the seed of the data a test generates, on the test method or its class: the seed a failed
 * run reported repeats that run exactly.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Seed {
  /**
   * The seed of the generated data.
   *
   * @return the seed
   */
  long value();
}
