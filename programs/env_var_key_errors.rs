// env::var's key must be AsRef<OsStr>: E0277 for a number.
use std::env;

fn main() {
    let _ = env::var(7u8); //~ ERROR E0277
}
