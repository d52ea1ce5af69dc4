// BufWriter over the standard output: writes wait in its buffer (std's layout, a Vec<u8> of 8 KiB) until
// flush, a piece that does not fit, or its drop at the end of main; a piece as large as the buffer goes straight out.
use std::io::{self, BufWriter, Write};

fn main() {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    writeln!(out, "buffered 1").unwrap();
    println!("direct (appears first)");
    for i in 0..3 {
        write!(out, "{} ", i).unwrap();
    }
    writeln!(out).unwrap();
    println!("capacity {} holding {}", out.capacity(), out.buffer().len());
    out.flush().unwrap();
    println!("after flush");
    let mut small = BufWriter::with_capacity(8, io::stdout());
    write!(small, "abc").unwrap();
    println!("[small holds {}]", small.buffer().len());
    write!(small, "defgh").unwrap();
    println!("[small holds {}]", small.buffer().len());
    write!(small, "0123456789").unwrap();
    println!("[small holds {}]", small.buffer().len());
    writeln!(small, "{}-{}", 1, 2).unwrap();
    println!("[end of main]");
}
