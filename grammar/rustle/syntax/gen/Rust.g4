/*
 * The Rust subset rustle reads, after the Rust Reference's grammar. Action-free: every Rust rule that
 * the Reference states as a restriction (no struct literal in a condition, a block-like expression
 * ends a statement) is written as separate rules, so that every decision is LL(k) with small k and
 * the parser stays fast under ANTLR's SLL prediction.
 *
 * Expression levels: expr > rangeExpr > binExpr (one flat list of binary operators and casts; the
 * AST builder applies precedence) > unaryExpr > postfixExpr > primary. The *NS copies forbid struct
 * literals (conditions, scrutinees, iterators); the statement forms keep a leading block-like
 * expression from continuing into a binary operator, as rustc does.
 */
grammar Rust;

// ======================================================================= items

crate : innerAttr* item* EOF ;

item : outerAttr* visibility? (itemKind | macroItem) ;

itemKind
  : fnItem
  | structItem
  | enumItem
  | implItem
  | traitItem
  | constItem
  | staticItem
  | useItem
  | modItem
  | typeAlias
  | externItem
  | macroRulesItem
  ;

visibility : 'pub' ('(' ('crate' | 'self' | 'super' | 'in' simplePath) ')')? ;

fnItem
  : fnQualifiers 'fn' identifier genericParams? '(' fnParams? ')' ('->' type)? whereClause?
    (block | ';')
  ;

fnQualifiers : 'const'? 'async'? 'unsafe'? ('extern' abi?)? ;

abi : STRING_LITERAL | RAW_STRING_LITERAL ;

fnParams
  : selfParam (',' fnParam)* ','?
  | fnParam (',' fnParam)* ','?
  ;

selfParam
  : outerAttr* ('&' | '&&') LIFETIME? 'mut'? 'self'
  | outerAttr* 'mut'? 'self' (':' type)?
  ;

fnParam : outerAttr* patternNoTopAlt ':' type ;

structItem
  : 'struct' identifier genericParams?
    ( whereClause? ('{' structFields? '}' | ';')
    | '(' tupleFields? ')' whereClause? ';'
    )
  ;

structFields : structField (',' structField)* ','? ;

structField : outerAttr* visibility? identifier ':' type ;

tupleFields : tupleField (',' tupleField)* ','? ;

tupleField : outerAttr* visibility? type ;

enumItem : 'enum' identifier genericParams? whereClause? '{' enumVariants? '}' ;

enumVariants : enumVariant (',' enumVariant)* ','? ;

enumVariant
  : outerAttr* visibility? identifier ('{' structFields? '}' | '(' tupleFields? ')')? ('=' expr)?
  ;

implItem
  : 'unsafe'? 'impl' genericParams? '!'? type ('for' type)? whereClause?
    '{' innerAttr* assocItem* '}'
  ;

traitItem
  : 'unsafe'? 'trait' identifier genericParams? (':' typeParamBounds?)? whereClause?
    '{' innerAttr* assocItem* '}'
  ;

assocItem : outerAttr* visibility? (fnItem | constItem | typeAlias | macroItem) ;

constItem : 'const' (identifier | '_') ':' type ('=' expr)? ';' ;

staticItem : 'static' 'mut'? identifier ':' type ('=' expr)? ';' ;

typeAlias
  : 'type' identifier genericParams? (':' typeParamBounds?)? whereClause? ('=' type)? ';'
  ;

useItem : 'use' useTree ';' ;

useTree
  : (simplePath? '::')? ('*' | '{' (useTree (',' useTree)* ','?)? '}')
  | simplePath ('as' (identifier | '_'))?
  ;

modItem : 'unsafe'? 'mod' identifier (';' | '{' innerAttr* item* '}') ;

externItem
  : 'extern' 'crate' (identifier | 'self') ('as' (identifier | '_'))? ';'
  | 'unsafe'? 'extern' abi? '{' externBlockItem* '}'
  ;

