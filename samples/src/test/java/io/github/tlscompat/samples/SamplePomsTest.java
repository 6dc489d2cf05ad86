package io.github.tlscompat.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each sample is a project a user can copy as it is: no parent, the tls-compat BOM imported at the
 * version the build fills in, and tls-compat-junit its only tls-compat dependency, in test scope. A
 * sample that leaned on the reactor (a parent, a module it could not get from the BOM) would build
 * here and fail for the user.
 */
class SamplePomsTest {
  private static final Path SAMPLES = Path.of(System.getProperty("tls-compat.root", "..")).resolve("samples");

  @TestFactory
  Stream<DynamicTest> everySample_standaloneOnTheBomAndTlsCompatJunitOnly() throws IOException {
    List<Path> poms;
    try (Stream<Path> dirs = Files.list(SAMPLES)) {
      poms = dirs.map(d -> d.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(poms).extracting(p -> p.getParent().getFileName().toString())
        .containsExactly("client-library", "every-annotation", "hardening-gate", "https-service");
    return poms.stream().map(pom -> DynamicTest.dynamicTest(pom.getParent().getFileName().toString(), () -> {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
      Element project = doc.getDocumentElement();

      assertThat(children(project, "parent")).as("%s has a parent", pom).isEmpty();
      List<String> imports = new ArrayList<>();
      List<String> tlsCompat = new ArrayList<>();
      NodeList dependencies = doc.getElementsByTagName("dependency");
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element d = (Element) dependencies.item(i);
        String coordinates = text(d, "groupId") + ":" + text(d, "artifactId") + ":" + text(d, "version") + ":"
            + text(d, "scope");
        if ("import".equals(text(d, "scope"))) imports.add(coordinates);
        else if (text(d, "groupId").equals("io.github.tlscompat")) tlsCompat.add(coordinates);
      }
      assertThat(imports).as("%s imports", pom).contains("io.github.tlscompat:tls-compat-bom:@project.version@:import");
      assertThat(tlsCompat).as("%s depends on", pom).containsExactly("io.github.tlscompat:tls-compat-junit::test");
    }));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) found.add(e);
    }
    return found;
  }

  private static String text(Element element, String child) {
    List<Element> c = children(element, child);
    return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
  }
}
