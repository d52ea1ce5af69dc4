/*
 * The Unicode identifier classes, apart from the Rust grammar: deserializing their sets (about 700
 * ranges each) was the slowest part of creating the lexer, and only identifiers with non-ASCII
 * characters need them (see rustle.syntax.XidSets).
 */
lexer grammar Xid;

START : [\p{XID_Start}] ;
CONTINUE : [\p{XID_Continue}] ;
