/**
 * Lint for paper digests: the rules behind {@code digest lint}, their configuration file and the
 * GNU, JSON and SARIF reports, for the command, the Maven plugin, editors and services.
 *
 * <p>{@link dev.paperdigest.lint.DigestLinter} is where to start.
 */
module dev.paperdigest.lint {
  requires dev.paperdigest.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;

  exports dev.paperdigest.lint;
}
