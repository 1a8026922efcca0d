package io.shutterport.web.catalog;

import io.shutterport.catalog.Prefecture;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.util.ExpiringCache;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.ImageIO;

/**
 * Plain map tiles the marketplace draws itself, so the search map works with no tile provider and
 * no network (the embedded demo, tests): a graticule and a dot at each prefectural office, in Web
 * Mercator's z/x/y scheme. Operators who want streets set {@code shutterport.map.tiles} to their
 * provider's template (docs/operator). No text is drawn: a server without fonts draws the same.
 */
@Path("map/tiles")
@ApplicationScoped
public class MapTiles {
  static final int SIZE = 256;
  static final int MAX_ZOOM = 14;
  private static final int KEPT = 2_000;
  private static final Color LAND = new Color(0xF2, 0xEF, 0xE9);
  private static final Color GRID = new Color(0xC9, 0xC3, 0xB8);
  private static final Color SEAT = new Color(0x6B, 0x5E, 0x4F);

  /**
   * Drawn tiles by z/x/y: the same for every marketplace, and tiles never change (the lifetime only
   * lets a cold tile go); callers asking for one tile at once wait for one drawing.
   */
  private final ExpiringCache<String, byte[]> drawn =
      new ExpiringCache<>(Duration.ofDays(1), KEPT, null);

  @GET
  @Path("{z}/{x}/{y}.png")
  @Produces("image/png")
  @PermitAll
  public Response tile(
      @PathParam("z") String z, @PathParam("x") String x, @PathParam("y") String y) {
    int zoom = number(z, 0, MAX_ZOOM);
    int column = number(x, 0, (1 << zoom) - 1);
    int row = number(y, 0, (1 << zoom) - 1);
    byte[] png = drawn.get(zoom + "/" + column + "/" + row, k -> draw(zoom, column, row));
    return Response.ok(png).header("Cache-Control", "public, max-age=604800, immutable").build();
  }

  private static int number(String text, int min, int max) {
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through: no such tile
    }
    throw new NotFoundException("tile");
  }

  static byte[] draw(int zoom, int column, int row) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(LAND);
      g.fillRect(0, 0, SIZE, SIZE);
      double step = zoom < 5 ? 10 : zoom < 8 ? 1 : zoom < 11 ? 0.1 : 0.01; // degrees
      g.setColor(GRID);
      g.setStroke(new BasicStroke(1f));
      double west = longitude(column, zoom);
      double east = longitude(column + 1, zoom);
      double north = latitude(row, zoom);
      double south = latitude(row + 1, zoom);
      for (double lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
        int px = (int) Math.round(x(lon, zoom, column));
        g.drawLine(px, 0, px, SIZE);
      }
      for (double lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
        int py = (int) Math.round(y(lat, zoom, row));
        g.drawLine(0, py, SIZE, py);
      }
      g.setColor(SEAT);
      int r = zoom < 6 ? 2 : 4;
      for (Prefecture p : Prefecture.values()) {
        double px = x(p.longitude(), zoom, column);
        double py = y(p.latitude(), zoom, row);
        if (px > -r && px < SIZE + r && py > -r && py < SIZE + r) {
          g.fillOval((int) Math.round(px) - r, (int) Math.round(py) - r, 2 * r, 2 * r);
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The longitude of a tile column's west edge. */
  static double longitude(int column, int zoom) {
    return column / (double) (1 << zoom) * 360 - 180;
  }

  /** The latitude of a tile row's north edge (Web Mercator). */
  static double latitude(int row, int zoom) {
    return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2.0 * row / (1 << zoom)))));
  }

  /** A longitude's pixel column within a tile. */
  static double x(double longitude, int zoom, int column) {
    return ((longitude + 180) / 360 * (1 << zoom) - column) * SIZE;
  }

  /** A latitude's pixel row within a tile. */
  static double y(double latitude, int zoom, int row) {
    double phi = Math.toRadians(latitude);
    double mercator = Math.log(Math.tan(phi) + 1 / Math.cos(phi));
    return ((1 - mercator / Math.PI) / 2 * (1 << zoom) - row) * SIZE;
  }
}
