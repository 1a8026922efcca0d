package io.shutterport.gallery.imaging;

import io.shutterport.gallery.domain.UnsupportedImageException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * libjpeg-turbo through its own Java binding (Debian's {@code libturbojpeg-java}: a jar and the JNI
 * library), loaded at run time so that the build and the pure-Java fallback need neither. Decoding
 * shrinks in the DCT domain (by eighths) to the smallest size still at least as large as asked,
 * which is where most of a large JPEG's decoding time goes.
 */
final class TurboJpegCodec implements Codec {
  private static final Logger LOG = Logger.getLogger(TurboJpegCodec.class.getName());
  private static final String PACKAGE = "org.libjpegturbo.turbojpeg.";
  // TJ's constants, from its published API.
  private static final int SAMP_420 = 2;
  private static final int PF_BGRX = 3;
  private static final int PF_XRGB = 5;
  private static final int FLAG_LIMITSCANS = 32768; // refuse progressive files with absurd scans

  private final MethodHandle newDecompressor;
  private final MethodHandle width;
  private final MethodHandle height;
  private final MethodHandle decompress;
  private final MethodHandle closeDecompressor;
  private final MethodHandle newCompressor;
  private final MethodHandle setSourceImage;
  private final MethodHandle setSubsamp;
  private final MethodHandle setQuality;
  private final MethodHandle compress;
  private final MethodHandle compressedSize;
  private final MethodHandle closeCompressor;
  private final int[][] scalingFactors;
  private final int pixelFormat =
      ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? PF_BGRX : PF_XRGB;

  private TurboJpegCodec(ClassLoader loader) throws ReflectiveOperationException {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Class<?> tj = Class.forName(PACKAGE + "TJ", true, loader);
    Class<?> decompressor = Class.forName(PACKAGE + "TJDecompressor", true, loader);
    Class<?> compressor = Class.forName(PACKAGE + "TJCompressor", true, loader);
    Class<?> factor = Class.forName(PACKAGE + "TJScalingFactor", true, loader);
    newDecompressor =
        lookup.findConstructor(decompressor, MethodType.methodType(void.class, byte[].class));
    width = lookup.findVirtual(decompressor, "getWidth", MethodType.methodType(int.class));
    height = lookup.findVirtual(decompressor, "getHeight", MethodType.methodType(int.class));
    decompress =
        lookup.findVirtual(
            decompressor,
            "decompress",
            MethodType.methodType(
                void.class,
                int[].class,
                int.class,
                int.class,
                int.class,
                int.class,
                int.class,
                int.class,
                int.class));
    closeDecompressor =
        lookup.findVirtual(decompressor, "close", MethodType.methodType(void.class));
    newCompressor = lookup.findConstructor(compressor, MethodType.methodType(void.class));
    setSourceImage =
        lookup.findVirtual(
            compressor,
            "setSourceImage",
            MethodType.methodType(
                void.class, BufferedImage.class, int.class, int.class, int.class, int.class));
    setSubsamp =
        lookup.findVirtual(compressor, "setSubsamp", MethodType.methodType(void.class, int.class));
    setQuality =
        lookup.findVirtual(
            compressor, "setJPEGQuality", MethodType.methodType(void.class, int.class));
    compress =
        lookup.findVirtual(compressor, "compress", MethodType.methodType(byte[].class, int.class));
    compressedSize =
        lookup.findVirtual(compressor, "getCompressedSize", MethodType.methodType(int.class));
    closeCompressor = lookup.findVirtual(compressor, "close", MethodType.methodType(void.class));
    MethodHandle factors =
        lookup.findStatic(tj, "getScalingFactors", MethodType.methodType(factor.arrayType()));
    MethodHandle num = lookup.findVirtual(factor, "getNum", MethodType.methodType(int.class));
    MethodHandle denom = lookup.findVirtual(factor, "getDenom", MethodType.methodType(int.class));
    try {
      Object[] all = (Object[]) factors.invoke();
      int[][] found = new int[all.length][];
      for (int i = 0; i < all.length; i++) {
        found[i] = new int[] {(int) num.invoke(all[i]), (int) denom.invoke(all[i])};
      }
      scalingFactors = found;
    } catch (Throwable e) {
      throw new ReflectiveOperationException(e);
    }
  }

