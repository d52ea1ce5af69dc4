package rustle.interp.nodes;

import rustle.interp.rt.JumpSignal;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.types.Layout;

/**
 * {@code e?}: evaluates e (an Option or Result) into a frame slot; on Some/Ok yields the payload, on
 * None/Err writes None / Err(error) into the function's return place and returns from the function.
 */
public final class TryNode extends MemNode {
  final MemNode operand;
  final int tmp;
  final EnumAccess acc;
  final int okVariant;
  final int payloadOff;
  final int errOff;
  final int errSize;
  final EnumAccess retAcc;
  final int retErrOff;
  final int retSlot;
  /** The From::from call converting the error (its argument reads it from the temporary); null if none. */
  public rustle.interp.rt.Node convert;

  public TryNode(MemNode operand, int tmp, Layout l, int okVariant, int payloadSize, Layout retL, int errSize, int retSlot) {
    super(payloadSize);
    this.operand = operand;
    this.tmp = tmp;
    this.acc = new EnumAccess(l);
    this.okVariant = okVariant;
    this.payloadOff = l.variantOffsets[okVariant].length > 0 ? l.variantOffsets[okVariant][0] : 0;
    int errVariant = 1 - okVariant;
    this.errOff = l.variantOffsets[errVariant].length > 0 ? l.variantOffsets[errVariant][0] : 0;
    this.errSize = errSize;
    this.retAcc = new EnumAccess(retL);
    this.retErrOff = retL.variantOffsets[errVariant].length > 0 ? retL.variantOffsets[errVariant][0] : 0;
    this.retSlot = retSlot;
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    int t = fp + tmp;
    operand.evalInto(m, fp, t);
    int v = acc.variant(m.mem, t);
    if (v == okVariant) {
      if (size > 0) m.mem.copy(t + payloadOff, dst, size);
      return;
    }
    int ret = m.mem.getInt(fp + retSlot);
    if (convert != null) convert.evalInto(m, fp, ret + retErrOff);
    else if (errSize > 0) m.mem.copy(t + errOff, ret + retErrOff, errSize);
    retAcc.setVariant(m.mem, ret, 1 - okVariant);
    m.pendingStatus = RETURN;
    throw JumpSignal.INSTANCE;
  }
}
