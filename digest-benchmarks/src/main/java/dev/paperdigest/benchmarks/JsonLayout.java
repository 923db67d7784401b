package dev.paperdigest.benchmarks;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * The layout the {@code json} format writes — two-space indent, {@code "key": value} — given to the
 * databind writers too, so that every JSON write benchmark produces the same bytes and the
 * comparison is of binding, not of whitespace.
 */
final class JsonLayout {
  private JsonLayout() {}

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** A writer of {@code List<T>} from {@code mapper}, in the format's layout. */
  static ObjectWriter listWriter(JsonMapper mapper, Class<?> element) {
    return mapper
        .writerFor(mapper.getTypeFactory().constructCollectionType(List.class, element))
        .with(prettyPrinter());
  }
}
