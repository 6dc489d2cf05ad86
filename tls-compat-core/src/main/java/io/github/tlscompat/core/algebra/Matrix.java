package io.github.tlscompat.core.algebra;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Every client against every server: the {@link Negotiator#negotiate outcome} of each pair, computed
 * once when the matrix is built, with the counts a compatibility report needs.
 *
 * <p>Outcomes sit in one array, row by row (a row per client, a column per server), and the counts
 * are tallied in the same pass, so a 150 × 60 matrix is 9,000 negotiations and a few small arrays;
 * {@link #cells()} is a view that makes its {@link Cell}s on demand.
 *
 * @since 0.1.0
 */
public final class Matrix {
  private static final Refused.Reason[] REASONS = Refused.Reason.values();

  private final List<ClientProfile> clients;
  private final List<ServerPolicy> servers;
  private final Map<String, Integer> rowOf;
  private final Map<String, Integer> columnOf;
  private final Negotiation[] outcomes;
  private final int[] connectedPerClient;
  private final int[] connectedPerServer;
  private final int connectedTotal;
  private final Map<Refused.Reason, Integer> reasonCounts;
  // Per server and reason (column * REASONS.length + ordinal): how many clients, and the first row.
  private final int[] reasonCountPerServer;
  private final int[] reasonFirstRowPerServer;

  private Matrix(List<ClientProfile> clients, List<ServerPolicy> servers) {
    this.clients = List.copyOf(Preconditions.checkNotNull(clients, "clients"));
    this.servers = List.copyOf(Preconditions.checkNotNull(servers, "servers"));
    this.rowOf = index(this.clients, ClientProfile::id, "client");
    this.columnOf = index(this.servers, ServerPolicy::id, "server");
    int width = this.servers.size();
    this.outcomes = new Negotiation[this.clients.size() * width];
    this.connectedPerClient = new int[this.clients.size()];
    this.connectedPerServer = new int[width];
    this.reasonCountPerServer = new int[width * REASONS.length];
    this.reasonFirstRowPerServer = new int[width * REASONS.length];
    ServerPolicy[] columns = this.servers.toArray(new ServerPolicy[0]);
    int connected = 0;
    for (int row = 0; row < this.clients.size(); row++) connected += negotiateRow(row, this.clients.get(row), columns);
    this.connectedTotal = connected;
    Map<Refused.Reason, Integer> counts = new EnumMap<>(Refused.Reason.class);
    for (Refused.Reason reason : REASONS) {
      int total = 0;
      for (int column = 0; column < width; column++) total += reasonCountPerServer[column * REASONS.length + reason.ordinal()];
      if (total > 0) counts.put(reason, total);
    }
    this.reasonCounts = Collections.unmodifiableMap(counts);
  }

  /**
   * Negotiates one client with every server, fills its row and counts, and returns how many connect.
   * A method per row rather than one loop in the constructor: a method is compiled after a hundred
   * calls or so, a loop in a method called once only after some 60,000 turns, so in the fresh JVM of
   * {@code tls-compat matrix} the whole catalog's matrix ran interpreted.
   */
  private int negotiateRow(int row, ClientProfile client, ServerPolicy[] columns) {
    int width = columns.length;
    int reasons = REASONS.length;
    int connected = 0;
    for (int column = 0; column < width; column++) {
      Negotiation outcome = Negotiator.negotiate(client, columns[column]);
      outcomes[row * width + column] = outcome;
      if (outcome instanceof Refused refused) {
        int at = column * reasons + refused.reason().ordinal();
        if (reasonCountPerServer[at]++ == 0) reasonFirstRowPerServer[at] = row;
      } else {
        connectedPerServer[column]++;
        connected++;
      }
    }
    connectedPerClient[row] = connected;
    return connected;
  }

  /**
   * Negotiates every client with every server.
   *
   * @throws IllegalArgumentException if two clients, or two servers, share an id, naming it
   */
  public static Matrix of(List<ClientProfile> clients, List<ServerPolicy> servers) {
    return new Matrix(clients, servers);
  }

  /** Negotiates every client of {@code fleet} with every server. */
  public static Matrix of(Fleet fleet, List<ServerPolicy> servers) {
    return new Matrix(fleet.clients(), servers);
  }

  /** The clients, one per row, in the order given. */
  public List<ClientProfile> clients() {
    return clients;
  }

  /** The servers, one per column, in the order given. */
  public List<ServerPolicy> servers() {
    return servers;
  }

  /**
   * The outcome for this client and server.
   *
   * @throws IllegalArgumentException if either id is not in the matrix
   */
  public Negotiation get(String clientId, String serverId) {
    return outcomes[row(clientId) * servers.size() + column(serverId)];
  }

  /** Every pair with its outcome, row by row (all servers for the first client, then the next). */
  public List<Cell> cells() {
    return new CellView();
  }

  /** How many clients connect to this server. */
  public int connectedCount(String serverId) {
    return connectedPerServer[column(serverId)];
  }

  /** How many clients this server refuses. */
  public int refusedCount(String serverId) {
    return clients.size() - connectedPerServer[column(serverId)];
  }

  /** How many servers this client connects to. */
  public int connectedCountForClient(String clientId) {
    return connectedPerClient[row(clientId)];
  }

  /** How many servers refuse this client. */
  public int refusedCountForClient(String clientId) {
    return servers.size() - connectedPerClient[row(clientId)];
  }

  /** How many of all pairs connect. */
  public int connectedTotal() {
    return connectedTotal;
  }

  /** How many of all pairs are refused. */
  public int refusedTotal() {
    return outcomes.length - connectedTotal;
  }

  /** The number of pairs: clients × servers. */
  public int size() {
    return outcomes.length;
  }

  /** How many pairs are refused for each reason, in declaration order; reasons that never occur are absent. */
  public Map<Refused.Reason, Integer> reasonCounts() {
    return reasonCounts;
  }

  /**
   * How many clients this server refuses for each reason, the most frequent reason first and, among
   * reasons as frequent, the one an earlier client meets first; reasons that never occur are absent.
   * This is the summary a column of the matrix gets, without a look at its cells.
   *
   * @throws IllegalArgumentException if the id is not in the matrix
   */
  public Map<Refused.Reason, Integer> reasonCounts(String serverId) {
    int base = column(serverId) * REASONS.length;
    List<Refused.Reason> seen = new ArrayList<>();
    for (Refused.Reason reason : REASONS) {
      if (reasonCountPerServer[base + reason.ordinal()] > 0) seen.add(reason);
    }
    seen.sort((a, b) -> {
      int byCount = Integer.compare(reasonCountPerServer[base + b.ordinal()], reasonCountPerServer[base + a.ordinal()]);
      return byCount != 0 ? byCount
          : Integer.compare(reasonFirstRowPerServer[base + a.ordinal()], reasonFirstRowPerServer[base + b.ordinal()]);
    });
    Map<Refused.Reason, Integer> counts = new LinkedHashMap<>();
    for (Refused.Reason reason : seen) counts.put(reason, reasonCountPerServer[base + reason.ordinal()]);
    return Collections.unmodifiableMap(counts);
  }

  @Override public String toString() {
    return "Matrix " + clients.size() + " clients x " + servers.size() + " servers: " + connectedTotal
        + " connected, " + refusedTotal() + " refused";
  }

  private int row(String clientId) {
    Integer row = rowOf.get(clientId);
    // Tests and throws, not message suppliers: see Preconditions.
    if (row == null) {
      throw new IllegalArgumentException("no client '" + clientId + "' in this matrix; clients are " + rowOf.keySet());
    }
    return row;
  }

  private int column(String serverId) {
    Integer column = columnOf.get(serverId);
    if (column == null) {
      throw new IllegalArgumentException("no server '" + serverId + "' in this matrix; servers are "
          + columnOf.keySet());
    }
    return column;
  }

  private static <T> Map<String, Integer> index(List<T> items, Function<T, String> id, String kind) {
    // Insertion order so that error messages list ids as the caller gave them.
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (index.putIfAbsent(key, i) != null) {
        throw new IllegalArgumentException("two " + kind + "s share the id '" + key + "'; ids must be unique");
      }
    }
    return Collections.unmodifiableMap(index);
  }

  /** A read-only view that builds each cell from the outcome array when asked. */
  private final class CellView extends AbstractList<Cell> implements RandomAccess {
    @Override public Cell get(int index) {
      Objects.checkIndex(index, outcomes.length);
      int width = servers.size();
      return new Cell(clients.get(index / width), servers.get(index % width), outcomes[index]);
    }

    @Override public int size() {
      return outcomes.length;
    }
  }

  /**
   * One pair of the matrix and its outcome.
   *
   * @param client the client
   * @param server the server
   * @param outcome what they agree on, or why not
   * @since 0.1.0
   */
  public record Cell(ClientProfile client, ServerPolicy server, Negotiation outcome) {
    /** Validates the components. */
    public Cell {
      Preconditions.checkNotNull(client, "client");
      Preconditions.checkNotNull(server, "server");
      Preconditions.checkNotNull(outcome, "outcome");
    }
  }
}
