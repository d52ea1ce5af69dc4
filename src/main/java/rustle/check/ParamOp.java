package rustle.check;

/**
 * An operator on a value of a type parameter, allowed by its bound ({@code T: Add<Output = T>}): which
 * trait and method it calls. The checker records it in the side table for the operator's node; the
 * evaluator, compiling one instance, applies the primitive operator or calls the impl of the type the
 * parameter stands for there (rustc's static dispatch when it monomorphizes).
 */
public record ParamOp(String trait, String method) {}
