static LIMIT: u32 = 10;

fn main() {
    println!("{}", LIMIT);
    LIMIT += 1; //~ ERROR E0594
}
