package dev.attache.model;

import dev.attache.common.Limits;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * An entity about areas of cooperation: catalogued {@link CooperationArea}s plus free text for
 * anything the catalogue lacks.
 */
public interface HasCooperationAreas {
  /**
   * The catalogued areas.
   *
   * @return the areas, in catalogue order; unmodifiable, possibly empty, not null
   */
  Set<CooperationArea> getAreas();

  /**
   * Areas outside the {@link CooperationArea} catalogue, in English.
   *
   * @return the other areas, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  List<@NonBlank @NoControlCharacters @Size(max = Limits.NAME) String> getOtherAreas();
}
