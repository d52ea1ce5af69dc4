/** The evaluator's compiler: turns the checked AST into node trees, one per function instance, and runs main (docs/evaluator.md). */
package rustle.interp;
