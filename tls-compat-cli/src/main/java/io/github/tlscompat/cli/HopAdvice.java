package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.path.Hop;
import io.github.tlscompat.core.remedy.Remedy;
import java.util.ArrayList;
import java.util.List;

/**
 * The remedy {@code tls-compat path} gives at the hop that refuses: the best server change there
 * ({@link Remedy#find}), or, at a pass-through hop, what routing would let the client by.
 */
final class HopAdvice {

  HopAdvice() {}

  /** What to do at {@code refusing}, the hop that refuses {@code leg}, one sentence a line. */
  List<String> lines(Hop refusing, PathReport.Leg leg) {
    List<String> lines = new ArrayList<>();
    if (refusing instanceof Hop.PassThrough pass) {
      lines.add("remedy at " + pass.id() + ": " + passThrough(pass, leg));
      return lines;
    }
    List<Remedy> remedies = Remedy.find(leg.client(), leg.server());
    if (remedies.isEmpty()) {
      lines.add("remedy at " + refusing.id() + ": none; no single change, nor pair of changes, re-admits "
          + leg.client().id());
      return lines;
    }
    lines.add("remedy at " + refusing.id() + ": " + remedies.get(0).describe());
    lines.add("all " + remedies.size() + (remedies.size() == 1 ? " remedy: " : " remedies: ")
        + "tls-compat remedy --client " + leg.clientRef() + " --server " + leg.serverRef());
    return lines;
  }

  /** The same as an object: {@code hop}, {@code advice} (pass-through hops) and the {@code remedies}. */
  ObjectNode json(Hop refusing, PathReport.Leg leg) {
    ObjectNode o = Json.object();
    o.put("hop", refusing.id());
    if (refusing instanceof Hop.PassThrough pass) {
      o.put("advice", passThrough(pass, leg));
      o.putArray("remedies");
      return o;
    }
    o.putNull("advice");
    o.set("remedies", RemedyCommand.json(Remedy.find(leg.client(), leg.server())));
    return o;
  }

  private static String passThrough(Hop.PassThrough pass, PathReport.Leg leg) {
    return pass.id() + " relays TLS and routes by server_name, which " + leg.client().id() + " does not send:"
        + " give it a default route to " + leg.hop().id() + " for ClientHellos without server_name";
  }
}
