package io.github.tlscompat.junit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.remedy.Remedy;
import io.github.tlscompat.evidence.wire.WireResult;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The failure messages of {@code @RequiresClient}, {@code @RejectsClient}, {@code @ForEachClient}
 * and the AssertJ assertions: one wording for each kind of failure, so that a build fails with the
 * same sentence whichever of them checked.
 *
 * <p>Every message starts with who (the client's id and name) and the server, then says what
 * happened and what each side offered, then what to do: for example
 * {@code LPE-CE6 (Lync Phone Edition ...) cannot connect to iiscrypto-3.2-pci-3.2-win2016:
 * NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy:
 * enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0
 * TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).}
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CompatibilityMessages {
  private CompatibilityMessages() {}

  /** The client as people know it: {@code LPE-CE6 (Lync Phone Edition on Windows CE 6.0 ...)}. */
  public static String who(ClientProfile client) {
    return client.name().isBlank() || client.name().equals(client.id()) ? client.id()
        : client.id() + " (" + client.name() + ")";
  }

  /**
   * A required client the model refuses: the reason constant, the refusal's detail (what each side
   * offered), and the best of {@code remedies} (ranked best first, as {@link Remedy#find} returns them).
   */
  public static String cannotConnect(ClientProfile client, String server, Refused refused, List<Remedy> remedies) {
    return who(client) + " cannot connect to " + server + ": " + refused.reason() + " - " + refused.detail() + ". "
        + (remedies.isEmpty() ? "No remedy: no change of one or two settings of the server re-admits it."
            : "Remedy: " + remedies.get(0).describe() + ".");
  }

  /**
   * A required client a live server refuses, seen on the wire only: the server's policy is unknown,
   * so no remedy can be proven.
   */
  public static String cannotConnect(ClientProfile client, String server, WireResult wire) {
    String what = wire.negotiation().filter(Refused.class::isInstance).map(Refused.class::cast)
        .map(r -> r.reason() + " - " + r.detail()).orElse("the server answered " + wire);
    return who(client) + " cannot connect to " + server + ": " + what
        + ". Seen on the wire; without the server's policy no remedy is offered.";
  }

  /** A client that must be refused but connects, and with what. */
  public static String connects(ClientProfile client, String server, Connected connected) {
    return who(client) + " connects to " + server + " with " + negotiated(connected) + ", but must be refused.";
  }

  /**
   * A client that connects, but not as expected.
   *
   * @param expected what was expected, e.g. {@code version TLSv1.2}, {@code at least TLSv1.2} or
   *     {@code cipher suite TLS_AES_128_GCM_SHA256}
   */
  public static String connectsOtherwise(ClientProfile client, String server, Connected connected, String expected) {
    return who(client) + " connects to " + server + " with " + negotiated(connected) + ", but expected " + expected
        + ".";
  }

  /** A client that is refused, as required, but for another reason than expected. */
  public static String refusedOtherwise(ClientProfile client, String server, Refused refused, Refused.Reason expected) {
    return who(client) + " is refused by " + server + " with " + refused.reason() + " - " + refused.detail()
        + ", but expected " + expected + ".";
  }

  /**
   * Two kinds of evidence that disagree on a client, in the words of
   * {@link WireResult#disagreementWith}, and what the wire side was subject to ({@code seen}).
   */
  public static String disagreement(ClientProfile client, String server, String disagreement, String seen) {
    return "The model and the wire disagree on " + who(client) + " vs " + server + ": " + disagreement + "."
        + (seen.isEmpty() ? "" : " " + seen);
  }

  /** One failure for several clients: the message itself when there is one, else a numbered list. */
  public static String several(String server, List<String> messages) {
    if (messages.size() == 1) return messages.get(0);
    StringBuilder text = new StringBuilder(messages.size() + " clients fail against " + server + ":");
    for (int i = 0; i < messages.size(); i++) text.append('\n').append(i + 1).append(". ").append(messages.get(i));
    return text.toString();
  }

  /** {@code TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA}. */
  public static String negotiated(Connected connected) {
    return connected.version().displayName() + " " + connected.cipherSuite();
  }
}
