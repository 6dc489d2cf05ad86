package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.Split;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Windows Registry Editor export ({@code .reg}): "Windows Registry Editor Version 5.00" (UTF-16LE
 * with a byte-order mark, as regedit writes it, or UTF-8) or "REGEDIT4" (ANSI). Keys in
 * {@code [...]}, deleted keys {@code [-...]}, values {@code "Name"=dword:...}, {@code "Name"="..."},
 * {@code "Name"=hex(7):...} (REG_MULTI_SZ, UTF-16LE), other {@code hex} forms, {@code "Name"=-}
 * (deleted); a trailing backslash continues a hex value; {@code ;} starts a comment.
 */
final class RegFile {

  /** A value: a dword (as long), a string, or the strings of a REG_MULTI_SZ; with its line. */
  record Value(Long dword, String string, List<String> strings, int line) {}

  /** Key path (upper case) to value name (upper case) to value; deleted keys map to null. */
  private final Map<String, Map<String, Value>> keys = new LinkedHashMap<>();
  private final Map<String, Integer> keyLines = new LinkedHashMap<>();

  private RegFile() {}

  /** Decodes the bytes of a .reg file: UTF-16LE or UTF-8 by byte-order mark, else UTF-8. */
  static String decode(byte[] data) {
    if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
      return new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE);
    }
    if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
      return new String(data, 3, data.length - 3, StandardCharsets.UTF_8);
    }
    // UTF-16LE without a mark: every second byte of ASCII text is zero.
    if (data.length >= 4 && data[1] == 0 && data[3] == 0 && data[0] != 0) {
      return new String(data, StandardCharsets.UTF_16LE);
    }
    return new String(data, StandardCharsets.UTF_8);
  }

  static RegFile parse(String text) {
    RegFile reg = new RegFile();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = Split.lines(body, true);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) first++;
    String header = first < lines.length ? lines[first].strip() : "";
    if (!header.equals("Windows Registry Editor Version 5.00") && !header.equals("REGEDIT4")) {
      throw ConfigErrors.at(first + 1, "header", "'" + header + "' is not a .reg header; expected"
          + " 'Windows Registry Editor Version 5.00' or 'REGEDIT4'");
    }
    Map<String, Value> current = null;
    for (int i = first + 1; i < lines.length; i++) {
      int lineNo = i + 1;
      StringBuilder b = new StringBuilder(lines[i].strip());
      while (b.length() > 0 && b.charAt(b.length() - 1) == '\\' && i + 1 < lines.length) {
        b.setLength(b.length() - 1);
        b.append(lines[++i].strip());
      }
      String line = b.toString();
      if (line.isEmpty() || line.startsWith(";")) continue;
      if (line.startsWith("[")) {
        if (!line.endsWith("]")) throw ConfigErrors.at(lineNo, line, "key is not closed; expected ']'");
        String key = line.substring(1, line.length() - 1).strip();
        boolean deleted = key.startsWith("-");
        String path = normalize(deleted ? key.substring(1) : key);
        current = deleted ? null : reg.keys.computeIfAbsent(path, k -> new LinkedHashMap<>());
        if (deleted) reg.keys.remove(path);
        reg.keyLines.put(path, lineNo);
        continue;
      }
      if (current == null) {
        throw ConfigErrors.at(lineNo, line, "value outside a key; expected a [HKEY_...] line before it");
      }
      String name;
      String rest;
      if (line.startsWith("@=")) {
        name = "";
        rest = line.substring(2);
      } else if (line.startsWith("\"")) {
        int end = closingQuote(line, 1);
        if (end < 0 || end + 1 >= line.length() || line.charAt(end + 1) != '=') {
          throw ConfigErrors.at(lineNo, line, "expected \"Name\"=value");
        }
        name = unescape(line.substring(1, end));
        rest = line.substring(end + 2).strip();
      } else {
        throw ConfigErrors.at(lineNo, line, "expected \"Name\"=value, @=value or [key]");
      }
      String upper = name.toUpperCase(Locale.ROOT);
      if (rest.equals("-")) {
        current.remove(upper);
      } else {
        current.put(upper, value(rest, lineNo, name));
      }
    }
    return reg;
  }

  private static Value value(String rest, int line, String name) {
    String lower = rest.toLowerCase(Locale.ROOT);
    if (lower.startsWith("dword:")) {
      try {
        return new Value(Long.parseLong(rest.substring(6).strip(), 16), null, null, line);
      } catch (NumberFormatException e) {
        throw ConfigErrors.at(line, name, "'" + rest + "' is not a dword; expected dword: and 8 hex digits");
      }
    }
    if (rest.startsWith("\"")) {
      int end = closingQuote(rest, 1);
      if (end < 0) throw ConfigErrors.at(line, name, "string is not closed; expected '\"'");
      return new Value(null, unescape(rest.substring(1, end)), null, line);
    }
    if (lower.startsWith("hex(7):")) {
      byte[] bytes = hexBytes(rest.substring(7), line, name);
      String all = new String(bytes, StandardCharsets.UTF_16LE);
      List<String> strings = new ArrayList<>();
      for (String s : all.split("\0")) {
        if (!s.isEmpty()) strings.add(s);
      }
      return new Value(null, null, List.copyOf(strings), line);
    }
    if (lower.startsWith("hex(2):")) {
      String s = new String(hexBytes(rest.substring(7), line, name), StandardCharsets.UTF_16LE).replace("\0", "");
      return new Value(null, s, null, line);
    }
    if (lower.startsWith("hex")) return new Value(null, null, null, line);
    throw ConfigErrors.at(line, name, "unknown value '" + rest + "'; expected dword:, \"string\", hex(7): or hex:");
  }

  private static byte[] hexBytes(String text, int line, String name) {
    String[] parts = text.strip().isEmpty() ? new String[0] : text.strip().split("\\s*,\\s*");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        bytes[i] = (byte) Integer.parseInt(parts[i], 16);
      } catch (NumberFormatException e) {
        throw ConfigErrors.at(line, name, "'" + parts[i] + "' is not a hex byte; expected e.g. 54,00,4c,00");
      }
    }
    return bytes;
  }

  private static int closingQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '"') {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String s) {
    return s.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /** Upper case, {@code HKLM} spelled out, no trailing backslash. */
  static String normalize(String path) {
    String p = path.strip().toUpperCase(Locale.ROOT);
    if (p.startsWith("HKLM\\")) p = "HKEY_LOCAL_MACHINE\\" + p.substring(5);
    while (p.endsWith("\\")) p = p.substring(0, p.length() - 1);
    return p;
  }

  /** The keys directly under {@code parent}, as the last path element in its original case is lost: upper case. */
  List<String> children(String parent) {
    String prefix = normalize(parent) + "\\";
    List<String> names = new ArrayList<>();
    for (String key : keys.keySet()) {
      if (key.startsWith(prefix)) {
        String child = key.substring(prefix.length()).split("\\\\")[0];
        if (!names.contains(child)) names.add(child);
      }
    }
    return names;
  }

  Optional<Value> value(String key, String name) {
    Map<String, Value> values = keys.get(normalize(key));
    return values == null ? Optional.empty() : Optional.ofNullable(values.get(name.toUpperCase(Locale.ROOT)));
  }

  int line(String key) {
    return keyLines.getOrDefault(normalize(key), 1);
  }
}
