package io.shutterport.platform.util;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flat string maps kept as a JSON object in one column (answers, settings). */
public final class JsonMaps {
  /** Looked up once: {@code Json.create…} finds the provider again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonMaps() {}

  public static String write(Map<String, String> values) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    values.forEach(object::add);
    return object.build().toString();
  }

  /** The map in the column; empty for null or blank. */
  public static Map<String, String> read(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, String> values = new LinkedHashMap<>();
      object.forEach(
          (k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
      return values;
    }
  }
}
