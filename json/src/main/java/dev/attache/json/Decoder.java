package dev.attache.json;

import dev.attache.common.InvalidValueException;
import dev.attache.internal.Texts;
import dev.attache.validation.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of one decoding: the parser, where in the document it is (a JSON Pointer), the
 * problems found so far, and in lenient mode the unknown properties kept for writing back.
 *
 * <p>A codec that meets a bad value records a problem, skips the value and returns {@code null};
 * the caller goes on with the next property, so one pass reports every problem of an entity.
 * Syntax errors and exceeded limits are exceptions of the parser: nothing after them can be read,
 * and the document or line reader reports them.
 */
final class Decoder {
  private final JsonParser parser;
  private final boolean lenient;
  private final ProblemLog problems;
  private final String base;
  private final long lineOffset;
  private final TokenStreamLocation fixedLocation;
  private String[] path = new String[16];
  private int depth;
  private Map<String, JsonNode> unknown;
  private int unknownFrom;
  private TreeBudget entityBudget;

  /**
   * @param base the pointer of the decoded value in the whole input, {@code ""} for the root
   * @param lineOffset added to the parser's line numbers (an NDJSON line is parsed on its own)
   * @param fixedLocation reported for every problem when the parser reads a buffered tree, whose
   *     own locations mean nothing; {@code null} to use the parser's
   */
  Decoder(JsonParser parser, boolean lenient, ProblemLog problems, String base,
      long lineOffset, TokenStreamLocation fixedLocation) {
    this.parser = parser;
    this.lenient = lenient;
    this.problems = problems;
    this.base = base;
    this.lineOffset = lineOffset;
    this.fixedLocation = fixedLocation;
  }

  JsonParser parser() {
    return parser;
  }

  boolean isLenient() {
    return lenient;
  }

  JsonToken next() {
    return parser.nextToken();
  }

  JsonToken token() {
    return parser.currentToken();
  }

  void push(String token) {
    if (depth == path.length) {
      path = java.util.Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = token;
  }

  void push(int index) {
    push(index < INDEXES.length ? INDEXES[index] : Integer.toString(index));
  }

  /** The texts of the first array indexes: every element is pushed, few are ever reported. */
  private static final String[] INDEXES = new String[256];

  static {
    for (int i = 0; i < INDEXES.length; i++) {
      INDEXES[i] = Integer.toString(i);
    }
  }

  void pop() {
    depth--;
  }

  /** The JSON Pointer of the current place. */
  String pointer() {
    StringBuilder pointer = new StringBuilder(base);
    for (int i = 0; i < depth; i++) {
      pointer.append('/').append(Problem.escape(path[i]));
    }
    return pointer.toString();
  }

  /**
   * The pointer of a parser failure. Jackson reads a property's value with its name, so a value
   * past a limit fails before the codec has stepped into the property: add the name it was at.
   */
  String failurePointer() {
    String name;
    try {
      name = parser.currentName();
    } catch (RuntimeException e) {
      name = null;
    }
    if (name == null || depth > 0 && name.equals(path[depth - 1])
        || Texts.firstIllegal(name, false) >= 0) {
      return pointer(); // a name that is not text is not part of any pointer
    }
    return pointer() + "/" + Problem.escape(name);
  }

  /** How many problems this decoding has recorded so far. */
  long problemCount() {
    return problems.count();
  }

  ProblemLog problems() {
    return problems;
  }

  /** Records a problem made elsewhere (by validation), as it is. */
  void report(Problem problem) {
    problems.add(problem);
  }

  TokenStreamLocation location() {
    return fixedLocation != null ? fixedLocation : parser.currentTokenLocation();
  }

  /** Records a problem at the current place and token. */
  void problem(String code, String message) {
    problemAt(location(), code, message);
  }

  /** Records a problem quoting the offending value. */
  void problem(String code, String message, Object value) {
    problemAt(location(), code, message, value);
  }

  /** Records a problem at the current place, located at a token read earlier. */
  void problemAt(TokenStreamLocation at, String code, String message) {
    problems.add(locate(Problem.of(pointer(), code, message), at));
  }

  /** Records a problem quoting the offending value, located at a token read earlier. */
  void problemAt(TokenStreamLocation at, String code, String message, Object value) {
    problems.add(locate(Problem.of(pointer(), code, message, value), at));
  }

  /** Records a broken invariant of a value read at the current place. */
  void problem(InvalidValueException e) {
    problem(e.getCode(), e.getMessage());
  }

  Problem locate(Problem problem, TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return problem;
    }
    return problem.withLine(location.getLineNr() + lineOffset).withColumn(location.getColumnNr());
  }

  /**
   * True if the current token is {@code expected}; otherwise records {@code json.null} or
   * {@code json.type}, skips the value and returns false.
   */
  boolean expect(JsonToken expected, String what) {
    JsonToken token = token();
    if (token == expected) {
      return true;
    }
    mismatch(what);
    return false;
  }

