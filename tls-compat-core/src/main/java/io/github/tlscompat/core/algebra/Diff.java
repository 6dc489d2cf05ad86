package io.github.tlscompat.core.algebra;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What changing a server from one policy to another does to each client of a fleet: who is lost,
 * who is gained, and who still connects but with an older or newer protocol version or a weaker or
 * stronger suite.
 *
 * <p>A protocol version counts before a suite's {@link io.github.tlscompat.core.registry.SecurityGrade
 * grade}: TLSv1.0 with an AES-GCM-graded suite is still a downgrade from TLSv1.2 with 3DES, because
 * an older version weakens whatever suite it carries (no AEAD before TLS 1.2, CBC padding attacks).
 *
 * @since 0.1.0
 */
public final class Diff {
  private final ServerPolicy from;
  private final ServerPolicy to;
  private final Fleet fleet;
  private final List<Entry> entries;

  private Diff(ServerPolicy from, ServerPolicy to, Fleet fleet) {
    this.from = Preconditions.checkNotNull(from, "from");
    this.to = Preconditions.checkNotNull(to, "to");
    this.fleet = Preconditions.checkNotNull(fleet, "fleet");
    List<Entry> list = new ArrayList<>(fleet.size());
    for (ClientProfile client : fleet.clients()) {
      list.add(entry(client, Negotiator.negotiate(client, from), Negotiator.negotiate(client, to)));
    }
    this.entries = List.copyOf(list);
  }

  /** Negotiates each client of {@code fleet} with {@code from} and with {@code to}, and classifies the change. */
  public static Diff between(ServerPolicy from, ServerPolicy to, Fleet fleet) {
    return new Diff(from, to, fleet);
  }

  /** The policy before the change. */
  public ServerPolicy from() {
    return from;
  }

  /** The policy after the change. */
  public ServerPolicy to() {
    return to;
  }

  /** The clients compared. */
  public Fleet fleet() {
    return fleet;
  }

  /** One entry per client, in the fleet's order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entries with this change, in the fleet's order. */
  public List<Entry> entries(Change change) {
    return entries.stream().filter(e -> e.change() == change).toList();
  }

  /** The clients that connect under {@link #from()} and are refused under {@link #to()}. */
  public List<Entry> lost() {
    return entries(Change.LOST);
  }

  /** Whether any client connects before the change and is refused after it. */
  public boolean hasLosses() {
    return entries.stream().anyMatch(e -> e.change() == Change.LOST);
  }

  @Override public String toString() {
    return "Diff " + from.id() + " -> " + to.id() + " over " + fleet.name() + ": " + entries.size() + " clients, "
        + lost().size() + " lost";
  }

  private static Entry entry(ClientProfile client, Negotiation before, Negotiation after) {
    String id = client.id() + ": ";
    if (before instanceof Connected b && after instanceof Refused a) {
      return new Entry(client, before, after, Change.LOST,
          id + "connected " + connected(b) + " before, now refused " + refused(a));
    }
    if (before instanceof Refused b && after instanceof Connected a) {
      return new Entry(client, before, after, Change.GAINED,
          id + "refused " + refused(b) + " before, now connected " + connected(a));
    }
    if (before instanceof Refused b && after instanceof Refused a) {
      String why = b.reason() == a.reason() ? "still refused " + refused(a)
          : "still refused, was " + b.reason() + ", now " + refused(a);
      return new Entry(client, before, after, Change.UNCHANGED, id + why);
    }
    Connected b = (Connected) before;
    Connected a = (Connected) after;
    int byVersion = a.version().compareTo(b.version());
    if (byVersion != 0) {
      String suites = b.cipherSuite() == a.cipherSuite() ? ""
          : ", " + b.cipherSuite() + " -> " + a.cipherSuite();
      return new Entry(client, before, after, byVersion < 0 ? Change.DOWNGRADED : Change.UPGRADED,
          id + b.version().displayName() + " -> " + a.version().displayName() + " ("
              + (byVersion < 0 ? "older" : "newer") + " protocol version)" + suites);
    }
    int byGrade = a.cipherSuite().grade().compareTo(b.cipherSuite().grade());
    if (byGrade != 0) {
      return new Entry(client, before, after, byGrade < 0 ? Change.DOWNGRADED : Change.UPGRADED,
          id + b.cipherSuite() + " -> " + a.cipherSuite() + " on " + a.version().displayName() + " ("
              + (byGrade < 0 ? "weaker" : "stronger") + " suite: " + grade(b) + " -> " + grade(a) + ")");
    }
    String still = "still connects " + a.version().displayName() + " ";
    return new Entry(client, before, after, Change.UNCHANGED, id + (b.cipherSuite() == a.cipherSuite()
        ? still + a.cipherSuite()
        : still + "with another suite of the same grade, " + b.cipherSuite() + " -> " + a.cipherSuite()
            + " (" + grade(a) + ")"));
  }

  private static String connected(Connected c) {
    return c.version().displayName() + " " + c.cipherSuite();
  }

  private static String refused(Refused r) {
    return r.reason() + " - " + r.detail();
  }

  private static String grade(Connected c) {
    return c.cipherSuite().grade().name().toLowerCase(Locale.ROOT);
  }

  /**
   * How a client's handshake changes between the two policies.
   *
   * @since 0.1.0
   */
  public enum Change {
    /** Connected before, refused after. */
    LOST,
    /** Refused before, connected after. */
    GAINED,
    /** Connected both times, with an older version after, or the same version and a lower-graded suite. */
    DOWNGRADED,
    /** Connected both times, with a newer version after, or the same version and a higher-graded suite. */
    UPGRADED,
    /**
     * Refused both times, or connected both times with the same version and suite grade; the suite
     * itself may differ (see {@link Entry#suiteChanged()}).
     */
    UNCHANGED
  }

  /**
   * One client's outcome under each policy, and what changed.
   *
   * @param client the client
   * @param before the outcome under the policy before the change
   * @param after the outcome under the policy after the change
   * @param change the classification of the two outcomes
   * @param explanation one sentence for a person, starting with the client id, e.g.
   *     "LPE-CE6: TLSv1.0 -&gt; SSLv3 (older protocol version)"
   * @since 0.1.0
   */
  public record Entry(ClientProfile client, Negotiation before, Negotiation after, Change change,
      String explanation) {

    /** Validates the components. */
    public Entry {
      Preconditions.checkNotNull(client, "client");
      Preconditions.checkNotNull(before, "before");
      Preconditions.checkNotNull(after, "after");
      Preconditions.checkNotNull(change, "change");
      Preconditions.checkNotNull(explanation, "explanation");
    }

    /** Whether the client connects both times but with a different cipher suite, whatever the change. */
    public boolean suiteChanged() {
      return before instanceof Connected b && after instanceof Connected a && b.cipherSuite() != a.cipherSuite();
    }
  }
}
