package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Difference;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import java.util.EnumSet;
import java.util.List;

/**
 * Why an {@link Observation} does not match the model's prediction ({@link Observation#disagreementWith}):
 * a bug in the model, in the evidence, or in the server. Each kind holds the prediction and the
 * observation; switch over the kinds, and use {@link #describe()} for people.
 *
 * @since 0.1.0
 */
public sealed interface Disagreement {

  /** What the model predicted. */
  Negotiation predicted();

  /** What the evidence showed. */
  Observation observed();

  /**
   * The disagreement for a person, e.g. {@code model predicts CONNECTED TLSv1.2 ..., but the server
   * answered WIRE CONNECTED TLSv1.2 ...: group secp384r1 not x25519}.
   */
  String describe();

  /**
   * Both connected, on different parameters.
   *
   * @param predicted the model's connection
   * @param observed the observed connection
   * @param differences each parameter that differs, never empty
   * @since 0.1.0
   */
  record ParametersDiffer(Connected predicted, Observation observed, List<Difference> differences)
      implements Disagreement {
    /** Validates the components and copies the list. */
    public ParametersDiffer {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
      differences = List.copyOf(differences);
      Preconditions.checkArgument(!differences.isEmpty(), () -> "parameters that differ are named");
    }

    @Override public String describe() {
      return "model predicts " + predicted + ", but " + seen(observed) + ": "
          + String.join(", ", differences.stream().map(Difference::describe).toList());
    }
  }

  /**
   * One side connected and the other refused, or a probe's server refused at the ClientHello what
   * the model refuses only later, on the client's side.
   *
   * @param predicted the model's outcome
   * @param observed the observation
   * @since 0.1.0
   */
  record OutcomeDiffers(Negotiation predicted, Observation observed) implements Disagreement {
    /** Validates the components. */
    public OutcomeDiffers {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    @Override public String describe() {
      String when = "";
      if (observed.isProbe() && predicted instanceof Refused) {
        when = observed.outcome() == Observation.Outcome.CONNECTED ? " at the ClientHello" : " after the server's hello";
      }
      return "model predicts " + predicted + when + ", but " + seen(observed);
    }
  }

  /**
   * Both refused, but the observation is not consistent with the model's reason.
   *
   * @param predicted the model's refusal
   * @param observed the observed refusal, with the reasons it is consistent with
   * @since 0.1.0
   */
  record ReasonNotConsistent(Refused predicted, Observation observed) implements Disagreement {
    /** Validates the components. */
    public ReasonNotConsistent {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    @Override public String describe() {
      String reasons = observed.consistentReasons().isEmpty() ? "[]"
          : EnumSet.copyOf(observed.consistentReasons()).toString();
      return "model predicts " + (observed.isProbe() ? predicted.reason() : predicted) + ", but " + seen(observed)
          + ", consistent only with " + reasons;
    }
  }

  /**
   * The observation holds nothing to compare: an unreadable answer, a failed handshake, a pair that
   * could not run.
   *
   * @param predicted the model's outcome
   * @param observed the observation
   * @since 0.1.0
   */
  record NotComparable(Negotiation predicted, Observation observed) implements Disagreement {
    /** Validates the components. */
    public NotComparable {
      Preconditions.checkNotNull(predicted, "predicted");
      Preconditions.checkNotNull(observed, "observed");
    }

    @Override public String describe() {
      return "cannot compare with " + predicted + ": " + (observed.isProbe() ? observed.detail() : seen(observed));
    }
  }

  private static String seen(Observation observed) {
    return (observed.isProbe() ? "the server answered " : "the handshake gave ") + observed;
  }
}
