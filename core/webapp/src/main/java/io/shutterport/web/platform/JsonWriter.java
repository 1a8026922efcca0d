package io.shutterport.web.platform;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * JSON answers written by JSON-B straight into the response as UTF-8. The runtime's own JSON-B
 * writer first builds each answer as one string (and its buffer in UTF-16 as soon as a Japanese
 * character appears), then encodes it: on a search answer that was most of what a request
 * allocated, and young collections came four times as often (docs/benchmarks.md). The JSON is the
 * same: the same JSON-B defaults, and the runtime still writes strings, bytes, streams and JSON-P
 * values.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonWriter implements MessageBodyWriter<Object> {
  private static final Jsonb JSONB = JsonbBuilder.create();

  /** Types with a writer of their own, whatever the media type. */
  private static final Set<Class<?>> RAW =
      Set.of(
          String.class,
          byte[].class,
          char[].class,
          InputStream.class,
          Reader.class,
          File.class,
          StreamingOutput.class);

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return mediaType != null
        && mediaType.getSubtype() != null
        && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"))
        && !type.isPrimitive()
        && RAW.stream().noneMatch(raw -> raw.isAssignableFrom(type))
        && !JsonValue.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream entity)
      throws IOException {
    try (OutputStream out = new KeepOpen(entity)) {
      JSONB.toJson(value, genericType == null ? type : genericType, out);
    }
  }

  /**
   * JSON-B closes the stream it wrote to; the container owns the response's stream, so closing only
   * flushes it.
   */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
