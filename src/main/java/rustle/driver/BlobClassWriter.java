package rustle.driver;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes, at build time, the class file of a final class whose one static method {@code chunks()} returns
 * given bytes as an array of string constants (each char one byte, Latin-1). A class file holds a string
 * constant of at most 65535 bytes of modified UTF-8, so the bytes are split into chunks that fit. The
 * method is straight-line code (no branches), so it needs no stack map frames.
 */
final class BlobClassWriter {
  /** The class file format of Java 17. */
  private static final int MAJOR = 61;
  private static final int MAX_CONSTANT = 65535;

  private BlobClassWriter() {}

  /** The class file of internalName (e.g. {@code rustle/driver/PreludeBlob}) holding data. */
  static byte[] write(String internalName, byte[] data) {
    List<String> chunks = split(data);
    if (chunks.size() > Short.MAX_VALUE) throw new IllegalArgumentException("too much data for one class");
    try {
      ByteArrayOutputStream buf = new ByteArrayOutputStream(data.length * 2 + 256);
      DataOutputStream out = new DataOutputStream(buf);
      out.writeInt(0xCAFEBABE);
      out.writeShort(0);
      out.writeShort(MAJOR);
      // Constant pool: 1-9 fixed, then a Utf8 and a String entry per chunk.
      out.writeShort(10 + 2 * chunks.size());
      utf8(out, internalName); // #1
      classRef(out, 1); // #2
      utf8(out, "java/lang/Object"); // #3
      classRef(out, 3); // #4
      utf8(out, "java/lang/String"); // #5
      classRef(out, 5); // #6
      utf8(out, "chunks"); // #7
      utf8(out, "()[Ljava/lang/String;"); // #8
      utf8(out, "Code"); // #9
      for (int i = 0; i < chunks.size(); i++) {
        utf8(out, chunks.get(i)); // #10 + 2i
        out.writeByte(8); // CONSTANT_String
        out.writeShort(10 + 2 * i);
      }
      out.writeShort(0x0030); // ACC_FINAL | ACC_SUPER
      out.writeShort(2);
      out.writeShort(4);
      out.writeShort(0); // interfaces
      out.writeShort(0); // fields
      out.writeShort(1); // methods
      out.writeShort(0x0008); // ACC_STATIC (package-private)
      out.writeShort(7);
      out.writeShort(8);
      out.writeShort(1); // attributes: Code
      byte[] code = code(chunks.size());
      out.writeShort(9);
      out.writeInt(2 + 2 + 4 + code.length + 2 + 2);
      out.writeShort(4); // max stack: array, array, index, string
      out.writeShort(0); // max locals
      out.writeInt(code.length);
      out.write(code);
      out.writeShort(0); // exception table
      out.writeShort(0); // code attributes
      out.writeShort(0); // class attributes
      out.flush();
      return buf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code new String[n]}, each element stored from its constant, then returned. */
  private static byte[] code(int n) {
    ByteArrayOutputStream code = new ByteArrayOutputStream();
    sipush(code, n);
    code.write(0xBD); // anewarray #6
    u2(code, 6);
    for (int i = 0; i < n; i++) {
      code.write(0x59); // dup
      sipush(code, i);
      code.write(0x13); // ldc_w
      u2(code, 11 + 2 * i);
      code.write(0x53); // aastore
    }
    code.write(0xB0); // areturn
    return code.toByteArray();
  }

  /** data as Latin-1 strings, each at most MAX_CONSTANT bytes in modified UTF-8. */
  static List<String> split(byte[] data) {
    List<String> chunks = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int encoded = 0;
    for (byte b : data) {
      int c = b & 0xff;
      int size = c >= 1 && c <= 0x7f ? 1 : 2;
      if (encoded + size > MAX_CONSTANT) {
        chunks.add(sb.toString());
        sb.setLength(0);
        encoded = 0;
      }
      sb.append((char) c);
      encoded += size;
    }
    if (sb.length() > 0 || chunks.isEmpty()) chunks.add(sb.toString());
    return chunks;
  }

  private static void utf8(DataOutputStream out, String s) throws IOException {
    out.writeByte(1); // CONSTANT_Utf8; writeUTF writes the length and modified UTF-8
    out.writeUTF(s);
  }

  private static void classRef(DataOutputStream out, int nameIndex) throws IOException {
    out.writeByte(7); // CONSTANT_Class
    out.writeShort(nameIndex);
  }

  private static void sipush(ByteArrayOutputStream code, int v) {
    code.write(0x11);
    u2(code, v);
  }

  private static void u2(ByteArrayOutputStream code, int v) {
    code.write(v >>> 8);
    code.write(v);
  }
}
