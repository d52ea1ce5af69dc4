#[derive(Debug, Clone, PartialEq)]
enum Token { Num(i64), Op(char), LParen, RParen }
struct Lexer { chars: Vec<char>, pos: usize }
impl Lexer {
    fn new(src: &str) -> Lexer { let mut chars = Vec::new(); for c in src.chars() { chars.push(c); } Lexer { chars, pos: 0 } }
    fn peek(&self) -> Option<char> { if self.pos < self.chars.len() { Some(self.chars[self.pos]) } else { None } }
    fn bump(&mut self) -> Option<char> { let c = self.peek()?; self.pos += 1; Some(c) }
    fn tokens(&mut self) -> Result<Vec<Token>, String> {
        let mut out = Vec::new();
        while let Some(c) = self.peek() {
            if c == ' ' { self.bump(); continue; }
            if c.is_ascii_digit() {
                let mut n: i64 = 0;
                while let Some(d) = self.peek() {
                    if !d.is_ascii_digit() { break; }
                    n = n * 10 + d.to_digit(10).unwrap() as i64;
                    self.bump();
                }
                out.push(Token::Num(n));
            } else if c == '(' { out.push(Token::LParen); self.bump(); }
            else if c == ')' { out.push(Token::RParen); self.bump(); }
            else if c == '+' || c == '-' || c == '*' { out.push(Token::Op(c)); self.bump(); }
            else { return Err(format!("bad char {}", c)); }
        }
        Ok(out)
    }
}
struct Parser<'a> { toks: &'a [Token], pos: usize }
impl<'a> Parser<'a> {
    fn next(&mut self) -> Option<&'a Token> { let t = self.toks.get(self.pos)?; self.pos += 1; Some(t) }
    fn peek(&self) -> Option<&'a Token> { self.toks.get(self.pos) }
    fn expr(&mut self) -> i64 {
        let mut v = self.term();
        while let Some(Token::Op(op)) = self.peek() {
            if *op == '*' { break; }
            self.next();
            let r = self.term();
            if *op == '+' { v += r; } else { v -= r; }
        }
        v
    }
    fn term(&mut self) -> i64 {
        let mut v = self.atom();
        while let Some(Token::Op('*')) = self.peek() { self.next(); v *= self.atom(); }
        v
    }
    fn atom(&mut self) -> i64 {
        match self.next() {
            Some(Token::Num(n)) => *n,
            Some(Token::LParen) => { let v = self.expr(); self.next(); v }
            _ => 0,
        }
    }
}
fn eval(src: &str) -> Result<i64, String> {
    let mut lx = Lexer::new(src);
    let toks = lx.tokens()?;
    let mut p = Parser { toks: &toks, pos: 0 };
    let v = p.expr();
    if p.pos != toks.len() { return Err(String::from("trailing")); }
    Ok(v)
}
fn main() {
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 - 1) - 4", "7 $"] {
        match eval(src) {
            Ok(v) => println!("{} = {}", src, v),
            Err(e) => println!("{}: error {}", src, e),
        }
    }
}
