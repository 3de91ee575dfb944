package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.model.Entity;
import dev.attache.model.Ref;
import java.util.Set;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds an id from its text, {@code agreement:ru-tm-2021}, and prints it back: a
 * {@code @PathVariable Ref<Agreement> id} accepts only an {@code agreement:} id
 * ({@code id.kind} otherwise), a {@code Ref<?>} any kind. A malformed id fails with the
 * library's {@code InvalidValueException} ({@code id.malformed}), which
 * {@link AttacheProblemHandler} answers with a 400 problem.
 */
public class RefConverter implements GenericConverter {
  /** Creates the converter. */
  public RefConverter() {}

  @Override
  public Set<ConvertiblePair> getConvertibleTypes() {
    return Set.of(new ConvertiblePair(String.class, Ref.class),
        new ConvertiblePair(Ref.class, String.class));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
    if (source == null) {
      return null;
    }
    if (source instanceof Ref<?> ref) {
      return ref.toString();
    }
    // the kind the parameter declares: Ref<Agreement> gives Agreement, Ref<?> or Ref nothing
    Class<?> kind = targetType.getResolvableType().getGeneric(0).resolve();
    String text = (String) source;
    if (kind != null && kind != Entity.class && Entity.class.isAssignableFrom(kind)) {
      return Ref.parse((Class<? extends Entity>) kind, text);
    }
    return Ref.parse(text);
  }
}
