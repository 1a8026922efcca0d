package io.shutterport.web.platform;

import io.shutterport.platform.idempotency.IdempotentRequests;
import io.shutterport.platform.idempotency.IdempotentRequests.Decision;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.platform.util.Sha256;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes any state-changing API request idempotent when its caller sends an {@code Idempotency-Key}
 * header (as Stripe's API does): the first request runs; a retry with the same key gets the stored
 * answer; a retry while the first still runs gets 409; the same key with another method, path or
 * body gets 422. Keys belong to one tenant and one signed-in caller. Server failures (5xx) are not
 * stored, so a retry runs again. Raw uploads are not covered: their bodies are not buffered.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class IdempotencyFilter
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
  static final String HEADER = "Idempotency-Key";
  private static final String HELD = IdempotencyFilter.class.getName() + ".held";
  private static final String STATUS = IdempotencyFilter.class.getName() + ".status";
  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,80}");
  private static final int MAX_BODY = 64 * 1024;

  @Inject IdempotentRequests requests;
  @Inject CurrentUser currentUser;
  @Inject TenantContext tenant;
  @Inject ProblemResponses problems;

  private record Held(String tenant, String caller, String key) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !METHODS.contains(request.getMethod()) || !currentUser.isLoggedIn()) {
      return;
    }
    if (!KEY.matcher(key).matches()) {
      request.abortWith(problems.ofKey(400, "error.idempotencyKey"));
      return;
    }
    MediaType type = request.getMediaType();
    if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return; // uploads stream straight through
    }
    byte[] body = readBody(request.getEntityStream());
    if (body == null) {
      request.abortWith(problems.ofKey(413, "error.http.413"));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    var digest = Sha256.digest();
    digest.update(
        (request.getMethod() + " " + request.getUriInfo().getPath() + "\n")
            .getBytes(StandardCharsets.UTF_8));
    digest.update(body);
    String fingerprint = Sha256.hex(digest);
    Held held = new Held(tenant.require(), currentUser.id(), key);
    Decision decision = requests.begin(held.tenant(), held.caller(), key, fingerprint);
    if (decision instanceof IdempotentRequests.Proceed) {
      request.setProperty(HELD, held);
    } else if (decision instanceof IdempotentRequests.InProgress) {
      request.abortWith(
          Response.fromResponse(problems.ofKey(409, "error.idempotencyInProgress"))
              .header("Retry-After", "1")
              .build());
    } else if (decision instanceof IdempotentRequests.Mismatch) {
      request.abortWith(problems.ofKey(422, "error.idempotencyMismatch"));
    } else if (decision instanceof IdempotentRequests.Replay r) {
      Response.ResponseBuilder replay =
          Response.status(r.status()).header("Idempotent-Replayed", "true");
      if (r.body() != null) {
        replay.entity(r.body()).type(r.contentType());
      }
      request.abortWith(replay.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(HELD) instanceof Held held)) {
      return;
    }
    if (response.getStatus() >= 500) {
      requests.abandon(held.tenant(), held.caller(), held.key());
    } else if (!response.hasEntity()) {
      requests.complete(held.tenant(), held.caller(), held.key(), response.getStatus(), null, null);
    } else {
      request.setProperty(STATUS, response.getStatus()); // read back when the body is written
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(STATUS) instanceof Integer status)
        || !(context.getProperty(HELD) instanceof Held held)) {
      context.proceed();
      return;
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    OutputStream original = context.getOutputStream();
    context.setOutputStream(new Tee(original, copy));
    context.proceed();
    MediaType type = context.getMediaType();
    requests.complete(
        held.tenant(),
        held.caller(),
        held.key(),
        status,
        type == null ? null : type.toString(),
        copy.toString(StandardCharsets.UTF_8));
  }

  /** The whole body, or null when it exceeds the limit. */
  private static byte[] readBody(InputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }

  private static final class Tee extends FilterOutputStream {
    private final OutputStream copy;

    Tee(OutputStream out, OutputStream copy) {
      super(out);
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      copy.write(b, off, len);
    }
  }
}
