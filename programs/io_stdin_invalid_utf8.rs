// A line that is not UTF-8: read_line returns io::Error InvalidData and leaves the String's length as it
// was (its capacity already reserved, as std's read does); the next line reads normally, and the end of
// input is Ok(0). lines() yields the same error as an item.
use std::io;

fn main() {
    let mut s = String::new();
    let r = io::stdin().read_line(&mut s);
    println!("{:?} {:?} len {} capacity {}", r, s, s.len(), s.capacity());
    if let Err(e) = &r {
        println!("error: {}", e);
    }
    let r2 = io::stdin().read_line(&mut s);
    println!("{:?} {:?}", r2, s);
    for line in io::stdin().lines() {
        match line {
            Ok(l) => println!("line {:?}", l),
            Err(e) => println!("line error {:?}", e),
        }
    }
    let mut end = String::new();
    println!("{:?}", io::stdin().read_line(&mut end));
}
