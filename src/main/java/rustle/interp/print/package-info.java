/** Formatting macros: format nodes, Display and Debug of values read from the simulated memory, and the output buffer. */
package rustle.interp.print;