  /**
   * The codec, when the binding's jar is at {@code jar} and its JNI library loads; empty (and a log
   * line) otherwise.
   */
  static Optional<Codec> load(Path jar) {
    if (!Files.isRegularFile(jar)) {
      LOG.info("libjpeg-turbo's Java binding is not at " + jar + ": images use the JDK's codec");
      return Optional.empty();
    }
    try {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {jar.toUri().toURL()}, TurboJpegCodec.class.getClassLoader());
      TurboJpegCodec codec = new TurboJpegCodec(loader);
      codec.selfTest();
      return Optional.of(codec);
    } catch (Throwable e) { // UnsatisfiedLinkError when the JNI library is missing
      LOG.log(
          Level.INFO, "libjpeg-turbo's Java binding did not load: images use the JDK's codec", e);
      return Optional.empty();
    }
  }

  private void selfTest() throws IOException {
    RgbImage probe = RgbImage.blank(16, 16);
    Arrays.fill(probe.pixels(), 0x808080);
    RgbImage back = decodeJpeg(encodeJpeg(probe, 90), 16);
    if (back.width() != 16 || Math.abs((back.pixels()[0] & 0xFF) - 0x80) > 2) {
      throw new IOException("libjpeg-turbo round trip failed");
    }
  }

  @Override
  public String name() {
    return "libjpeg-turbo";
  }

  @Override
  public RgbImage decodeJpeg(byte[] jpeg, int longEdge) throws IOException {
    Object d = null;
    try {
      d = newDecompressor.invoke(jpeg);
      int w = (int) width.invoke(d);
      int h = (int) height.invoke(d);
      int[] scale = scaleFor(Math.max(w, h), longEdge);
      int sw = scaled(w, scale);
      int sh = scaled(h, scale);
      int[] pixels = new int[Math.multiplyExact(sw, sh)];
      decompress.invoke(d, pixels, 0, 0, sw, sw, sh, pixelFormat, FLAG_LIMITSCANS);
      for (int i = 0; i < pixels.length; i++) {
        pixels[i] &= 0xFFFFFF;
      }
      return new RgbImage(sw, sh, pixels);
    } catch (Error e) {
      throw e; // out of memory and the like are not the file's fault
    } catch (Throwable e) {
      throw new UnsupportedImageException(); // TJException: corrupt or unsupported data
    } finally {
      close(closeDecompressor, d);
    }
  }

  /** The smallest scaling factor whose result is still at least {@code longEdge} long. */
  private int[] scaleFor(int longSide, int longEdge) {
    int[] best = {1, 1};
    double bestValue = 1;
    for (int[] f : scalingFactors) {
      double value = (double) f[0] / f[1];
      if (value <= 1 && value < bestValue && scaled(longSide, f) >= longEdge) {
        best = f;
        bestValue = value;
      }
    }
    return best;
  }

  private static int scaled(int size, int[] factor) {
    return (size * factor[0] + factor[1] - 1) / factor[1];
  }

  @Override
  public byte[] encodeJpeg(RgbImage image, int quality) throws IOException {
    Object c = null;
    try {
      c = newCompressor.invoke();
      setSourceImage.invoke(c, image.asBufferedImage(), 0, 0, image.width(), image.height());
      setSubsamp.invoke(c, SAMP_420);
      setQuality.invoke(c, quality);
      byte[] buffer = (byte[]) compress.invoke(c, 0);
      return Arrays.copyOf(buffer, (int) compressedSize.invoke(c));
    } catch (Throwable e) {
      throw new IOException("libjpeg-turbo could not encode", e);
    } finally {
      close(closeCompressor, c);
    }
  }

  private static void close(MethodHandle close, Object target) {
    if (target != null) {
      try {
        close.invoke(target);
      } catch (Throwable e) {
        LOG.log(Level.FINE, "closing a libjpeg-turbo handle failed", e);
      }
    }
  }
}
