// str::matches and match_indices (char or &str pattern), the empty pattern matching at every boundary.
fn main() {
    let s = "abcabcab";
    println!("{}", s.matches("ab").count());
    println!("{:?}", s.matches('c').collect::<Vec<_>>());
    println!("{:?}", s.match_indices("ab").collect::<Vec<_>>());
    println!("{:?}", "aaaa".match_indices("aa").collect::<Vec<_>>());
    println!("{:?}", "héhé".match_indices('é').collect::<Vec<_>>());
    println!("{:?}", "ab".match_indices("").collect::<Vec<_>>());
    println!("{:?}", "hé".matches("").count());
    println!("{:?}", "".match_indices("").collect::<Vec<_>>());
    println!("{:?}", "xyz".matches("q").count());
    let text = String::from("the cat and the hat");
    let n = text.matches("the").count();
    println!("{}", n);
    for (i, m) in text.match_indices("at") {
        println!("{} {}", i, m);
    }
}
