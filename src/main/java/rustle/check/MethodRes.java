package rustle.check;

import java.util.List;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * How a method call resolved: the callee with generic arguments, the number of derefs applied to the
 * receiver, and whether the result was then borrowed (autoref: 0 none, 1 shared, 2 mutable). For
 * natively typed methods (iterators, clone, to_string) def is null and nativeName names the operation.
 * derefTypes lists the receiver type before each deref step (what is dereferenced).
 */
public record MethodRes(FnSig.Def def, String nativeName, List<Ty> args, int derefs, int autoref,
    List<Ty> derefTypes, Ty receiverTy) {}
