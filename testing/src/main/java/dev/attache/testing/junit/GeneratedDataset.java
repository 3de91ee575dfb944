package dev.attache.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Dataset} or {@code DatasetGenerator} test parameter to receive generated data
 * instead of the reference dataset. The seed is random unless pinned with {@link Seed}, and is
 * reported when the test fails.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface GeneratedDataset {
  /**
   * How many entities.
   *
   * @return the number of entities, zero or more; 1000 by default
   */
  long count() default 1000;

  /**
   * The share of entities that break one named rule each.
   *
   * @return the share, from 0 to 1; 0 by default
   */
  double invalidRate() default 0;
}
