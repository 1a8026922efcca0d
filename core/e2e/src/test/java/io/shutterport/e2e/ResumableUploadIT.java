package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: an original sent in chunks survives a dropped connection — the chunk cut short counts
 * for nothing, the upload goes on from the last stored byte, and the delivered photo is
 * byte-identical with its SHA-256 checked; wrong offsets and strangers are refused.
 */
class ResumableUploadIT {
  private static final int CHUNK = 16 * 1024;

  @Test
  void anUploadCutOffMidChunkResumesFromTheLastStoredByte() throws Exception {
    Mailbox.server();
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    Api customer = Accounts.customer(Env.SAKURA);
    String booking =
        Accounts.paidBooking(
            customer,
            photographer.api(),
            operator,
            photographer.planId(),
            LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(33),
            "13:00",
            "");
    String base = "/api/v1/bookings/" + booking;

    byte[] photo = Images.jpeg(2400, 1600, new Color(90, 140, 200));
    assertThat(photo.length).as("several chunks").isGreaterThan(3 * CHUNK);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
    Api api = photographer.api();

    assertThat(api.post(base + "/resumable", Api.obj(Map.of("length", 61L * 1024 * 1024))).status())
        .as("larger than an original may be")
        .isEqualTo(413);
    assertThat(customer.post(base + "/resumable", Api.obj(Map.of("length", photo.length))).status())
        .isEqualTo(403);
    var started = api.post(base + "/resumable", Api.obj(Map.of("length", photo.length)));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String upload = base + "/resumable/" + started.json().getString("uploadId");

    var first = put(api, upload, 0, Arrays.copyOfRange(photo, 0, CHUNK));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getJsonNumber("received").longValue()).isEqualTo(CHUNK);
    assertThat(put(api, upload, 0, Arrays.copyOfRange(photo, 0, CHUNK)).status())
        .as("a chunk must start where the upload stands")
        .isEqualTo(409);

    // The connection drops after 6 KB of a 16 KB chunk.
    try (Socket socket = new Socket("127.0.0.1", Env.PORT)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT "
                  + upload
                  + "?offset="
                  + CHUNK
                  + " HTTP/1.1\r\n"
                  + "Host: "
                  + Env.SAKURA
                  + "\r\n"
                  + "Cookie: JSESSIONID="
                  + api.cookie("JSESSIONID")
                  + "\r\n"
                  + "Content-Type: application/octet-stream\r\n"
                  + "Content-Length: "
                  + CHUNK
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(Arrays.copyOfRange(photo, CHUNK, CHUNK + 6_000));
      out.flush();
    }
    Concurrently.await(
        () -> api.get(upload).json().getJsonNumber("received").longValue() == CHUNK,
        "the progress to stay at the last whole chunk");
    Thread.sleep(500);
    assertThat(api.get(upload).json().getJsonNumber("received").longValue())
        .as("nothing of the cut chunk counts")
        .isEqualTo(CHUNK);

    for (int at = CHUNK; at < photo.length; at += CHUNK) {
      var next =
          put(api, upload, at, Arrays.copyOfRange(photo, at, Math.min(photo.length, at + CHUNK)));
      assertThat(next.status()).as(next.toString()).isEqualTo(200);
    }
    assertThat(api.post(upload + "/complete", Api.obj(Map.of("sha256", "0".repeat(64)))).status())
        .as("the whole file must have the SHA-256 announced")
        .isEqualTo(400);
    var completed = api.post(upload + "/complete", Api.obj(Map.of("sha256", sha)));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
    String photoId = completed.json().getString("id");
    assertThat(completed.json().getString("sha256")).isEqualTo(sha);
    assertThat(
            api.post(upload + "/complete", Api.obj(Map.of("sha256", sha))).json().getString("id"))
        .as("completing twice answers the same photo")
        .isEqualTo(photoId);
    assertThat(customer.get(base).json().getString("status")).isEqualTo("DELIVERED");
    assertThat(customer.post(base + "/complete", Api.obj(Map.of())).status())
        .as("the customer accepts the delivery (検収) to get the originals")
        .isEqualTo(200);
    assertThat(customer.get("/api/v1/photos/" + photoId + "/original").bytes())
        .as("byte-identical")
        .isEqualTo(photo);
    assertThat(customer.get(base + "/photos").array()).hasSize(1);
  }

  private static Api.Answer put(Api api, String upload, int offset, byte[] chunk) {
    return api.putBytes(upload + "?offset=" + offset, chunk, "application/octet-stream");
  }
}
