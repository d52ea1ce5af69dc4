package rustle.dump;

import static rustle.dump.Snapshot.addr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Ty;

/** A live heap block as a snapshot shows it: its type and contents as its owner sees them, and bytes. */
final class Blocks {
  private Blocks() {}

  private static final int MAX_ELEMS = 64;

  static Snapshot.Block block(Decoder dec, int a, int size, Reader.Owned owned, Allocations.Info info,
      List<Snapshot.Pointer> pointers) {
    String type = "?";
    Snapshot.Contents contents = Snapshot.Contents.raw();
    List<String> owners = owned == null ? List.of() : owned.owners;
    List<String> weak = owned == null ? List.of() : owned.weak;
    if (owned != null) {
      try {
        Memory m = dec.mem;
        Ty o = owned.owner;
        AdtDef.Builtin b = Decoder.builtin(o);
        if (Deques.is(o)) {
          type = Deques.typeName((Ty.Adt) o, dec, owned.header);
          contents = Deques.contents(dec, (Ty.Adt) o, owned.header);
        } else if (b == AdtDef.Builtin.STRING) {
          long cap = HeapTypes.cap(m, owned.header);
          type = "[u8; " + cap + "]";
          contents = string(dec, HeapTypes.ptr(m, owned.header), HeapTypes.len(m, owned.header), cap);
        } else if (b == AdtDef.Builtin.VEC) {
          Ty e = Infer.shallow(Decoder.adtArg(o));
          long cap = HeapTypes.cap(m, owned.header);
          type = "[" + Reader.typeName(e) + "; " + cap + "]";
          contents = vec(dec, e, HeapTypes.ptr(m, owned.header), HeapTypes.len(m, owned.header), cap);
        } else if (b == AdtDef.Builtin.HASH_MAP || b == AdtDef.Builtin.HASH_SET) {
          Tables t = Tables.of(dec, (Ty.Adt) o, owned.header);
          type = t.typeName();
          contents = t.contents(dec);
        } else if (b == AdtDef.Builtin.BOX) {
          Ty e = Infer.shallow(Decoder.adtArg(o));
          type = Reader.typeName(e);
          contents = Snapshot.Contents.box(type, dec.show(e, a));
        } else if (b == AdtDef.Builtin.RC || b == AdtDef.Builtin.WEAK) {
          type = Smart.rcInnerType(o);
          contents = Smart.rcInner(dec, o, a);
        }
      } catch (RuntimeException e) {
        contents = Snapshot.Contents.raw();
      }
    }
    return new Snapshot.Block(addr(a), size, type, owners, weak, info == null ? null : info.line(),
        info == null ? null : info.why(), contents, Locals.hex(dec.mem, a, size), Locals.within(pointers, a, size));
  }

  static Snapshot.Contents string(Decoder dec, int ptr, long len, long cap) {
    String text = dec.utf8(ptr, len);
    List<Snapshot.CharBytes> chars = new ArrayList<>();
    int off = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int n = ch.getBytes(StandardCharsets.UTF_8).length;
      chars.add(new Snapshot.CharBytes(ch, Locals.hex(dec.mem, ptr + off, n)));
      off += n;
      i += Character.charCount(cp);
    }
    return Snapshot.Contents.string(len, cap, text, chars);
  }

  static Snapshot.Contents vec(Decoder dec, Ty e, int ptr, long len, long cap) {
    int stride = dec.layouts.size(e);
    List<Snapshot.Element> elems = new ArrayList<>();
    for (int i = 0; i < Math.min(len, MAX_ELEMS); i++) {
      int at = ptr + i * stride;
      elems.add(new Snapshot.Element(i, addr(at), dec.show(e, at)));
    }
    Snapshot.Unused unused = cap > len
        ? new Snapshot.Unused(addr(ptr + len * stride), (int) ((cap - len) * stride)) : null;
    return Snapshot.Contents.vec(len, cap, Reader.typeName(e), elems, unused);
  }
}
