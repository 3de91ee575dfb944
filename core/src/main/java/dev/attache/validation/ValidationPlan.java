package dev.attache.validation;

import dev.attache.internal.Texts;
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
 *
 * <p>The plan is specialized when it is compiled, because it runs for every value read: each
 * node knows from the property's declared type whether it holds a list, a map, an optional, a
 * text or another value, and casts to that type alone (the JVM remembers one interface a class
 * was last tested against: tests against one interface after another search the class's
 * supertypes each time, which made this plan twice as slow); a list's, collection's or map's
 * sizes are checked by its node on that one cast; the sizes and {@code @NonBlank} of a text are one
 * step; a cascade keeps the plan of the last class it met (the model's properties
 * each hold one class), so the per-class lookup runs once per node, not once per value.
 */
final class ValidationPlan {
  private static final ClassValue<ValidationPlan> PLANS = new ClassValue<>() {
    @Override
    protected ValidationPlan computeValue(Class<?> type) {
      return new ValidationPlan(type, AttacheValidator.standard().getValidator());
    }
  };

  private static final Check[] NO_CHECKS = {};

  private final Check[] beanChecks;
  private final MethodHandle[] getters;
  private final Node[] properties;
  private final boolean usable;

  /** One constraint on one value that is not null. */
  private interface Check {
    boolean passes(Object value);
  }

