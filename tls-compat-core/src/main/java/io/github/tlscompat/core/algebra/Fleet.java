package io.github.tlscompat.core.algebra;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ClientProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A named, ordered, immutable set of client profiles, e.g. "the phones on the shop floor": the
 * population a server policy has to serve.
 *
 * <p>Clients are identified by {@link ClientProfile#id()}: a fleet holds each id once, and the set
 * operations compare ids, not whole profiles. Each operation keeps this fleet's order and returns a
 * new fleet.
 *
 * @since 0.1.0
 */
public final class Fleet {
  private final String name;
  private final List<ClientProfile> clients;
  private final Map<String, ClientProfile> byId;

  private Fleet(String name, List<ClientProfile> clients) {
    Preconditions.checkArgument(name != null && !name.isBlank(), () -> "a fleet needs a name");
    Preconditions.checkNotNull(clients, "clients");
    Map<String, ClientProfile> index = new LinkedHashMap<>();
    for (ClientProfile client : clients) {
      Preconditions.checkNotNull(client, "client");
      Preconditions.checkArgument(index.putIfAbsent(client.id(), client) == null,
          () -> "fleet '" + name + "' lists client id '" + client.id() + "' twice; ids must be unique");
    }
    this.name = name;
    this.clients = List.copyOf(clients);
    this.byId = Collections.unmodifiableMap(index);
  }

  /**
   * A fleet of these clients, in this order.
   *
   * @throws IllegalArgumentException if the name is blank or two clients share an id, naming the id
   */
  public static Fleet of(String name, List<ClientProfile> clients) {
    return new Fleet(name, clients);
  }

  /** The fleet's name, e.g. "shop-floor phones". */
  public String name() {
    return name;
  }

  /** The clients, in the order they were given; unmodifiable. */
  public List<ClientProfile> clients() {
    return clients;
  }

  /** The number of clients. */
  public int size() {
    return clients.size();
  }

  /** Whether the fleet has no clients. */
  public boolean isEmpty() {
    return clients.isEmpty();
  }

  /** Whether a client with this id is in the fleet. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The client with this id, or empty if the fleet has none. */
  public Optional<ClientProfile> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * This fleet's clients followed by those of {@code other} whose ids this fleet lacks; on a shared
   * id this fleet's profile is kept. Named "{@code this + other}".
   */
  public Fleet union(Fleet other) {
    List<ClientProfile> all = new ArrayList<>(clients);
    for (ClientProfile c : other.clients) {
      if (!byId.containsKey(c.id())) all.add(c);
    }
    return new Fleet(name + " + " + other.name, all);
  }

  /** This fleet's clients whose ids {@code other} also has, in this fleet's order. Named "{@code this & other}". */
  public Fleet intersect(Fleet other) {
    return new Fleet(name + " & " + other.name, filter(c -> other.byId.containsKey(c.id())));
  }

  /** This fleet's clients whose ids {@code other} lacks, in this fleet's order. Named "{@code this - other}". */
  public Fleet minus(Fleet other) {
    return new Fleet(name + " - " + other.name, filter(c -> !other.byId.containsKey(c.id())));
  }

  /** This fleet under another name, e.g. to label the result of a set operation. */
  public Fleet named(String newName) {
    return new Fleet(newName, clients);
  }

  private List<ClientProfile> filter(Predicate<ClientProfile> keep) {
    List<ClientProfile> kept = new ArrayList<>(clients.size());
    for (ClientProfile c : clients) {
      if (keep.test(c)) kept.add(c);
    }
    return kept;
  }

  /** Whether {@code o} is a fleet with the same name and the same clients in the same order. */
  @Override public boolean equals(Object o) {
    return o instanceof Fleet f && f.name.equals(name) && f.clients.equals(clients);
  }

  @Override public int hashCode() {
    return name.hashCode() * 31 + clients.hashCode();
  }

  @Override public String toString() {
    return name + " " + byId.keySet();
  }
}
