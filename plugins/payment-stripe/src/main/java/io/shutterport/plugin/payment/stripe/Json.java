package io.shutterport.plugin.payment.stripe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for Stripe's answers: objects become maps, arrays lists, numbers {@code Long}
 * or {@code Double}. Enough for the fields this plugin reads; it refuses malformed input, and input
 * nested deeper than {@link #MAX_DEPTH} (Stripe's objects are a few levels deep; a webhook body
 * from anyone could otherwise exhaust the stack).
 */
final class Json {
  static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value();
    json.space();
    if (json.pos != text.length()) {
      throw new IllegalArgumentException("trailing characters at " + json.pos);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  static String string(Map<String, Object> object, String key) {
    Object value = object.get(key);
    return value instanceof String s ? s : null;
  }

  static long number(Map<String, Object> object, String key) {
    Object value = object.get(key);
    return value instanceof Number n ? n.longValue() : 0;
  }

  private Object value() {
    space();
    if (pos >= text.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    char c = text.charAt(pos);
    if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
      throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH);
    }
    return switch (c) {
      case '{' -> nested(obj());
      case '[' -> nested(array());
      case '"' -> str();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> num();
    };
  }

  /** Leaves a nested value. */
  private <T> T nested(T value) {
    depth--;
    return value;
  }

  private Map<String, Object> obj() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    space();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      space();
      String key = str();
      space();
      expect(':');
      map.put(key, value());
      space();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    space();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value());
      space();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String str() {
    expect('"');
    StringBuilder s = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new IllegalArgumentException("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return s.toString();
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> s.append('\n');
        case 't' -> s.append('\t');
        case 'r' -> s.append('\r');
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'u' -> {
          s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> s.append(e);
      }
    }
  }

  private Object num() {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String n = text.substring(start, pos);
    if (n.isEmpty()) {
      throw new IllegalArgumentException("unexpected character at " + start);
    }
    return n.contains(".") || n.contains("e") || n.contains("E")
        ? (Object) Double.parseDouble(n)
        : (Object) Long.parseLong(n);
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw new IllegalArgumentException("unexpected token at " + pos);
    }
    pos += word.length();
    return value;
  }

  private void space() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos);
    }
    pos++;
  }
}
