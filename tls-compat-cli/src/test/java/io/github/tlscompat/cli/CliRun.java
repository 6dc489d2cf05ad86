package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The outcome of one in-process run of {@code tls-compat}, for the command tests. */
record CliRun(int exitCode, String out, String err) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Runs {@code tls-compat args} through {@link TlsCompatCommand#execute}. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = TlsCompatCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  List<String> lines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Standard output parsed as JSON; fails the test if it is not. */
  JsonNode json() {
    try {
      return MAPPER.readTree(out);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
