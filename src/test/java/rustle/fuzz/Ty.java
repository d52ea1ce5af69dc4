package rustle.fuzz;

import java.util.List;
import java.util.stream.Collectors;

/** A type of the generated programs, with what the generator needs to know about it (copy, printing). */
record Ty(Kind kind, String name, List<Ty> args, int len) {
  enum Kind { INT, BOOL, CHAR, F64, TUPLE, ARRAY, STRUCT, ENUM, STRING, VEC, BOX, NOISY, OPTION, REC, REF, MUTREF }

  static final Ty BOOL = new Ty(Kind.BOOL, "bool", List.of(), 0);
  static final Ty CHAR = new Ty(Kind.CHAR, "char", List.of(), 0);
  static final Ty F64 = new Ty(Kind.F64, "f64", List.of(), 0);
  static final Ty STRING = new Ty(Kind.STRING, "String", List.of(), 0);
  static final Ty NOISY = new Ty(Kind.NOISY, "Noisy", List.of(), 0);
  static final Ty REC = new Ty(Kind.REC, "Rec", List.of(), 0);

  static final List<String> INT_NAMES =
      List.of("i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize");
  static final List<Ty> INTS = INT_NAMES.stream().map(n -> new Ty(Kind.INT, n, List.of(), 0)).toList();

  static Ty integer(String name) {
    return INTS.get(INT_NAMES.indexOf(name));
  }

  static Ty tuple(List<Ty> elems) {
    return new Ty(Kind.TUPLE, null, List.copyOf(elems), 0);
  }

  static Ty array(Ty elem, int n) {
    return new Ty(Kind.ARRAY, null, List.of(elem), n);
  }

  static Ty vec(Ty elem) {
    return new Ty(Kind.VEC, null, List.of(elem), 0);
  }

  static Ty box(Ty elem) {
    return new Ty(Kind.BOX, null, List.of(elem), 0);
  }

  static Ty option(Ty elem) {
    return new Ty(Kind.OPTION, null, List.of(elem), 0);
  }

  static Ty ref(Ty elem, boolean mutable) {
    return new Ty(mutable ? Kind.MUTREF : Kind.REF, null, List.of(elem), 0);
  }

  static Ty struct(String name) {
    return new Ty(Kind.STRUCT, name, List.of(), 0);
  }

  static Ty enumTy(String name) {
    return new Ty(Kind.ENUM, name, List.of(), 0);
  }

  Ty elem() {
    return args.get(0);
  }

  boolean isInt() {
    return kind == Kind.INT;
  }

  boolean signed() {
    return name.startsWith("i");
  }

  /** Bits of an integer type (isize/usize are 64 on the targets both run on). */
  int bits() {
    String digits = name.substring(1);
    return digits.equals("size") ? 64 : Integer.parseInt(digits);
  }

  boolean isCopy() {
    return switch (kind) {
      case INT, BOOL, CHAR, F64, STRUCT, ENUM, REF -> true;
      case TUPLE, ARRAY, OPTION -> args.stream().allMatch(Ty::isCopy);
      default -> false;
    };
  }

  /** Whether values of this type print with {@code {}} (else with {@code {:?}}). */
  boolean displays() {
    return kind == Kind.INT || kind == Kind.BOOL || kind == Kind.CHAR || kind == Kind.F64 || kind == Kind.STRING
        || (kind == Kind.BOX && elem().displays());
  }

  /** Whether dropping a value of this type may print. */
  boolean noisy() {
    return kind == Kind.NOISY || args.stream().anyMatch(Ty::noisy);
  }

  String rust() {
    return switch (kind) {
      case TUPLE -> "(" + args.stream().map(Ty::rust).collect(Collectors.joining(", "))
          + (args.size() == 1 ? ",)" : ")");
      case ARRAY -> "[" + elem().rust() + "; " + len + "]";
      case VEC -> "Vec<" + elem().rust() + ">";
      case BOX -> "Box<" + elem().rust() + ">";
      case OPTION -> "Option<" + elem().rust() + ">";
      case REF -> "&" + elem().rust();
      case MUTREF -> "&mut " + elem().rust();
      default -> name;
    };
  }

  @Override
  public String toString() {
    return rust();
  }
}
