// lock().read_line, lines() without their line ends ("\n" or "\r\n"), read_to_string of the rest, and
// `?` on io::Result in a main that returns one.
use std::io::{self, BufRead, Read, Write};

fn sum_line(line: &str) -> i64 {
    line.split_whitespace().map(|w| w.parse::<i64>().unwrap_or(0)).sum()
}

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut first = String::new();
    let n = stdin.lock().read_line(&mut first)?;
    println!("first ({} bytes): {:?}", n, first);
    let mut count = 0;
    for line in stdin.lock().lines().take(2) {
        let line = line?;
        count += 1;
        println!("line {}: {:?} sums to {}", count, line, sum_line(&line));
    }
    let mut rest = String::new();
    io::stdin().read_to_string(&mut rest)?;
    println!("rest: {:?} ({} lines)", rest, rest.lines().count());
    let mut out = io::stdout();
    print!("done");
    out.flush()?;
    println!();
    let e: io::Result<usize> = Ok(3);
    println!("{:?}", e);
    Ok(())
}
