// A String key is moved into env::var.
use std::env;

fn main() {
    let key = String::from("K");
    let _ = env::var(key);
    println!("{}", key); //~ ERROR E0382
}
