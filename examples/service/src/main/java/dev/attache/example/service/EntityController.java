package dev.attache.example.service;

import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonWriter;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Ref;
import dev.attache.postgres.EntityStore;
import dev.attache.postgres.ImportResult;
import dev.attache.postgres.Revision;
import dev.attache.postgres.VersionConflictException;
import dev.attache.postgres.Versioned;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * The entities themselves: one at a time with versions ({@code ETag}, {@code If-Match}), their
 * history, pages of a kind, and whole streams as NDJSON in both directions.
 */
@RestController
@RequestMapping("/entities")
class EntityController {
  /** The media type of entity streams, one entity of format 1 per line. */
  static final String NDJSON = "application/x-ndjson";

  /**
   * How many times {@code If-Match: *} writes again over the version another writer has just
   * written: each attempt loses only to a writer that succeeded, so this bounds the wait under
   * a storm of writers of one entity, not the outcome of a few.
   */
  static final int ANY_VERSION_ATTEMPTS = 64;

  private static final Logger LOG = LoggerFactory.getLogger(EntityController.class);

  private final EntityStore store;
  /** Exports running: each holds a connection for as long as its client reads. */
  private final Semaphore exports;
  private final int maxExports;

  EntityController(EntityStore store, ServiceProperties properties) {
    this.store = store;
    this.maxExports = Math.max(1, properties.maxExports());
    this.exports = new Semaphore(maxExports);
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
   * entity must be new; with {@code If-Match: "3"} the store must hold version 3, else 409 with
   * the current version; with {@code If-Match: *} any version, never a conflict, 404 if there is
   * none. Any other {@code If-Match} is 400 ({@code header.if-match}).
   */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Entity> put(@PathVariable("id") Ref<?> id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody Entity entity) {
    if (!entity.getId().equals(id)) {
      throw new IdMismatchException(id, entity.getId());
    }
    long expected = ifMatch == null ? 0 : Etags.version(ifMatch);
    Versioned<Entity> written = expected == Etags.ANY ? putOverAnyVersion(id, entity)
        : store.put(entity, expected);
    ResponseEntity.BodyBuilder reply = written.version() == 1
        ? ResponseEntity.created(URI.create("/entities/" + id))
        : ResponseEntity.ok();
    return reply.eTag(Etags.of(written.version())).lastModified(written.changedAt())
        .body(entity);
  }

  /**
   * {@code If-Match: *}: over whatever version the store holds, as long as it holds one. The
   * store writes only over a version named (it has no "replace if there" of its own), so this
   * names the version it read and, when another writer came between, the version that writer
   * left, until the write goes through: 404 if the entity is not there, or no longer.
   */
  private Versioned<Entity> putOverAnyVersion(Ref<?> id, Entity entity) {
    long version = store.getVersioned(any(id)).map(Versioned::version)
        .orElseThrow(() -> new EntityNotFoundException(id));
    for (int attempt = 1; ; attempt++) {
      try {
        return store.put(entity, version);
      } catch (VersionConflictException e) {
        if (e.getActualVersion() == 0) {
          throw new EntityNotFoundException(id); // deleted meanwhile: * matches nothing
        }
        if (attempt == ANY_VERSION_ATTEMPTS) {
          throw e;
        }
        version = e.getActualVersion();
      }
    }
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

  /**
   * Every entity (of a kind, if given) as NDJSON, streamed from a cursor in constant memory.
   *
   * <p>Written on the request's own thread, not as an asynchronous {@code StreamingResponseBody}:
   * an export takes as long as the client takes to read it, and Spring's asynchronous requests
   * end at a total time (Tomcat's 30 s by default, {@code spring.mvc.async.request-timeout}),
   * which cut long exports to slow clients short. The only limit is Tomcat's
   * {@code server.tomcat.connection-timeout} (60 s, application.properties): a client that takes
   * nothing for that long is cut. A stream cut short, by the client or by a failure of the
   * database after the first line, ends with the connection closed before the last chunk, never
   * as a complete answer.
   */
  @GetMapping(produces = NDJSON)
  @ApiResponse(responseCode = "200", description = "the entities, one per line",
      content = @Content(mediaType = NDJSON))
  void stream(@RequestParam(name = "kind", required = false) EntityKind kind,
      HttpServletResponse response) throws IOException {
    Class<? extends Entity> type = kind == null ? Entity.class : kind.getType();
    if (!exports.tryAcquire()) {
      throw new ExportsBusyException(maxExports);
    }
    try {
      export(type, response);
    } finally {
      exports.release();
    }
  }

  private void export(Class<? extends Entity> type, HttpServletResponse response)
      throws IOException {
    long lines = 0;
    try (Stream<? extends Entity> entities = store.stream(type)) {
      response.setContentType(NDJSON);
      NdjsonWriter writer = AttacheJson.strict().ndjsonWriter(response.getOutputStream());
      for (Iterator<? extends Entity> each = entities.iterator(); each.hasNext(); ) {
        writer.write(each.next());
        lines++;
      }
      writer.close();
    } catch (UncheckedIOException e) {
      // the client left, or took nothing for the connection timeout: Tomcat closes the
      // connection, the stream unfinished
      LOG.info("An NDJSON export stopped after {} entities: the client {}", lines,
          timedOut(e) ? "took nothing for the connection timeout" : "left");
    } catch (RuntimeException e) {
      if (!response.isCommitted()) {
        throw e; // nothing sent yet: a problem answer (503 for the store)
      }
      // logged here, not carried as the cause: an advice for the cause (StoreException) would
      // write its problem into the stream and end it as if it were whole
      LOG.error("An NDJSON export failed after {} entities; its connection is closed", lines, e);
      throw new ExportCutException(lines);
    }
  }

  /** As many exports run as the service allows: another would take a connection others need. */
  static final class ExportsBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExportsBusyException(int running) {
      super(running + " NDJSON exports are running, as many as the service allows at once"
          + " (attache.service.max-exports); try again later");
    }
  }

  private static boolean timedOut(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /**
   * An export failed after its first lines were sent: no handler answers it, so it reaches
   * Tomcat, which closes the connection rather than end the stream as if it were whole.
   */
  static final class ExportCutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExportCutException(long lines) {
      super("An NDJSON export failed after " + lines + " entities");
    }
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
