package dev.paperdigest.jackson3;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.json.internal.DigestTokenReader;
import dev.paperdigest.json.internal.DigestTokenWriter;
import dev.paperdigest.json.internal.JsonKeys;
import dev.paperdigest.json.internal.ReadEvents;
import dev.paperdigest.json.internal.Token;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Teaches any Jackson 3 {@code JsonMapper} to read and write {@link Digest} and {@link Paper} in
 * the shape of the {@code json} format (docs/json.md), and with them {@code List<Digest>} and a
 * user's own records and POJOs that hold digests or papers. It is the Jackson 2 {@code
 * dev.paperdigest.jackson.DigestModule} for Jackson 3: the same shape, byte for byte, the same
 * checks and the same messages, from the same code.
 *
 * <pre>{@code
 * record Reading(String reader, Digest digest, List<Paper> favourites) {}
 *
 * JsonMapper mapper = JsonMapper.builder().addModule(new DigestModule()).build();
 * // or, through the service entry this jar ships: JsonMapper.builder().findAndAddModules().build()
 * String json = mapper.writeValueAsString(new Reading("kim", digest, List.of(digest.papers().get(0))));
 * Reading back = mapper.readValue(json, Reading.class);
 * List<Digest> archive = mapper.readValue(in, new TypeReference<List<Digest>>() {});
 * }</pre>
 *
 * <p>The shape does not bend to the mapper's settings: keys are written in their fixed order
 * whatever {@code SORT_PROPERTIES_ALPHABETICALLY} says, the date is a {@code YYYY-MM-DD} string
 * whatever {@code WRITE_DATES_AS_TIMESTAMPS} says, and unknown keys are refused whatever {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} says. Only the layout follows the mapper's generator. Reading refuses
 * what the {@code json} format refuses, throwing Jackson's own (unchecked) exceptions with the path
 * to the value: {@link UnrecognizedPropertyException} for an unknown key, {@link
 * InvalidFormatException} for a value the model refuses (a blank title, a tag with a space, an
 * impossible date), and {@link MismatchedInputException} for a wrong JSON type, {@code null} where
 * a value is required, or a missing or repeated key. {@code null} for an abstract, comment or
 * translation reads as absent; warnings have no place in a mapper and are not reported. Writing a
 * digest whose year lies outside 0000..9999 throws a {@link DatabindException} caused by {@link
 * UnwritableDigestException}.
 *
 * <p>{@link #version()} is this jar's version. The jar's {@code
 * META-INF/services/tools.jackson.databind.JacksonModule} entry lets {@code
 * MapperBuilder.findAndAddModules()} find the module, as Spring Boot 4 does.
 *
 * <p>The module adds no type information and enables no polymorphic or default typing.
 */
