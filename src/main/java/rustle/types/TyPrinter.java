package rustle.types;

/** Writes types the way rustc names them in messages: {@code Vec<i32>}, {@code &mut String}, {@code [u8; 3]}. */
public final class TyPrinter {
  private TyPrinter() {}

  public static String show(Ty t) {
    StringBuilder sb = new StringBuilder();
    write(sb, t);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Prim p) {
      sb.append(p.name);
    } else if (t instanceof Ty.Tuple tu) {
      sb.append('(');
      for (int i = 0; i < tu.elems().size(); i++) {
        if (i > 0) sb.append(", ");
        write(sb, tu.elems().get(i));
      }
      if (tu.elems().size() == 1) sb.append(',');
      sb.append(')');
    } else if (t instanceof Ty.Array a) {
      sb.append('[');
      write(sb, a.elem());
      sb.append("; ").append(a.len()).append(']');
    } else if (t instanceof Ty.Slice s) {
      sb.append('[');
      write(sb, s.elem());
      sb.append(']');
    } else if (t instanceof Ty.Ref r) {
      sb.append(r.mutable() ? "&mut " : "&");
      write(sb, r.inner());
    } else if (RawPtrs.is(t)) {
      sb.append(RawPtrs.isMut(t) ? "*mut " : "*const ");
      write(sb, RawPtrs.pointee(t));
    } else if (t instanceof Ty.Adt a && a.def().fromPrelude && a.def().name.equals("ByRef") && a.args().size() == 1) {
      // rustle's stand-in for `&mut I` as an iterator (prelude): shown as the reference it is.
      sb.append("&mut ");
      write(sb, a.args().get(0));
    } else if (t instanceof Ty.Adt a) {
      sb.append(rustle.syntax.BlockItemNames.display(a.def().name));
      if (!a.args().isEmpty()) {
        sb.append('<');
        for (int i = 0; i < a.args().size(); i++) {
          if (i > 0) sb.append(", ");
          write(sb, a.args().get(i));
        }
        sb.append('>');
      }
    } else if (t instanceof Ty.Param p) {
      sb.append(p.name());
    } else if (t instanceof Ty.FnDef f) {
      sb.append("fn item {").append(f.def().path()).append('}');
    } else if (t instanceof Ty.Closure) {
      sb.append("{closure}");
    } else if (t instanceof Ty.FnPtr f) {
      sb.append("fn(");
      for (int i = 0; i < f.params().size(); i++) {
        if (i > 0) sb.append(", ");
        write(sb, f.params().get(i));
      }
      sb.append(')');
      if (!Ty.isUnit(f.ret())) {
        sb.append(" -> ");
        write(sb, f.ret());
      }
    } else if (t instanceof Ty.Dyn d) {
      sb.append("dyn ").append(d.trait());
      if (d.fnParams() != null) {
        sb.append('(');
        for (int i = 0; i < d.fnParams().size(); i++) {
          if (i > 0) sb.append(", ");
          write(sb, d.fnParams().get(i));
        }
        sb.append(')');
        if (!Ty.isUnit(d.fnRet())) {
          sb.append(" -> ");
          write(sb, d.fnRet());
        }
      } else if (!d.args().isEmpty()) {
        sb.append('<');
        for (int i = 0; i < d.args().size(); i++) {
          if (i > 0) sb.append(", ");
          write(sb, d.args().get(i));
        }
        sb.append('>');
      }
    } else {
      sb.append(t);
    }
  }
}
