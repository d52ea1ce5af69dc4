grammar Rust;
crate : EOF ;
WS : [ \t\r\n]+ -> skip ;
