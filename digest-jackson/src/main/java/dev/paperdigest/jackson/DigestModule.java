package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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

/**
 * Teaches any Jackson {@code ObjectMapper} to read and write {@link Digest} and {@link Paper} in
 * the shape of the {@code json} format (docs/json.md), and with them {@code List<Digest>} and a
 * user's own records and POJOs that hold digests or papers.
 *
 * <pre>{@code
 * record Reading(String reader, Digest digest, List<Paper> favourites) {}
 *
 * ObjectMapper mapper = JsonMapper.builder().addModule(new DigestModule()).build();
 * // or, through the service entry this jar ships: JsonMapper.builder().findAndAddModules().build()
 * String json = mapper.writeValueAsString(new Reading("kim", digest, List.of(digest.papers().get(0))));
 * Reading back = mapper.readValue(json, Reading.class);
 * List<Digest> archive = mapper.readValue(in, new TypeReference<List<Digest>>() {});
 * }</pre>
 *
 * <p>The shape does not bend to the mapper's settings: keys are written in their fixed order
 * whatever {@code SORT_PROPERTIES_ALPHABETICALLY} says, the date is a {@code YYYY-MM-DD} string
 * whatever {@code WRITE_DATES_AS_TIMESTAMPS} says, and unknown keys are refused whatever {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} says. Only the layout (indentation, escaping of non-ASCII) follows
 * the mapper's generator. Reading refuses what the {@code json} format refuses, throwing Jackson's
 * own exceptions with the path to the value: {@link UnrecognizedPropertyException} for an unknown
 * key, {@link InvalidFormatException} for a value the model refuses (a blank title, a tag with a
 * space, an impossible date), and {@link MismatchedInputException} for a wrong JSON type, {@code
 * null} where a value is required, or a missing or repeated key. {@code null} for an abstract,
 * comment or translation reads as absent, as in the formats; warnings (a tag written {@code
 * "#rope"}) have no place in a mapper and are not reported. Writing a digest whose year lies
 * outside 0000..9999 throws a {@link JsonMappingException} caused by {@link
 * UnwritableDigestException}.
 *
 * <p>{@link #version()} is this jar's version. The jar's {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module} entry lets {@code
 * ObjectMapper.findAndRegisterModules()} and {@code MapperBuilder.findAndAddModules()} find the
 * module.
 *
 * <p>The module adds no type information and enables no polymorphic or default typing.
 */
public final class DigestModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module; register it with {@code ObjectMapper.registerModule} or a mapper builder. */
  public DigestModule() {
    super("dev.paperdigest.jackson.DigestModule", PackageVersion.VERSION);
    addSerializer(Digest.class, new DigestSerializer());
    addSerializer(Paper.class, new PaperSerializer());
    addDeserializer(Digest.class, new DigestDeserializer());
    addDeserializer(Paper.class, new PaperDeserializer());
  }

  private static final class DigestSerializer extends StdSerializer<Digest> {
    private static final long serialVersionUID = 1L;

    DigestSerializer() {
      super(Digest.class);
    }

    @Override
    public void serialize(Digest digest, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      try {
        DigestTokenWriter.writeDigest(new GeneratorTokens(out), digest, JsonDigestFormat.NAME);
      } catch (UnwritableDigestException e) {
        throw JsonMappingException.from(out, e.getMessage(), e);
      }
    }
  }

  private static final class PaperSerializer extends StdSerializer<Paper> {
    private static final long serialVersionUID = 1L;

    PaperSerializer() {
      super(Paper.class);
    }

    @Override
    public void serialize(Paper paper, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      DigestTokenWriter.writePaper(new GeneratorTokens(out), paper);
    }
  }

  private static final class DigestDeserializer extends StdDeserializer<Digest> {
    private static final long serialVersionUID = 1L;

    DigestDeserializer() {
      super(Digest.class);
    }

    @Override
    public Digest deserialize(JsonParser p, DeserializationContext context) throws IOException {
      requireObject(p, context, Digest.class);
      return new DigestTokenReader<>(new FirstProblemThrown(p, Digest.class))
          .readDigest(new ParserTokens(p));
    }
  }

  private static final class PaperDeserializer extends StdDeserializer<Paper> {
    private static final long serialVersionUID = 1L;

    PaperDeserializer() {
      super(Paper.class);
    }

    @Override
    public Paper deserialize(JsonParser p, DeserializationContext context) throws IOException {
      requireObject(p, context, Paper.class);
      return new DigestTokenReader<>(new FirstProblemThrown(p, Paper.class))
          .readPaper(new ParserTokens(p), 0);
    }
  }

  private static void requireObject(JsonParser p, DeserializationContext context, Class<?> type)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
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
  private static final class FirstProblemThrown implements ReadEvents<ParserTokens, JsonLocation> {
    private final JsonStreamContext outside;
    private final Class<?> rootType;

    FirstProblemThrown(JsonParser p, Class<?> rootType) {
      JsonStreamContext context = p.getParsingContext();
      // On START_OBJECT or FIELD_NAME the parser is inside the object; on END_OBJECT of an empty
      // object whose start a caller consumed, it is outside already.
      this.outside = p.currentToken() == JsonToken.END_OBJECT ? context : context.getParent();
      this.rootType = rootType;
    }

    @Override
    public JsonLocation place(ParserTokens source) {
      return source.parser.currentTokenLocation();
    }

    // The location-taking InvalidFormatException constructor is deprecated in favour of one that
    // takes the parser's current location; a refused value lies before it, at problem.at().
    @SuppressWarnings("deprecation")
    @Override
    public void problem(ParserTokens source, Problem<JsonLocation> problem)
        throws JsonMappingException {
      JsonParser parser = source.parser;
      JsonMappingException e =
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
                new InvalidFormatException(
                    problem.message(), problem.at(), problem.value(), problem.type());
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
    public void warning(ParserTokens source, Problem<JsonLocation> warning, String code) {}

    @Override
    public void paperBegins(int paper, JsonLocation at) {}

    @Override
    public void valueBegins(int paper, PaperField field, int element, JsonLocation at) {}
  }
}
