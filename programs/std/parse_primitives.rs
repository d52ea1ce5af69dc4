//@ run-fail
// str::parse into f64, f32, bool and char with std's error types (ParseFloatError, ParseBoolError,
// ParseCharError) in Display and Debug, and the program's FromStr when the expected Result names its type.
use std::num::ParseFloatError;
fn f(s: &str) -> Result<f64, ParseFloatError> { s.parse::<f64>() }
fn main() {
    for s in ["3.5", "", "x", "1e3", "-.5", "+2.", ".", "inf", "-Infinity", "NaN", "1e", "0x10", " 1", "1_0", "2.5E-3", "1d", "e5", "-0"] {
        println!("{:?} {:?}", s, f(s));
    }
    for s in ["1.5", "abc", "", "3"] {
        match s.parse::<f32>() { Ok(v) => println!("ok {} {:?}", v, v), Err(e) => println!("err {} / {:?} / {:#?} / [{:>30}]", e, e, e, e) }
    }
    for s in ["true", "false", "True", ""] { println!("{:?}", s.parse::<bool>()); }
    for s in ["a", "ab", "", "é"] { println!("{:?}", s.parse::<char>()); }
    let x: f64 = "2.25".parse().unwrap();
    let y: f32 = "0.1".parse().unwrap();
    println!("{} {}", x * 2.0, y);
    let v: Vec<f64> = "1.5 2.5 x".split(' ').filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", v);
    let b: bool = "true".parse().expect("bool");
    println!("{}", b);
    println!("{:?}", Some("x".parse::<i32>()));
    println!("{:#?}", Some("x".parse::<f64>()));
    let e = "q".parse::<f64>().unwrap_err();
    println!("{}", e.to_string());
    println!("{:?} {:?}", get("9"), "12".parse::<P>());
    let r: Result<P, String> = "z".parse();
    println!("{:?}", r);
    let n: f64 = "oops".parse().unwrap();
    println!("{}", n);
}
#[derive(Debug)]
struct P {
    x: i32,
}
impl std::str::FromStr for P {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse::<i32>().map(|x| P { x }).map_err(|e| e.to_string())
    }
}
fn get(s: &str) -> Result<P, String> {
    s.parse()
}
