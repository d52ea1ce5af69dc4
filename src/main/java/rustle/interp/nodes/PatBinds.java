package rustle.interp.nodes;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Pattern;
import rustle.check.CopyRules;
import rustle.check.LocalVar;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.interp.drop.DropSlot;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Ty;

/** The binding half of patterns: copies, moves or borrows matched parts into locals. */
public final class PatBinds {
  private PatBinds() {}

  static final PatCompiler.Bind NONE = new PatCompiler.Bind() {
    @Override
    public void bind(Machine m, int fp, int addr) {}
  };

  /** The flattened binder of p (see {@link PatFlat}), or null when p needs the tree of binders. */
  public static PatCompiler.Bind flat(FnCompiler f, Pattern p, Ty ty) {
    return PatFlat.of(f, p, ty);
  }

  /** Whether matching p moves a value that needs dropping out of the scrutinee. */
  public static boolean moves(FnCompiler f, Pattern p, Ty ty) {
    for (LocalVar v : PatCompiler.bindings(p, f.t)) {
      if (f.t.bindModes[v.patternId] == 0 && !CopyRules.isCopy(f.sub(v.ty)) && f.c.drops.of(f.sub(v.ty)) != null) {
        return true;
      }
    }
    return false;
  }

  public static PatCompiler.Bind bind(FnCompiler f, Pattern p, Ty ty, List<DropSlot> drops) {
    int n = f.patDerefs(p);
    Ty vt = Infer.shallow(ty);
    for (int i = 0; i < n; i++) vt = Infer.shallow(((Ty.Ref) vt).inner());
    int derefs = PatSlices.derefsToFollow(p, vt, n); // a slice is matched at its fat pointer
    PatCompiler.Bind inner = peeled(f, p, vt, drops);
    if (inner == NONE || derefs == 0) return inner;
    return new PatCompiler.Bind() {
      @Override
      public void bind(Machine m, int fp, int addr) {
        inner.bind(m, fp, PatCompiler.follow(m, addr, derefs));
      }
    };
  }

  private static PatCompiler.Bind peeled(FnCompiler f, Pattern p, Ty ty, List<DropSlot> drops) {
    if (p instanceof Pattern.IdentPat ip) {
      if (!(f.t.res[p.id()] instanceof LocalVar v)) return NONE;
      int mode = f.t.bindModes[p.id()];
      int slot = f.slot(v);
      int flag = f.flag(v);
      PatCompiler.Bind sub = ip.sub() == null ? NONE : bind(f, ip.sub(), ty, drops);
      if (mode != 0) {
        return new PatCompiler.Bind() {
          @Override
          public void bind(Machine m, int fp, int addr) {
            m.mem.putLong(fp + slot, addr);
            sub.bind(m, fp, addr);
          }
        };
      }
      int size = f.size(ty);
      return new PatCompiler.Bind() {
        @Override
        public void bind(Machine m, int fp, int addr) {
          if (size > 0) m.mem.copy(addr, fp + slot, size);
          if (flag != 0) m.mem.putByte(fp + flag, (byte) 1);
          sub.bind(m, fp, addr);
        }
      };
    }
    if (p instanceof Pattern.RefPat rp) {
      Ty inner = Infer.shallow(((Ty.Ref) ty).inner());
      PatCompiler.Bind b = bind(f, rp.inner(), inner, drops);
      if (b == NONE || PatSlices.atFatPointer(rp.inner(), inner)) return b;
      return new PatCompiler.Bind() {
        @Override
        public void bind(Machine m, int fp, int addr) {
          b.bind(m, fp, (int) m.mem.getLong(addr));
        }
      };
    }
    if (p instanceof Pattern.OrPat op) {
      // Alternatives bind the same names; the first alternative that matches binds them.
      List<PatCompiler.Test> tests = new ArrayList<>();
      List<PatCompiler.Bind> binds = new ArrayList<>();
      for (Pattern a : op.alts()) {
        tests.add(f.pats.test(a, ty));
        binds.add(bind(f, a, ty, drops));
      }
      return new PatCompiler.Bind() {
        @Override
        public void bind(Machine m, int fp, int addr) {
          for (int i = 0; i < tests.size(); i++) {
            if (tests.get(i).test(m, fp, addr)) {
              binds.get(i).bind(m, fp, addr);
              return;
            }
          }
        }
      };
    }
    if (p instanceof Pattern.SlicePat sp) return PatSlices.bind(f, sp, ty, drops);
    PatFields pf = PatFields.of(f, p, ty);
    if (pf == null) {
      return NONE;
    }
    List<Pattern> subs = pf.subs();
    List<Integer> fieldIdx = pf.fieldIdx();
    List<Ty> fieldTys = pf.fieldTys();
    int[] offs = pf.offs();
    List<PatCompiler.Bind> bs = new ArrayList<>();
    List<Integer> bo = new ArrayList<>();
    for (int i = 0; i < subs.size(); i++) {
      int fi = fieldIdx.get(i);
      if (fi < 0) continue;
      PatCompiler.Bind b = bind(f, subs.get(i), fieldTys.get(fi), drops);
      if (b != NONE) {
        bs.add(b);
        bo.add(offs[fi]);
      }
    }
    if (bs.isEmpty()) return NONE;
    PatCompiler.Bind[] ba = bs.toArray(new PatCompiler.Bind[0]);
    int[] oa = bo.stream().mapToInt(Integer::intValue).toArray();
    return new PatCompiler.Bind() {
      @Override
      public void bind(Machine m, int fp, int addr) {
        for (int i = 0; i < ba.length; i++) ba[i].bind(m, fp, addr + oa[i]);
      }
    };
  }
}