/** A declaration in an `extern` block; the leading identifier is the contextual keyword `safe`. */
externBlockItem
  : outerAttr* visibility? identifier? 'unsafe'? 'fn' identifier '(' fnParams? ')' ('->' type)? ';'  # externFn
  | outerAttr* visibility? 'static' 'mut'? identifier ':' type ';'                                # externStatic
  ;

macroRulesItem : 'macro_rules' '!' identifier delimTokenTree ';'? ;

/** A macro invocation where an item is expected (rustle has no macro items). */
macroItem : simplePath '!' delimTokenTree ';'? ;

// ======================================================================= attributes

outerAttr : '#' '[' attr ']' ;

innerAttr : '#' '!' '[' attr ']' ;

attr : 'unsafe'? simplePath attrInput? ;

attrInput : delimTokenTree | '=' expr ;

delimTokenTree
  : '(' tokenTree* ')'
  | '[' tokenTree* ']'
  | '{' tokenTree* '}'
  ;

tokenTree : delimTokenTree | ~('(' | ')' | '[' | ']' | '{' | '}') ;

// ======================================================================= generics

genericParams : '<' (genericParam (',' genericParam)* ','?)? '>' ;

genericParam
  : outerAttr* LIFETIME (':' lifetimeBounds?)?
  | outerAttr* identifier (':' typeParamBounds?)? ('=' type)?
  | outerAttr* 'const' identifier ':' type ('=' tokenTree)?
  ;

lifetimeBounds : LIFETIME ('+' LIFETIME)* '+'? ;

typeParamBounds : typeParamBound ('+' typeParamBound)* '+'? ;

typeParamBound
  : LIFETIME
  | '(' traitBound ')'
  | traitBound
  ;

traitBound : '?'? forLifetimes? typePath fnSugar? ;

/** The parenthesised parameters of a closure-trait bound: Fn(A, B) -> R. */
fnSugar : '(' (type (',' type)* ','?)? ')' ('->' type)? ;

forLifetimes : 'for' genericParams ;

whereClause : 'where' (whereItem (',' whereItem)* ','?)? ;

whereItem
  : LIFETIME ':' lifetimeBounds?
  | forLifetimes? type ':' typeParamBounds?
  ;

// ======================================================================= types

type
  : typePath                                        # pathType
  | '(' (type (',' type)* ','?)? ')'                # tupleType
  | '!'                                             # neverType
  | '_'                                             # inferType
  | ('&' | '&&') LIFETIME? 'mut'? type              # refType
  | '*' ('const' | 'mut') type                      # rawPtrType
  | '[' type (';' expr)? ']'                        # arrayType
  | forLifetimes? fnPtr                             # fnPtrType
  | ('impl' | 'dyn') typeParamBounds                # boundsType
  | qualifiedPath                                   # qualifiedType
  ;

fnPtr
  : 'unsafe'? ('extern' abi?)? 'fn' '(' (fnPtrParam (',' fnPtrParam)* ','?)? ')' ('->' type)?
  ;

fnPtrParam : outerAttr* ((identifier | '_') ':')? type ;

typePath : '::'? typePathSegment ('::' typePathSegment)* ;

typePathSegment : pathIdent ('::'? genericArgs)? ;

pathIdent : identifier | 'self' | 'Self' | 'super' | 'crate' ;

genericArgs : '<' (genericArg (',' genericArg)* ','?)? '>' ;

genericArg
  : LIFETIME
  | identifier '=' type
  | identifier ':' typeParamBounds
  | type
  | '-'? literal
  | block
  ;

qualifiedPath : '<' type ('as' typePath)? '>' ('::' typePathSegment)+ ;

/**
 * The type after {@code as}: no generic arguments on its path, so that {@code x as i32 < y} is a
 * comparison and a type never needs unbounded lookahead to end (casts target primitive types).
 */
