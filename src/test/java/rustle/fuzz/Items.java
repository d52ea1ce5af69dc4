package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/** The item declarations of one generated program that expressions may use: structs, the enum, helpers. */
final class Items {
  /** A Copy struct with integer and bool fields. */
  record StructDef(String name, List<String> fields, List<Ty> types) {
    Ty ty() {
      return Ty.struct(name);
    }
  }

  /** One enum variant: unit (no fields), tuple (names null) or struct-like. */
  record Variant(String name, List<String> fieldNames, List<Ty> types) {
    boolean isTuple() {
      return fieldNames == null && !types.isEmpty();
    }
  }

  record EnumDef(String name, List<Variant> variants) {
    Ty ty() {
      return Ty.enumTy(name);
    }
  }

  /** A helper function: callable from main and from later helpers. */
  record FnDef(String name, List<Ty> params, Ty ret) {}

  final List<StructDef> structs = new ArrayList<>();
  final List<EnumDef> enums = new ArrayList<>();
  final List<FnDef> fns = new ArrayList<>();
  /** How many helpers the code being generated may call (those declared before it). */
  int callable;

  StructDef struct(String name) {
    return structs.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
  }

  EnumDef enumDef(String name) {
    return enums.stream().filter(e -> e.name.equals(name)).findFirst().orElseThrow();
  }

  List<FnDef> callableReturning(Ty t) {
    List<FnDef> out = new ArrayList<>();
    for (int i = 0; i < callable; i++) {
      if (fns.get(i).ret.equals(t)) {
        out.add(fns.get(i));
      }
    }
    return out;
  }
}
