package dev.attache.example.service;

import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonWriter;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Ref;
import dev.attache.postgres.EntityStore;
import dev.attache.postgres.ImportResult;
import dev.attache.postgres.Revision;
import dev.attache.postgres.Versioned;
import io.swagger.v3.oas.annotations.media.Content;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The entities themselves: one at a time with versions ({@code ETag}, {@code If-Match}), their
 * history, pages of a kind, and whole streams as NDJSON in both directions.
 */
@RestController
@RequestMapping("/entities")
class EntityController {
  /** The media type of entity streams, one entity of format 1 per line. */
  static final String NDJSON = "application/x-ndjson";

  private final EntityStore store;

  EntityController(EntityStore store) {
    this.store = store;
  }

  /** A page of entities: where it starts, how long it may be, and how many there are. */
  record EntityPage(String kind, long offset, int limit, long total, List<Entity> entities) {}

  /** One version in an entity's history; a deletion has no entity. */
  record RevisionView(long version, Instant changedAt, boolean deleted, Entity entity) {
    static RevisionView of(Revision revision) {
      return new RevisionView(revision.version(), revision.changedAt(), revision.isDeletion(),
          revision.entity().orElse(null));
    }
  }

  /**
   * Creates an entity, or replaces the version named by {@code If-Match}: without the header the
   * entity must be new; with {@code If-Match: "3"} the store must hold version 3; with
   * {@code If-Match: *} any version. Otherwise 409 with the current version.
   */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Entity> put(@PathVariable("id") Ref<?> id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody Entity entity) {
    if (!entity.getId().equals(id)) {
      throw new IdMismatchException(id, entity.getId());
    }
    long expected = ifMatch == null ? 0 : Etags.version(ifMatch);
    if (expected == Etags.ANY) {
      expected = store.getVersioned(any(id)).map(Versioned::version)
          .orElseThrow(() -> new EntityNotFoundException(id));
    }
    Versioned<Entity> written = store.put(entity, expected);
    ResponseEntity.BodyBuilder reply = written.version() == 1
        ? ResponseEntity.created(URI.create("/entities/" + id))
        : ResponseEntity.ok();
    return reply.eTag(Etags.of(written.version())).lastModified(written.changedAt())
        .body(entity);
  }

  /** One entity with its version as {@code ETag}; 304 for a matching {@code If-None-Match}. */
  @GetMapping("/{id}")
  ResponseEntity<Entity> get(@PathVariable("id") Ref<?> id, WebRequest request) {
    Versioned<Entity> found = store.getVersioned(any(id))
        .orElseThrow(() -> new EntityNotFoundException(id));
    String etag = Etags.of(found.version());
    if (request.checkNotModified(etag)) {
      return null; // Spring answers 304
    }
    return ResponseEntity.ok().eTag(etag).lastModified(found.changedAt()).body(found.entity());
  }

  /** Deletes an entity, only at the version of {@code If-Match} if given; the history keeps it. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable("id") Ref<?> id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    long expected = ifMatch == null ? Etags.ANY : Etags.version(ifMatch);
    boolean deleted = expected == Etags.ANY ? store.delete(id) : store.delete(id, expected);
    if (!deleted) {
      throw new EntityNotFoundException(id);
    }
    return ResponseEntity.noContent().build();
  }

  /** Every version of an entity, oldest first, deletions included. */
  @GetMapping("/{id}/history")
  List<RevisionView> history(@PathVariable("id") Ref<?> id) {
    List<Revision> revisions = store.history(id);
    if (revisions.isEmpty()) {
      throw new EntityNotFoundException(id);
    }
    return revisions.stream().map(RevisionView::of).toList();
  }

  /**
   * A page of the entities of a kind (all kinds without {@code kind}), in the order their ids
   * first came; {@code Link: <…>; rel="next"} names the next page.
   */
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<EntityPage> page(@RequestParam(name = "kind", required = false) EntityKind kind,
      @RequestParam(name = "offset", defaultValue = "0") @Min(0) long offset,
      @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(10_000) int limit) {
    Class<? extends Entity> type = kind == null ? Entity.class : kind.getType();
    String kindName = kind == null ? null : AttacheJson.typeName(kind);
    long total = store.count(type);
    List<Entity> entities = List.copyOf(store.page(type, offset, limit));
    ResponseEntity.BodyBuilder reply = ResponseEntity.ok();
    if (offset + entities.size() < total) {
      reply.header(HttpHeaders.LINK, "</entities?" + (kindName == null ? "" : "kind=" + kindName
          + "&") + "offset=" + (offset + entities.size()) + "&limit=" + limit + ">; rel=\"next\"");
    }
    return reply.body(new EntityPage(kindName, offset, limit, total, entities));
  }

  /** Every entity (of a kind, if given) as NDJSON, streamed from a cursor in constant memory. */
  @GetMapping(produces = NDJSON)
  ResponseEntity<StreamingResponseBody> stream(
      @RequestParam(name = "kind", required = false) EntityKind kind) {
    Class<? extends Entity> type = kind == null ? Entity.class : kind.getType();
    StreamingResponseBody body = out -> {
      try (Stream<? extends Entity> entities = store.stream(type);
          NdjsonWriter writer = AttacheJson.strict().ndjsonWriter(out)) {
        entities.forEach(writer::write);
      }
    };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
  }

  /**
   * Imports an NDJSON stream through the store's COPY path: good lines are written, each bad one
   * is reported with its line number and skipped.
   */
  @PostMapping(consumes = NDJSON)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = NDJSON))
  ResponseEntity<ImportResult> importNdjson(InputStream body) {
    ImportResult result = store.importNdjson(body);
    return ResponseEntity.status(HttpStatus.OK).body(result);
  }

  @SuppressWarnings("unchecked")
  private static Ref<Entity> any(Ref<?> id) {
    return (Ref<Entity>) id;
  }

  /** The id in the body is not the id in the path: 422. */
  static final class IdMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String bodyId;

    IdMismatchException(Ref<?> path, Ref<?> body) {
      super("the entity's id " + body + " is not the id in the path, " + path);
      this.bodyId = body.toString();
    }

    String bodyId() {
      return bodyId;
    }
  }
}
