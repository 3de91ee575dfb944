package dev.attache.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test parameter to receive the entity of the reference dataset with this id:
 * {@code @ReferenceEntity("org:undp") Organization undp}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReferenceEntity {
  /**
   * The id of the entity: {@code kind:slug}.
   *
   * @return the id, such as {@code org:undp}
   */
  String value();
}
