package io.shutterport.spi.storage;

/**
 * Optional ability: move objects to a cheaper, slower tier and bring them back. While an object is
 * archived, {@code head} and {@code list} still show it and {@code delete} deletes it, but {@code
 * get} throws {@link ObjectArchivedException} until it is restored.
 */
public interface SupportsArchiveTier {

  /**
   * Moves an object to the archive tier; archiving an archived object changes nothing.
   *
   * @return false when there is no such object
   */
  boolean archive(String key);

  /**
   * Asks for an archived object back. Some stores restore at once, others hours later: call again
   * to learn whether it is done.
   *
   * @return true once the object is readable (also when it was never archived); false while the
   *     restore is under way or when there is no such object
   */
  boolean restore(String key);

  /** Whether the object exists and is archived (not readable now). */
  boolean isArchived(String key);
}