  private ValidationPlan(Class<?> type, Validator validator) {
    List<Check> checks = new ArrayList<>();
    List<MethodHandle> handles = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    boolean ok;
    try {
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
        if (isDefault(constraint)) {
          checks.add(check(constraint, type));
        }
      }
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        MethodHandle getter = getter(type, property.getPropertyName());
        handles.add(getter.asType(MethodType.methodType(Object.class, Object.class)));
        // the getter's type, not the descriptor's: that may be a generated field's
        nodes.add(node(getter.type().returnType(), property.getConstraintDescriptors(),
            property.isCascaded(), property.getConstrainedContainerElementTypes()));
      }
      ok = true;
    } catch (ReflectiveOperationException | UnsupportedConstraint e) {
      ok = false; // the full validator will do
    }
    this.beanChecks = checks.toArray(NO_CHECKS);
    this.getters = handles.toArray(new MethodHandle[0]);
    this.properties = nodes.toArray(new Node[0]);
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
    for (int i = 0; i < getters.length; i++) {
      Object propertyValue;
      try {
        propertyValue = getters[i].invokeExact(value);
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        return false;
      }
      if (!properties[i].passes(propertyValue)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What is checked of a value that may be null: its own constraints, then (by the kind of node)
   * its elements and its cascade.
   */
  private abstract static class Node {
    private final Check[] checks;

    Node(Check[] checks) {
      this.checks = checks;
    }

    final boolean passes(Object value) {
      if (value == null) {
        return true;
      }
      for (Check check : checks) {
        if (!check.passes(value)) {
          return false;
        }
      }
      return inside(value);
    }

    /** The checks of what the value holds or cascades to. */
    abstract boolean inside(Object value);
  }

  /** The sizes {@code @Size} allows, all of them at once. */
  private record Bounds(int min, int max) {
    static final Bounds ANY = new Bounds(0, Integer.MAX_VALUE);

    Bounds and(Size size) {
      return new Bounds(Math.max(min, size.min()), Math.min(max, size.max()));
    }

    boolean admit(int size) {
      return size >= min && size <= max;
    }
  }

  /** A value whose checks are all there is. */
  private static final class Plain extends Node {
    Plain(Check[] checks) {
      super(checks);
    }

    @Override
    boolean inside(Object value) {
      return true;
    }
  }

  /**
   * A text with no constraint but sizes, {@code @NonBlank} and {@code @NoControlCharacters}, the
   * model's most common property and element: checked in one node, without a call per constraint.
   */
  private static final class Text extends Node {
    private final Bounds length;
    private final boolean nonBlank;
    private final boolean readable;

    private Text(Bounds length, boolean nonBlank, boolean readable) {
      super(NO_CHECKS);
      this.length = length;
      this.nonBlank = nonBlank;
      this.readable = readable;
    }

    /** The node of these constraints on a text, or null if one is neither kind. */
    static Text of(Set<ConstraintDescriptor<?>> constraints) {
      Bounds length = Bounds.ANY;
      boolean nonBlank = false;
      boolean readable = false;
      for (ConstraintDescriptor<?> constraint : constraints) {
        if (!isDefault(constraint)) {
          continue;
        }
        if (constraint.getAnnotation() instanceof Size size) {
          length = length.and(size);
        } else if (constraint.getAnnotation() instanceof NonBlank) {
          nonBlank = true;
        } else if (constraint.getAnnotation() instanceof NoControlCharacters) {
          readable = true;
        } else {
          return null;
        }
      }
      return new Text(length, nonBlank, readable);
    }

    @Override
    boolean inside(Object value) {
      String text = (String) value;
      return length.admit(text.length()) && !(nonBlank && Texts.isBlank(text))
          && !(readable && Texts.firstIllegal(text, true) >= 0);
    }
  }

  /** A value cascaded to: checked by the plan of its class, the last one kept at hand. */
  private static final class Cascade extends Node {
    private Known last; // a race only costs a lookup: Known is immutable

    Cascade(Check[] checks) {
      super(checks);
    }

    @Override
    boolean inside(Object value) {
      Known known = last;
      if (known == null || known.type != value.getClass()) {
        known = new Known(value.getClass(), PLANS.get(value.getClass()));
        last = known;
      }
      return known.plan.passes(value);
    }
  }

  private record Known(Class<?> type, ValidationPlan plan) {}

  /**
   * A list or another collection: its size, then its elements, a list's by index (the model's
   * lists are random access). The size is checked here, on the one cast of the value, and the
   * value is cast to {@code List} or to {@code Collection}, never to both: the JVM answers a class
   * tested against one interface after another by searching its supertypes each time.
   */
  private static final class Elements extends Node {
    /** Whether the declared type is a {@code List}. */
    private final boolean list;
    private final Bounds sizes;
    private final Node element;

    Elements(Check[] checks, boolean list, Bounds sizes, Node element) {
      super(checks);
      this.list = list;
      this.sizes = sizes;
      this.element = element;
    }

    @Override
    boolean inside(Object value) {
      if (list) {
        List<?> elements = (List<?>) value;
        int size = elements.size();
        if (!sizes.admit(size)) {
          return false;
        }
        for (int i = 0; i < size; i++) {
          if (!element.passes(elements.get(i))) {
            return false;
          }
        }
        return true;
      }
      Collection<?> collection = (Collection<?>) value;
      if (!sizes.admit(collection.size())) {
        return false;
      }
      for (Object each : collection) {
        if (!element.passes(each)) {
          return false;
        }
      }
      return true;
    }
  }

  /** A map: its size, then its keys and values in turn. */
  private static final class MapEntries extends Node {
    private final Bounds sizes;
    private final Node key;
    private final Node value;

    MapEntries(Check[] checks, Bounds sizes, Node key, Node value) {
      super(checks);
      this.sizes = sizes;
      this.key = key;
      this.value = value;
    }

    @Override
    boolean inside(Object object) {
      Map<?, ?> map = (Map<?, ?>) object;
      if (!sizes.admit(map.size())) {
        return false;
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!key.passes(entry.getKey()) || !value.passes(entry.getValue())) {
          return false;
        }
      }
      return true;
    }
  }

  /** An optional: its content checked if present. */
  private static final class OptionalContent extends Node {
    private final Node content;

    OptionalContent(Check[] checks, Node content) {
      super(checks);
      this.content = content;
    }

    @Override
    boolean inside(Object value) {
      Optional<?> optional = (Optional<?>) value;
      return optional.isEmpty() || content.passes(optional.get());
    }
  }

  /**
   * The node of a value of the given declared type. A container's elements get their own nodes
   * (plain where they have no constraint); a cascade over a container reaches its elements, as
   * the engine's does. Containers of other types and containers cascaded as a whole fall back to
   * the engine.
   */
  private Node node(Class<?> type, Set<ConstraintDescriptor<?>> constraints, boolean cascaded,
      Set<ContainerElementTypeDescriptor> elements)
      throws ReflectiveOperationException, UnsupportedConstraint {
    if (type == String.class && !cascaded && elements.isEmpty()) {
      Text text = Text.of(constraints);
      if (text != null) {
        return text;
      }
    }
    boolean sized = Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    boolean container = sized || type == Optional.class;
    List<Check> checks = new ArrayList<>();
    Bounds sizes = Bounds.ANY; // a collection's or map's, checked by its node
    for (ConstraintDescriptor<?> constraint : constraints) {
      if (!isDefault(constraint)) {
        continue;
      }
      if (sized && constraint.getAnnotation() instanceof Size size) {
        sizes = sizes.and(size);
      } else {
        checks.add(check(constraint, type));
      }
    }
    Check[] own = checks.toArray(NO_CHECKS);
    if (!container) {
      if (!elements.isEmpty()) {
        throw new UnsupportedConstraint(type.getName() + " with constrained type arguments");
      }
      return cascaded ? new Cascade(own) : new Plain(own);
    }
    Node[] inner = new Node[Map.class.isAssignableFrom(type) ? 2 : 1];
    for (ContainerElementTypeDescriptor element : elements) {
      int index = element.getTypeArgumentIndex() == null ? 0 : element.getTypeArgumentIndex();
      if (index >= inner.length) {
        throw new UnsupportedConstraint(type.getName() + " type argument " + index);
      }
      inner[index] = node(element.getElementClass(), element.getConstraintDescriptors(),
          element.isCascaded(), element.getConstrainedContainerElementTypes());
    }
    for (int i = 0; i < inner.length; i++) {
      if (inner[i] == null) {
        inner[i] = new Plain(NO_CHECKS);
      }
    }
    if (cascaded) {
      if (Map.class.isAssignableFrom(type) || elements.size() > 0) {
        throw new UnsupportedConstraint(type.getName() + " cascaded as a whole");
      }
      inner[0] = new Cascade(NO_CHECKS); // legacy @Valid on a container: its elements
    }
    if (Collection.class.isAssignableFrom(type)) {
      return new Elements(own, List.class.isAssignableFrom(type), sizes, inner[0]);
    }
    if (Map.class.isAssignableFrom(type)) {
      return new MapEntries(own, sizes, inner[0], inner[1]);
    }
    return new OptionalContent(own, inner[0]);
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

  /** The check of a constraint on values of the given declared type. */
  private static Check check(ConstraintDescriptor<?> constraint, Class<?> type)
      throws ReflectiveOperationException, UnsupportedConstraint {
    java.lang.annotation.Annotation annotation = constraint.getAnnotation();
    if (annotation instanceof Size size) {
      return sizeCheck(type, size);
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
    for (Class<? extends ConstraintValidator<?, ?>> validatorType : classes) {
      @SuppressWarnings("unchecked")
      ConstraintValidator<java.lang.annotation.Annotation, Object> validator =
          (ConstraintValidator<java.lang.annotation.Annotation, Object>)
              validatorType.getDeclaredConstructor().newInstance();
      validator.initialize(annotation);
      validators.add(validator);
      targets.add(target(validatorType));
    }
    if (validators.size() == 1 && targets.get(0).isAssignableFrom(type)) {
      // the declared type settles which validator applies: no test per value
      ConstraintValidator<java.lang.annotation.Annotation, Object> only = validators.get(0);
      return value -> only.isValid(value, null);
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

  /**
   * {@code @Size} on a value of the given declared type that is not a collection or a map (their
   * nodes check their sizes): a text, or a value whose type says nothing.
   */
  private static Check sizeCheck(Class<?> type, Size size) {
    Bounds bounds = Bounds.ANY.and(size);
    if (type == String.class) {
      return value -> bounds.admit(((String) value).length());
    }
    return value -> {
      int length = value instanceof CharSequence text ? text.length()
          : value instanceof Collection<?> collection ? collection.size()
          : value instanceof Map<?, ?> map ? map.size() : -1;
      return bounds.admit(length); // -1, an unknown type: never admitted
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

  /**
   * A getter, found on the nearest public class and called as that class's method: its receiver
   * is then cast to a class, not to the interface that may declare the getter (such as
   * {@code Named}), which would compete with other interface checks of the same value for the
   * JVM's one-entry cache and cost a search each time.
   */
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
          return MethodHandles.publicLookup().findVirtual(owner, name,
              MethodType.methodType(method.getReturnType()));
        } catch (NoSuchMethodException e) {
          // try the other prefix, then the supertype
        }
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + property);
  }
}
