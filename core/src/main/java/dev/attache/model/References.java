package dev.attache.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Collects the references of one entity, sources first, then the attributes its kind names: the
 * helper behind every {@link Entity#references()}.
 */
final class References {
  private final List<Reference> references = new ArrayList<>(4);

  private References(Entity entity) {
    all("sources", entity.getSources(), Source.class);
  }

  /** Starts with the entity's sources. */
  static References of(Entity entity) {
    return new References(entity);
  }

  References one(String attribute, Ref<? extends Entity> ref, Class<? extends Entity> expected) {
    references.add(new Reference(attribute, -1, null, ref, expected));
    return this;
  }

  References one(String attribute, Optional<? extends Ref<? extends Entity>> ref,
      Class<? extends Entity> expected) {
    ref.ifPresent(r -> one(attribute, r, expected));
    return this;
  }

  References all(String attribute, List<? extends Ref<? extends Entity>> refs,
      Class<? extends Entity> expected) {
    for (int i = 0; i < refs.size(); i++) {
      references.add(new Reference(attribute, i, null, refs.get(i), expected));
    }
    return this;
  }

  /** An element's property: {@code /participants/0/organization}. */
  References element(String attribute, int index, String property,
      Optional<? extends Ref<? extends Entity>> ref, Class<? extends Entity> expected) {
    ref.ifPresent(r -> references.add(new Reference(attribute, index, property, r, expected)));
    return this;
  }

  /** An element's property that is always there. */
  References element(String attribute, int index, String property, Ref<? extends Entity> ref,
      Class<? extends Entity> expected) {
    references.add(new Reference(attribute, index, property, ref, expected));
    return this;
  }

  /** A party that is an organization: {@code /customer}. */
  /** The source of each observation, at {@code /observations/<i>/source}. */
  References observations(List<? extends StatusObservation<?>> observations) {
    for (int i = 0; i < observations.size(); i++) {
      element("observations", i, "source", observations.get(i).getSource(), Source.class);
    }
    return this;
  }

  References party(String attribute, Party party) {
    return one(attribute, party.getOrganization(), Organization.class);
  }

  /** The organizations among parties: {@code /parties/1}. */
  References parties(String attribute, List<Party> parties) {
    for (int i = 0; i < parties.size(); i++) {
      int index = i;
      parties.get(i).getOrganization().ifPresent(o -> references.add(
          new Reference(attribute, index, null, o, Organization.class)));
    }
    return this;
  }

  List<Reference> list() {
    return Collections.unmodifiableList(references);
  }
}
