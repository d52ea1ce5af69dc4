fn main() {
    let mut level = 3;
    let r = &level;
    level = 4;
    println!("{} {}", r, level);
}
