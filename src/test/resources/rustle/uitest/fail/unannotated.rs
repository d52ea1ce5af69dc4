// Wrong on purpose: two errors are reported, but only the first is annotated.

fn main() {
    let n: i32 = "five"; //~ ERROR mismatched types
    let flag: bool = 1;
    println!("{} {}", n, flag);
}
