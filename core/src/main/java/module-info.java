/**
 * attache core: the domain of international digital cooperation as immutable, validated values.
 *
 * <p>The API packages are exported. They are also opened, because Jakarta Validation providers
 * read constraints and call getters and validators reflectively, and a user may pick any provider.
 */
module dev.attache.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging; // to quiet the engine's version banner
  requires static org.immutables.value.annotations;

  exports dev.attache.common;
  exports dev.attache.model;
  exports dev.attache.validation;
  exports dev.attache.dataset;
  exports dev.attache.internal to dev.attache.json, dev.attache.data;

  opens dev.attache.common;
  opens dev.attache.model;
  opens dev.attache.validation;
  // constraint validators: not API, but any Jakarta Validation provider must instantiate them
  opens dev.attache.internal.constraints;
}
