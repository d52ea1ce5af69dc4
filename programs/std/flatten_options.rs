// flatten and flat_map over Options (std's option::IntoIter): the Nones are skipped, owned payloads
// moved out; an iterator dropped part way drops what it still holds.
fn main() {
    let o = vec![Some(1), None, Some(3)];
    let s: Vec<i32> = o.into_iter().flatten().collect();
    println!("{:?}", s);
    let names = vec![Some(String::from("a")), None, Some(String::from("c"))];
    let joined: Vec<String> = names.into_iter().flatten().collect();
    println!("{:?}", joined);
    let parsed: Vec<i32> = "1 x 3".split(' ').flat_map(|t| t.parse().ok()).collect();
    println!("{:?}", parsed);
    let mut it = vec![None, Some(String::from("z")), Some(String::from("w"))].into_iter().flatten();
    println!("{:?}", it.next());
}
