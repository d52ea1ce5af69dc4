// std::error::Error and Box<dyn Error>: `?` converts a ParseIntError or the program's own error
// (impl Error) into the box, `"text".into()` and `String` into it too; the box displays and debugs
// through its vtable (a derived Debug included), for `{}`, `{:?}` and `{:#?}`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Bad { key: String, value: i32 },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key {}", k),
            ConfigError::Bad { key, value } => write!(f, "bad value {} for {}", value, key),
        }
    }
}

impl Error for ConfigError {}

fn positive(s: &str) -> Result<i32, ConfigError> {
    match s.len() {
        0 => Err(ConfigError::Missing("n".to_string())),
        _ if s.starts_with('-') => Err(ConfigError::Bad { key: "n".to_string(), value: -1 }),
        _ => Ok(s.len() as i32),
    }
}

fn lookup(s: &str) -> Result<i32, Box<dyn Error>> {
    let n: i32 = s.trim().parse()?;
    let len = positive(s)?;
    if n > 100 {
        return Err("too big".into());
    }
    if n == 42 {
        return Err(format!("{} is reserved", n).into());
    }
    Ok(n * len)
}

fn main() {
    for s in ["7", "x1", "-5", "500", "42", ""] {
        match lookup(s) {
            Ok(v) => println!("{:?}: ok {}", s, v),
            Err(e) => println!("{:?}: {} / {:?}", s, e, e),
        }
    }
    let errs: Vec<Box<dyn Error>> = vec![
        Box::new(ConfigError::Missing("q".into())),
        "plain".into(),
        String::from("owned").into(),
    ];
    for e in &errs {
        println!("{} | {:?} | {}", e, e, e.to_string().len());
    }
    println!("{:#?}", errs[0]);
}
