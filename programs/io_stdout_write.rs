// write!/writeln! into io::stdout(), its lock() and a Stdout variable: printed at once, each an io::Result<()>.
use std::io::{self, Write};


fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for i in 0..3 {
        write!(out, "{} ", i * i)?;
    }
    writeln!(out)?;
    writeln!(out, "{:>5}|{:<5}|", "ab", 7)?;
    out.flush()?;
    println!("between");
    let mut so = io::stdout();
    writeln!(so, "direct {:?}", Some(1)).unwrap();
    let r = write!(io::stdout(), "x\n");
    println!("{:?}", r);
    Ok(())
}
