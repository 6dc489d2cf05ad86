import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;

/**
 * Prints every registry name as "kind TAB code TAB name", the table the catalog converters map
 * code points through. Run from the repository root after building tls-compat-core:
 * java -cp tls-compat-core/target/classes tools/catalog/DumpRegistry.java > /tmp/registry.tsv
 */
public class DumpRegistry {
  public static void main(String[] args) {
    for (CipherSuite c : CipherSuite.values()) System.out.println("suite\t" + c.codeString() + "\t" + c.ianaName());
    for (NamedGroup g : NamedGroup.values()) System.out.printf("group\t0x%04X\t%s%n", g.code(), g.ianaName());
    for (SignatureScheme s : SignatureScheme.values()) System.out.printf("sigalg\t0x%04X\t%s%n", s.code(), s.ianaName());
  }
}
