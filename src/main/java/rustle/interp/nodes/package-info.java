/** Executable nodes by role (blocks, control flow, calls, operators, places, aggregates, patterns), each class with the factory that builds its nodes. */
package rustle.interp.nodes;
