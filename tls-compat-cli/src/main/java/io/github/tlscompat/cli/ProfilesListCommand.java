package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.ProfileInfo;
import io.github.tlscompat.profiles.ProfileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat profiles list}: the profiles of the catalog in load order, with their tags and
 * what is uncertain about them.
 *
 * @since 0.1.0
 */
@Command(
    name = "list",
    description = "Lists the profiles of the catalog: id, kind, tags, name and caveats.")
public final class ProfilesListCommand implements Callable<Integer> {

  /** The TSV columns and the JSON keys of a profile. */
  static final List<String> COLUMNS =
      List.of("id", "kind", "name", "aliases", "tags", "partial", "assumed", "location");

  @Spec
  CommandSpec spec;

  @Mixin
  CatalogOptions catalog;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only clients or only servers: ${COMPLETION-CANDIDATES}.")
  ProfileKind kind;

  @Option(names = "--tag", paramLabel = "TAG", description = "Only profiles with this tag.")
  String tag;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Creates the command; picocli calls this. */
  public ProfilesListCommand() {}

  /**
   * Writes the profiles that pass the filters in the chosen format.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    Catalog loaded = catalog.load();
    if (tag != null && loaded.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
      throw catalog.invalid("--tag", "no profile has the tag '" + tag + "'"
          + ClosestNames.didYouMean(tag, loaded.tags()));
    }
    List<ProfileInfo> infos = loaded.infos().stream()
        .filter(i -> kind == null || i.kind() == kind)
        .filter(i -> tag == null || i.hasTag(tag))
        .toList();
    Console.print(spec, switch (format) {
      case text -> text(infos);
      case tsv -> tsv(infos);
      case json -> Json.lines(infos.stream().map(ProfilesListCommand::json).toList());
      case markdown -> table(infos).lines();
      case html -> HtmlOutput.page("tls-compat profiles", List.of(), table(infos));
    });
    return ExitCodes.OK;
  }

  private static String tags(ProfileInfo i) {
    return String.join(",", i.tags().stream().sorted().toList());
  }

  /** "partial, 1 assumed, 2 unconfirmed", or empty when the facts are all sourced. */
  private static String caveats(ProfileInfo i) {
    List<String> parts = new ArrayList<>();
    if (i.partial()) parts.add("partial");
    if (!i.assumed().isEmpty()) parts.add(i.assumed().size() + " assumed");
    if (!i.unconfirmed().isEmpty()) parts.add(i.unconfirmed().size() + " unconfirmed");
    return String.join(", ", parts);
  }

  private static List<String> text(List<ProfileInfo> infos) {
    TextTable table = new TextTable("").row("id", "kind", "tags", "caveats", "name");
    for (ProfileInfo i : infos) {
      table.row(i.id(), i.kind().jsonName(), Outcomes.orDash(emptyToNull(tags(i))),
          Outcomes.orDash(emptyToNull(caveats(i))), i.name());
    }
    List<String> lines = new ArrayList<>(table.lines());
    long clients = infos.stream().filter(i -> i.kind() == ProfileKind.CLIENT).count();
    lines.add("");
    lines.add(infos.size() + " profiles (" + clients + " clients, " + (infos.size() - clients)
        + " servers); tls-compat profiles show ID prints every fact of one.");
    return lines;
  }

  private static List<String> tsv(List<ProfileInfo> infos) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", COLUMNS));
    for (ProfileInfo i : infos) {
      lines.add(Tsv.line(i.id(), i.kind().jsonName(), i.name(), String.join(",", i.aliases()), tags(i),
          Boolean.toString(i.partial()), String.join(",", i.assumed().stream().sorted().toList()),
          i.location()));
    }
    return lines;
  }

  private static ObjectNode json(ProfileInfo i) {
    ObjectNode o = Json.object();
    o.put("id", i.id());
    o.put("kind", i.kind().jsonName());
    o.put("name", i.name());
    o.set("aliases", Json.array(i.aliases()));
    o.set("tags", Json.array(i.tags().stream().sorted().toList()));
    o.put("partial", i.partial());
    o.set("assumed", Json.array(i.assumed().stream().sorted().toList()));
    o.put("location", i.location());
    return o;
  }

  private static MarkdownTable table(List<ProfileInfo> infos) {
    MarkdownTable table = new MarkdownTable("id", "kind", "tags", "caveats", "name");
    for (ProfileInfo i : infos) {
      table.row(i.id(), i.kind().jsonName(), tags(i), caveats(i), i.name());
    }
    return table;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
