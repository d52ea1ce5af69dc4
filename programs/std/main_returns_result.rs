// `fn main() -> Result<(), E>` with `?` inside: an Ok ends the program normally, with main's locals
// dropped first (an Err would print `Error: {:?}` on stderr and exit with 1, as std's Termination).
use std::num::ParseIntError;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn total(words: &str) -> Result<i64, ParseIntError> {
    let mut sum = 0;
    for w in words.split_whitespace() {
        sum += w.parse::<i64>()?;
    }
    Ok(sum)
}

fn main() -> Result<(), ParseIntError> {
    let _guard = Noisy("guard");
    let t = total("4 5 6")?;
    println!("total {}", t);
    println!("{:?}", total("4 five"));
    Ok(())
}