castType
  : '::'? pathIdent ('::' pathIdent)* ('::'? genericArgs)? # pathCastType
  | ('&' | '&&') LIFETIME? 'mut'? castType             # refCastType
  | '*' ('const' | 'mut') castType                     # rawPtrCastType
  | '(' (type (',' type)* ','?)? ')'                   # tupleCastType
  | '[' type (';' expr)? ']'                           # arrayCastType
  | '_'                                                # inferCastType
  | 'dyn' castBound                                    # dynCastType
  ;

/**
 * The one bound of a `dyn` cast type: a trait path with generic arguments on its last segment only, as
 * in a cast path, and a closure trait's return type a cast type. Not typeParamBound: a cast may be
 * followed by an operator ({@code x as T < y}), and the parser's SLL prediction takes a rule's follow
 * set from every place the rule is used, so a type path that could end a cast made each type's
 * {@code <} a decision read to the end of the next item (half of the parse time of a program
 * with generic types).
 */
castBound
  : LIFETIME
  | '?'? forLifetimes? '::'? pathIdent ('::' pathIdent)* ('::'? genericArgs)? castFnSugar?
  ;

castFnSugar : '(' (type (',' type)* ','?)? ')' ('->' castType)? ;

// ======================================================================= patterns

pattern : '|'? patternNoTopAlt ('|' patternNoTopAlt)* ;

patternNoTopAlt
  : literalPattern rangePatternTail?                                     # litPattern
  | '..=' rangePatternEnd                                                # rangeToPattern
  | '..'                                                                 # restPattern
  | '_'                                                                  # wildPattern
  | ('ref' 'mut'? | 'mut') identifier ('@' patternNoTopAlt)?             # bindingPattern
  | identifier '@' patternNoTopAlt                                       # atPattern
  | pathInPattern
    ('(' patternList? ')' | '{' structPatternBody '}' | rangePatternTail)?  # pathPattern
  | ('&' | '&&') 'mut'? patternNoTopAlt                                  # refPattern
  | '(' patternList? ')'                                                 # tuplePattern
  | '[' patternList? ']'                                                 # slicePattern
  ;

patternList : pattern (',' pattern)* ','? ;

rangePatternTail : ('..=' | '...') rangePatternEnd | '..' rangePatternEnd? ;

rangePatternEnd : literalPattern | pathInPattern ;

literalPattern
  : '-'? (INTEGER_LITERAL | FLOAT_LITERAL)
  | CHAR_LITERAL
  | BYTE_LITERAL
  | STRING_LITERAL
  | RAW_STRING_LITERAL
  | BYTE_STRING_LITERAL
  | RAW_BYTE_STRING_LITERAL
  | 'true'
  | 'false'
  ;

pathInPattern : '::'? pathExprSegment ('::' pathExprSegment)* ;

structPatternBody : (structPatternField (',' structPatternField)* (',' '..'?)? | '..')? ;

structPatternField
  : outerAttr* (identifier | INTEGER_LITERAL) ':' pattern
  | outerAttr* 'ref'? 'mut'? identifier
  ;

// ======================================================================= statements

block : '{' innerAttr* stmts? '}' ;

/**
 * The statements of a block, right-recursive so that a statement that may end the block without a
 * semicolon is decided by one token: after an expression either `;` follows, or the block ends.
 */
stmts
  : ';' stmts?
  | outerAttr* stmtBody
  ;

stmtBody
  : letStmt stmts?
  | visibility? itemKind stmts?
  | blockLikeExpr (stmts? | blockTail (';' stmts?)?)
  | braceMacro (stmts? | blockTail (';' stmts?)?)
  | jumpOrClosure (';' stmts?)?
  | stmtHead exprTail (';' stmts?)?
  | rangeOp binExpr? (';' stmts?)?
  ;

letStmt : 'let' pattern (':' type)? ('=' expr ('else' block)?)? ';' ;

/** What may follow a block-like expression in statement position: only `.` or `?` continue it. */
blockTail : dotOrTryOp postfixOp* exprTail ;

