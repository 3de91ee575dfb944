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
import dev.attache.model.Ref;
import dev.attache.validation.Problem;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of attache: reads and writes every type of the model in format 1
 * ({@code FORMAT.md}) inside a user's own types, ids ({@link Ref}) as their text whatever their
 * type argument, and the text-form values ({@link PartialDate}, {@link CountryCode},
 * {@link QualifiedDate}, {@link Ref}) as map keys too. Registered for {@code findAndAddModules()}
 * through {@code ServiceLoader}, under one registration id whatever its settings, so that a mapper
 * never holds two of it.
 *
 * <p>Values are read strictly whatever the mapper's coercion settings (no {@code "12"} for a
 * number, no number for an enum, no {@code null} for a value); every problem of a value comes in
 * one {@link JsonDecodingException}. A property of the model it does not know is dealt with as
 * {@link #withUnknownProperties} says; by default it goes through the mapper's own handling
 * ({@link UnknownProperties#FOLLOW_MAPPER}), as a Jackson module's beans do.
 * {@link DecodedEntity} reads an entity of any kind with the unknown properties
 * {@link UnknownProperties#KEEP} kept, and writes them back. Polymorphic entities are told apart by their {@code type} property, from a closed set of
 * names: no default typing, no class names.
 *
 * <p><b>Binding, not validation, by default.</b> Like Jackson's own modules, it binds values and
 * leaves their content rules to whoever asks: an application checks what it received with
 * {@code @Valid} (Spring) or {@link dev.attache.validation.AttacheValidator}, so one invalid
 * request reports every broken rule with its pointer instead of failing inside the parser.
 * {@link #withValidation()} makes a module that validates each decoded value and refuses an
 * invalid one; {@link AttacheJson}, the ready-made facade for documents and streams, validates by
 * default.
 *
 * <p>Not changed after it is made, and its serializers and deserializers hold no state, so one
 * module can serve any number of mappers and threads (the {@code add…} methods it inherits from
 * {@link SimpleModule} would change it).
 */
public final class AttacheModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Whether decoded values are validated; serialized with the module. */
  private final boolean validate;

  /** What becomes of properties the model does not have. */
  private final UnknownProperties unknown;

  /**
   * The module as {@code ServiceLoader} makes it: binding without validation, unknown properties
   * as the mapper says.
   */
  public AttacheModule() {
    this(false, UnknownProperties.FOLLOW_MAPPER);
  }

  private AttacheModule(boolean validate, UnknownProperties unknown) {
    super("attache", ModuleVersion.VERSION);
    this.validate = validate;
    this.unknown = unknown;
    entity(Entity.class, EntityCodec.INSTANCE);
    for (EntityKind kind : EntityKind.values()) {
      entityOfKind(kind.getType());
    }
    setKeyDeserializers(new ModelKeyDeserializers()); // before key(…) adds to it
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
    addSerializer(DecodedEntity.class, new DecodedEntitySerializer());
    addDeserializer(DecodedEntity.class, new DecodedEntityDeserializer(validate, unknown));
    addSerializer(Ref.class, new RefSerializer());
    addDeserializer(Ref.class, new RefDeserializer(null));
    key(PartialDate.class, PartialDate::parse);
    key(CountryCode.class, CountryCode::parse);
    key(QualifiedDate.class, QualifiedDate::parse);
    key(Ref.class, Ref::parse);
  }

  /**
   * A module that validates every decoded value of the model and refuses an invalid one with all
   * its problems.
   *
   * @return this module if it already validates, else a new one
   */
  public AttacheModule withValidation() {
    return validate ? this : new AttacheModule(true, unknown);
  }

  /**
   * A module that binds without validating, as the default one does.
   *
   * @return this module if it does not validate, else a new one
   */
  public AttacheModule withoutValidation() {
    return validate ? new AttacheModule(false, unknown) : this;
  }

  /**
   * A module that deals with properties the model does not have as told, whatever the mapper's
   * {@code FAIL_ON_UNKNOWN_PROPERTIES} (but for {@link UnknownProperties#FOLLOW_MAPPER}).
   *
   * @param unknownProperties what becomes of them, not null
   * @return this module if it already does so, else a new one with the same validation
   */
  public AttacheModule withUnknownProperties(UnknownProperties unknownProperties) {
    java.util.Objects.requireNonNull(unknownProperties, "unknownProperties");
    return unknownProperties == unknown ? this : new AttacheModule(validate, unknownProperties);
  }

  /**
   * What becomes of properties the model does not have.
   *
   * @return the policy, not null; {@link UnknownProperties#FOLLOW_MAPPER} unless set
   */
  public UnknownProperties unknownProperties() {
    return unknown;
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
    addDeserializer(type, new CodecDeserializer<>(type, codec, validate, unknown));
  }

  /** A map key read by the value's own parser, written as its text. */
  private <T> void key(Class<T> type, java.util.function.Function<String, ? extends T> parse) {
    addKeyDeserializer(type, ModelKeyDeserializers.of(parse));
    addKeySerializer(type, new tools.jackson.databind.ValueSerializer<T>() {
      @Override
      public void serialize(T value, tools.jackson.core.JsonGenerator out,
          tools.jackson.databind.SerializationContext context) {
        out.writeName(value.toString()); // the text form, which the key reader parses back
      }
    });
  }

  /** One id, {@code "dev.attache.json"}, whatever the settings: a mapper holds one of it. */
  @Override
  public Object getRegistrationId() {
    return AttacheModule.class.getName();
  }
}
