package io.github.tlscompat.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How the profile format spells a value, as the shipped JSON Schema says it
 * ({@value Catalog#SCHEMA_RESOURCE}). The core registries also read the spellings of OpenSSL, GnuTLS
 * and configuration files ({@code DES-CBC3-SHA}, {@code TLS1.2}, {@code SHA-1}); a profile file
 * takes only the format's own, so that a file an editor passes against the schema loads and a file
 * it flags does not. {@code SchemaLoaderAgreementTest} holds the schema's patterns to these.
 */
final class Spelling {

  /** A cipher suite: an IANA or JSSE name, or its code ({@code 0x002F}; six digits for an SSL 2.0 kind). */
  static final Pattern CIPHER_SUITE = Pattern.compile("^(TLS_|SSL_)[A-Za-z0-9_]+$|^0x[0-9A-Fa-f]{4}([0-9A-Fa-f]{2})?$");

  /** A named group or signature scheme: a name, or its code. */
  static final Pattern CODE_NAME = Pattern.compile("^[A-Za-z0-9_.-]+$");

  /** A two-byte code point written in hex, as {@code 0x001D}. */
  static final Pattern HEX_CODE = Pattern.compile("^0x[0-9A-Fa-f]{4}$");

  /** A certificate in short form, {@code type:bits:hash[:wildcard][@issuer]}. */
  static final Pattern CERTIFICATE = Pattern.compile("^(rsa|ecdsa|ec|dsa|ed25519|ed448):(p-?)?[0-9]+:"
      + "(md5|sha1|sha224|sha256|sha384|sha512|intrinsic)(:wildcard)?(@\\s*\\S.*)?$");

  /** A captured ClientHello: hex bytes, with white space between bytes only. */
  static final Pattern HEX_BYTES = Pattern.compile("^(\\s*[0-9A-Fa-f]{2})+\\s*$");

  /** A tag. */
  static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9.+_-]*$");

  /** Text with something in it: names and the entries of source, notes and unconfirmed. */
  static final Pattern NOT_BLANK = Pattern.compile("\\S");

  private Spelling() {}

  /**
   * The value as an {@code int} when it is a whole number that fits one, or empty. JSON Schema
   * counts {@code 2048.0} and {@code 2e3} as integers, so the loader does too.
   */
  static OptionalInt wholeNumber(JsonNode value) {
    return value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToInt()
        ? OptionalInt.of(value.asInt()) : OptionalInt.empty();
  }

  /** Whether {@code text} has a character that is not white space, as the schema's {@code \S} says. */
  static boolean notBlank(String text) {
    return NOT_BLANK.matcher(text).find();
  }
}
