package io.github.tlscompat.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Where a client's captured ClientHello comes from: its profile file's {@code clientHello} field,
 * else a {@code <id>.hex} file under {@link Catalog#CAPTURES_FOLDER}, found through a class loader.
 *
 * <p>The folder is under {@code META-INF}, which no module encapsulates, so the
 * {@code tls-compat-captures} jar is found on the module path as on the class path, as long as its
 * module is in the module graph.
 */
final class Captures {

  private final Map<String, byte[]> embedded; // id -> the hello its file carries
  private final ClassLoader loader;

  Captures(Map<String, byte[]> embedded, ClassLoader loader) {
    this.embedded = Map.copyOf(embedded);
    this.loader = loader;
  }

  /** The hello {@code client} was captured sending, record header included; a fresh copy. */
  Optional<byte[]> of(ProfileInfo client) {
    byte[] own = embedded.get(client.id());
    if (own != null) return Optional.of(own.clone());
    URL hex = loader.getResource(Catalog.CAPTURES_FOLDER + client.id() + ".hex");
    if (hex == null) return Optional.empty();
    try (InputStream in = hex.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("\\s", "");
      return Optional.of(HexFormat.of().parseHex(text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + hex, e);
    } catch (IllegalArgumentException notHex) {
      throw new IllegalStateException(hex + " is not a hex-encoded ClientHello: " + notHex.getMessage(), notHex);
    }
  }
}
