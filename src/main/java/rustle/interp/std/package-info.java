/** The native part of the standard library, implemented over the simulated memory: the intrinsics behind the prelude's intrinsic!() bodies. */
package rustle.interp.std;
