package dev.attache.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A fast answer to "is this value certainly valid?", compiled once per class from the very
 * constraint metadata Hibernate Validator reads, so it can never disagree about which constraints
 * exist. It checks the default group's constraints directly: {@code @Size}, {@code @Positive},
 * {@code @PositiveOrZero} by hand, the library's own constraints by calling their validators,
 * cascades and container elements recursively. Any constraint it does not know, any validator
 * that fails or throws, makes it answer "not certainly": the caller then runs the full validator,
 * which reports the problems. So valid values — the common case — skip the engine's overhead,
 * and invalid ones get exactly the engine's problems.
 */
final class ValidationPlan {
  private static final ClassValue<ValidationPlan> PLANS = new ClassValue<>() {
    @Override
    protected ValidationPlan computeValue(Class<?> type) {
      return new ValidationPlan(type, AttacheValidator.standard().getValidator());
    }
  };

  private final List<Check> beanChecks = new ArrayList<>();
  private final List<Property> properties = new ArrayList<>();
  private final boolean usable;

  /** One constraint on one value. */
  private interface Check {
    boolean passes(Object value);
  }

  /** A property: how to read it and what to check on it and its elements. */
  private record Property(MethodHandle getter, Node node) {}

  /** The checks of a value, of its container elements and its cascade. */
  private static final class Node {
    final List<Check> checks = new ArrayList<>();
    final List<Node> elements = new ArrayList<>(); // by type argument index, null when unchecked
    boolean cascaded;
  }

