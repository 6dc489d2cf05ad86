package io.github.tlscompat.core.cipherstring;

import static io.github.tlscompat.core.cipherstring.CipherMasks.*;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The working list of OpenSSL's {@code ssl_create_cipher_list}: every suite of the universe in
 * OpenSSL's default preference order, each active (selected) or not, rearranged rule by rule.
 *
 * <p>OpenSSL keeps inactive suites in the list because where they sit matters: a suite removed
 * with {@code -} and added again comes back at the position the removal gave it. Only {@code !}
 * takes a suite out of the list for good. Mutable, and confined to one parse.
 */
final class CipherOrder {
  /** What a rule does to the suites its pattern matches. */
  enum Rule {
    /** Append the inactive ones to the end, activating them (no prefix). */
    ADD,
    /** Move the active ones to the end, in order ({@code +}). */
    ORD,
    /** Deactivate the active ones, moving them to the front, in order ({@code -}). */
    DEL,
    /** Remove them from the list for good ({@code !}). */
    KILL,
    /** Move the active ones to the front, in order (OpenSSL's internal CIPHER_BUMP). */
    BUMP
  }

  private static final class Entry {
    final CipherMasks masks;
    boolean active;

    Entry(CipherMasks masks) {
      this.masks = masks;
    }
  }

  /**
   * Every suite a cipher string can select, in each dialect's default order: computed once. A
   * suite's place relative to another depends only on the two suites' own masks (every rule moves
   * the suites it matches as one block, in order, and {@code @STRENGTH} sorts stably), so the
   * order of a smaller universe is this one with the other suites left out. Computing it for every
   * parse cost more than most cipher strings do.
   */
  private static final Map<CipherStringDialect, List<CipherMasks>> DEFAULT_ORDERS = defaultOrders();

  private static Map<CipherStringDialect, List<CipherMasks>> defaultOrders() {
    ParameterSet<CipherSuite> selectable = ParameterSet.matching(CipherSuite.class, CipherMasks::isSelectable);
    Map<CipherStringDialect, List<CipherMasks>> orders = new EnumMap<>(CipherStringDialect.class);
    for (CipherStringDialect d : CipherStringDialect.values()) orders.put(d, defaultOrder(selectable, d));
    return orders;
  }

  private List<Entry> order;
  private int rulesApplied;

  private CipherOrder(List<Entry> order) {
    this.order = order;
  }

  /**
   * The suites of {@code universe} in OpenSSL 3.0's default order, all inactive: the steps of
   * {@code ssl_create_cipher_list} before it applies the cipher string. Suites a cipher string
   * cannot select are left out.
   */
  static CipherOrder of(ParameterSet<CipherSuite> universe) {
    return of(universe, CipherStringDialect.OPENSSL);
  }

  /**
   * The suites of {@code universe} in {@code dialect}'s default order, all inactive, graded as that
   * library grades them ({@link CipherMasks#of(CipherSuite, CipherStringDialect)}).
   */
  static CipherOrder of(ParameterSet<CipherSuite> universe, CipherStringDialect dialect) {
    List<Entry> entries = new ArrayList<>(universe.size());
    for (CipherMasks m : DEFAULT_ORDERS.get(dialect)) {
      if (universe.contains(m.suite())) entries.add(new Entry(m));
    }
    return new CipherOrder(entries);
  }

  /**
   * The default order of {@code universe} in {@code dialect}, computed rule by rule as that
   * library's {@code ssl_create_cipher_list} does: what {@link #of} starts from, and, for a smaller
   * universe, the proof that leaving suites out of the precomputed order gives the same order.
   */
  static List<CipherMasks> defaultOrder(ParameterSet<CipherSuite> universe, CipherStringDialect dialect) {
    List<Entry> entries = new ArrayList<>(universe.size());
    for (CipherSuite s : universe) entries.add(new Entry(CipherMasks.of(s, dialect)));
    // OpenSSL and LibreSSL sort their tables by id and collect them from the end.
    entries.sort(Comparator.comparingInt((Entry e) -> e.masks.suite().code()).reversed());
    CipherOrder o = new CipherOrder(entries);
    if (dialect == CipherStringDialect.LIBRESSL) o.libreSslOrder();
    else o.openSslOrder();
    // Every suite is inactive now: the order is all there is to keep.
    return o.order.stream().map(e -> e.masks).toList();
  }

