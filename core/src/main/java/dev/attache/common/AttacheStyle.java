package dev.attache.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, put on every package of value types.
 *
 * <p>Why each setting: JavaBeans getters ({@code getTitle()}) so that any Jakarta Validation
 * provider sees the constraints with its default configuration; a package-private
 * implementation so the public face is the abstract type alone ({@code Agreement.builder()},
 * {@code agreement.withStatus(…)}); JDK collections only, so no Guava at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    with = "with*",
    of = "create",
    typeImmutable = "Immutable*",
    typeWith = "With*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "alias:aliases", "entity:entities", "activity:activities"},
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(copy = true))
public @interface AttacheStyle {}
