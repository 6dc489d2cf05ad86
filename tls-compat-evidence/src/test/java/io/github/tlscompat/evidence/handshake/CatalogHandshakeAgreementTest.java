package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.evidence.wire.Disagreement;
import io.github.tlscompat.evidence.wire.Observation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.evidence.wire.Evidence;
import io.github.tlscompat.profiles.Catalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The strong check of the model: a real Bouncy Castle handshake for every built-in client against
 * every built-in server that Bouncy Castle can run, each compared with {@link Negotiator}'s
 * prediction. A failure lists every disagreeing cell.
 */
class CatalogHandshakeAgreementTest {

  private record Cell(ClientProfile client, ServerPolicy server, Negotiation model, Observation handshake,
      Optional<Disagreement> disagreement) {
    @Override public String toString() {
      return client.id() + " x " + server.id() + "\n    model:     " + model + "\n    handshake: " + handshake
          + "\n    why:       " + disagreement.map(Disagreement::describe).orElse("-");
    }
  }

  @Test
  void everyRunnablePair_handshakeAgreesWithTheModel() {
    // GIVEN every built-in pair that Bouncy Castle can run
    Catalog catalog = Catalog.builtIn();
    List<Object[]> pairs = new ArrayList<>();
    int notRunnable = 0;
    for (ClientProfile client : catalog.clients()) {
      for (ServerPolicy server : catalog.servers()) {
        if (BcHandshake.isRunnable(client, server)) pairs.add(new Object[] {client, server});
        else notRunnable++;
      }
    }

    // WHEN each runs a real handshake
    List<Cell> cells = pairs.parallelStream().map(p -> {
      ClientProfile client = (ClientProfile) p[0];
      ServerPolicy server = (ServerPolicy) p[1];
      Negotiation model = Negotiator.negotiate(client, server);
      Observation handshake = BcHandshake.run(client, server);
      return new Cell(client, server, model, handshake, handshake.disagreementWith(model));
    }).toList();

    // THEN each agrees with the model
    Map<String, Long> tally = new TreeMap<>(cells.stream().collect(Collectors.groupingBy(
        c -> c.handshake.outcome() + c.handshake.evidence().map(e -> e == Evidence.WIRE ? " (wire)" : "").orElse(""),
        Collectors.counting())));
    List<Cell> disagreeing = cells.stream().filter(c -> c.disagreement.isPresent())
        .sorted(Comparator.comparing((Cell c) -> c.client.id()).thenComparing(c -> c.server.id())).toList();
    System.out.println("handshakes: " + cells.size() + " runnable pairs " + tally + ", " + notRunnable
        + " not runnable, " + disagreeing.size() + " disagreeing");
    assertThat(disagreeing)
        .as("%d of %d handshakes disagree with the model:%n  %s", disagreeing.size(), cells.size(),
            disagreeing.stream().map(Cell::toString).collect(Collectors.joining("\n  ")))
        .isEmpty();
  }
}
