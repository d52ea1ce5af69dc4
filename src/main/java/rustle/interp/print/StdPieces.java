package rustle.interp.print;

import rustle.fmt.FormatSpec;

/**
 * The pieces std's Formatter pushes for one formatted argument, whose lengths decide the capacity a
 * {@code format!} String grows to: padding goes one fill char per push ({@code Formatter::padding}),
 * an integer's sign and radix prefix are pushes of their own before the digits ({@code pad_integral}),
 * a float's parts are pushed one by one, and Debug output goes in its punctuation and value tokens.
 * Composite Debug output is split into tokens as the builders write them, which is close to std's
 * pushes but not exact for every nested value.
 */
final class StdPieces {
  private StdPieces() {}

  /**
   * Records the pieces of text, an argument formatted with spec and padded to its width, whose unpadded
   * text is content, into out.
   */
  static void record(String text, String content, boolean numeric, FormatSpec spec, rustle.interp.rt.FmtSink.Pieces out) {
    int total = text.codePointCount(0, text.length());
    int c = content.codePointCount(0, content.length());
    int pad = total - c;
    if (pad <= 0) {
      split(content, numeric, spec, out);
      return;
    }
    if (numeric && spec.zero()) {
      // Sign and prefix, then the zeros one by one, then the digits.
      int p = prefixLength(content);
      if (p > 0) split(content.substring(0, p), true, spec, out);
      for (int i = 0; i < pad; i++) out.add(1);
      split(content.substring(p), true, spec, out);
      return;
    }
    int start = text.indexOf(content);
    if (start < 0) start = 0;
    int pre = text.codePointCount(0, start);
    int fill = utf8(spec.fill());
    for (int i = 0; i < pre; i++) out.add(fill);
    split(content, numeric, spec, out);
    for (int i = pre; i < pad; i++) out.add(fill);
  }

  private static int prefixLength(String s) {
    int p = 0;
    if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) p++;
    if (p + 1 < s.length() && s.charAt(p) == '0' && "xXob".indexOf(s.charAt(p + 1)) >= 0) p += 2;
    return p;
  }

  private static void split(String s, boolean numeric, FormatSpec spec, rustle.interp.rt.FmtSink.Pieces out) {
    if (s.isEmpty()) return;
    if (numeric) {
      numberPieces(s, out);
    } else if (spec.trait() == FormatSpec.Trait.DEBUG) {
      debugPieces(s, out);
    } else {
      out.add(utf8Length(s));
    }
  }

  /** Sign, radix prefix, then runs of digits split at '.', 'e' and a sign in the exponent. */
  private static void numberPieces(String s, rustle.interp.rt.FmtSink.Pieces out) {
    int i = 0;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      out.add(1);
      i = 1;
    }
    if (i + 1 < s.length() && s.charAt(i) == '0' && "xXob".indexOf(s.charAt(i + 1)) >= 0) {
      out.add(2);
      i += 2;
    }
    int run = i;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.' || ((ch == 'e' || ch == 'E') && s.indexOf('x') < 0 && s.indexOf('X') < 0)) {
        if (i > run) out.add(i - run);
        out.add(1);
        run = i + 1;
      }
    }
    if (i > run) out.add(i - run);
  }

  /** Debug text: quotes and each escape char alone, punctuation groups and value tokens as pushes. */
  private static void debugPieces(String s, rustle.interp.rt.FmtSink.Pieces out) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\'') {
        out.add(1);
        int j = i + 1;
        int run = j;
        while (j < n && s.charAt(j) != ch) {
          if (s.charAt(j) == '\\') {
            if (j > run) out.add(utf8Length(s.substring(run, j)));
            int e = j + 2;
            if (e <= n && s.charAt(j + 1) == 'u') {
              int close = s.indexOf('}', j);
              e = close < 0 ? n : close + 1;
            }
            for (int k = j; k < Math.min(e, n); k++) out.add(1);
            j = Math.min(e, n);
            run = j;
          } else {
            j++;
          }
        }
        if (j > run) out.add(utf8Length(s.substring(run, j)));
        if (j < n) out.add(1);
        i = j + 1;
      } else if (ch == ',' || ch == ':') {
        int j = i + 1;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\n')) j++;
        out.add(j - i);
        i = j;
      } else if (ch == ' ' || ch == '\n') {
        int j = i;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\n')) j++;
        if (j < n && (s.charAt(j) == '{' || s.charAt(j) == '}')) j++;
        if (j < n && s.charAt(j) == ' ') j++;
        out.add(j - i);
        i = j;
      } else if ("[](){}".indexOf(ch) >= 0) {
        out.add(1);
        i++;
      } else {
        int j = i;
        while (j < n && ",: \n\"'[](){}".indexOf(s.charAt(j)) < 0) j++;
        out.add(utf8Length(s.substring(i, j)));
        i = j;
      }
    }
  }

  private static int utf8(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
