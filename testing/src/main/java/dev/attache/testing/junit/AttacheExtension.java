package dev.attache.testing.junit;

import dev.attache.model.Entity;
import dev.attache.common.InvalidValueException;
import dev.attache.dataset.Dataset;
import dev.attache.data.ReferenceDataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Injects data into test parameters: the reference dataset into a {@link Dataset}, its entities
 * into parameters marked {@link ReferenceEntity}, and generated data into a {@code Dataset} or
 * {@link DatasetGenerator} marked {@link GeneratedDataset}:
 *
 * <pre>{@code
 * @ExtendWith(AttacheExtension.class)
 * class MyTest {
 *   @Test
 *   void undpImplementsTheProject(Dataset reference, @ReferenceEntity("org:undp") Organization undp) {
 *     ...
 *   }
 *
 *   @Test
 *   @Seed(42L) // optional: without it the seed is random, and reported if the test fails
 *   void myImportKeepsEveryEntity(@GeneratedDataset(count = 10_000) Dataset generated) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * The reference dataset is loaded once per JVM and shared; it is immutable. A generated dataset is
 * made for each test from its seed: {@code DatasetGenerator.of(GeneratorConfig.builder(seed)…)}
 * gives the same data outside the test.
 *
 * <p>Stateless and thread-safe: the seed of a test is kept in the test's extension context.
 */
public final class AttacheExtension implements ParameterResolver, TestExecutionExceptionHandler {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AttacheExtension.class);

  /**
   * True for a {@code Dataset} parameter, an {@link Entity} parameter marked
   * {@link ReferenceEntity}, and a {@code Dataset} or {@code DatasetGenerator} parameter marked
   * {@link GeneratedDataset}.
   *
   * @param parameter the parameter, not null
   * @param context the extension context, not null
   * @return true if this extension resolves the parameter
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(ReferenceEntity.class)) {
      return Entity.class.isAssignableFrom(type);
    }
    if (parameter.isAnnotated(GeneratedDataset.class)) {
      return type == Dataset.class || type == DatasetGenerator.class;
    }
    return type == Dataset.class;
  }

  /**
   * The reference dataset, one of its entities, or a dataset or generator made from the test's
   * seed, as the parameter asks.
   *
   * @param parameter the parameter, not null
   * @param context the extension context, not null
   * @return the value of the parameter, not null
   * @throws ParameterResolutionException if the id of a {@link ReferenceEntity} is malformed or
   *     names no entity of the parameter's type
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.isAnnotated(GeneratedDataset.class)) {
      GeneratedDataset generated = parameter.findAnnotation(GeneratedDataset.class).orElseThrow();
      DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(seed(context))
          .count(generated.count()).invalidRate(generated.invalidRate()).build());
      return parameter.getParameter().getType() == DatasetGenerator.class ? generator
          : generator.dataset();
    }
    Dataset reference = ReferenceDataset.load();
    if (!parameter.isAnnotated(ReferenceEntity.class)) {
      return reference;
    }
    String id = parameter.findAnnotation(ReferenceEntity.class).orElseThrow().value();
    Class<? extends Entity> type = parameter.getParameter().getType().asSubclass(Entity.class);
    try {
      return reference.get(id, type).orElseThrow(() -> new ParameterResolutionException(
          "The reference dataset has no " + type.getSimpleName() + " with id '" + id + "'"));
    } catch (InvalidValueException e) {
      throw new ParameterResolutionException("Invalid id in @ReferenceEntity: " + e.getMessage(),
          e);
    }
  }

  /** The pinned seed of the test, else one random seed per test, remembered for the report. */
  private static long seed(ExtensionContext context) {
    Optional<Seed> pinned = context.getTestMethod().flatMap(m -> Optional.ofNullable(
        m.getAnnotation(Seed.class)))
        .or(() -> context.getTestClass().flatMap(c -> Optional.ofNullable(
            c.getAnnotation(Seed.class))));
    long seed = context.getStore(NAMESPACE).getOrComputeIfAbsent("seed",
        key -> pinned.map(Seed::value).orElseGet(() -> ThreadLocalRandom.current().nextLong()),
        Long.class);
    context.publishReportEntry("attache.seed", Long.toString(seed));
    return seed;
  }

  /**
   * Rethrows the failure of a test, with its seed attached as a suppressed {@link GeneratedSeed}
   * if the test used generated data.
   *
   * @param context the extension context, not null
   * @param failure the failure of the test, not null
   * @throws Throwable the failure, always
   */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Long seed = context.getStore(NAMESPACE).get("seed", Long.class);
    if (seed != null) {
      failure.addSuppressed(new GeneratedSeed(seed));
    }
    throw failure;
  }
}