/** An expression statement that does not start with a block-like expression, up to its postfixes. */
stmtHead
  : unaryOp+ postfixExpr
  | primaryStmt postfixOp*
  ;

/** The binary, range and assignment operators after a statement's head. */
exprTail : binTail (rangeOp binExpr?)? (assignOp expr)? ;

// ======================================================================= expressions

expr
  : jumpOrClosure
  | rangeExpr (assignOp expr)?
  ;

/** Return, break, continue and closures reach as far right as they can; borrows may precede them. */
jumpOrClosure : borrowOp* (jumpExpr | closure) ;

rangeExpr
  : binExpr (rangeOp binExpr?)?
  | rangeOp binExpr?
  ;

binExpr : unaryExpr binTail ;

binTail : (binOp unaryExpr | 'as' castType)* ;

unaryExpr : unaryOp* postfixExpr ;

postfixExpr : primary postfixOp* ;

primary
  : blockLikeExpr
  | pathOrStructLit
  | matchesMacro
  | macroCall
  | literal
  | tupleExpr
  | arrayExpr
  | qualifiedPathExpr
  ;

/** A primary that may begin an expression statement: not block-like (a brace macro counts as one). */
primaryStmt
  : pathOrStructLit
  | matchesMacro
  | macroCallNoBrace
  | literal
  | tupleExpr
  | arrayExpr
  | qualifiedPathExpr
  ;

jumpExpr
  : 'return' expr?
  | 'break' LIFETIME? expr?
  | 'continue' LIFETIME?
  ;

closure : 'move'? closureParams (('->' type block) | expr) ;

closureParams : '||' | '|' (closureParam (',' closureParam)* ','?)? '|' ;

closureParam : outerAttr* patternNoTopAlt (':' type)? ;

// --- the same levels without struct literals (conditions, scrutinees, iterators)

exprNS
  : jumpOrClosureNS
  | rangeExprNS (assignOp exprNS)?
  ;

jumpOrClosureNS : borrowOp* (jumpExprNS | closureNS) ;

rangeExprNS
  : binExprNS (rangeOp binExprNS?)?
  | rangeOp binExprNS?
  ;

binExprNS : unaryExprNS binTailNS ;

binTailNS : (binOp unaryExprNS | 'as' castType)* ;

unaryExprNS : unaryOp* postfixExprNS ;

postfixExprNS : primaryNS postfixOp* ;

primaryNS
  : blockLikeExpr
  | matchesMacro
  | macroCall
  | pathExpr
  | literal
  | tupleExpr
  | arrayExpr
  | qualifiedPathExpr
  ;

jumpExprNS
  : 'return' exprNS?
  | 'break' LIFETIME? exprNS?
  | 'continue' LIFETIME?
  ;

closureNS : 'move'? closureParams (('->' type block) | exprNS) ;

// --- operators

binOp
  : '*' | '/' | '%' | '+' | '-' | '<<' | '>' '>' | '&' | '^' | '|'
  | '==' | '!=' | '<' | '<=' | '>' | '>' '=' | '&&' | '||'
  ;

assignOp
  : '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '^=' | '&=' | '|=' | '<<=' | '>' '>' '='
  ;

rangeOp : '..' | '..=' | '...' ;

unaryOp : '-' | '!' | '*' | borrowOp ;

/** `&raw const` / `&raw mut`: the identifier is the contextual keyword `raw`. */
borrowOp : ('&' | '&&') ('mut' | identifier ('const' | 'mut'))? ;

postfixOp
  : dotOrTryOp
  | '(' callArgs? ')'
  | '[' expr ']'
  ;

/**
 * A method call is a field op followed by a call op (ExprBuilder joins them): as two alternatives, a
 * method call and a field followed by a call matched the same tokens, and the parser's prediction read
 * each call's whole argument list (nested calls again) before it could choose.
 */
