// ? converts the error through the program's From impl (Err(From::from(e))), and Display by hand on
// the error enum forwards to ParseIntError's Display.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        println!("  (converting {:?})", e);
        AppError::Parse(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "{} is negative", n),
        }
    }
}

fn double(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse::<i64>()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n * 2)
}

fn main() {
    for s in ["21", "x", "-4", ""] {
        match double(s) {
            Ok(v) => println!("{} -> {}", s, v),
            Err(e) => println!("{:?} -> {} / {:?}", s, e, e),
        }
    }
}
