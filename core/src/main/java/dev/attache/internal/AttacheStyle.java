package dev.attache.internal;

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
 * {@code agreement.withStatus(…)}); JDK collections only, so no Guava at run time; no
 * class-path annotation on generated code, so a user's compiler needs nothing of Immutables.
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
    // the generated builder is package-private, so the Javadoc of each public Builder shows its
    // methods, with their parameters and comments, as the Builder's own
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "alias:aliases", "entity:entities", "activity:activities"},
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    // no annotation from the class path on generated code (Immutables' @Generated among them):
    // users compile against attache without the annotations jar, and without warnings
    allowedClasspathAnnotations = {java.lang.Override.class},
    // a builder missing a required attribute throws the library's coded exception, naming them
    throwForInvalidImmutableState = dev.attache.common.InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface AttacheStyle {}
