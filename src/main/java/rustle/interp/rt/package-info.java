/** The run-time kernel every node shares: machine state, node base classes, value kinds and the control signals; depends on no other evaluator package. */
package rustle.interp.rt;
