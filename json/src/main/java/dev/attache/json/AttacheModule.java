package dev.attache.json;

import dev.attache.model.ParticipantCount;
import dev.attache.model.ProjectParticipant;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.common.Money;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.model.Party;
import dev.attache.common.DateRange;
import dev.attache.common.Place;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import dev.attache.validation.Problem;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of attache: reads and writes every type of the model in format 1
 * ({@code FORMAT.md}). Registered for {@code findAndAddModules()} through {@code ServiceLoader}.
 *
 * <p>Values are read strictly whatever the mapper's coercion settings (no {@code "12"} for a
 * number, no number for an enum, no {@code null} for a value) and validated unless
 * {@link #withValidation(boolean) switched off}; every problem of a value comes in one
 * {@link JsonDecodingException}. Polymorphic entities are told apart by their {@code type}
 * property, from a closed set of names: no default typing, no class names.
 *
 * <p>Not changed after it is made, and its serializers and deserializers hold no state, so one
 * module can serve any number of mappers and threads (the {@code add…} methods it inherits from
 * {@link SimpleModule} would change it).
 */
public final class AttacheModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Whether decoded values are validated; serialized with the module. */
  private final boolean validate;

  /** The module with validation on, as {@code ServiceLoader} makes it. */
  public AttacheModule() {
    this(true);
  }

  private AttacheModule(boolean validate) {
    super("attache", Version.unknownVersion());
    this.validate = validate;
    entity(Entity.class, EntityCodec.INSTANCE);
    for (EntityKind kind : EntityKind.values()) {
      entityOfKind(kind.getType());
    }
    value(PartialDate.class, BuildingBlocks.PARTIAL_DATE);
    value(CountryCode.class, BuildingBlocks.COUNTRY);
    value(DateRange.class, BuildingBlocks.PERIOD);
    value(QualifiedDate.class, BuildingBlocks.QUALIFIED_DATE);
    value(Names.class, BuildingBlocks.NAMES);
    value(Money.class, BuildingBlocks.MONEY);
    value(Quantity.class, BuildingBlocks.QUANTITY);
    value(Place.class, BuildingBlocks.PLACE);
    value(Party.class, BuildingBlocks.PARTY);
    value(ProjectParticipant.class, BuildingBlocks.PROJECT_PARTICIPANT);
    value(ParticipantCount.class, BuildingBlocks.PARTICIPANT_COUNT);
    value(Problem.class, Problems.CODEC);
  }

  /**
   * This module, validating decoded values or not.
   *
   * @param validate true to validate every decoded value, false not to
   * @return this module if it already does so, else a new module
   */
  public AttacheModule withValidation(boolean validate) {
    return validate == this.validate ? this : new AttacheModule(validate);
  }

  /**
   * True if decoded values are validated.
   *
   * @return true if decoded values are validated
   */
  public boolean isValidating() {
    return validate;
  }

  private <T extends Entity> void entityOfKind(Class<T> type) {
    entity(type, EntityCodec.INSTANCE.of(type));
  }

  private <T extends Entity> void entity(Class<T> type, Codec<T> codec) {
    value(type, codec);
  }

  private <T> void value(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec, validate));
  }

  @Override
  public Object getRegistrationId() {
    return AttacheModule.class.getName() + (validate ? "" : ":unvalidated");
  }
}
