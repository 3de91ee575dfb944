package dev.attache.spring.boot.testapp;

import dev.attache.json.DecodedEntity;
import dev.attache.model.Ref;
import dev.attache.validation.AttacheValidator;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entities of any kind stored as they came: with {@code attache.json.unknown-properties=keep},
 * what a later version of the format added comes back unchanged.
 */
@RestController
@RequestMapping("/documents")
public class DocumentController {
  private final Map<Ref<?>, DecodedEntity> documents = new ConcurrentHashMap<>();
  private final AttacheValidator validator;

  /**
   * Creates the controller.
   *
   * @param validator the starter's validator
   */
  public DocumentController(AttacheValidator validator) {
    this.validator = validator;
  }

  /**
   * Stores a valid entity with whatever it carries besides.
   *
   * @param document the entity as read
   * @return 201 with its address
   */
  @PostMapping
  public ResponseEntity<DecodedEntity> create(@RequestBody DecodedEntity document) {
    validator.requireValid(document.entity());
    documents.put(document.entity().getId(), document);
    return ResponseEntity.created(URI.create("/documents/" + document.entity().getId()))
        .body(document);
  }

  /**
   * One entity as it was stored.
   *
   * @param id its id, of any kind
   * @return 200 with it, or 404
   */
  @GetMapping("/{id}")
  public ResponseEntity<DecodedEntity> get(@PathVariable Ref<?> id) {
    DecodedEntity document = documents.get(id);
    return document == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(document);
  }
}
