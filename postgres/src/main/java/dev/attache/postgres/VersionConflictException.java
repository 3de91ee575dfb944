package dev.attache.postgres;

import dev.attache.model.Ref;

/**
 * A write that expected an entity at one version found it at another: someone else wrote it in
 * between. Nothing of the call was written; read the entity again, then decide.
 */
public final class VersionConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The id of the entity. */
  private final String id;
  /** The version the caller expected, 0 for "not there yet". */
  private final long expected;
  /** The version found, 0 for "not there". */
  private final long actual;

  /**
   * A conflict.
   *
   * @param id the entity
   * @param expected the version the caller expected, 0 for "not there yet"
   * @param actual the version found, 0 for "not there"
   */
  public VersionConflictException(Ref<?> id, long expected, long actual) {
    super(id + " is at version " + actual + ", not at the expected " + expected
        + (actual == 0 ? " (it is not in the store)" : ""), null);
    this.id = id.toString();
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The id of the entity.
   *
   * @return the id, such as {@code agreement:ru-tm-2021}
   */
  public String getId() {
    return id;
  }

  /**
   * The version the caller expected.
   *
   * @return the version, 0 for "not there yet"
   */
  public long getExpectedVersion() {
    return expected;
  }

  /**
   * The version the store holds.
   *
   * @return the version, 0 if the entity is not there
   */
  public long getActualVersion() {
    return actual;
  }
}