  private ValidationPlan(Class<?> type, Validator validator) {
    boolean ok;
    try {
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
        if (isDefault(constraint)) {
          beanChecks.add(check(constraint));
        }
      }
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        properties.add(new Property(getter(type, property.getPropertyName()),
            node(property.getConstraintDescriptors(), property.isCascaded(),
                property.getConstrainedContainerElementTypes())));
      }
      ok = true;
    } catch (ReflectiveOperationException | UnsupportedConstraint e) {
      ok = false; // the full validator will do
    }
    this.usable = ok;
  }

  /** True only if the value certainly has no problem in the default group. */
  static boolean certainlyValid(Object value) {
    try {
      return PLANS.get(value.getClass()).passes(value);
    } catch (RuntimeException e) {
      return false; // e.g. a failing rule reporting into no context: let the engine report it
    }
  }

  private boolean passes(Object value) {
    if (!usable) {
      return false;
    }
    for (Check check : beanChecks) {
      if (!check.passes(value)) {
        return false;
      }
    }
    for (Property property : properties) {
      Object propertyValue;
      try {
        propertyValue = property.getter().invokeExact(value);
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        return false;
      }
      if (!passes(property.node(), propertyValue)) {
        return false;
      }
    }
    return true;
  }

  private static boolean passes(Node node, Object value) {
    if (value == null) {
      return true;
    }
    for (Check check : node.checks) {
      if (!check.passes(value)) {
        return false;
      }
    }
    if (!node.elements.isEmpty()) {
      if (value instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          if (!element(node, 0, entry.getKey()) || !element(node, 1, entry.getValue())) {
            return false;
          }
        }
      } else if (value instanceof Collection<?> collection) {
        for (Object element : collection) {
          if (!element(node, 0, element)) {
            return false;
          }
        }
      } else if (value instanceof Optional<?> optional) {
        if (optional.isPresent() && !element(node, 0, optional.get())) {
          return false;
        }
      } else {
        return false;
      }
    }
    return !node.cascaded || cascade(value);
  }

  private static boolean element(Node node, int index, Object value) {
    Node element = index < node.elements.size() ? node.elements.get(index) : null;
    return element == null || passes(element, value);
  }

  private static boolean cascade(Object value) {
    if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        if (element != null && !certainlyValid(element)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || certainlyValid(optional.get());
    }
    return certainlyValid(value);
  }

  private Node node(Set<ConstraintDescriptor<?>> constraints, boolean cascaded,
      Set<ContainerElementTypeDescriptor> elements)
      throws ReflectiveOperationException, UnsupportedConstraint {
    Node node = new Node();
    node.cascaded = cascaded;
    for (ConstraintDescriptor<?> constraint : constraints) {
      if (isDefault(constraint)) {
        node.checks.add(check(constraint));
      }
    }
    for (ContainerElementTypeDescriptor element : elements) {
      Node child = node(element.getConstraintDescriptors(), element.isCascaded(),
          element.getConstrainedContainerElementTypes());
      int index = element.getTypeArgumentIndex() == null ? 0 : element.getTypeArgumentIndex();
      while (node.elements.size() <= index) {
        node.elements.add(null);
      }
      node.elements.set(index, child);
    }
    return node;
  }

  private static boolean isDefault(ConstraintDescriptor<?> constraint) {
    return constraint.getGroups().contains(Default.class);
  }

  /** A constraint this plan cannot check: the class falls back to the engine. */
  private static final class UnsupportedConstraint extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedConstraint(String what) {
      super(what, null, false, false);
    }
  }

  private static Check check(ConstraintDescriptor<?> constraint)
      throws ReflectiveOperationException, UnsupportedConstraint {
    java.lang.annotation.Annotation annotation = constraint.getAnnotation();
    if (annotation instanceof Size size) {
      int min = size.min();
      int max = size.max();
      return value -> {
        int length = value instanceof CharSequence text ? text.length()
            : value instanceof Collection<?> collection ? collection.size()
            : value instanceof Map<?, ?> map ? map.size() : -1;
        return length >= min && length <= max;
      };
    }
    if (annotation instanceof Positive) {
      return value -> sign(value) > 0;
    }
    if (annotation instanceof PositiveOrZero) {
      return value -> sign(value) >= 0;
    }
    List<? extends Class<? extends ConstraintValidator<?, ?>>> classes =
        constraint.getConstraintValidatorClasses();
    if (classes.isEmpty()) {
      throw new UnsupportedConstraint(annotation.annotationType().getName());
    }
    List<Class<?>> targets = new ArrayList<>();
    List<ConstraintValidator<java.lang.annotation.Annotation, Object>> validators =
        new ArrayList<>();
    for (Class<? extends ConstraintValidator<?, ?>> type : classes) {
      @SuppressWarnings("unchecked")
      ConstraintValidator<java.lang.annotation.Annotation, Object> validator =
          (ConstraintValidator<java.lang.annotation.Annotation, Object>)
              type.getDeclaredConstructor().newInstance();
      validator.initialize(annotation);
      validators.add(validator);
      targets.add(target(type));
    }
    return value -> {
      for (int i = 0; i < validators.size(); i++) {
        if (targets.get(i).isInstance(value)) {
          return validators.get(i).isValid(value, null);
        }
      }
      return false;
    };
  }

  /** The type a validator checks: the second type argument of its ConstraintValidator. */
  private static Class<?> target(Class<?> validator) throws UnsupportedConstraint {
    for (Type type : validator.getGenericInterfaces()) {
      if (type instanceof ParameterizedType parameterized
          && parameterized.getRawType() == ConstraintValidator.class) {
        Type target = parameterized.getActualTypeArguments()[1];
        if (target instanceof Class<?> raw) {
          return raw;
        }
        if (target instanceof ParameterizedType generic) {
          return (Class<?>) generic.getRawType();
        }
      }
    }
    throw new UnsupportedConstraint(validator.getName());
  }

  private static int sign(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return Long.signum(((Number) value).longValue());
    }
    if (value instanceof OptionalInt optional) {
      return optional.isEmpty() ? 1 : Integer.signum(optional.getAsInt());
    }
    if (value instanceof OptionalLong optional) {
      return optional.isEmpty() ? 1 : Long.signum(optional.getAsLong());
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.signum();
    }
    return -1; // unknown: not certainly valid
  }

  /** A getter as a handle from Object to Object, found on the nearest public type. */
  private static MethodHandle getter(Class<?> type, String property)
      throws ReflectiveOperationException {
    String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (Class<?> owner = type; owner != null; owner = owner.getSuperclass()) {
      if (!Modifier.isPublic(owner.getModifiers())) {
        continue;
      }
      for (String name : new String[] {"get" + capitalized, "is" + capitalized}) {
        try {
          Method method = owner.getMethod(name);
          return MethodHandles.publicLookup().unreflect(method)
              .asType(MethodType.methodType(Object.class, Object.class));
        } catch (NoSuchMethodException e) {
          // try the other prefix, then the supertype
        }
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + property);
  }
}
