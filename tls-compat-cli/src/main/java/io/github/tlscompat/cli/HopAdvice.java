package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.path.Hop;
import io.github.tlscompat.core.remedy.Remedy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The remedy {@code tls-compat path} gives at the hop that refuses: the best server change there
 * ({@link Remedy#find}) within {@code --max-concession}; at a managed service
 * ({@value ManagedService#TAG}) where the fix lies instead; at a pass-through hop, what routing
 * would let the client by.
 */
final class HopAdvice {

  private final CatalogOptions catalog;
  private final ConcessionOptions concession;

  HopAdvice(CatalogOptions catalog, ConcessionOptions concession) {
    this.catalog = catalog;
    this.concession = concession;
  }

  /** What to do at {@code refusing}, the hop that refuses {@code leg}, one sentence a line. */
  List<String> lines(Hop refusing, PathReport.Leg leg) {
    List<String> lines = new ArrayList<>();
    String at = "remedy at " + refusing.id() + ": ";
    Optional<String> advice = advice(refusing, leg);
    if (advice.isPresent()) {
      lines.add(at + advice.get());
      return lines;
    }
    List<Remedy> remedies = offered(leg);
    lines.add(at + remedies.get(0).describe());
    lines.add("all " + remedies.size() + (remedies.size() == 1 ? " remedy" : " remedies")
        + (concession.isCapped() ? " within " + concession.option() : "") + ": tls-compat remedy --client "
        + leg.clientRef() + " --server " + leg.serverRef() + (concession.isCapped() ? " " + concession.option() : ""));
    return lines;
  }

  /** The remedy at {@code refusing} in one phrase: the best change offered, or why none is and what to do. */
  String summary(Hop refusing, PathReport.Leg leg) {
    return advice(refusing, leg).orElseGet(() -> offered(leg).get(0).describe());
  }

  /**
   * The same as an object: {@code hop}, {@code managedService}, {@code advice} (when no server
   * change is offered: why, and what to do instead) and the {@code remedies} offered.
   */
  ObjectNode json(Hop refusing, PathReport.Leg leg) {
    ObjectNode o = Json.object();
    o.put("hop", refusing.id());
    o.put("managedService", !(refusing instanceof Hop.PassThrough) && ManagedService.is(catalog, leg.server()));
    o.put("advice", advice(refusing, leg).orElse(null));
    boolean serverChange = advice(refusing, leg).isEmpty();
    o.set("remedies", RemedyCommand.json(serverChange ? offered(leg) : List.of()));
    return o;
  }

  /** Why no server change is offered, and what to do instead; empty when one is. */
  private Optional<String> advice(Hop refusing, PathReport.Leg leg) {
    if (refusing instanceof Hop.PassThrough pass) {
      return Optional.of(pass.id() + " relays TLS and routes by server_name, which " + leg.client().id()
          + " does not send: give it a default route to " + leg.hop().id() + " for ClientHellos without server_name");
    }
    if (ManagedService.is(catalog, leg.server())) return Optional.of(ManagedService.advice(leg.client(), leg.server()));
    List<Remedy> all = Remedy.find(leg.client(), leg.server());
    if (all.isEmpty()) {
      return Optional.of("none; no single change, nor pair of changes, re-admits " + leg.client().id());
    }
    if (concession.allowed(all).isEmpty()) return Optional.of(concession.noneAllowed(all));
    return Optional.empty();
  }

  private List<Remedy> offered(PathReport.Leg leg) {
    return concession.allowed(Remedy.find(leg.client(), leg.server()));
  }
}
