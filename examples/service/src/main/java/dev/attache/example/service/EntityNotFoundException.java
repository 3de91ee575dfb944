package dev.attache.example.service;

import dev.attache.model.Ref;

/** A request named an entity the store does not hold: 404. */
final class EntityNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EntityNotFoundException(Ref<?> id) {
    super("there is no " + id);
  }
}
