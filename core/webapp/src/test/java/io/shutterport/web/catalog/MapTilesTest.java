package io.shutterport.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shutterport.catalog.Prefecture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MapTilesTest {
  @Test
  void aTilesEdgesAreWhereWebMercatorPutsThem() {
    assertThat(MapTiles.longitude(0, 0)).isEqualTo(-180);
    assertThat(MapTiles.longitude(1, 1)).isEqualTo(0);
    assertThat(MapTiles.latitude(1, 1)).isCloseTo(0, within(1e-9));
    assertThat(MapTiles.latitude(0, 0)).isCloseTo(85.0511, within(1e-4));
    for (int zoom : new int[] {3, 9, 14}) {
      int column = 5 << (zoom - 3);
      assertThat(MapTiles.x(MapTiles.longitude(column, zoom), zoom, column))
          .isCloseTo(0, within(1e-6));
      assertThat(MapTiles.y(MapTiles.latitude(column, zoom), zoom, column))
          .isCloseTo(0, within(1e-6));
    }
  }

  @Test
  void aPrefecturalOfficeIsDrawnWhereItStands() throws Exception {
    Prefecture kyoto = Prefecture.KYOTO;
    int zoom = 9;
    int column = (int) Math.floor((kyoto.longitude() + 180) / 360 * (1 << zoom));
    double phi = Math.toRadians(kyoto.latitude());
    int row =
        (int)
            Math.floor(
                (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * (1 << zoom));
    BufferedImage tile = ImageIO.read(new ByteArrayInputStream(MapTiles.draw(zoom, column, row)));
    assertThat(tile.getWidth()).isEqualTo(MapTiles.SIZE);
    int px = (int) Math.round(MapTiles.x(kyoto.longitude(), zoom, column));
    int py = (int) Math.round(MapTiles.y(kyoto.latitude(), zoom, row));
    int seat = tile.getRGB(px, py) & 0xFFFFFF;
    int corner = tile.getRGB(2, 2) & 0xFFFFFF;
    assertThat(seat).as("a dark dot on the office").isLessThan(0x808080);
    assertThat(corner).as("plain land elsewhere").isGreaterThan(0xC0C0C0);
  }
}
