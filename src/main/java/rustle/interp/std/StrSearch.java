package rustle.interp.std;

import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * A str pattern compiled for its type, searching text in the simulated memory: a needle of UTF-8 bytes
 * (char, &str, &&str, &String) or a test of one char at a time (a closure or fn item taking a char, an
 * array or slice of chars), as std's searchers. A match is packed as {@code (length << 32) | address}.
 */
abstract class StrSearch {
  /** Whether the pattern matches one char at a time (std's CharPredicateSearcher, CharArraySearcher). */
  final boolean perChar;

  StrSearch(boolean perChar) {
    this.perChar = perChar;
  }

  /** The first match in [p, e) of the pattern at {@code pat}, or -1. */
  abstract long first(Machine m, int pat, int p, int e);

  /** The last match in [p, e), or -1. */
  abstract long last(Machine m, int pat, int p, int e);

  /** The length of a match starting at p (within [p, e)), or -1. */
  abstract int prefix(Machine m, int pat, int p, int e);

  /** The length of a match ending at e (within [p, e)), or -1. */
  abstract int suffix(Machine m, int pat, int p, int e);

  /** The byte needle of a char or str pattern (empty for a per-char one). */
  byte[] needle(Machine m, int pat) {
    return new byte[0];
  }

  static long packed(int at, int len) {
    return ((long) len << 32) | (at & 0xffffffffL);
  }

  static int at(long packed) {
    return (int) packed;
  }

  static int len(long packed) {
    return (int) (packed >>> 32);
  }

  static StrSearch of(FnCompiler f, Ty patTy0) {
    Ty patTy = Infer.shallow(f.sub(patTy0));
    Ty t = patTy;
    int refs = 0;
    while (t instanceof Ty.Ref r) {
      t = Infer.shallow(r.inner());
      refs++;
    }
    if (t instanceof Ty.Closure || t instanceof Ty.FnDef) return new Pred(new FnCaller(f, patTy, Prim.CHAR));
    if (t instanceof Ty.Array arr && refs <= 1 && Infer.shallow(arr.elem()) == Prim.CHAR) {
      return new CharSet(refs, (int) arr.len());
    }
    if (t instanceof Ty.Slice sl && refs == 1 && Infer.shallow(sl.elem()) == Prim.CHAR) return new CharSet(-1, 0);
    return new Needle(StrPatterns.kind(patTy));
  }

  /** A char or a string, matched by its UTF-8 bytes. */
  static final class Needle extends StrSearch {
    final int kind;

    Needle(int kind) {
      super(false);
      this.kind = kind;
    }

    @Override
    byte[] needle(Machine m, int pat) {
      return StrPatterns.bytes(m, kind, pat);
    }

    @Override
    long first(Machine m, int pat, int p, int e) {
      byte[] n = needle(m, pat);
      int at = StrPatterns.indexOf(m, p, e, n);
      return at < 0 ? -1 : packed(at, n.length);
    }

    @Override
    long last(Machine m, int pat, int p, int e) {
      byte[] n = needle(m, pat);
      for (int i = e - n.length; i >= p; i--) if (matchAt(m, i, n)) return packed(i, n.length);
      return -1;
    }

    @Override
    int prefix(Machine m, int pat, int p, int e) {
      byte[] n = needle(m, pat);
      return p + n.length <= e && matchAt(m, p, n) ? n.length : -1;
    }

    @Override
    int suffix(Machine m, int pat, int p, int e) {
      byte[] n = needle(m, pat);
      return e - n.length >= p && matchAt(m, e - n.length, n) ? n.length : -1;
    }

    private static boolean matchAt(Machine m, int i, byte[] n) {
      for (int j = 0; j < n.length; j++) if (m.mem.getByte(i + j) != n[j]) return false;
      return true;
    }
  }

  /** A pattern that tests one char at a time. */
  abstract static class PerChar extends StrSearch {
    PerChar() {
      super(true);
    }

    abstract boolean test(Machine m, int pat, int cp);

    @Override
    long first(Machine m, int pat, int p, int e) {
      while (p < e) {
        long d = TextSteppers.decode(m, p);
        int n = (int) (d >>> 32);
        if (test(m, pat, (int) d)) return packed(p, n);
        p += n;
      }
      return -1;
    }

    @Override
    long last(Machine m, int pat, int p, int e) {
      while (e > p) {
        int s = charStart(m, p, e);
        if (test(m, pat, (int) TextSteppers.decode(m, s))) return packed(s, e - s);
        e = s;
      }
      return -1;
    }

    @Override
    int prefix(Machine m, int pat, int p, int e) {
      if (p >= e) return -1;
      long d = TextSteppers.decode(m, p);
      return test(m, pat, (int) d) ? (int) (d >>> 32) : -1;
    }

    @Override
    int suffix(Machine m, int pat, int p, int e) {
      if (e <= p) return -1;
      int s = charStart(m, p, e);
      return test(m, pat, (int) TextSteppers.decode(m, s)) ? e - s : -1;
    }

    /** Where the last char of [p, e) starts: back over UTF-8 continuation bytes. */
    private static int charStart(Machine m, int p, int e) {
      int s = e - 1;
      while (s > p && (m.mem.getByte(s) & 0xC0) == 0x80) s--;
      return s;
    }
  }

  /** A closure or fn item called with each char: FnMut(char) -> bool. */
  static final class Pred extends PerChar {
    final FnCaller fn;

    Pred(FnCaller fn) {
      this.fn = fn;
    }

    @Override
    boolean test(Machine m, int pat, int cp) {
      int nfp = fn.enter(m, pat);
      m.mem.putInt(fn.arg(nfp, 0), cp);
      return fn.callLong(m, nfp) != 0;
    }
  }

  /** {@code [char; N]}, {@code &[char; N]} (refs 0 or 1, n = N) or {@code &[char]} (refs -1): any of the chars. */
  static final class CharSet extends PerChar {
    final int refs;
    final int n;

    CharSet(int refs, int n) {
      this.refs = refs;
      this.n = n;
    }

    @Override
    boolean test(Machine m, int pat, int cp) {
      int ptr = refs == 0 ? pat : (int) m.mem.getLong(pat);
      int count = refs < 0 ? (int) m.mem.getLong(pat + 8) : n;
      for (int i = 0; i < count; i++) if (m.mem.getInt(ptr + 4 * i) == cp) return true;
      return false;
    }
  }
}
