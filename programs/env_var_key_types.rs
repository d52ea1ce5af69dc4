// std::env::var takes `impl AsRef<OsStr>`: a &str, a &String and a String by value (moved) all work.
use std::env;

fn main() {
    let name = String::from("RUSTLE_GOLDEN_SURELY_UNSET");
    println!("{:?}", env::var(&name));
    println!("{:?}", env::var(name.as_str()).is_err());
    println!("{:?}", env::var(name.clone()));
    let owned = format!("{}_TOO", name);
    match env::var(owned) {
        Ok(v) => println!("set: {}", v),
        Err(e) => println!("{}", e),
    }
    println!("{:?}", env::var(name));
}