  /** Records that the current value is not {@code what}, and skips it. */
  void mismatch(String what) {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      problem("json.null", "null is not allowed: expected " + what);
    } else {
      problem("json.type", "expected " + what + ", got " + describe(token), excerpt());
    }
    skip();
  }

  /**
   * True if a text read from the input may be kept: no unpaired surrogate (no encoder can write
   * one back) and no control character but tab, line feed and carriage return. Otherwise records
   * {@code json.string}.
   */
  boolean checkText(String text) {
    int bad = Texts.firstIllegal(text, true);
    if (bad < 0) {
      return true;
    }
    problem("json.string", "the text has the character "
        + Texts.codePoint(text.charAt(bad)) + " at index " + bad
        + ": a control character or an unpaired surrogate", text);
    return false;
  }

  /**
   * Moves to the next property of the object being read and returns its name, pushed on the
   * pointer, with the parser on its value; {@code null} at the end of the object. A name that
   * cannot be part of a pointer is reported and its value skipped ({@link #checkName}). The caller
   * pops the name when it is done with the value.
   */
  String nextProperty() {
    while (next() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (checkName(name)) {
        push(name); // before the value is read: a value past a limit is reported here
        next();
        return name;
      }
    }
    return null;
  }

  /** Records {@code json.property.duplicate} for a property seen before, and skips its value. */
  void duplicate(String name) {
    problem("json.property.duplicate", "the property '" + name + "' appears twice");
    skip();
  }

  /**
   * True if a property name may be part of a pointer. A name with a control character or an
   * unpaired surrogate is reported at the object that holds it ({@code json.string}), and its
   * value is skipped: the parser must be on the name.
   */
  boolean checkName(String name) {
    // one comparison for every name a format has; the parser's own limit only past attache's
    if (name.length() > DEFAULT_MAX_NAME_LENGTH && name.length() > maxNameLength()) {
      // reported at the object, quoted short: a pointer and a message holding the whole name
      // would send back as much as was sent
      problem("json.limit", "a property name of " + name.length() + " characters: longer than"
          + " any name of the format (the limit is " + maxNameLength() + ")", name);
      next();
      skip();
      return false;
    }
    int bad = Texts.firstIllegal(name, false);
    if (bad < 0) {
      return true;
    }
    problem("json.string", "a property name has the character "
        + Texts.codePoint(name.charAt(bad)) + " at index " + bad
        + ": a control character or an unpaired surrogate", name);
    next();
    skip();
    return false;
  }

  private static final int DEFAULT_MAX_NAME_LENGTH = JsonLimits.defaults().getMaxNameLength();

  /**
   * The longest property name: the parser's limit where it was given one (attache's readers give
   * {@link JsonLimits}'), else attache's default; a mapper of an application's own (Spring Boot's)
   * allows Jackson's 50,000.
   */
  private int maxNameLength() {
    int limit = parser.streamReadConstraints().getMaxNameLength();
    return limit == tools.jackson.core.StreamReadConstraints.defaults().getMaxNameLength()
        ? JsonLimits.defaults().getMaxNameLength() : limit;
  }

  /** Skips the current value, with everything inside it. */
  void skip() {
    parser.skipChildren();
  }

  /** A short text of the current scalar token, for a problem's value. */
  String excerpt() {
    JsonToken token = token();
    if (token != null && token.isScalarValue()) {
      return parser.getString();
    }
    return token == JsonToken.START_OBJECT ? "{…}" : token == JsonToken.START_ARRAY ? "[…]" : null;
  }

  /**
   * Whether the input says {@code null} here: Jackson also asks a deserializer for its null value
   * when a property is left out of a user's type (a record's component, an {@code Optional}), and
   * the parser is then past the object, not on a {@code null}.
   */
  static boolean saysNull(tools.jackson.databind.DeserializationContext context) {
    JsonParser parser = context.getParser();
    return parser != null && parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** A noun with its indefinite article: {@code a CountryCode}, {@code an Agreement}. */
  static String article(String noun) {
    return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  /**
   * What a reader does with a property the format does not have: the parser is on its value.
   * The default keeps it (lenient) or reports it (strict); a Jackson deserializer hands it to the
   * mapper's own handling instead ({@link CodecDeserializer}).
   */
  interface UnknownHandler {
    void handle(Decoder in, String property, String owner);
  }

  private UnknownHandler unknownProperties;

  /** This decoder, handing unknown properties to {@code handler}. */
  Decoder handlingUnknown(UnknownHandler handler) {
    this.unknownProperties = handler;
    return this;
  }

  /** Deals with a property the format does not have, the parser on its value. */
  void unknownProperty(String property, String owner) {
    if (unknownProperties != null) {
      unknownProperties.handle(this, property, owner);
    } else if (lenient) {
      keepUnknown();
    } else {
      problem("json.property.unknown", "unknown property '" + property + "' in " + owner);
      skip();
    }
  }

  /** Keeps the current value as an unknown property (lenient mode), at the current pointer. */
  void keepUnknown() {
    if (entityBudget == null) {
      entityBudget = new TreeBudget();
    }
    JsonNode value = readTree(entityBudget);
    if (value == null) {
      return;
    }
    if (unknown == null) {
      unknown = new LinkedHashMap<>();
    }
    unknown.put(pointerWithoutBase(), value);
  }

  /** Marks the current place as the start of an entity: kept unknown properties are relative to it. */
  void beginEntity() {
    unknownFrom = depth;
    unknown = null;
    entityBudget = null;
  }

  /**
   * How many values may be held as a tree for one entity or one document's unknown properties:
   * buffered input is bounded like everything else, whatever the nesting.
   */
  static final int MAX_TREE_VALUES = 100_000;

  /** The values left to buffer as trees for one entity (or one document's own properties). */
  static final class TreeBudget {
    private int left = MAX_TREE_VALUES;
    private boolean reported;
  }

  /**
   * Reads the current value into a tree, as Jackson would, but within the limits of the rest of
   * the reader: at most {@value BuildingBlocks#MAX_ITEMS} elements in an array or properties in an
   * object ({@code json.array.size}), at most {@value #MAX_TREE_VALUES} values for a budget
   * ({@code json.limit}), texts and property names that may be kept ({@code json.string}), no
   * repeated property ({@code json.property.duplicate}). Numbers keep their exact decimal value.
   * Returns null after recording why not.
   */
  JsonNode readTree(TreeBudget budget) {
    long before = problemCount();
    JsonNode tree = tree(budget);
    return problemCount() == before ? tree : null;
  }

  private JsonNode tree(TreeBudget budget) {
    if (budget.left-- <= 0) {
      if (!budget.reported) {
        budget.reported = true;
        problem("json.limit", "more than " + MAX_TREE_VALUES + " values to hold as a tree");
      }
      skip();
      return null;
    }
    JsonToken token = token();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        int count = 0;
        for (String name; (name = nextProperty()) != null; ) {
          if (tooManyProperties(++count)) {
            pop();
            break;
          }
          if (object.has(name)) {
            duplicate(name);
          } else {
            JsonNode value = tree(budget);
            if (value != null) {
              object.set(name, value);
            }
          }
          pop();
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
          push(index);
          if (index++ == BuildingBlocks.MAX_ITEMS) {
            problem("json.array.size", "the array has more than " + BuildingBlocks.MAX_ITEMS
                + " elements");
            skip();
            while (next() != JsonToken.END_ARRAY) {
              skip();
            }
            pop();
            break;
          }
          JsonNode value = tree(budget);
          if (value != null) {
            array.add(value);
          }
          pop();
        }
        return array;
      }
      case VALUE_STRING -> {
        String text = parser.getString();
        return checkText(text) ? JsonNodeFactory.instance.stringNode(text) : null;
      }
      case VALUE_NUMBER_INT -> {
        return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return JsonNodeFactory.instance.nullNode();
      }
      default -> throw new IllegalStateException("not at a value: " + token);
    }
  }

  /**
   * True, after recording {@code json.array.size} and skipping the rest of the object, if an
   * object has more properties than any object of the format may have: the parser is on the
   * value of property number {@code count}. Bounds what a reader remembers of one object (the
   * names it saw, to catch repeats), whatever the input.
   */
  boolean tooManyProperties(int count) {
    if (count <= BuildingBlocks.MAX_ITEMS) {
      return false;
    }
    problem("json.array.size", "the object has more than " + BuildingBlocks.MAX_ITEMS
        + " properties");
    skip();
    while (next() == JsonToken.PROPERTY_NAME) {
      next();
      skip();
    }
    return true;
  }

  private String pointerWithoutBase() {
    StringBuilder pointer = new StringBuilder();
    for (int i = unknownFrom; i < depth; i++) {
      pointer.append('/').append(Problem.escape(path[i]));
    }
    return pointer.toString();
  }

  /**
   * A decoder over another parser (a buffered tree) that reports into the same problems at the
   * current place, with a fixed location.
   */
  Decoder buffered(JsonParser other, TokenStreamLocation location) {
    return new Decoder(other, lenient, problems, pointer(), lineOffset,
        location == null ? TokenStreamLocation.NA : location).handlingUnknown(unknownProperties);
  }

  /** Takes over the unknown properties another decoder kept, placed under the current place. */
  void absorbUnknown(Decoder other) {
    Map<String, JsonNode> taken = other.takeUnknown();
    if (!taken.isEmpty()) {
      if (unknown == null) {
        unknown = new LinkedHashMap<>();
      }
      String prefix = pointerWithoutBase();
      taken.forEach((pointer, value) -> unknown.put(prefix + pointer, value));
    }
  }

  /** The unknown properties kept since the last call, by pointer relative to the base. */
  Map<String, JsonNode> takeUnknown() {
    Map<String, JsonNode> taken = unknown == null ? Map.of() : unknown;
    unknown = null;
    return taken;
  }
}
