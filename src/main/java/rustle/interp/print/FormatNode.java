package rustle.interp.print;

import rustle.fmt.FormatSpec;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Place;
import rustle.memory.HeapTypes;

/**
 * Runs one format string: evaluates the arguments to addresses (places or temporaries, never moving
 * them), then appends the literal pieces and each formatted argument.
 */
public final class FormatNode {
  final String[] texts;
  final int[] argOf;
  final FormatSpec[] specs;
  final ValueFmt[] fmts;
  final int[] widths;
  final boolean[] widthIsArg;
  final int[] precs;
  final boolean[] precIsArg;
  final Place[] args;
  final int literalLength;
  final boolean startsWithArg;
  /** UTF-8 of each literal piece, and whether every placeholder is a plain {} of a str, String or integer. */
  final byte[][] literalBytes;
  final boolean bytePath;
  /**
   * For the byte path, what each piece is ({@link DirectFormat#LITERAL}, {@code STRING}, {@code STR_FAT},
   * or an integer op that names its width and signedness), decided once here instead of per call.
   */
  final byte[] ops;

  public FormatNode(String[] texts, int[] argOf, FormatSpec[] specs, ValueFmt[] fmts, int[] widths, boolean[] widthIsArg,
      int[] precs, boolean[] precIsArg, Place[] args) {
    this.texts = texts;
    this.argOf = argOf;
    this.specs = specs;
    this.fmts = fmts;
    this.widths = widths;
    this.widthIsArg = widthIsArg;
    this.precs = precs;
    this.precIsArg = precIsArg;
    this.args = args;
    int len = 0;
    for (String t : texts) if (t != null) len += t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    this.literalLength = len;
    this.startsWithArg = texts.length == 0 || texts[0] == null;
    literalBytes = new byte[texts.length][];
    boolean fast = true;
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        literalBytes[i] = texts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } else if (!specs[i].isPlain() || widths[i] >= 0 || precs[i] >= 0
          || !(fmts[i] == Fmts.STR_FAT || fmts[i] == Fmts.STRING || fmts[i] instanceof Fmts.IntValueFmt)) {
        fast = false;
      }
    }
    this.bytePath = fast;
    ops = fast ? DirectFormat.plan(texts, fmts) : null;
  }

  /**
   * Appends the formatted text; when chunks is non-null, records the UTF-8 length of each piece
   * written (std's formatter writes literal pieces and arguments as separate pushes).
   */
  void run(Machine m, int fp, StringBuilder sb, rustle.interp.rt.FmtSink.Pieces chunks) {
    int[] addrs = new int[args.length];
    for (int i = 0; i < args.length; i++) addrs[i] = args[i].addr(m, fp);
    for (int i = 0; i < texts.length; i++) {
      int before = sb.length();
      if (texts[i] != null) {
        sb.append(texts[i]);
      } else {
        int w = widths[i] < 0 ? -1 : widthIsArg[i] ? (int) m.mem.getLong(addrs[widths[i]]) : widths[i];
        int p = precs[i] < 0 ? -1 : precIsArg[i] ? (int) m.mem.getLong(addrs[precs[i]]) : precs[i];
        ValueFmt.Ctx ctx = new ValueFmt.Ctx(sb, specs[i], w, p);
        if (chunks != null && fmts[i].unwrapped() instanceof UserFmt) {
          // A user impl's writes are pieces of their own.
          ctx.pieces = chunks;
          fmts[i].write(m, addrs[argOf[i]], ctx);
          continue;
        }
        fmts[i].write(m, addrs[argOf[i]], ctx);
        if (chunks != null) {
          // std's pushes for this argument (padding char by char, number parts, Debug tokens).
          String text = sb.substring(before);
          String content = text;
          ValueFmt raw = fmts[i].unwrapped();
          if (w >= 0 && raw instanceof Fmts.SimpleFmt) {
            StringBuilder bare = new StringBuilder();
            raw.write(m, addrs[argOf[i]], new ValueFmt.Ctx(bare, specs[i], -1, p));
            content = bare.toString();
          }
          StdPieces.record(text, content, raw instanceof Fmts.IntValueFmt || raw instanceof Fmts.FloatValueFmt,
              specs[i], chunks);
          continue;
        }
      }
      if (chunks != null) chunks.add(utf8Length(sb, before));
    }
  }

  static int utf8Length(StringBuilder sb, int from) {
    int n = 0;
    for (int i = from; i < sb.length(); i++) {
      char ch = sb.charAt(i);
      if (ch < 0x80) n++;
      else if (ch < 0x800) n += 2;
      else if (Character.isHighSurrogate(ch)) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  /** The lengths of the pieces written (see {@link rustle.interp.rt.FmtSink}). */
  static final class IntList extends rustle.interp.rt.FmtSink.Pieces {}
}
