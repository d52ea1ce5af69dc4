// `?` in a closure whose return type is known only after its body: from the `Ok` after the `?`, from
// the Vec or Result the closure's results are collected into, or from a later call's expected type.
// rustc keeps the `?`'s From conversion pending until then; rustle rejected these (E0277 "cannot use
// the `?` operator in a function that returns `_`", or E0277 at `collect`, having taken the error type
// to be ParseIntError).
use std::error::Error;

fn main() {
    let v = vec!["1", "x", "3"];
    let each: Vec<Result<i32, Box<dyn Error>>> = v.iter().map(|s| {
        let n: i32 = s.parse()?;
        Ok(n * 10)
    }).collect();
    for r in &each {
        match r {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("err {}", e),
        }
    }
    let all: Result<Vec<i32>, Box<dyn Error>> = ["4", "5"].iter().map(|s| Ok(s.parse::<i32>()?)).collect();
    println!("{:?}", all.unwrap());
    let bad: Result<Vec<i32>, Box<dyn Error>> = v.iter().map(|s| Ok(s.parse::<i32>()?)).collect();
    println!("{}", bad.unwrap_err());
    let r: Result<f64, Box<dyn Error>> = (|| {
        let x: f64 = "2.5".parse()?;
        Ok(x * 2.0)
    })();
    println!("{}", r.unwrap());
    let first: Option<char> = (|| Some("abc".chars().next()?.to_ascii_uppercase()))();
    println!("{:?}", first);
}
