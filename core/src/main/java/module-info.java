/**
 * attache core: the domain of international digital cooperation as immutable, validated values.
 *
 * <p>The API packages are exported. They are also opened, because Jakarta Validation providers
 * read constraints and call getters and validators reflectively, and a user may pick any provider.
 */
module dev.attache.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports dev.attache.common;
  exports dev.attache.source;
  exports dev.attache.party;
  exports dev.attache.attache;
  exports dev.attache.cooperation;
  exports dev.attache.economy;
  exports dev.attache.capacity;
  exports dev.attache.event;
  exports dev.attache.validation;
  exports dev.attache.dataset;

  opens dev.attache.common;
  opens dev.attache.source;
  opens dev.attache.party;
  opens dev.attache.attache;
  opens dev.attache.cooperation;
  opens dev.attache.economy;
  opens dev.attache.capacity;
  opens dev.attache.event;
  opens dev.attache.validation;
}
