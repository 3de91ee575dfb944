package dev.attache.example.service;

import com.fasterxml.jackson.databind.JavaType;
import dev.attache.json.AttacheJson;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Ref;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI 3.1 description ({@code /v3/api-docs}) speaks format 1: the definitions of the
 * format's JSON Schema become the description's component schemas, and every type of the library
 * in a request or a response refers to its definition, never to what springdoc would read off the
 * Java getters.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  private static final String DEFS = "#/$defs/";
  private static final String COMPONENTS = "#/components/schemas/";

  /** The format's definitions, by name, as OpenAPI schemas pointing at each other. */
  private static final Map<String, Schema<?>> FORMAT = formatSchemas();

  /** Adds the format's definitions to the description, and a title. */
  @Bean
  OpenApiCustomizer attacheFormatSchemas() {
    return openApi -> {
      openApi.info(new Info().title("attache example service").version(AttacheJson.FORMAT)
          .description("Entities of attache format 1 on PostgreSQL, the questions of Dataset,"
              + " and RFC 9457 problems."));
      if (openApi.getComponents() == null) {
        openApi.components(new Components());
      }
      FORMAT.forEach(openApi.getComponents()::addSchemas);
      // an NDJSON body or reply is a stream of entities, one per line
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        if (operation.getRequestBody() != null) {
          entityLines(operation.getRequestBody().getContent());
        }
        operation.getResponses().values().forEach(reply -> entityLines(reply.getContent()));
      }));
    };
  }

  private static void entityLines(Content content) {
    if (content != null && content.get(EntityController.NDJSON) != null) {
      content.get(EntityController.NDJSON).schema(new Schema<>().$ref(COMPONENTS + "entity"));
    }
  }

  /**
   * Request parameters of the library's types as the format writes them: {@code kind} by its
   * JSON type names, ids, countries and parties as references to their definitions.
   */
  @Bean
  ParameterCustomizer attacheFormatParameters() {
    return (parameter, method) -> {
      if (parameter == null) {
        return null;
      }
      Class<?> type = method.getParameterType();
      if (type == EntityKind.class) {
        Schema<String> kinds = new StringSchema();
        for (EntityKind kind : EntityKind.values()) {
          kinds.addEnumItemObject(AttacheJson.typeName(kind));
        }
        parameter.schema(kinds).description("a type of entity, such as attache-posting; its id"
            + " prefix (posting) is accepted as well");
      } else if (definitionOf(type) != null) {
        parameter.schema(new Schema<>().$ref(COMPONENTS + definitionOf(type)));
      }
      return parameter;
    };
  }

  /** The library's types as references to the format's definitions. */
  @Bean
  ModelConverter attacheFormatTypes() {
    return new FormatTypes();
  }

  private static Map<String, Schema<?>> formatSchemas() {
    Map<String, Schema<?>> schemas = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> def : AttacheJson.schema().get("$defs").properties()) {
      String text = def.getValue().toString().replace("\"" + DEFS, "\"" + COMPONENTS);
      try {
        schemas.put(def.getKey(), Json31.mapper().readValue(text, Schema.class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("the format's schema " + def.getKey()
            + " is not an OpenAPI schema", e);
      }
    }
    return schemas;
  }

  /**
   * The name of the definition of a type of the library: an entity type's JSON type name, or,
   * for a building block, the name of its definition ({@code CountryCode}, {@code Party}).
   */
  static String definitionOf(Class<?> type) {
    if (type == Entity.class) {
      return "entity";
    }
    if (Entity.class.isAssignableFrom(type)) {
      for (EntityKind kind : EntityKind.values()) {
        if (kind.getType().isAssignableFrom(type)) {
          return AttacheJson.typeName(kind);
        }
      }
    }
    if (type == Ref.class) {
      return "Id";
    }
    if (type.getName().startsWith("dev.attache.")) {
      // Immutables' implementations (ImmutableMoney) are described as their abstract type
      for (Class<?> t = type; t != null; t = t.getSuperclass()) {
        if (FORMAT.containsKey(t.getSimpleName())) {
          return t.getSimpleName();
        }
      }
    }
    return null;
  }

  /** Resolves the library's types to the format's definitions; everything else as springdoc does. */
  private static final class FormatTypes implements ModelConverter {
    @Override
    public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context,
        Iterator<ModelConverter> chain) {
      JavaType type = Json31.mapper().constructType(annotated.getType());
      String definition = type == null ? null : definitionOf(type.getRawClass());
      if (definition != null) {
        return new Schema<>().$ref(COMPONENTS + definition);
      }
      return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
    }
  }
}
