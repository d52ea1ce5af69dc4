// char::to_uppercase/to_lowercase (an iterator of the full mapping that also displays), char::from_digit,
// from_u32, char::from(u8) and char::MAX.
fn main() {
    for c in ['a', 'Z', 'ß', 'é', '1', 'Σ'] {
        println!("{} {} {:?}", c.to_uppercase(), c.to_lowercase(), c.to_uppercase().collect::<String>());
        let u: String = c.to_uppercase().to_string();
        print!("{} ", u);
        for x in c.to_lowercase() { print!("[{}]", x); }
        println!(" {}", c.to_uppercase().next().unwrap());
    }
    println!("{:?} {:?} {:?}", std::char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(5, 2));
    println!("{:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800), std::char::from_u32(0x1F600));
    println!("{} {}", char::from(65u8), char::MAX as u32);
    let s: String = "hello".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", s);
    let t: String = "straße".chars().flat_map(|c| c.to_uppercase()).collect();
    println!("{}", t);
    println!("{}", 'x'.to_uppercase().count());
}
