package io.shutterport.gallery.imaging;

import io.shutterport.gallery.domain.UnsupportedImageException;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/** The pure-Java codec (the JDK's ImageIO), used where libjpeg-turbo's Java binding is absent. */
final class ImageIoCodec implements Codec {
  @Override
  public String name() {
    return "imageio";
  }

  /**
   * Reads the raw YCbCr (or grey) samples and converts them to RGB here, so that ImageIO applies no
   * colour profile of its own: the pipeline does that for every codec alike.
   */
  @Override
  public RgbImage decodeJpeg(byte[] jpeg, int longEdge) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
      if (!readers.hasNext()) {
        throw new UnsupportedImageException();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        // A JPEG too large for half the decode budget is read as every n-th pixel; one that fits
        // (any camera's photo on a usual heap) is read whole, as before.
        int step = DecodeBudget.node().stepToFit(width, height, 3 + 4);
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        long pixels = DecodeBudget.pixels(width, height, step);
        try (DecodeBudget.Lease lease = DecodeBudget.node().take(pixels * (3 + 4))) {
          Raster raster = reader.readRaster(0, param);
          return fromRaster(raster);
        }
      } catch (io.shutterport.platform.error.ShutterportException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new UnsupportedImageException();
      } finally {
        reader.dispose();
      }
    }
  }

  /** JFIF JPEGs hold YCbCr (3 bands) or grey (1 band); anything else is refused. */
  private static RgbImage fromRaster(Raster raster) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    int bands = raster.getNumBands();
    if (bands != 1 && bands != 3) {
      throw new UnsupportedImageException();
    }
    RgbImage out = RgbImage.blank(w, h);
    int[] row = new int[w * bands];
    int[] px = out.pixels();
    for (int y = 0; y < h; y++) {
      raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
      int at = y * w;
      for (int x = 0; x < w; x++) {
        if (bands == 1) {
          int v = row[x];
          px[at + x] = (v << 16) | (v << 8) | v;
        } else {
          // JFIF YCbCr → RGB, as libjpeg does it.
          double luma = row[x * 3];
          double cb = row[x * 3 + 1] - 128.0;
          double cr = row[x * 3 + 2] - 128.0;
          int r = clamp(luma + 1.402 * cr);
          int g = clamp(luma - 0.344136 * cb - 0.714136 * cr);
          int b = clamp(luma + 1.772 * cb);
          px[at + x] = (r << 16) | (g << 8) | b;
        }
      }
    }
    return out;
  }

  private static int clamp(double v) {
    long r = Math.round(v);
    return (int) (r < 0 ? 0 : Math.min(r, 255));
  }

  @Override
  public byte[] encodeJpeg(RgbImage image, int quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality / 100f);
      BufferedImage view = image.asBufferedImage();
      writer.write(null, new IIOImage(view, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