dotOrTryOp
  : '?'                                                     # tryOp
  | '.' identifier ('::' genericArgs)?                      # fieldOp
  | '.' (INTEGER_LITERAL | FLOAT_LITERAL)                   # tupleFieldOp
  | '.' 'await'                                             # awaitOp
  ;

callArgs : expr (',' expr)* ','? ;

// --- primaries

literal
  : INTEGER_LITERAL '.'?
  | FLOAT_LITERAL
  | CHAR_LITERAL
  | BYTE_LITERAL
  | STRING_LITERAL
  | RAW_STRING_LITERAL
  | BYTE_STRING_LITERAL
  | RAW_BYTE_STRING_LITERAL
  | 'true'
  | 'false'
  ;

pathExpr : '::'? pathExprSegment ('::' pathExprSegment)* ;

pathExprSegment : pathIdent ('::' genericArgs)? ;

qualifiedPathExpr : '<' type ('as' typePath)? '>' ('::' pathExprSegment)+ ;

tupleExpr : '(' (expr (',' expr)* ','?)? ')' ;

arrayExpr : '[' (expr ((',' expr)* ','? | ';' expr))? ']' ;

/**
 * A path, or a struct literal when a brace follows: one rule, since as two alternatives the prediction
 * read the whole path (`size_of::<Option<Rc<u64>>>`, up to 18 tokens) before it could choose.
 */
pathOrStructLit : pathExpr ('{' structLitBody '}')? ;

structLitBody
  : structLitField (',' structLitField)* (',' structBase?)?
  | structBase
  |
  ;

structLitField
  : outerAttr* (identifier | INTEGER_LITERAL) ':' expr
  | outerAttr* identifier
  ;

structBase : '..' expr ;

macroCall
  : simplePath '!' ( '(' macroArgs? ')' | '[' macroArgs? ']' | '{' macroArgs? '}' )
  ;

macroCallNoBrace : simplePath '!' ( '(' macroArgs? ')' | '[' macroArgs? ']' ) ;

/** {@code name! { .. }} starting a statement: like a block, it needs no semicolon. */
braceMacro : simplePath '!' '{' macroArgs? '}' ;

macroArgs : macroArg (';' expr | (',' macroArg)* ','?) ;

macroArg : identifier '=' expr | expr ;

/** matches!(value, pattern if guard): its second argument is a pattern, not an expression. */
matchesMacro : 'matches' '!' '(' expr ',' pattern ('if' expr)? ','? ')' ;

simplePath : '::'? simplePathSegment ('::' simplePathSegment)* ;

simplePathSegment : identifier | 'super' | 'self' | 'crate' | 'Self' ;

identifier : IDENT | RAW_IDENT | 'macro_rules' | 'matches' | 'union' | 'auto' | 'default' ;

// --- block-like expressions

blockLikeExpr
  : block                                   # plainBlock
  | 'unsafe' block                          # unsafeBlock
  | 'async' 'move'? block                   # asyncBlock
  | 'const' block                           # constBlock
  | ifExpr                                  # ifBlockLike
  | matchExpr                               # matchBlockLike
  | label? loopExpr                         # loopBlockLike
  | label? whileExpr                        # whileBlockLike
  | label? forExpr                          # forBlockLike
  | label block                             # labeledBlock
  ;

label : LIFETIME ':' ;

ifExpr : 'if' condition block ('else' (block | ifExpr))? ;

condition
  : 'let' pattern '=' exprNS
  | exprNS
  ;

matchExpr : 'match' exprNS '{' innerAttr* matchArms? '}' ;

/** Match arms, right-recursive for the same reason as stmts: a comma ends all but block-like arms. */
matchArms : outerAttr* pattern ('if' expr)? '=>' armBody ;

armBody
  : blockLikeExpr (','? matchArms? | blockTail (',' matchArms?)?)
  | braceMacro (','? matchArms? | blockTail (',' matchArms?)?)
  | jumpOrClosure (',' matchArms?)?
  | stmtHead exprTail (',' matchArms?)?
  | rangeOp binExpr? (',' matchArms?)?
  ;

