package dev.attache.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.Money;
import dev.attache.common.Quantity;
import dev.attache.common.QuantityComparator;
import dev.attache.model.Entity;
import dev.attache.model.Ref;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The fast path ({@link ValidationPlan}) never calls valid what the engine calls invalid: every
 * constrained property of every kind is broken in every way its constraints allow, one at a
 * time, and the facade's problems are compared with those of the engine alone.
 */
class ValidationPlanTest {
  private static final Validator ENGINE;

  static {
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    ENGINE = factory.getValidator();
  }

  /** What the engine alone reports: pointers and codes. */
  private static Set<String> engine(Object value) {
    Set<String> found = new TreeSet<>();
    AttacheValidator.toProblems(ENGINE.validate(value), Locale.ENGLISH)
        .forEach(p -> found.add(p.getPointer() + " " + p.getCode()));
    return found;
  }

  private static Set<String> facade(Object value) {
    Set<String> found = new TreeSet<>();
    AttacheValidator.standard().validate(value)
        .forEach(p -> found.add(p.getPointer() + " " + p.getCode()));
    return found;
  }

  @Test
  void everyBrokenPropertyOfEveryKindIsReportedAsTheEngineReportsIt() throws Exception {
    int broken = 0;
    List<String> disagreements = new ArrayList<>();
    for (Entity entity : Examples.all()) {
      assertThat(facade(entity)).as("the example is valid").isEmpty();
      for (PropertyDescriptor property : ENGINE.getConstraintsForClass(entity.getClass())
          .getConstrainedProperties()) {
        for (Object value : breakers(entity, property)) {
          Entity copy = with(entity, property.getPropertyName(), value);
          if (copy == null) {
            continue;
          }
          Set<String> expected = engine(copy);
          if (expected.isEmpty()) {
            continue; // not broken after all (a limit above what the value can reach)
          }
          broken++;
          Set<String> actual = facade(copy);
          if (!actual.equals(expected)) {
            disagreements.add(entity.entityKind() + "." + property.getPropertyName() + ": "
                + actual + " != " + expected);
          }
        }
      }
    }
    System.out.printf("[validation plan] %d broken values, %d disagreements%n", broken,
        disagreements.size());
    assertThat(disagreements).isEmpty();
    assertThat(broken).as("values that break a constraint").isGreaterThan(60);
  }

  /**
   * Values inside values: an element of a list, a value and a key of a map, the content of an
   * optional, and a value cascaded to from each of them, broken one at a time.
   */
  @Test
  void brokenValuesInsideValuesAreReportedAsTheEngineReportsThem() {
    String tooLong = "x".repeat(dev.attache.common.Limits.NAME + 1);
    dev.attache.common.Names longName = dev.attache.common.Names.of(tooLong);
    dev.attache.common.Names longAlias = dev.attache.common.Names.builder()
        .put("en", "Agency").addAlias(tooLong).build();
    dev.attache.common.Names manyAliases = dev.attache.common.Names.builder().put("en", "Agency")
        .addAllAliases(java.util.stream.IntStream.rangeClosed(0, dev.attache.common.Limits.ALIASES)
            .mapToObj(i -> "a" + i).toList()).build();
    List<Entity> broken = List.of(
        dev.attache.model.Organization.builder().from(Examples.organization()).names(longName)
            .build(),
        dev.attache.model.Organization.builder().from(Examples.organization()).names(longAlias)
            .build(),
        dev.attache.model.Organization.builder().from(Examples.organization())
            .names(manyAliases).build(),
        dev.attache.model.Event.builder().from(Examples.event())
            .place(dev.attache.common.Place.of(dev.attache.common.CountryCode.of("TM"), tooLong))
            .build(),
        dev.attache.model.TrainingProgram.builder().from(Examples.trainingProgram())
            .participantCounts(List.of(dev.attache.model.ParticipantCount.of(
                Ref.of(dev.attache.model.Organization.class, "agency"), -1)))
            .build());
    for (Entity entity : broken) {
      Set<String> expected = engine(entity);
      assertThat(expected).as("the engine finds the breakage in %s", entity.getId()).isNotEmpty();
      assertThat(facade(entity)).as("%s", entity.getId()).isEqualTo(expected);
    }
  }

