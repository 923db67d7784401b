/**
 * The paper digest model and the contract every digest format implements.
 *
 * <p>{@code dev.paperdigest.core} is the API users call; {@code dev.paperdigest.core.spi} is what a
 * format module builds on. Formats are found with {@link java.util.ServiceLoader}: a module that
 * {@code provides dev.paperdigest.core.DigestFormat} is a format.
 */
module dev.paperdigest.core {
  // Immutables is an annotation processor: nothing of it is needed at run time.
  requires static org.immutables.value;

  exports dev.paperdigest.core;
  exports dev.paperdigest.core.spi;
  // How the text format builds papers from lines it decoded; no API of its own.
  exports dev.paperdigest.core.internal to
      dev.paperdigest.text;

  uses dev.paperdigest.core.DigestFormat;
}