loopExpr : 'loop' block ;

whileExpr : 'while' condition block ;

forExpr : 'for' pattern 'in' exprNS block ;

// ======================================================================= lexer

FLOAT_LITERAL
  : DEC_DIGITS '.' DEC_DIGITS EXPONENT? NUM_SUFFIX?
  | DEC_DIGITS EXPONENT NUM_SUFFIX?
  ;

INTEGER_LITERAL
  : DEC_DIGITS NUM_SUFFIX?
  | '0x' [0-9a-fA-F_]* HEX_SUFFIX?
  | '0o' [0-9_]* NUM_SUFFIX?
  | '0b' [0-9_]* NUM_SUFFIX?
  ;

fragment DEC_DIGITS : [0-9] [0-9_]* ;
fragment EXPONENT : [eE] [+-]? '_'* [0-9] [0-9_]* ;
fragment NUM_SUFFIX : [a-zA-Z] [a-zA-Z0-9_]* ;
fragment HEX_SUFFIX : [g-zG-Z] [a-zA-Z0-9_]* ;

// The second form is rustc's: identifier characters closed by a quote are a (too long) char literal.
CHAR_LITERAL : '\'' CHAR_BODY '\'' | '\'' XID_CONTINUE XID_CONTINUE+ '\'' ;
BYTE_LITERAL : 'b\'' CHAR_BODY '\'' ;
fragment CHAR_BODY : ~['\\\n\r] | '\\' ~[\n\r] [0-9a-fA-F{}_]* ;

STRING_LITERAL : '"' STRING_BODY* '"' ;
BYTE_STRING_LITERAL : 'b"' STRING_BODY* '"' ;
RAW_STRING_LITERAL : 'r' RAW_BODY ;
RAW_BYTE_STRING_LITERAL : 'br' RAW_BODY ;
fragment STRING_BODY : ~["\\] | '\\' . ;
fragment RAW_BODY
  : '"' .*? '"'
  | '#"' .*? '"#'
  | '##"' .*? '"##'
  | '###"' .*? '"###'
  | '####"' .*? '"####'
  ;

/** A string running to the end of the file: reported as unterminated. */
UNTERMINATED_STRING : 'b'? '"' STRING_BODY* ;

LIFETIME : '\'' (XID_START | '_') XID_CONTINUE* ;

RAW_IDENT : 'r#' (XID_START | '_') XID_CONTINUE* ;

IDENT : XID_START XID_CONTINUE* | '_' XID_CONTINUE+ ;

// ASCII directly; other characters through a predicate, so that creating the lexer does not build the
// large Unicode sets (rustle.syntax.XidSets builds them on first use, from the same Unicode data).
fragment XID_START : [a-zA-Z] | NON_ASCII {rustle.syntax.XidSets.isStart(_input.LA(-1))}? ;
fragment XID_CONTINUE : [a-zA-Z0-9_] | NON_ASCII {rustle.syntax.XidSets.isContinue(_input.LA(-1))}? ;
fragment NON_ASCII : [\u0080-\u{10FFFF}] ;

LINE_COMMENT : '//' ~[\r\n]* -> skip ;

BLOCK_COMMENT : '/*' COMMENT_ITEM* '*'+ '/' -> skip ;

/** A block comment whose closing delimiter is missing: reported as unterminated. */
UNTERMINATED_BLOCK_COMMENT : '/*' COMMENT_ITEM* ;

// Comment content never contains a closing delimiter at its own depth and opens nested comments.
fragment COMMENT_ITEM : BLOCK_COMMENT | ~[*/] | '/'+ (~[*/] | BLOCK_COMMENT) | '*'+ ~[*/] ;

WS : [ \t\r\n\u000B\u000C\u0085\u200E\u200F\u2028\u2029\uFEFF]+ -> skip ;

DOLLAR : '$' ;
TILDE : '~' ;

/** Any other character: reported as an unknown start of token. */
UNKNOWN_CHAR : . ;
