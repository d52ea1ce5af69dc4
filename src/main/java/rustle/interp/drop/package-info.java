/** How values stop existing: drop glue, drop flags, scoped drops, the single unwinding path, clone glue and the leak check. */
package rustle.interp.drop;
