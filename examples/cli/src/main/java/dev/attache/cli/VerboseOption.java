package dev.attache.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: show the stack trace of an internal error. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Show the stack trace of an internal error.")
  boolean verbose;
}
