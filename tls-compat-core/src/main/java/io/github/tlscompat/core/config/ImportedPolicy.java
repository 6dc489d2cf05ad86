package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ServerPolicy;
import java.util.List;

/**
 * A server policy read from a configuration for one TLS library, and the warnings of the reading:
 * each configured name that library drops, prefixed by the directive that named it, and each
 * value the reader had to assume (a DH parameters file it could not read).
 *
 * @param policy the policy, with {@link ServerPolicy#library()} set
 * @param warnings one sentence each, in the configuration's order
 * @since 0.1.0
 */
public record ImportedPolicy(ServerPolicy policy, List<String> warnings) {

  /** Validates the components and copies the warnings. */
  public ImportedPolicy {
    Preconditions.checkNotNull(policy, "policy");
    warnings = List.copyOf(Preconditions.checkNotNull(warnings, "warnings"));
  }
}