  // OpenSSL 3.0's ssl_create_cipher_list before the string.
  private void openSslOrder() {
    // Prefer ephemeral ECDH, and ECDSA over RSA within it.
    apply(Rule.ADD, pattern(K_ECDHE, A_ECDSA, 0, 0, 0));
    apply(Rule.ADD, pattern(K_ECDHE, 0, 0, 0, 0));
    apply(Rule.DEL, pattern(K_ECDHE, 0, 0, 0, 0));
    // Within a strength, AES-GCM before ChaCha20, and AES before the rest.
    apply(Rule.ADD, pattern(0, 0, E_AESGCM, 0, 0));
    apply(Rule.ADD, pattern(0, 0, E_CHACHA20, 0, 0));
    apply(Rule.ADD, pattern(0, 0, E_AES ^ E_AESGCM, 0, 0));
    apply(Rule.ADD, EVERYTHING);
    apply(Rule.ORD, pattern(0, 0, 0, M_MD5, 0));
    apply(Rule.ORD, pattern(0, A_NULL, 0, 0, 0));
    apply(Rule.ORD, pattern(K_RSA, 0, 0, 0, 0));
    apply(Rule.ORD, pattern(K_PSK, 0, 0, 0, 0));
    apply(Rule.ORD, pattern(0, 0, E_RC4, 0, 0));
    sortByStrength();
    // Then, whatever the strength: (EC)DHE with AEAD, (EC)DHE, other AEAD, the rest; TLS 1.2
    // suites first within each. Bumping to the front goes in reverse order of preference.
    apply(Rule.BUMP, pattern(0, 0, 0, 0, TLS1_2));
    apply(Rule.BUMP, pattern(0, 0, 0, M_AEAD, 0));
    apply(Rule.BUMP, pattern(K_DHE | K_ECDHE, 0, 0, 0, 0));
    apply(Rule.BUMP, pattern(K_DHE | K_ECDHE, 0, 0, M_AEAD, 0));
    apply(Rule.DEL, EVERYTHING);
  }

  /** How many rules (and {@code @STRENGTH} sorts) this order has applied since {@link #of}. */
  int rulesApplied() {
    return rulesApplied;
  }

  // LibreSSL's ssl_create_cipher_list before the string: no ECDSA preference, all AES before
  // ChaCha20 (AES instructions assumed), no bumping after the strength sort.
  private void libreSslOrder() {
    apply(Rule.ADD, pattern(K_ECDHE, 0, 0, 0, 0));
    apply(Rule.DEL, pattern(K_ECDHE, 0, 0, 0, 0));
    apply(Rule.ADD, pattern(0, 0, E_AES, 0, 0));
    apply(Rule.ADD, pattern(0, 0, E_CHACHA20, 0, 0));
    apply(Rule.ADD, EVERYTHING);
    apply(Rule.ORD, pattern(0, 0, 0, M_MD5, 0));
    apply(Rule.ORD, pattern(0, A_NULL, 0, 0, 0));
    apply(Rule.ORD, pattern(K_RSA, 0, 0, 0, 0));
    apply(Rule.ORD, pattern(0, 0, E_RC4, 0, 0));
    sortByStrength();
    apply(Rule.DEL, EVERYTHING);
  }

  /** Applies {@code rule} to the suites {@code pattern} matches (OpenSSL's {@code ssl_cipher_apply_rule}). */
  void apply(Rule rule, CipherMasks pattern) {
    rulesApplied++;
    List<Entry> moved = new ArrayList<>();
    List<Entry> rest = new ArrayList<>(order.size());
    for (Entry e : order) {
      boolean hit = pattern.matches(e.masks) && switch (rule) {
        case ADD -> !e.active;
        case ORD, DEL, BUMP -> e.active;
        case KILL -> true;
      };
      (hit ? moved : rest).add(e);
    }
    switch (rule) {
      case ADD -> moved.forEach(e -> e.active = true);
      case DEL -> moved.forEach(e -> e.active = false);
      default -> { }
    }
    // OpenSSL walks DEL and BUMP from the tail, prepending each hit, which keeps their order.
    order = switch (rule) {
      case ADD, ORD -> concat(rest, moved);
      case DEL, BUMP -> concat(moved, rest);
      case KILL -> rest;
    };
  }

  /**
   * Stable-sorts the active suites by strength bits, strongest first ({@code @STRENGTH});
   * inactive suites stay in front, as OpenSSL's moves to the end leave them.
   */
  void sortByStrength() {
    rulesApplied++;
    // OpenSSL moves each strength to the end in turn, strongest first: the same as one stable sort
    // of the active suites behind the inactive ones. One pass per bit of strength made a string of
    // many @STRENGTH words cost seconds.
    List<Entry> active = new ArrayList<>(order.size());
    List<Entry> rest = new ArrayList<>(order.size());
    for (Entry e : order) {
      (e.active ? active : rest).add(e);
    }
    active.sort(Comparator.comparingInt((Entry e) -> e.masks.strengthBits()).reversed());
    order = concat(rest, active);
  }

  /** The active suites, in order. */
  PreferenceList<CipherSuite> active() {
    List<CipherSuite> suites = new ArrayList<>();
    for (Entry e : order) {
      if (e.active) suites.add(e.masks.suite());
    }
    return PreferenceList.copyOf(CipherSuite.class, suites);
  }

  private static List<Entry> concat(List<Entry> first, List<Entry> second) {
    List<Entry> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all;
  }
}
