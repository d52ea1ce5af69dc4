// std's Display for ParseIntError (written in the prelude with Formatter::pad, as std does): its
// message pads like a str.
fn main() {
    for s in ["x", "", "99999999999", "-99999999999", "12"] {
        match s.parse::<i32>() {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("err {} / {:?} / [{:>30}]", e, e, e),
        }
    }
    let e = match "7a".parse::<u8>() { Err(e) => e, Ok(_) => panic!() };
    let s = e.to_string();
    println!("{}", s);
}
