// `?` inside a closure returns from the closure, with the closure's return type (Option or a
// Result whose error is converted by From): once an internal error reading the enclosing fn's type.
use std::num::ParseIntError;

#[derive(Debug)]
enum CmdError {
    Parse(ParseIntError),
    Empty,
}

impl From<ParseIntError> for CmdError {
    fn from(e: ParseIntError) -> Self {
        CmdError::Parse(e)
    }
}

#[derive(Debug, Clone, Copy)]
enum Cmd {
    Forward(u32),
    Right,
}

fn main() {
    let cmds: Vec<Cmd> = "F3,R,X,F12,"
        .split(',')
        .filter_map(|t| match t.chars().next()? {
            'F' => t[1..].parse().ok().map(Cmd::Forward),
            'R' => Some(Cmd::Right),
            _ => None,
        })
        .collect();
    println!("{:?}", cmds);

    let first_digit = |s: &str| -> Option<u32> {
        let c = s.chars().find(|c| c.is_ascii_digit())?;
        c.to_digit(10)
    };
    println!("{:?} {:?}", first_digit("ab7c"), first_digit("none"));

    let parse = |s: &str| -> Result<i64, CmdError> {
        if s.is_empty() {
            return Err(CmdError::Empty);
        }
        let n: i64 = s.trim().parse()?;
        Ok(n * 2)
    };
    for s in ["21", "x", ""] {
        println!("{:?}", parse(s));
    }
}
