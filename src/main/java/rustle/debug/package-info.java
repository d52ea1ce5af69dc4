/** {@code rustle debug}: an interactive, reversible debugger over an observed run of the program. */
package rustle.debug;
