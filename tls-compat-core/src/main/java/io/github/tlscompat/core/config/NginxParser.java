package io.github.tlscompat.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * nginx's configuration syntax (ngx_conf_file.c): words separated by blanks, {@code ;} ends a
 * directive, {@code {} opens a block and {@code }} closes it, {@code #} at the start of a word
 * comments to the end of the line, and {@code "..."} or {@code '...'} quote a word in which a
 * backslash escapes the next character.
 */
final class NginxParser {
  /**
   * How deep blocks may nest: real configurations use three or four levels (http, server,
   * location, if), and the parser recurses once per level, so a hostile file must not choose the depth.
   */
  static final int MAX_DEPTH = 100;

  private NginxParser() {}

  /** A simple directive, e.g. {@code ssl_protocols TLSv1.2 TLSv1.3;}, at a 1-based line. */
  record Directive(String name, List<String> args, int line) {}

  /** A block directive, e.g. {@code server { ... }}, with what it holds in order. */
  record Block(String name, List<String> args, int line, List<Directive> directives, List<Block> children) {
    /** The directives named {@code name} directly in this block. */
    List<Directive> directives(String name) {
      return directives.stream().filter(d -> d.name().equals(name)).toList();
    }

    /** The blocks named {@code name} directly in this block. */
    List<Block> blocks(String name) {
      return children.stream().filter(b -> b.name().equals(name)).toList();
    }
  }

  /**
   * A word (quoted or not: {@code punctuation} 0) or one of {@code ; { }} outside quotes. The
   * parser asks every token which of the three it is, so the answer is a char, not a string
   * comparison (a fuzzer's instrumentation reports every {@code String.equals} to the native side).
   */
  private record Token(String text, char punctuation, int line) {
    boolean is(char c) {
      return punctuation == c;
    }
  }

  /**
   * The whole file as the top-level block.
   *
   * @throws IllegalArgumentException for an unclosed quote or block, a stray {@code }}, a
   *     directive without {@code ;}, or blocks nested deeper than {@link #MAX_DEPTH}, naming the line
   */
  static Block parse(String text) {
    List<Token> tokens = tokenize(text);
    int[] at = {0};
    Block root = block("", List.of(), 1, tokens, at, 0);
    return root;
  }

  private static Block block(String name, List<String> args, int line, List<Token> tokens, int[] at, int depth) {
    boolean top = depth == 0;
    List<Directive> directives = new ArrayList<>();
    List<Block> children = new ArrayList<>();
    List<Token> words = new ArrayList<>();
    while (at[0] < tokens.size()) {
      Token t = tokens.get(at[0]++);
      if (t.is(';')) {
        if (words.isEmpty()) continue;
        directives.add(new Directive(words.get(0).text(), texts(words.subList(1, words.size())), words.get(0).line()));
        words.clear();
      } else if (t.is('{')) {
        if (words.isEmpty()) throw ConfigErrors.at(t.line(), "{", "unexpected '{'; expected a block name before it");
        Token head = words.get(0);
        if (depth == MAX_DEPTH) {
          throw ConfigErrors.at(head.line(), head.text(), "blocks nest deeper than " + MAX_DEPTH + " levels; expected at"
              + " most " + MAX_DEPTH);
        }
        children.add(block(head.text(), texts(words.subList(1, words.size())), head.line(), tokens, at, depth + 1));
        words.clear();
      } else if (t.is('}')) {
        if (top) throw ConfigErrors.at(t.line(), "}", "unexpected '}'; no block is open");
        if (!words.isEmpty()) throw unterminated(words);
        return new Block(name, args, line, List.copyOf(directives), List.copyOf(children));
      } else {
        words.add(t);
      }
    }
    if (!words.isEmpty()) throw unterminated(words);
    if (!top) throw ConfigErrors.at(line, name, "block is not closed; expected '}' before the end of the file");
    return new Block(name, args, line, List.copyOf(directives), List.copyOf(children));
  }

  private static IllegalArgumentException unterminated(List<Token> words) {
    Token head = words.get(0);
    return ConfigErrors.at(head.line(), head.text(), "directive is not terminated; expected ';' after '"
        + words.get(words.size() - 1).text() + "'");
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '#') {
        while (i < text.length() && text.charAt(i) != '\n') i++;
      } else if (ch == ';' || ch == '{' || ch == '}') {
        tokens.add(new Token(String.valueOf(ch), ch, line));
        i++;
      } else if (ch == '"' || ch == '\'') {
        int start = line;
        StringBuilder word = new StringBuilder();
        i++;
        while (true) {
          if (i >= text.length()) throw ConfigErrors.at(start, "" + ch, "unclosed quote; expected " + ch);
          char c = text.charAt(i);
          if (c == ch) break;
          if (c == '\\' && i + 1 < text.length()) c = text.charAt(++i);
          if (c == '\n') line++;
          word.append(c);
          i++;
        }
        i++;
        tokens.add(new Token(word.toString(), (char) 0, start));
      } else {
        StringBuilder word = new StringBuilder();
        while (i < text.length()) {
          char c = text.charAt(i);
          if (Character.isWhitespace(c) || c == ';' || c == '{' || c == '}') break;
          if (c == '\\' && i + 1 < text.length()) c = text.charAt(++i);
          word.append(c);
          i++;
        }
        tokens.add(new Token(word.toString(), (char) 0, line));
      }
    }
    return tokens;
  }
}
