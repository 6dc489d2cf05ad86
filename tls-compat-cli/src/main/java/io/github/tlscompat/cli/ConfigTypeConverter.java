package io.github.tlscompat.cli;

import io.github.tlscompat.profiles.ConfigType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a {@code --type} value, case ignored, naming every type when it is none of them. */
final class ConfigTypeConverter implements ITypeConverter<ConfigType> {
  @Override
  public ConfigType convert(String value) {
    try {
      return ConfigType.fromName(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