  /** Values that break the constraints of a property, one per way of breaking it. */
  private static List<Object> breakers(Entity entity, PropertyDescriptor property)
      throws Exception {
    Method getter = getter(entity.entityKind().getType(), property.getPropertyName());
    Object current = getter.invoke(entity);
    Type type = getter.getGenericReturnType();
    List<Object> values = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
      Annotation annotation = constraint.getAnnotation();
      if (annotation instanceof Size size) {
        if (current instanceof String) {
          values.add("x".repeat(size.max() + 1));
        } else if (current instanceof Optional<?> && elementIsString(type)) {
          values.add("x".repeat(size.max() + 1));
        } else if (current instanceof Collection<?> collection && !collection.isEmpty()) {
          values.add(grown(collection, size.max() + 1));
          if (size.min() > 0) {
            values.add(List.copyOf(collection).subList(0, Math.min(collection.size(),
                size.min() - 1)));
          }
        }
      } else if (annotation instanceof NonBlank && current instanceof String) {
        values.add(" ");
      } else if (annotation instanceof Distinct && current instanceof List<?> list
          && !list.isEmpty()) {
        values.add(List.of(list.get(0), list.get(0)));
      } else if (annotation instanceof NonNegative && current instanceof Optional<?> optional
          && optional.isPresent()) {
        Object inside = optional.get();
        if (inside instanceof Money money) {
          values.add(Money.of(money.getAmount().negate().subtract(java.math.BigDecimal.ONE),
              money.getCurrency()));
        } else if (inside instanceof Quantity) {
          values.add(Quantity.of(QuantityComparator.EXACT, -1));
        }
      }
    }
    for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
      for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
        Annotation annotation = constraint.getAnnotation();
        boolean strings = elementIsString(type);
        if (annotation instanceof Size size && strings && current instanceof List<?>) {
          values.add(List.of("x".repeat(size.max() + 1)));
        } else if (annotation instanceof Size size && strings && current instanceof Optional<?>) {
          values.add("x".repeat(size.max() + 1));
        } else if (annotation instanceof NonBlank && strings && current instanceof List<?>) {
          values.add(List.of(" "));
        } else if (annotation instanceof NonBlank && strings && current instanceof Optional<?>) {
          values.add(" ");
        }
      }
    }
    return values;
  }

  private static boolean elementIsString(Type type) {
    return type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] == String.class;
  }

  /** A list of {@code size} distinct elements like those of {@code collection}. */
  private static List<Object> grown(Collection<?> collection, int size) {
    Object first = collection.iterator().next();
    List<Object> grown = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (first instanceof String) {
        grown.add("x" + i);
      } else if (first instanceof Ref<?> ref) {
        grown.add(Ref.of(ref.getType(), "r" + i));
      } else {
        return List.of(); // nothing distinct to make of it: left out
      }
    }
    return grown;
  }

  /** A copy with one attribute set through the builder, or null if no setter takes the value. */
  private static Entity with(Entity entity, String property, Object value) throws Exception {
    if (value instanceof List<?> list && list.isEmpty() && !property.equals("parties")) {
      return null;
    }
    Method builderOf = entity.entityKind().getType().getMethod("builder");
    Object builder = builderOf.invoke(null);
    Method from = builder.getClass().getMethod("from", entity.entityKind().getType());
    from.setAccessible(true);
    from.invoke(builder, entity);
    for (Method setter : builder.getClass().getMethods()) {
      setter.setAccessible(true); // declared by the generated, package-private builder
      if (setter.getName().equals(property) && setter.getParameterCount() == 1
          && setter.getParameterTypes()[0].isInstance(value)
          && !setter.getParameterTypes()[0].equals(Object.class)) {
        setter.invoke(builder, value);
        return build(builder);
      }
      if (setter.getName().equals(property) && setter.getParameterCount() == 1
          && Iterable.class.isAssignableFrom(setter.getParameterTypes()[0])
          && value instanceof List<?>) {
        setter.invoke(builder, value);
        return build(builder);
      }
    }
    return null;
  }

  private static Entity build(Object builder) throws Exception {
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    return (Entity) build.invoke(builder);
  }

  private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
    String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    try {
      return type.getMethod("get" + suffix);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + suffix);
    }
  }
}
