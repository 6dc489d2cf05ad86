package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The issuer of a certificate, as a peer's trust decision sees it: either a distinguished name in
 * RFC 4514 form ({@code CN=Contoso Issuing CA,DC=contoso,DC=com}, what a CertificateRequest's
 * {@code certificate_authorities} carries, RFC 5246 7.4.4 and RFC 8446 4.2.4) or the name of a CA
 * where a source names no distinguished name ({@code Contoso Enterprise Root CA}).
 *
 * <p>A name with an {@code =} outside escapes is a distinguished name; its attribute types are
 * upper-cased and the spaces around its separators dropped, so that two spellings of one name are
 * one value. {@link #matches} is the comparison a trust decision makes: case-insensitive, as RFC
 * 5280 7.1 compares directory strings, and a CA name matches a distinguished name whose first
 * {@code CN} it is.
 *
 * @param name the distinguished name in normal form, or the CA's name as given (trimmed)
 * @since 0.1.0
 */
public record CertificateIssuer(String name) {
  /** Longer than any issuer name a real certificate carries; the cap keeps a hostile file cheap. */
  private static final int MAX_LENGTH = 1024;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * Validates the name and brings a distinguished name to normal form.
   *
   * @throws IllegalArgumentException if the name is blank, longer than 1024 characters, holds a
   *     control character, or is a distinguished name with an attribute lacking a type or value
   */
  public CertificateIssuer {
    Preconditions.checkNotNull(name, "name");
    String given = name;
    name = name.trim();
    // Tests and throws, not message suppliers: see Preconditions.
    if (name.isEmpty()) throw new IllegalArgumentException("an issuer needs a name, was '" + given + "'");
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("issuer name is " + given.length() + " characters long; at most " + MAX_LENGTH
          + " are accepted");
    }
    for (int i = 0; i < name.length(); i++) {
      // A test and a throw, not a message supplier (see Preconditions): a lambda per character was
      // most of what a cold catalog spent on its issuers.
      if (Character.isISOControl(name.charAt(i))) {
        throw new IllegalArgumentException("issuer name '" + given.replaceAll("\\p{Cntrl}", "?")
            + "' holds a control character at " + i);
      }
    }
    if (hasUnescaped(name, '=')) name = normalForm(name);
  }

  /** Parses {@code text} as an issuer: the same as the constructor, for symmetry with the other parsers. */
  public static CertificateIssuer parse(String text) {
    return new CertificateIssuer(text);
  }

  /** Whether this is a distinguished name (else the name of a CA). */
  public boolean isDistinguishedName() {
    return hasUnescaped(name, '=');
  }

  /** The value of the first {@code CN} attribute of a distinguished name; empty for a CA's name or a DN without one. */
  public Optional<String> commonName() {
    if (!isDistinguishedName()) return Optional.empty();
    for (String[] attribute : attributes(name)) {
      if (attribute[0].equals("CN")) return Optional.of(attribute[1]);
    }
    return Optional.empty();
  }

  /**
   * Whether a peer that trusts {@code trusted} trusts a certificate from this issuer: the same name,
   * ignoring case and runs of spaces; or one a CA's name and the other a distinguished name whose
   * first {@code CN} is that name.
   */
  public boolean matches(CertificateIssuer trusted) {
    Preconditions.checkNotNull(trusted, "trusted");
    if (isDistinguishedName() == trusted.isDistinguishedName()) return folded(name).equals(folded(trusted.name));
    CertificateIssuer dn = isDistinguishedName() ? this : trusted;
    CertificateIssuer ca = isDistinguishedName() ? trusted : this;
    return dn.commonName().map(cn -> folded(cn).equals(folded(ca.name))).orElse(false);
  }

  /** Whether any of {@code trusted} {@linkplain #matches matches} this issuer. */
  public boolean isAmong(Collection<CertificateIssuer> trusted) {
    for (CertificateIssuer t : trusted) {
      if (matches(t)) return true;
    }
    return false;
  }

  /** The name, e.g. {@code CN=Contoso Issuing CA,DC=contoso,DC=com}. */
  @Override public String toString() {
    return name;
  }

  private static String folded(String s) {
    // A negotiation folds every trusted issuer of the client. A name holds no control character (the
    // constructor refuses them), so the only whitespace it can hold is the space: the regex only for a run.
    return (s.contains("  ") ? WHITESPACE.matcher(s).replaceAll(" ") : s).toLowerCase(Locale.ROOT);
  }

  private static boolean hasUnescaped(String s, char wanted) {
    boolean escaped = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == wanted) {
        return true;
      }
    }
    return false;
  }

  /** "cn = Contoso CA , dc=contoso" to "CN=Contoso CA,DC=contoso": RDN separators kept, spaces around them dropped. */
  private static String normalForm(String dn) {
    StringBuilder out = new StringBuilder(dn.length());
    List<String[]> attributes = attributes(dn);
    for (String[] attribute : attributes) {
      if (out.length() > 0) out.append(attribute[2]);
      out.append(attribute[0]).append('=').append(attribute[1]);
    }
    return out.toString();
  }

  /**
   * The attributes of a distinguished name in order, each as {type (upper case), value (trimmed),
   * the separator before it}. Backslash escapes and quoted values (RFC 4514 2.4, RFC 1779) keep a
   * separator inside a value.
   */
  private static List<String[]> attributes(String dn) {
    List<String[]> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String separator = ",";
    boolean escaped = false;
    boolean quoted = false;
    for (int i = 0; i <= dn.length(); i++) {
      char c = i < dn.length() ? dn.charAt(i) : ',';
      boolean end = i == dn.length();
      if (!end && escaped) {
        escaped = false;
        current.append(c);
        continue;
      }
      if (!end && c == '\\') {
        escaped = true;
        current.append(c);
        continue;
      }
      if (!end && c == '"') quoted = !quoted;
      if (end || !quoted && (c == ',' || c == '+' || c == ';')) {
        out.add(attribute(dn, current.toString(), separator));
        separator = c == '+' ? "+" : ",";
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    return out;
  }

  private static String[] attribute(String dn, String text, String separator) {
    int eq = -1;
    boolean escaped = false;
    for (int i = 0; i < text.length() && eq < 0; i++) {
      char c = text.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '=') {
        eq = i;
      }
    }
    String type = eq < 0 ? "" : text.substring(0, eq).trim();
    String value = eq < 0 ? "" : text.substring(eq + 1).trim();
    if (type.isEmpty() || value.isEmpty()) {
      throw new IllegalArgumentException("issuer '" + dn + "': '" + text.trim()
          + "' is not an attribute type=value; a distinguished name reads like CN=Contoso Issuing CA,DC=contoso,DC=com");
    }
    return new String[] {type.toUpperCase(Locale.ROOT), value, separator};
  }
}
