package io.github.tlscompat.cli;

import io.github.tlscompat.core.model.CertificateSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a {@code --cert} value, {@code type:bits:hash} such as {@code rsa:2048:sha256} or
 * {@code ecdsa:p256:sha256}, with {@link CertificateSpec#parse}; picocli reports a bad one as
 * "Invalid value for option '--cert': " and the parser's message.
 */
final class CertificateConverter implements ITypeConverter<CertificateSpec> {

  @Override
  public CertificateSpec convert(String value) {
    try {
      return CertificateSpec.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
