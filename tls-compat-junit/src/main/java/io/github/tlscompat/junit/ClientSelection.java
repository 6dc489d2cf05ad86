package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.NoSuchProfileException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The clients an annotation names by id and by tag, in that order, each once. */
final class ClientSelection {
  private ClientSelection() {}

  /**
   * @param where the annotation and where it is, for messages: {@code @RequiresClient on FooTests.bar()}
   * @throws ExtensionConfigurationException when nothing is named, or an id or tag is not in the
   *     catalog (with the closest ids)
   */
  static List<ClientProfile> select(Catalog catalog, String[] ids, String[] tags, String where) {
    if (ids.length == 0 && tags.length == 0) {
      throw new ExtensionConfigurationException(where + " names no client; expected client ids (value) or tags,"
          + " e.g. (\"LPE-CE6\") or (tags = \"lync\")");
    }
    Set<ClientProfile> clients = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        clients.add(catalog.client(id));
      } catch (NoSuchProfileException e) {
        throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
      }
    }
    for (String tag : tags) {
      List<ClientProfile> tagged = catalog.clientsTagged(tag);
      if (tagged.isEmpty()) {
        String hint = "";
        try {
          catalog.selectClients(tag);
        } catch (NoSuchProfileException e) {
          hint = " (" + e.getMessage() + ")";
        }
        throw new ExtensionConfigurationException(where + ": no client carries the tag '" + tag + "'" + hint);
      }
      clients.addAll(tagged);
    }
    return List.copyOf(clients);
  }
}