public final class DigestModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The format whose shape this is, which a refusal to write names. */
  private static final String SHAPE = "json";

  /** The module; add it with {@code JsonMapper.builder().addModule}. */
  public DigestModule() {
    super("dev.paperdigest.jackson3.DigestModule", PackageVersion.VERSION);
    addSerializer(Digest.class, new DigestSerializer());
    addSerializer(Paper.class, new PaperSerializer());
    addDeserializer(Digest.class, new DigestDeserializer());
    addDeserializer(Paper.class, new PaperDeserializer());
  }

  private static final class DigestSerializer extends StdSerializer<Digest> {
    DigestSerializer() {
      super(Digest.class);
    }

    @Override
    public void serialize(Digest digest, JsonGenerator out, SerializationContext context) {
      try {
        DigestTokenWriter.writeDigest(new GeneratorTokens(out), digest, SHAPE);
      } catch (UnwritableDigestException e) {
        throw DatabindException.from(out, e.getMessage(), e);
      } catch (IOException e) {
        throw JacksonIOException.construct(e, out);
      }
    }
  }

  private static final class PaperSerializer extends StdSerializer<Paper> {
    PaperSerializer() {
      super(Paper.class);
    }

    @Override
    public void serialize(Paper paper, JsonGenerator out, SerializationContext context) {
      try {
        DigestTokenWriter.writePaper(new GeneratorTokens(out), paper);
      } catch (IOException e) {
        throw JacksonIOException.construct(e, out);
      }
    }
  }

  private static final class DigestDeserializer extends StdDeserializer<Digest> {
    DigestDeserializer() {
      super(Digest.class);
    }

    @Override
    public Digest deserialize(JsonParser p, DeserializationContext context) {
      requireObject(p, context, Digest.class);
      try {
        return new DigestTokenReader<>(new FirstProblemThrown(p, Digest.class))
            .readDigest(new ParserTokens(p));
      } catch (IOException e) {
        throw JacksonIOException.construct(e, p);
      }
    }
  }

  private static final class PaperDeserializer extends StdDeserializer<Paper> {
    PaperDeserializer() {
      super(Paper.class);
    }

    @Override
    public Paper deserialize(JsonParser p, DeserializationContext context) {
      requireObject(p, context, Paper.class);
      try {
        return new DigestTokenReader<>(new FirstProblemThrown(p, Paper.class))
            .readPaper(new ParserTokens(p), 0);
      } catch (IOException e) {
        throw JacksonIOException.construct(e, p);
      }
    }
  }

  private static void requireObject(JsonParser p, DeserializationContext context, Class<?> type) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
      context.reportInputMismatch(
          type,
          "expected a %s object, found %s",
          type.getSimpleName().toLowerCase(Locale.ROOT),
          Token.describe(ParserTokens.token(t)));
    }
  }

  /**
   * Throws the first problem as the Jackson exception of its kind, its path running from the value
   * this deserializer was called for; Jackson prepends the path from the root as the exception
   * travels out. A mapper has no place for warnings or locations, so those are dropped.
   */
  private static final class FirstProblemThrown
      implements ReadEvents<ParserTokens, TokenStreamLocation> {
    private final TokenStreamContext outside;
    private final Class<?> rootType;

    FirstProblemThrown(JsonParser p, Class<?> rootType) {
      TokenStreamContext context = p.streamReadContext();
      // On START_OBJECT or PROPERTY_NAME the parser is inside the object; on END_OBJECT of an
      // empty object whose start a caller consumed, it is outside already.
      this.outside = p.currentToken() == JsonToken.END_OBJECT ? context : context.getParent();
      this.rootType = rootType;
    }

    @Override
    public TokenStreamLocation place(ParserTokens source) {
      return source.parser.currentTokenLocation();
    }

    @Override
    public void problem(ParserTokens source, Problem<TokenStreamLocation> problem) {
      JsonParser parser = source.parser;
      DatabindException e =
          switch (problem.kind()) {
            case UNKNOWN_KEY ->
                new UnrecognizedPropertyException(
                    parser,
                    problem.message(),
                    problem.at(),
                    problem.type(),
                    (String) problem.value(),
                    List.<Object>copyOf(
                        problem.type() == Digest.class
                            ? JsonKeys.DIGEST_KEYS
                            : JsonKeys.PAPER_KEYS));
            case INVALID_VALUE ->
                new RefusedValue(
                    parser, problem.message(), problem.value(), problem.type(), problem.at());
            case MISMATCH ->
                MismatchedInputException.from(parser, problem.type(), problem.message());
          };
      List<Object> steps = ParserTokens.steps(parser, outside, problem.key(), problem.index());
      for (int i = steps.size() - 1; i >= 0; i--) {
        Object step = steps.get(i);
        if (step instanceof Integer index) {
          e.prependPath(List.class, index);
        } else {
          e.prependPath(i == 0 ? rootType : Paper.class, (String) step);
        }
      }
      throw e;
    }

    @Override
    public void warning(ParserTokens source, Problem<TokenStreamLocation> warning, String code) {}

    @Override
    public void paperBegins(int paper, TokenStreamLocation at) {}

    @Override
    public void valueBegins(int paper, PaperField field, int element, TokenStreamLocation at) {}
  }

  /**
   * An {@link InvalidFormatException} at the refused value. Jackson 3 places the exception where
   * the parser is, but a value is checked once its paper is read, so the parser has moved on.
   */
  private static final class RefusedValue extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    RefusedValue(
        JsonParser p, String message, Object value, Class<?> type, TokenStreamLocation at) {
      super(p, message, value, type);
      _location = at;
    }
  }
}
